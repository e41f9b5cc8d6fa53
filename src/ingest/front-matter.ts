/** Articles with a YAML front-matter block (WordPress exports, static-site Markdown): metadata and body. */
import { parse } from 'yaml';
import { parsePublicationDate, publicationDateProblem } from '../text/dates';
import { splitFrontMatter } from './detect-format';
import { hostOf, outletFromUrl } from './outlets';

/** Metadata a front-matter block states; null fields were absent or unusable. */
export interface FrontMatterMeta {
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
}

/** A front-matter article split into metadata and body; `yamlError` says why the block was ignored, if it was. */
export interface FrontMatterArticle {
  meta: FrontMatterMeta;
  body: string;
  yamlError: string | null;
  /** Why a stated date was not used as the publication date (not a date, in the future); null otherwise. */
  dateProblem: string | null;
}

const TITLE_KEYS = ['title', 'post_title', 'headline', 'original_title'];
const DATE_KEYS = ['date', 'post_date', 'published_at', 'publish_date', 'pubdate', 'published', 'date_published', 'created_at'];
const URL_KEYS = ['url', 'permalink', 'canonical_url', 'original_link', 'link', 'source_url'];
const OUTLET_KEYS = ['outlet', 'source', 'site_name', 'publisher', 'publication'];
/** Where the original publisher's link usually sits; an aggregator's own permalink says nothing about the outlet. */
const ORIGIN_URL_KEYS = ['original_link', 'canonical_url', 'source_url', 'url', 'link', 'permalink'];

const EMPTY_META: FrontMatterMeta = { title: null, outlet: null, url: null, published: null };

type Fields = ReadonlyMap<string, unknown>;

/** The first non-empty string of a value: strings as given (folded strings trimmed), lists by their first usable item. */
function stringOf(value: unknown): string | null {
  if (typeof value === 'string') {
    const trimmed = value.replace(/\s+/g, ' ').trim();
    return trimmed.length > 0 ? trimmed : null;
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = stringOf(item);
      if (found) return found;
    }
  }
  return null;
}

function firstField(fields: Fields, keys: readonly string[], accept: (value: string) => boolean = () => true): string | null {
  for (const key of keys) {
    const value = stringOf(fields.get(key));
    if (value && accept(value)) return value;
  }
  return null;
}

function isHttpUrl(value: string): boolean {
  return hostOf(value) !== null;
}

/** The first stated date that could not be used, as "key: why", when no date key gave a usable date. */
function dateProblemOf(fields: Fields, now: Date): string | null {
  for (const key of DATE_KEYS) {
    const problem = publicationDateProblem(fields.get(key), now);
    if (problem !== null) return `${key} ${problem}`;
  }
  return null;
}

/** Reads the metadata fields of a parsed front-matter object. */
function metaOf(fields: Fields, now: Date): FrontMatterMeta {
  let published: string | null = null;
  for (const key of DATE_KEYS) {
    // `published: true` is a WordPress status flag, not a date; parsePublicationDate ignores non-dates.
    published = parsePublicationDate(fields.get(key), now);
    if (published) break;
  }
  const url = firstField(fields, URL_KEYS, isHttpUrl);
  const originUrl = firstField(fields, ORIGIN_URL_KEYS, isHttpUrl);
  // "source" is sometimes a URL; a URL is a link, not an outlet name.
  const namedOutlet = firstField(fields, OUTLET_KEYS, (v) => !isHttpUrl(v));
  const outlet = namedOutlet ?? (originUrl ? outletFromUrl(originUrl) : null);
  return { title: firstField(fields, TITLE_KEYS), outlet, url, published };
}

/**
 * Splits and reads a front-matter article. YAML that does not parse is not fatal: the block is dropped,
 * metadata stays empty and `yamlError` records why.
 */
export function readFrontMatter(text: string, now: Date): FrontMatterArticle {
  const split = splitFrontMatter(text);
  if (!split) return { meta: EMPTY_META, body: text, yamlError: null, dateProblem: null };
  let parsed: unknown;
  try {
    parsed = parse(split.yaml, { prettyErrors: false, maxAliasCount: 50 });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
    return { meta: EMPTY_META, body: split.body, yamlError: `front matter is not valid YAML (${reason})`, dateProblem: null };
  }
  if (parsed === null || parsed === undefined) return { meta: EMPTY_META, body: split.body, yamlError: null, dateProblem: null };
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { meta: EMPTY_META, body: split.body, yamlError: 'front matter is not a YAML mapping', dateProblem: null };
  }
  const fields = new Map<string, unknown>();
  for (const [key, value] of Object.entries(parsed)) fields.set(key.toLowerCase(), value);
  const meta = metaOf(fields, now);
  return { meta, body: split.body, yamlError: null, dateProblem: meta.published === null ? dateProblemOf(fields, now) : null };
}

/** WordPress shortcodes that wrap or mark content ("[ad_1]", "[caption id=…]…[/caption]", "[embed]"). */
const SHORTCODE = /\[\/?(?:ad_\d+|caption|embed|gallery|video|audio|playlist|tweet|youtube|vimeo|instagram|facebook|contact-form(?:-\d+)?|vc_[a-z_]+|et_pb_[a-z_]+|su_[a-z_]+)\b[^\]]*\]/gi;

/** Removes WordPress shortcodes; a caption shortcode's inner text stays. */
export function stripShortcodes(body: string): string {
  return body.replace(SHORTCODE, ' ');
}

/**
 * Markdown → plain text: headings, emphasis, links (their text stays), images (dropped), code, quotes,
 * table rules and horizontal rules. Lists keep their bullet markers so the cleaner makes them paragraphs.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^```[^\n]*\n[\s\S]*?^```[ \t]*$/gm, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gm, '')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/gm, '\n$1\n')
    .replace(/^\s{0,3}(?:[-*_]\s*){3,}$/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s*\d+[.)]\s+/gm, '• ')
    .replace(/^\s*[-*+]\s+/gm, '• ')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,;:!?]|$)/gm, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^\s*\|?(?:\s*:?-+:?\s*\|)+\s*$/gm, '');
}
