/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: recognising them and reading their items in document order.
 * Parsed with cheerio in XML mode, which never reads a DTD: entities declared in a DOCTYPE (internal or
 * external) are left as literal text, so neither "billion laughs" nor external entity reads can happen.
 */
import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { findDateInText } from '../text/dates';

/** One entry of a feed, fields null when the feed does not state them. */
export interface FeedItem {
  title: string | null;
  /** Absolute http(s) link to the article page. */
  link: string | null;
  /** Publication (else update) date as ISO `YYYY-MM-DD`. */
  published: string | null;
  /** Full content the feed carries (`content:encoded`, Atom `content`), as HTML. */
  content: string | null;
  /** Short description or summary, as HTML. */
  summary: string | null;
}

/** A parsed feed. */
export interface Feed {
  kind: 'rss' | 'atom' | 'rdf';
  title: string | null;
  /** The site the feed belongs to. */
  link: string | null;
  items: FeedItem[];
}

/** Media types only feeds use. */
const FEED_MEDIA_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml']);
/** Media types that may hold a feed, decided by the root element. */
const XML_MEDIA_TYPES = new Set(['application/xml', 'text/xml', 'application/x-rss+xml', 'text/rss+xml']);

/** The root element of an XML document after the declaration, comments, processing instructions and DOCTYPE. */
const FEED_ROOT = /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>)*<(rss|feed|rdf:rdf)[\s>/]/i;

/**
 * True when a response is a feed: a feed media type, or XML/HTML/plain text whose root element is
 * `<rss>`, `<feed>` or `<rdf:RDF>` (many servers send feeds as text/xml or even text/html).
 */
export function looksLikeFeed(mediaType: string, head: string): boolean {
  if (FEED_MEDIA_TYPES.has(mediaType)) return true;
  if (mediaType !== '' && !XML_MEDIA_TYPES.has(mediaType) && mediaType !== 'text/html' && mediaType !== 'text/plain') {
    return false;
  }
  return FEED_ROOT.test(head.replace(/^\ufeff/, '').slice(0, 4096));
}

/** Lower-cased tag name of an element, prefix included ("content:encoded", "dc:date"). */
function nameOf(el: Element): string {
  return el.tagName.toLowerCase();
}

function childElements(node: AnyNode): Element[] {
  const out: Element[] = [];
  if ('children' in node) {
    for (const child of node.children) if (child.type === 'tag') out.push(child);
  }
  return out;
}

/** Whitespace-collapsed text of a value; null when empty. */
function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/** An absolute http(s) URL from a link as written, resolved against `base`; null when unusable. */
function absoluteHttpUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The first ISO date among values as feeds write them (RFC 822 in RSS, RFC 3339 in Atom and Dublin Core). */
function firstDate(values: Array<string | null>): string | null {
  for (const value of values) {
    const iso = value ? findDateInText(value) : null;
    if (iso) return iso;
  }
  return null;
}

/**
 * Reads a feed. `baseUrl` (the feed's own URL) resolves relative links. Returns null when the document is not
 * RSS, RDF or Atom. Items keep their order in the feed.
 */
export function parseFeed(xml: string, baseUrl: string | null = null): Feed | null {
  const $ = load(xml, { xml: true });
  const document = $.root()[0];
  const root = document ? childElements(document)[0] : undefined;
  if (!root) return null;
  const rootName = nameOf(root);
  const text = (el: Element | undefined): string | null => (el ? clean($(el).text()) : null);
  const raw = (el: Element | undefined): string | null => {
    if (!el) return null;
    const value = $(el).text().trim();
    return value ? value : null;
  };

  if (rootName === 'feed') {
    const children = childElements(root);
    const feedBase = absoluteHttpUrl(root.attribs['xml:base'] ?? null, baseUrl) ?? baseUrl;
    const items = children
      .filter((el) => nameOf(el) === 'entry')
      .map((entry): FeedItem => {
        const fields = childElements(entry);
        const find = (name: string): Element | undefined => fields.find((el) => nameOf(el) === name);
        const entryBase = absoluteHttpUrl(entry.attribs['xml:base'] ?? null, feedBase) ?? feedBase;
        return {
          title: text(find('title')),
          link: atomLink(fields, entryBase),
          published: firstDate([text(find('published')), text(find('updated')), text(find('dc:date'))]),
          content: atomContent($, find('content')),
          summary: atomContent($, find('summary')),
        };
      });
    const title = children.find((el) => nameOf(el) === 'title');
    return { kind: 'atom', title: text(title), link: atomLink(children, feedBase), items };
  }

  if (rootName !== 'rss' && rootName !== 'rdf:rdf') return null;
  const channel = childElements(root).find((el) => nameOf(el) === 'channel');
  // RSS 2.0 nests items in <channel>; RSS 1.0 (RDF) puts them beside it.
  const itemParent = rootName === 'rss' ? channel : root;
  const channelFields = channel ? childElements(channel) : [];
  const channelField = (name: string): Element | undefined => channelFields.find((el) => nameOf(el) === name);
  const items = (itemParent ? childElements(itemParent) : [])
    .filter((el) => nameOf(el) === 'item')
    .map((item): FeedItem => {
      const fields = childElements(item);
      const find = (name: string): Element | undefined => fields.find((el) => nameOf(el) === name);
      const guid = find('guid');
      // A guid is the article's address only when it says so (isPermaLink defaults to true).
      const guidLink = guid && guid.attribs['ispermalink'] !== 'false' && guid.attribs['isPermaLink'] !== 'false' ? text(guid) : null;
      return {
        title: text(find('title')),
        link:
          absoluteHttpUrl(text(find('link')), baseUrl) ??
          absoluteHttpUrl(item.attribs['rdf:about'] ?? null, baseUrl) ??
          absoluteHttpUrl(guidLink, baseUrl),
        published: firstDate([text(find('pubdate')), text(find('dc:date')), text(find('published')), text(find('updated'))]),
        content: raw(find('content:encoded')),
        summary: raw(find('description')),
      };
    });
  return {
    kind: rootName === 'rss' ? 'rss' : 'rdf',
    title: text(channelField('title')),
    link: absoluteHttpUrl(text(channelField('link')), baseUrl),
    items,
  };
}

/** The page an Atom entry points to: `rel="alternate"` (the default rel) with an HTML type if several. */
function atomLink(fields: Element[], base: string | null): string | null {
  const links = fields.filter((el) => nameOf(el) === 'link');
  const alternates = links.filter((el) => (el.attribs['rel'] ?? 'alternate') === 'alternate');
  const chosen = alternates.find((el) => /html/i.test(el.attribs['type'] ?? 'text/html')) ?? alternates[0];
  return absoluteHttpUrl(chosen?.attribs['href'] ?? null, base);
}

/**
 * Atom text constructs as HTML: `type="html"` holds escaped HTML (already unescaped by the parser),
 * `type="xhtml"` holds markup inside a div, and text is escaped so it stays text. Content pointing
 * elsewhere (`src`) carries nothing.
 */
function atomContent($: ReturnType<typeof load>, el: Element | undefined): string | null {
  if (!el || el.attribs['src']) return null;
  const type = (el.attribs['type'] ?? 'text').toLowerCase();
  if (type === 'xhtml') {
    const html = $(el).html()?.trim();
    return html ? html : null;
  }
  const value = $(el).text().trim();
  if (!value) return null;
  if (type === 'html' || type === 'text/html') return value;
  return value
    .split(/\n\s*\n/)
    .map((para) => `<p>${para.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`)
    .join('\n');
}
