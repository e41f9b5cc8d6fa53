/** Decides how an input was written: YAML front matter, HTML (document or fragment), or plain text. */
import type { ArticleFormat } from '../model/article';

/** Elements whose tags mark real HTML rather than a stray "<" in prose. */
const HTML_TAG = /<\/?(p|div|span|br|a|b|i|em|strong|h[1-6]|ul|ol|li|table|tr|td|th|img|figure|figcaption|article|section|main|header|footer|nav|aside|blockquote|script|style|meta|link|head|body|html|title|time|small|sup|sub|iframe|noscript|form|button|input|label|hr|pre|code|picture|source|video|audio|svg)\b[^>]*>/gi;
/** How much of the text must sit on lines carrying tags for a fragment to count as HTML. */
const TAGGED_LINE_SHARE = 0.3;
const MIN_TAGS = 3;

/** The closing line of a front-matter block, searched within this many characters of the top. */
const FRONT_MATTER_SCAN = 64 * 1024;

/** The YAML block at the very top (`---` … `---` or `...`): [body start, yaml text], or null when there is none. */
export function splitFrontMatter(text: string): { yaml: string; body: string } | null {
  const match = /^\uFEFF?[ \t]*---[ \t]*\r?\n/.exec(text);
  if (!match) return null;
  const from = match[0].length;
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  const region = text.slice(from, from + FRONT_MATTER_SCAN);
  const end = close.exec(region);
  if (!end) return null;
  const yaml = region.slice(0, end.index);
  const bodyStart = from + end.index + end[0].length;
  return { yaml, body: text.slice(bodyStart).replace(/^\r?\n/, '') };
}

/** True when markup dominates: a full document, or a fragment whose lines mostly carry tags. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml')) return true;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let tags = 0;
  let taggedChars = 0;
  let totalChars = 0;
  for (const line of sample.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    totalChars += trimmed.length;
    const found = trimmed.match(HTML_TAG);
    if (found) {
      tags += found.length;
      taggedChars += trimmed.length;
    }
  }
  return tags >= MIN_TAGS && totalChars > 0 && taggedChars / totalChars >= TAGGED_LINE_SHARE;
}

/** The format of a decoded input: front matter first, then HTML, else text. */
export function detectFormat(text: string): ArticleFormat {
  if (splitFrontMatter(text)) return 'front-matter';
  if (looksLikeHtml(text)) return 'html';
  return 'text';
}
