/**
 * Articles from the web: pages named by URL and the items of RSS/Atom feeds, as a lazy stream of items.
 * Every request goes through one shared limiter, so the number of requests in flight never exceeds the
 * pool size however feeds and pages interleave; results come out in the order they were asked for.
 */
import { ArticleRejectedError } from '../errors';
import type { ArticleFormat, MetadataOverrides, RawArticle } from '../model/article';
import { decodeBytes } from './decode';
import { looksLikeFeed, parseFeed, type Feed, type FeedItem } from './feeds';
import { readHtml } from './html';
import { DEFAULT_FETCH_LIMITS, fetchResource, type FetchedResource } from './http-fetch';
import { failedItem, type Limiter, type SourceItem } from './source-items';

/** How web inputs are fetched. */
export interface WebSourceOptions {
  /** Largest page or feed accepted, in bytes (the article size limit). */
  maxBytes: number;
  /** Shared by every request of the batch: bounds requests in flight. */
  limiter: Limiter;
  timeoutMs?: number;
  maxRedirects?: number;
  /** Aborts every request when the batch stops. */
  signal?: AbortSignal;
  /** Reference time for rejecting future dates. */
  now?: () => Date;
  /** A feed item whose own content has at least this many words is ingested without fetching its page. */
  fullTextMinWords?: number;
}

/** One web input: a URL that may be a page or a feed, or one that must be a feed (`--feed`). */
export interface WebInput {
  url: string;
  feed: boolean;
}

/** Below this, feed content is a teaser: summaries run to a few sentences, articles to hundreds of words. */
const DEFAULT_FULL_TEXT_MIN_WORDS = 150;

/** Media types read as articles; an empty type (none sent) is given the benefit of the doubt. */
const ARTICLE_MEDIA_TYPES = new Set(['', 'text/html', 'application/xhtml+xml', 'text/plain', 'text/markdown', 'text/x-markdown']);

/** Charsets `decodeBytes` already handles by itself (UTF-8 first, windows-1252 as the fallback). */
const NATIVE_CHARSETS = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii', 'iso-8859-1', 'latin1', 'windows-1252']);

/** The charset a document declares in its first bytes (`<?xml encoding>`, `<meta charset>`), lower-cased. */
function declaredCharset(body: Uint8Array): string | null {
  const head = Buffer.from(body.buffer, body.byteOffset, Math.min(body.byteLength, 2048)).toString('latin1');
  const match = /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head) ?? /<meta[^>]*\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

/** The text of a fetched resource: its declared charset when it is one decodeBytes does not guess, else decodeBytes. */
function decodeResource(resource: FetchedResource): string {
  const charset = resource.charset ?? declaredCharset(resource.body);
  if (charset && !NATIVE_CHARSETS.has(charset)) {
    try {
      return new TextDecoder(charset).decode(resource.body);
    } catch {
      // An unknown label: fall back to detection rather than refuse the page.
    }
  }
  return decodeBytes(resource.body).text;
}

/** Metadata a feed gives an item: what it states outright, and what is used only when the page says nothing. */
interface FeedContext {
  overrides: MetadataOverrides;
  outletFallback: string | null;
}

/**
 * The article in a fetched page. Feed metadata overrides the page's title and date; the feed's title becomes
 * the outlet and the final URL the url only when the page states none.
 */
function pageArticle(source: string, resource: FetchedResource, context: FeedContext, now: Date): RawArticle {
  if (!ARTICLE_MEDIA_TYPES.has(resource.mediaType)) {
    throw new ArticleRejectedError(
      'not-article',
      `${resource.url} is ${resource.mediaType}, not an article page (HTML or text).`,
    );
  }
  const html = resource.mediaType === 'text/html' || resource.mediaType === 'application/xhtml+xml';
  const text = decodeResource(resource);
  const overrides: MetadataOverrides = { ...context.overrides };
  // The page's own canonical URL and site name win; reading its head is the only way to know they are absent.
  const stated = html ? readHtml(text, now) : null;
  if (!stated?.url) overrides.url = resource.url;
  if (!stated?.outlet && context.outletFallback) overrides.outlet = context.outletFallback;
  const format: ArticleFormat | undefined = html ? 'html' : undefined;
  return { content: text, source, overrides, ...(format ? { format } : {}) };
}

/** Words of text in an HTML fragment, counted without building a DOM. */
function wordCount(html: string): number {
  const text = html.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, ' ');
  return text.split(/\s+/).filter((word) => /\w/.test(word)).length;
}

/** Metadata of a feed item, as overrides (title, date) and the outlet to use if the page has none. */
function feedContext(feed: Feed, item: FeedItem): FeedContext {
  const overrides: MetadataOverrides = {};
  if (item.title) overrides.title = item.title;
  if (item.published) overrides.published = item.published;
  return { overrides, outletFallback: feed.title };
}

/** The items of one feed, in feed order: its own content when it is the full article, else its page fetched. */
function* feedItems(feed: Feed, feedUrl: string, fetchPage: PageFetcher, options: WebSourceOptions): Generator<SourceItem> {
  const minWords = options.fullTextMinWords ?? DEFAULT_FULL_TEXT_MIN_WORDS;
  if (feed.items.length === 0) {
    yield { source: feedUrl, error: `${feedUrl} is a feed with no items.`, reason: 'empty-feed' };
    return;
  }
  for (const [index, item] of feed.items.entries()) {
    const context = feedContext(feed, item);
    const own = [item.content, item.summary].find((html) => html !== null && wordCount(html) >= minWords) ?? null;
    if (own !== null || item.link === null) {
      const body = own ?? item.content ?? item.summary;
      const source = item.link ?? `${feedUrl}#item-${index + 1}`;
      if (body === null) {
        yield { source, error: `Item ${index + 1} of ${feedUrl} has neither a link nor any content.`, reason: 'no-link' };
        continue;
      }
      const overrides: MetadataOverrides = { ...context.overrides };
      if (item.link) overrides.url = item.link;
      if (feed.title) overrides.outlet = feed.title;
      const raw: RawArticle = { content: body, source, overrides, format: 'html' };
      yield { source, load: () => Promise.resolve(raw) };
      continue;
    }
    const link = item.link;
    yield { source: link, load: () => fetchPage(link, context) };
  }
}

type PageFetcher = (url: string, context: FeedContext) => Promise<RawArticle>;

/** What one top-level URL turned out to be. */
type Fetched = { kind: 'page'; source: string; raw: RawArticle } | { kind: 'feed'; feed: Feed; url: string } | { kind: 'error'; item: SourceItem };

/**
 * Reads web inputs lazily, in order: a page URL gives one article; a feed (named with `feed: true`, or any URL
 * whose response is RSS/Atom) gives one item per entry. Up to the limiter's size, top-level URLs are fetched
 * ahead while earlier ones are ingested. Failures become error items with a reason ('http-404', 'timeout',
 * 'too-large', 'not-article', 'not-feed', …) and the stream goes on.
 */
export async function* webItems(inputs: readonly WebInput[], options: WebSourceOptions): AsyncGenerator<SourceItem> {
  const now = options.now ?? (() => new Date());
  const fetchLimited = (url: string): Promise<FetchedResource> =>
    options.limiter.run(() =>
      fetchResource(url, {
        maxBytes: options.maxBytes,
        timeoutMs: options.timeoutMs ?? DEFAULT_FETCH_LIMITS.timeoutMs,
        maxRedirects: options.maxRedirects ?? DEFAULT_FETCH_LIMITS.maxRedirects,
        ...(options.signal ? { signal: options.signal } : {}),
      }),
    );
  const fetchPage: PageFetcher = async (url, context) => {
    const resource = await fetchLimited(url);
    if (looksLikeFeed(resource.mediaType, decodeHead(resource))) {
      throw new ArticleRejectedError('not-article', `${url} is a feed, not an article page.`);
    }
    return pageArticle(url, resource, context, now());
  };
  const fetchInput = async (input: WebInput): Promise<Fetched> => {
    try {
      const resource = await fetchLimited(input.url);
      const feedLike = looksLikeFeed(resource.mediaType, decodeHead(resource));
      if (feedLike || input.feed) {
        const feed = feedLike ? parseFeed(decodeResource(resource), resource.url) : null;
        if (feed === null) {
          const what = resource.mediaType || 'a response without a media type';
          return {
            kind: 'error',
            item: { source: input.url, error: `${input.url} is not an RSS or Atom feed (${what}).`, reason: 'not-feed' },
          };
        }
        return { kind: 'feed', feed, url: resource.url };
      }
      return { kind: 'page', source: input.url, raw: pageArticle(input.url, resource, { overrides: {}, outletFallback: null }, now()) };
    } catch (error) {
      return { kind: 'error', item: failedItem(input.url, error, 'network') };
    }
  };

  // Top-level URLs are fetched a few ahead (never more than the inputs); the limiter bounds actual requests.
  const ahead = Math.max(1, options.limiter.size);
  const pending: Array<Promise<Fetched>> = [];
  let next = 0;
  while (next < inputs.length || pending.length > 0) {
    while (next < inputs.length && pending.length < ahead) {
      const input = inputs[next++];
      if (input) pending.push(fetchInput(input));
    }
    const head = pending.shift();
    if (!head) break;
    const fetched = await head;
    if (fetched.kind === 'error') yield fetched.item;
    else if (fetched.kind === 'page') yield { source: fetched.source, load: () => Promise.resolve(fetched.raw) };
    else yield* feedItems(fetched.feed, fetched.url, fetchPage, options);
  }
}

/** The first few KB of a resource as text, enough to see a feed's root element. */
function decodeHead(resource: FetchedResource): string {
  const head = resource.body.subarray(0, 4096);
  return new TextDecoder('utf-8').decode(head);
}
