/** Raw input → ArticleDocument: checks, decoding, format detection, metadata, cleaning and segmentation. */
import { ArticleRejectedError, NewsgraphError } from '../errors';
import type { ArticleDocument, ArticleFormat, ArticleMetadata, MetadataOverrides, RawArticle } from '../model/article';
import { sha256 } from '../util/hash';
import { cleanArticleText } from '../text/boilerplate';
import { findDateInText } from '../text/dates';
import { detectLanguage } from '../text/language';
import { segmentText } from '../text/segment';
import { articleIdFor } from './article-id';
import { decodeBytes, sniffBinary, sniffBinaryText, tooLargeError } from './decode';
import { detectFormat, looksLikeHtml } from './detect-format';
import { markdownToText, readFrontMatter, stripShortcodes } from './front-matter';
import { readHtml } from './html';

/** How to read an article. */
export interface ReadOptions {
  /** Inputs larger than this many bytes are rejected ('too-large'). */
  maxBytes: number;
  /** The reference "now" for rejecting future publication dates; defaults to the current time. */
  now?: Date;
  /** Receives notes about recoverable problems (e.g. front matter that is not valid YAML). */
  onDiagnostic?: (message: string) => void;
}

/** Metadata a document states about itself, before overrides. */
type StatedMeta = Omit<ArticleMetadata, 'language'>;

const NO_META: StatedMeta = { title: null, outlet: null, url: null, published: null };

/** Size, emptiness and binary checks, then decoding; throws ArticleRejectedError with a specific reason. */
function decodeInput(raw: RawArticle, maxBytes: number, label: string): string {
  const { content } = raw;
  const size = typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
  if (size === 0) throw new ArticleRejectedError('empty', `${label} is empty: there is no article to read.`);
  if (size > maxBytes) throw tooLargeError(label, size, maxBytes);
  const binary = typeof content === 'string' ? sniffBinaryText(content) : sniffBinary(content);
  if (binary) {
    throw new ArticleRejectedError('binary', `${label} is binary content (${binary}), not an article: give the text or HTML instead.`);
  }
  const text = typeof content === 'string' ? content : decodeBytes(content).text;
  if (text.trim().length === 0) {
    throw new ArticleRejectedError('empty', `${label} holds only whitespace: there is no article to read.`);
  }
  return text;
}

/** Line endings unified, invisible characters dropped and no-break spaces made plain so offsets stay simple. */
function normalizeInput(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

/** Body text and stated metadata for each format. */
function readBody(
  text: string,
  format: ArticleFormat,
  now: Date,
  diagnose: (message: string) => void,
): { body: string; meta: StatedMeta; declaredLanguage: string | null } {
  if (format === 'html') {
    const html = readHtml(text, now);
    return { body: html.text, meta: html, declaredLanguage: html.declaredLanguage };
  }
  if (format === 'text') return { body: text, meta: NO_META, declaredLanguage: null };
  const frontMatter = readFrontMatter(text, now);
  if (frontMatter.yamlError) diagnose(`${frontMatter.yamlError}; read without its metadata`);
  if (frontMatter.dateProblem) diagnose(`front matter ${frontMatter.dateProblem}; it is not used as the publication date`);
  const body = stripShortcodes(frontMatter.body);
  if (!looksLikeHtml(body) && !/<(p|br|div)\b[^>]*>/i.test(body)) {
    return { body: markdownToText(body), meta: frontMatter.meta, declaredLanguage: null };
  }
  const html = readHtml(body, now);
  const stated = frontMatter.meta;
  return {
    body: html.text,
    meta: {
      title: stated.title ?? html.title,
      outlet: stated.outlet ?? html.outlet,
      url: stated.url ?? html.url,
      published: stated.published ?? html.published,
    },
    declaredLanguage: html.declaredLanguage,
  };
}

function overrideString(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** The caller's published override as ISO, or a BAD_USER_INPUT error saying what format is expected. */
function overridePublished(overrides: MetadataOverrides | undefined): string | null {
  const given = overrideString(overrides?.published);
  if (given === null) return null;
  const iso = findDateInText(given);
  if (iso === null) {
    throw new NewsgraphError('BAD_USER_INPUT', `published "${given}" is not a date: give it as YYYY-MM-DD.`);
  }
  return iso;
}

/**
 * Reads one raw article into a cleaned, segmented document. Throws ArticleRejectedError with reason
 * 'empty', 'binary', 'too-large' or 'no-text'; odd encodings and broken front matter are never fatal.
 */
export function readArticle(raw: RawArticle, options: ReadOptions): ArticleDocument {
  if (!Number.isFinite(options.maxBytes) || options.maxBytes <= 0) {
    throw new RangeError(`readArticle: maxBytes must be a positive number of bytes, got ${String(options.maxBytes)}`);
  }
  const now = options.now ?? new Date();
  const label = raw.source ?? 'The article';
  const diagnose = (message: string): void => options.onDiagnostic?.(`${label}: ${message}`);
  const input = normalizeInput(decodeInput(raw, options.maxBytes, label));
  const format = raw.format ?? detectFormat(input);
  const { body, meta: stated, declaredLanguage } = readBody(input, format, now, diagnose);

  const cleaned = cleanArticleText(body, now);
  if (cleaned.paragraphs.length === 0) {
    throw new ArticleRejectedError('no-text', `${label} has no article text left after removing markup and site chrome.`);
  }
  const text = cleaned.paragraphs.join('\n\n');
  const { paragraphs, sentences } = segmentText(text);
  const overrides = raw.overrides;
  const meta: ArticleMetadata = {
    title: overrideString(overrides?.title) ?? stated.title ?? cleaned.title,
    outlet: overrideString(overrides?.outlet) ?? stated.outlet,
    url: overrideString(overrides?.url) ?? stated.url,
    published: overridePublished(overrides) ?? stated.published ?? cleaned.published,
    language: detectLanguage(text) ?? declaredLanguage,
  };
  const contentHash = sha256(text);
  return {
    id: articleIdFor(raw.source, meta.url, contentHash),
    contentHash,
    format,
    meta,
    source: raw.source,
    text,
    paragraphs,
    sentences,
  };
}
