/**
 * HTML articles: metadata from head tags and JSON-LD, the article body without page chrome, as text with
 * one paragraph per block element. Every walk is iterative so 10,000-deep nesting cannot blow the stack.
 */
import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { parsePublicationDate } from '../text/dates';
import { outletFromUrl } from './outlets';

/** What an HTML page states about itself, and its body text (paragraphs separated by blank lines). */
export interface HtmlArticle {
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  /** The `lang` attribute of the document, lower-cased primary subtag ("en"), or null. */
  declaredLanguage: string | null;
  /** Body text: block elements → paragraphs separated by a blank line, `<br>` → a line break. */
  text: string;
}

/** Elements that never hold article prose. */
const DROPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'iframe', 'svg', 'form', 'nav', 'template', 'button', 'select', 'input',
  'textarea', 'canvas', 'object', 'embed', 'video', 'audio', 'map', 'dialog', 'menu', 'aside', 'footer', 'head',
  'link', 'meta', 'picture', 'source', 'img',
]);

/** Class or id words that mark navigation, sharing, promotion and other chrome. */
const CHROME_TOKENS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'menubar', 'share', 'shares', 'sharing', 'sharebar', 'social', 'related',
  'newsletter', 'cookie', 'cookies', 'consent', 'gdpr', 'subscribe', 'subscription', 'paywall', 'advert',
  'advertisement', 'advertising', 'ad', 'ads', 'adslot', 'dfp', 'promo', 'promotion', 'promoted', 'sponsored',
  'sidebar', 'breadcrumb', 'breadcrumbs', 'comments', 'comment', 'disqus', 'popup', 'modal', 'masthead',
  'toolbar', 'outbrain', 'taboola', 'recirculation', 'recirc', 'trending', 'skip', 'signup', 'dateline',
  'credit', 'credits', 'copyright',
]);

/** ARIA roles of page regions that are not the article. */
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog']);

/** Elements that end a paragraph; everything else is inline and flows into the current one. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre',
  'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'summary', 'caption', 'center', 'body',
  'html', 'title', 'option', 'legend',
]);

/** `<meta>` names and properties that carry the publication date, in order of trust. */
const DATE_META = [
  'article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publish-date',
  'publishdate', 'publish_date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.date',
  'sailthru.date', 'parsely-pub-date', 'article.published', 'original-publish-date', 'cxenseparse:recs:publishtime',
];

/** A minimum share of the page's paragraph text a container must hold to be taken as the article. */
const MIN_ROOT_SHARE = 0.4;

function isElement(node: AnyNode): node is Element {
  return 'attribs' in node && 'children' in node;
}

function childrenOf(node: AnyNode): readonly AnyNode[] {
  return 'children' in node ? node.children : [];
}

function tagOf(node: Element): string {
  return node.name.toLowerCase();
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text under a node, skipping scripts and styles, gathered without recursion. */
function textOf(node: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const current = stack.pop();
    if (!current) break;
    if (current.nodeType === 3) {
      parts.push(current.data);
      continue;
    }
    if (isElement(current) && (tagOf(current) === 'script' || tagOf(current) === 'style')) continue;
    const children = childrenOf(current);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  return collapse(parts.join(''));
}

function wordsOfAttribute(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** True when an element is chrome by tag, role, hidden state, or a class/id word. */
function isChromeElement(el: Element): boolean {
  const tag = tagOf(el);
  if (DROPPED_TAGS.has(tag)) return true;
  const attribs = el.attribs;
  const role = attribs['role']?.toLowerCase();
  if (role && CHROME_ROLES.has(role)) return true;
  if (attribs['hidden'] !== undefined || attribs['aria-hidden'] === 'true') return true;
  if (/display\s*:\s*none/i.test(attribs['style'] ?? '')) return true;
  for (const word of wordsOfAttribute(attribs['class'])) if (CHROME_TOKENS.has(word)) return true;
  for (const word of wordsOfAttribute(attribs['id'])) if (CHROME_TOKENS.has(word)) return true;
  return false;
}

/**
 * An inline place dateline (`<span class="articleLocation">WASHINGTON</span>`): where the reporter filed,
 * glued to the first sentence once tags are gone.
 */
function isInlineDateline(el: Element): boolean {
  if (BLOCK_TAGS.has(tagOf(el))) return false;
  const words = [...wordsOfAttribute(el.attribs['class']), ...wordsOfAttribute(el.attribs['id'])];
  if (!words.includes('location') && !words.includes('dateline')) return false;
  const text = textOf(el);
  return text.length > 0 && text.length <= 40 && text === text.toUpperCase();
}

function isArticleContainer(el: Element): boolean {
  const tag = tagOf(el);
  return (
    tag === 'article' ||
    tag === 'main' ||
    el.attribs['role'] === 'main' ||
    el.attribs['itemprop'] === 'articleBody' ||
    (el.attribs['itemtype'] ?? '').endsWith('/NewsArticle')
  );
}

interface HeadFacts {
  titleTag: string | null;
  meta: Map<string, string>;
  canonical: string | null;
  jsonLd: string[];
  lang: string | null;
  h1: Element[];
}

interface BodyScores {
  /** Paragraph text held inside each article/main container. */
  containers: Map<Element, number>;
  /** Paragraph text of each element's direct `<p>` children (readability's classic signal). */
  parents: Map<Element, number>;
  total: number;
}

/**
 * One iterative walk over the document: head facts (title, meta, canonical, JSON-LD, lang, h1) and the
 * paragraph text each container holds, ignoring chrome subtrees.
 */
function survey(root: AnyNode): { head: HeadFacts; scores: BodyScores } {
  const head: HeadFacts = { titleTag: null, meta: new Map(), canonical: null, jsonLd: [], lang: null, h1: [] };
  const scores: BodyScores = { containers: new Map(), parents: new Map(), total: 0 };
  const openContainers: Element[] = [];
  type Frame = { node: AnyNode; exit: boolean; chrome: boolean };
  const stack: Frame[] = [{ node: root, exit: false, chrome: false }];
  while (stack.length) {
    const frame = stack.pop();
    if (!frame) break;
    const { node, chrome } = frame;
    if (!isElement(node)) {
      for (let i = childrenOf(node).length - 1; i >= 0; i--) {
        const child = childrenOf(node)[i];
        if (child) stack.push({ node: child, exit: false, chrome });
      }
      continue;
    }
    if (frame.exit) {
      if (openContainers[openContainers.length - 1] === node) openContainers.pop();
      continue;
    }
    const tag = tagOf(node);
    const a = node.attribs;
    if (tag === 'html' && a['lang']) head.lang = a['lang'].toLowerCase().split(/[-_]/)[0] ?? null;
    if (tag === 'title' && head.titleTag === null) head.titleTag = textOf(node) || null;
    if (tag === 'meta') {
      const key = (a['property'] ?? a['name'] ?? a['itemprop'] ?? '').toLowerCase();
      const value = a['content'] ?? a['datetime'];
      if (key && value && !head.meta.has(key)) head.meta.set(key, value.trim());
    }
    if (tag === 'link' && head.canonical === null && (a['rel'] ?? '').toLowerCase().split(/\s+/).includes('canonical')) {
      head.canonical = a['href']?.trim() || null;
    }
    if (tag === 'script' && (a['type'] ?? '').toLowerCase() === 'application/ld+json') head.jsonLd.push(textOf(node));
    const isChrome = chrome || isChromeElement(node);
    if (!isChrome) {
      if (tag === 'h1') head.h1.push(node);
      if (tag === 'p') {
        const length = textOf(node).length;
        scores.total += length;
        if (node.parent && isElement(node.parent)) {
          scores.parents.set(node.parent, (scores.parents.get(node.parent) ?? 0) + length);
        }
        for (const container of openContainers) scores.containers.set(container, (scores.containers.get(container) ?? 0) + length);
      }
      if (isArticleContainer(node)) {
        openContainers.push(node);
        scores.containers.set(node, scores.containers.get(node) ?? 0);
        stack.push({ node, exit: true, chrome: isChrome });
      }
    }
    // Head elements are walked even inside chrome: meta tags live in <head>, which is never article text.
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, exit: false, chrome: isChrome });
    }
  }
  return { head, scores };
}

/** The element holding the article: the article/main container with most paragraph text, else readability's best parent. */
function chooseRoot(scores: BodyScores, fallback: AnyNode): AnyNode {
  let best: Element | null = null;
  let bestScore = 0;
  for (const [container, score] of scores.containers) {
    if (score > bestScore) {
      best = container;
      bestScore = score;
    }
  }
  if (best && bestScore >= scores.total * MIN_ROOT_SHARE && bestScore > 0) return best;
  best = null;
  bestScore = 0;
  for (const [parent, score] of scores.parents) {
    if (score > bestScore) {
      best = parent;
      bestScore = score;
    }
  }
  if (best && bestScore >= scores.total * MIN_ROOT_SHARE) return best;
  return fallback;
}

function contains(ancestor: AnyNode, node: AnyNode): boolean {
  let current: AnyNode | null = node;
  while (current) {
    if (current === ancestor) return true;
    current = current.parent;
  }
  return false;
}

/** Renders a subtree as text: block elements → paragraph breaks, `<br>` → line breaks, chrome skipped. */
function renderText(root: AnyNode): string {
  const out: string[] = [];
  type Frame = { node: AnyNode; exit: boolean };
  const stack: Frame[] = [{ node: root, exit: false }];
  while (stack.length) {
    const frame = stack.pop();
    if (!frame) break;
    const { node } = frame;
    if (node.nodeType === 3) {
      out.push(node.data.replace(/\s+/g, ' '));
      continue;
    }
    if (!isElement(node)) {
      // Comments, directives and CDATA carry no article text; the document root does.
      if (node.nodeType === 9) {
        for (let i = node.children.length - 1; i >= 0; i--) {
          const child = node.children[i];
          if (child) stack.push({ node: child, exit: false });
        }
      }
      continue;
    }
    const tag = tagOf(node);
    if (frame.exit) {
      out.push('\n\n');
      continue;
    }
    if (node !== root && isChromeElement(node)) continue;
    // The dateline is written as a plain-text dateline ("WASHINGTON — "), which the cleaner splits off as its own paragraph.
    if (node !== root && isInlineDateline(node)) {
      out.push(`${textOf(node)} — `);
      continue;
    }
    if (tag === 'header' && node !== root && !insideArticle(node)) continue;
    if (tag === 'br') {
      out.push('\n');
      continue;
    }
    if (tag === 'hr') {
      out.push('\n\n');
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      out.push('\n\n');
      stack.push({ node, exit: true });
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child) stack.push({ node: child, exit: false });
    }
  }
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** True when a page header sits inside the article (it then holds the headline, not site chrome). */
function insideArticle(node: AnyNode): boolean {
  let current = node.parent;
  while (current) {
    if (isElement(current) && isArticleContainer(current)) return true;
    current = current.parent;
  }
  return false;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isJsonObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string): Json | undefined {
  try {
    const parsed: Json = JSON.parse(text);
    return parsed;
  } catch {
    return undefined;
  }
}

/** Facts from JSON-LD blocks: the first object stating a headline, date or publisher wins each field. */
function readJsonLd(blocks: readonly string[]): { headline: string | null; datePublished: string | null; publisher: string | null; url: string | null } {
  const found = { headline: null as string | null, datePublished: null as string | null, publisher: null as string | null, url: null as string | null };
  const queue: Json[] = [];
  for (const block of blocks) {
    const parsed = parseJson(block);
    if (parsed !== undefined) queue.push(parsed);
  }
  // Breadth-first and bounded: JSON-LD graphs are small, but input is untrusted.
  for (let visited = 0; queue.length && visited < 500; visited++) {
    const value = queue.shift();
    if (Array.isArray(value)) {
      queue.push(...value);
      continue;
    }
    if (!isJsonObject(value)) continue;
    const types = [value['@type']].flat().filter((t): t is string => typeof t === 'string');
    const isArticle = types.some((t) => /Article|NewsArticle|BlogPosting|Report/.test(t));
    if (isArticle || types.length === 0) {
      const headline = value['headline'];
      if (found.headline === null && typeof headline === 'string') found.headline = collapse(headline);
      const date = value['datePublished'];
      if (found.datePublished === null && typeof date === 'string') found.datePublished = date;
      const publisher = value['publisher'];
      const publisherName = isJsonObject(publisher) ? publisher['name'] : undefined;
      if (found.publisher === null && typeof publisherName === 'string') found.publisher = collapse(publisherName);
      const url = value['url'] ?? value['mainEntityOfPage'];
      if (isArticle && found.url === null && typeof url === 'string') found.url = url;
    }
    for (const key of ['@graph', 'mainEntity', 'itemListElement']) {
      const nested = value[key];
      if (nested !== undefined) queue.push(nested);
    }
  }
  return found;
}

/** A `<title>` without its site suffix ("Headline - Reuters" → "Headline") when a separator sets one off. */
function cleanTitleTag(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1] ?? '';
  const isSite = (siteName !== null && last.toLowerCase() === siteName.toLowerCase()) || last.split(/\s+/).length <= 4;
  return isSite ? parts.slice(0, -1).join(' - ') : title;
}

function firstString(...values: ReadonlyArray<string | null | undefined>): string | null {
  for (const value of values) {
    const trimmed = value?.trim();
    if (trimmed) return trimmed;
  }
  return null;
}

function absoluteUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** The first `<time datetime>` inside a subtree (the article's own date stamp), found without recursion. */
function firstTimeIn(root: AnyNode): string | null {
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (!node) break;
    if (isElement(node)) {
      if (tagOf(node) === 'time' && node.attribs['datetime']) return node.attribs['datetime'];
      if (node !== root && (isChromeElement(node) || isInlineDateline(node))) continue;
    }
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  return null;
}

/**
 * Reads an HTML document or fragment: metadata from `<title>`, Open Graph, `<meta>` dates, JSON-LD,
 * `<time datetime>` and `<link rel=canonical>`; body text from `<article>`/`<main>` or the element holding
 * most paragraph text, chrome dropped, the headline kept as the first paragraph.
 */
export function readHtml(html: string, now: Date): HtmlArticle {
  const $ = load(html);
  const document = $.root()[0];
  if (!document) return { title: null, outlet: null, url: null, published: null, declaredLanguage: null, text: '' };
  const { head, scores } = survey(document);
  const root = chooseRoot(scores, document);
  const jsonLd = readJsonLd(head.jsonLd);
  const meta = head.meta;

  const siteName = firstString(meta.get('og:site_name'), jsonLd.publisher, meta.get('application-name'));
  const h1 = head.h1.find((el) => contains(root, el)) ?? head.h1[0] ?? null;
  const h1Text = h1 ? textOf(h1) : null;
  const title = firstString(
    meta.get('og:title'),
    meta.get('twitter:title'),
    jsonLd.headline,
    h1Text,
    head.titleTag ? cleanTitleTag(head.titleTag, siteName) : null,
  );
  const url = absoluteUrl(firstString(head.canonical, meta.get('og:url'), jsonLd.url));
  const outlet = siteName ?? (url ? outletFromUrl(url) : null);

  let published: string | null = null;
  for (const key of DATE_META) {
    published = parsePublicationDate(meta.get(key), now);
    if (published) break;
  }
  published ??= parsePublicationDate(jsonLd.datePublished, now);
  published ??= parsePublicationDate(firstTimeIn(root), now);

  let text = renderText(root);
  // The headline often sits above the article container; keep it as the first paragraph.
  if (h1 && h1Text && !contains(root, h1)) text = `${h1Text}\n\n${text}`;
  return { title, outlet, url, published, declaredLanguage: head.lang, text };
}
