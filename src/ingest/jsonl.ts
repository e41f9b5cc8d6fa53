/**
 * JSON Lines news dumps (`.jsonl`, `.ndjson`, optionally gzipped): one article object per line, read as a
 * stream. Lines are split on raw bytes rather than with `readline`, so a line over the article size limit is
 * skipped byte by byte and never becomes a giant string; a bad line is reported with its number and the
 * rest of the file goes on.
 *
 * Accepted fields (names matched case-insensitively; the first present in each list wins):
 * - article text, read as plain text: text, body, article, article_text, articleBody, maintext, full_text,
 *   fulltext, body_text, story
 * - article HTML: html, raw_html, content_html, body_html
 * - article of either kind (format detected): content
 * - title: title, headline
 * - outlet: outlet, source_name, publisher, site_name, sitename, publication, source, source_domain, domain
 *   (a `{ "name": … }` object is read for its name, as in NewsAPI's `source`)
 * - url: url, link, canonical_url, permalink, uri
 * - published: published, date, published_at, publishedAt, date_publish, datePublished, pubDate, pub_date,
 *   publish_date, publication_date, created_at, timestamp (ISO or English dates, epoch seconds or
 *   milliseconds, or Mongo's `{ "$date": … }`)
 * - id: id, _id (also Mongo's `{ "$oid": … }`), guid, uuid (names the article when there is no url, so a
 *   re-ordered dump keeps its article ids)
 * - format: "html" | "front-matter" | "text", forcing how the text is read
 */
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { pipeline, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { ArticleRejectedError, describeError } from '../errors';
import { ARTICLE_FORMATS, type ArticleFormat, type MetadataOverrides, type RawArticle } from '../model/article';
import { isOneOf } from '../model/vocabulary';
import { parsePublicationDate } from '../text/dates';
import { tooLargeError } from './decode';
import type { SourceItem } from './source-items';

/** Field names read from each record, lower-cased, in order of preference. */
export const JSON_LINES_FIELDS = {
  text: ['text', 'body', 'article', 'article_text', 'articlebody', 'maintext', 'full_text', 'fulltext', 'body_text', 'story'],
  html: ['html', 'raw_html', 'content_html', 'body_html'],
  content: ['content'],
  title: ['title', 'headline'],
  outlet: ['outlet', 'source_name', 'publisher', 'site_name', 'sitename', 'publication', 'source', 'source_domain', 'domain'],
  url: ['url', 'link', 'canonical_url', 'permalink', 'uri'],
  published: [
    'published', 'date', 'published_at', 'publishedat', 'date_publish', 'datepublished', 'pubdate', 'pub_date',
    'publish_date', 'publication_date', 'created_at', 'timestamp',
  ],
  id: ['id', '_id', 'guid', 'uuid'],
} as const;

const JSON_LINES_NAME = /\.(jsonl|ndjson)(\.gz)?$/i;

/** True for a file name read as JSON Lines: `.jsonl`, `.ndjson`, and either gzipped (`.jsonl.gz`). */
export function isJsonLinesPath(path: string): boolean {
  return JSON_LINES_NAME.test(path);
}

/** One line of a file: its number and text, or only its size when it was over the limit. */
type SplitLine = { number: number; text: string; size: number } | { number: number; text: null; size: number };

/**
 * Splits a byte stream into lines (LF or CRLF). A line over `maxBytes` is counted but not kept: its bytes are
 * dropped as they stream past, so memory stays bounded by the limit.
 */
async function* splitLines(stream: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<SplitLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let number = 1;
  const finish = (): SplitLine => {
    if (size > maxBytes) return { number, text: null, size };
    let text = Buffer.concat(parts, size).toString('utf8');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (number === 1 && text.startsWith('\ufeff')) text = text.slice(1);
    return { number, text, size };
  };
  for await (const chunk of stream) {
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(0x0a, start);
      const piece = chunk.subarray(start, newline === -1 ? chunk.length : newline);
      size += piece.length;
      if (size <= maxBytes) parts.push(piece);
      else parts = [];
      if (newline === -1) break;
      yield finish();
      parts = [];
      size = 0;
      number += 1;
      start = newline + 1;
    }
  }
  if (size > 0) yield finish();
}

/** A record's fields keyed by lower-cased name, so `publishedAt` and `PublishedAt` both match. */
function lowerKeys(record: object): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  for (const [key, value] of Object.entries(record)) {
    const lower = key.toLowerCase();
    if (!fields.has(lower)) fields.set(lower, value);
  }
  return fields;
}

/** The first non-empty string among the named fields; `{ name }`/`{ $oid }` objects give theirs, numbers count if allowed. */
function firstString(fields: Map<string, unknown>, names: readonly string[], numbers = false): string | null {
  for (const name of names) {
    let value = fields.get(name);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      // NewsAPI's `source: { name }`; Mongo exports' `_id: { $oid }`.
      if ('name' in value) value = value.name;
      else if ('$oid' in value) value = value.$oid;
    }
    if (numbers && typeof value === 'number' && Number.isFinite(value)) value = String(value);
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
}

/** A date field as ISO: strings as written, numbers as epoch seconds (or milliseconds when that large). */
function publishedFrom(fields: Map<string, unknown>, now: Date): string | null {
  for (const name of JSON_LINES_FIELDS.published) {
    let value = fields.get(name);
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && '$date' in value) value = value.$date;
    if (typeof value === 'number' && Number.isFinite(value)) {
      // Epoch milliseconds pass 1e11 in 1973; seconds will not reach it for thousands of years.
      value = new Date(value > 1e11 ? value : value * 1000);
    }
    const iso = parsePublicationDate(value, now);
    if (iso) return iso;
  }
  return null;
}

/** The article body of a record and how to read it; null when the record has no non-empty text. */
function bodyOf(fields: Map<string, unknown>): { content: string; format: ArticleFormat | undefined } | null {
  const pick = (names: readonly string[]): string | null => {
    for (const name of names) {
      const value = fields.get(name);
      if (typeof value === 'string' && value.trim()) return value;
    }
    return null;
  };
  const text = pick(JSON_LINES_FIELDS.text);
  if (text !== null) return { content: text, format: 'text' };
  const html = pick(JSON_LINES_FIELDS.html);
  if (html !== null) return { content: html, format: 'html' };
  const content = pick(JSON_LINES_FIELDS.content);
  return content === null ? null : { content, format: undefined };
}

/**
 * The article of one JSON Lines record: its text, metadata as overrides, and its source (the url when it
 * has one, else `<file>#id=<id>`, else `<file>#L<line>`). Throws ArticleRejectedError 'not-article' or
 * 'no-text'.
 */
export function articleFromRecord(record: unknown, file: string, line: number, now: Date = new Date()): RawArticle {
  const label = `${file}#L${line}`;
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    throw new ArticleRejectedError('not-article', `${label} is not a JSON object with an article.`);
  }
  const fields = lowerKeys(record);
  const body = bodyOf(fields);
  if (body === null) {
    throw new ArticleRejectedError(
      'no-text',
      `${label} has no article text: give it in "text" (or body, article, maintext…), "html" or "content".`,
    );
  }
  const overrides: MetadataOverrides = {};
  const title = firstString(fields, JSON_LINES_FIELDS.title);
  if (title) overrides.title = title;
  const outlet = firstString(fields, JSON_LINES_FIELDS.outlet);
  // Some dumps put the article's address in "source"; an address is not an outlet name.
  if (outlet && !/^https?:\/\//i.test(outlet)) overrides.outlet = outlet;
  const url = firstString(fields, JSON_LINES_FIELDS.url);
  if (url && /^https?:\/\//i.test(url)) overrides.url = url;
  const published = publishedFrom(fields, now);
  if (published) overrides.published = published;
  const id = firstString(fields, JSON_LINES_FIELDS.id, true);
  const forced = fields.get('format');
  const format = typeof forced === 'string' && isOneOf(ARTICLE_FORMATS, forced) ? forced : body.format;
  return {
    content: body.content,
    source: overrides.url ?? (id ? `${file}#id=${id}` : label),
    overrides,
    ...(format ? { format } : {}),
  };
}

/** A stream error as a rejection reason: missing file, corrupt gzip, or anything else unreadable. */
function streamFailure(label: string, error: unknown): ArticleRejectedError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return new ArticleRejectedError('not-found', `${label} does not exist: check the path.`);
  if (code.startsWith('Z_') || code === 'ERR_BUFFER_TOO_LARGE') {
    return new ArticleRejectedError('bad-gzip', `${label} is not valid gzip data: ${describeError(error)}`);
  }
  return new ArticleRejectedError('unreadable', `${label} cannot be read: ${describeError(error)}`);
}

/** The byte stream of a JSON Lines file, decompressed on the fly when its name ends in `.gz`. */
function openLines(path: string): Readable {
  const file = createReadStream(path, { highWaterMark: 64 * 1024 });
  if (!/\.gz$/i.test(path)) return file;
  // pipeline() forwards an error from either stream and closes the file if reading stops early.
  return pipeline(file, createGunzip(), () => undefined);
}

/**
 * Reads a JSON Lines file lazily: one item per non-blank line. A line that is not valid JSON, has no text
 * or is over `maxBytes` becomes an error item naming its line ('bad-json', 'no-text', 'not-article',
 * 'too-large'); a file that cannot be opened or decompressed ends with one error item.
 */
export async function* readJsonLines(
  path: string,
  options: { maxBytes: number; now?: Date },
): AsyncGenerator<SourceItem> {
  const file = resolve(path);
  const now = options.now ?? new Date();
  let lastLine = 0;
  try {
    for await (const line of splitLines(openLines(file), options.maxBytes)) {
      lastLine = line.number;
      const label = `${file}#L${line.number}`;
      if (line.text === null) {
        const error = tooLargeError(`Line ${line.number} of ${file}`, line.size, options.maxBytes);
        yield { source: label, error: error.message, reason: error.reason };
        continue;
      }
      if (!line.text.trim()) continue;
      let record: unknown;
      try {
        record = JSON.parse(line.text);
      } catch (error) {
        yield { source: label, error: `${label} is not valid JSON: ${describeError(error)}`, reason: 'bad-json' };
        continue;
      }
      let raw: RawArticle;
      try {
        raw = articleFromRecord(record, file, line.number, now);
      } catch (error) {
        const rejected = error instanceof ArticleRejectedError ? error : streamFailure(label, error);
        yield { source: label, error: rejected.message, reason: rejected.reason };
        continue;
      }
      yield { source: raw.source ?? label, load: () => Promise.resolve(raw) };
    }
  } catch (error) {
    const failure = streamFailure(lastLine > 0 ? `${file} after line ${lastLine}` : file, error);
    yield { source: lastLine > 0 ? `${file}#L${lastLine + 1}` : file, error: failure.message, reason: failure.reason };
  }
}
