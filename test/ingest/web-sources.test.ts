import { ArticleRejectedError } from '../../src/errors';
import type { RawArticle } from '../../src/model/article';
import { createLimiter, type SourceItem } from '../../src/ingest/source-items';
import { inputItems } from '../../src/ingest/inputs';
import { webItems, type WebInput } from '../../src/ingest/web-sources';
import { startLocalWeb, type LocalWeb } from './local-web';

/** What one item came to: an article, or the reason it failed (at the source or while loading). */
type Result = { source: string; raw: RawArticle } | { source: string; reason: string; message: string };

async function collect(items: AsyncIterable<SourceItem>): Promise<Result[]> {
  const results: Result[] = [];
  for await (const item of items) {
    if (item.error !== undefined) {
      results.push({ source: item.source, reason: item.reason, message: item.error });
      continue;
    }
    try {
      results.push({ source: item.source, raw: await item.load() });
    } catch (error) {
      const reason = error instanceof ArticleRejectedError ? error.reason : 'thrown';
      results.push({ source: item.source, reason, message: String(error) });
    }
  }
  return results;
}

function reasonOf(result: Result | undefined): string {
  if (result === undefined) return 'missing';
  return 'reason' in result ? result.reason : 'ok';
}

function rawOf(result: Result | undefined): RawArticle {
  if (result === undefined || !('raw' in result)) throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result.raw;
}

function textOf(raw: RawArticle): string {
  return typeof raw.content === 'string' ? raw.content : Buffer.from(raw.content).toString('utf8');
}

const MAX_BYTES = 200_000;

describe('web sources against a local site', () => {
  let web: LocalWeb;
  beforeAll(async () => {
    web = await startLocalWeb({ delayMs: 40 });
  });
  afterAll(async () => {
    await web.close();
  });

  const read = (inputs: WebInput[], extra: { timeoutMs?: number; concurrency?: number } = {}): Promise<Result[]> =>
    collect(
      webItems(inputs, {
        maxBytes: MAX_BYTES,
        limiter: createLimiter(extra.concurrency ?? 4),
        timeoutMs: extra.timeoutMs ?? 2_000,
        maxRedirects: 5,
        now: () => new Date('2024-06-01T00:00:00Z'),
      }),
    );

  it('fetches an article page, keeping the requested URL as source and the page as HTML', async () => {
    const url = `${web.base}/articles/2.html`;
    const [result] = await read([{ url, feed: false }]);
    const raw = rawOf(result);
    expect(raw.source).toBe(url);
    expect(raw.format).toBe('html');
    expect(textOf(raw)).toContain('Council approves budget 2');
    // The page states no canonical URL, so the fetched one is used.
    expect(raw.overrides?.url).toBe(url);
  });

  it('follows a redirect and records the final URL when the page states none', async () => {
    const [result] = await read([{ url: `${web.base}/moved`, feed: false }]);
    const raw = rawOf(result);
    expect(raw.source).toBe(`${web.base}/moved`);
    // Page 5 states its canonical URL, so no url is forced on it.
    expect(raw.overrides?.url).toBeUndefined();
    expect(textOf(raw)).toContain('Council approves budget 5');
  });

  it('reads an RSS feed in order: item pages fetched, feed title and dates as metadata', async () => {
    const results = await read([{ url: `${web.base}/feed.rss`, feed: true }]);
    expect(results.map((r) => r.source)).toEqual([1, 2, 3].map((n) => `${web.base}/articles/${n}.html`));
    const first = rawOf(results[0]);
    expect(first.overrides?.title).toBe('Budget story 1');
    expect(first.overrides?.published).toBe('2024-04-01');
    // Page 1 names its site, so the feed's title is not forced on it; page 2 names none and gets it.
    expect(first.overrides?.outlet).toBeUndefined();
    expect(rawOf(results[1]).overrides?.outlet).toBe('Example Daily News');
  });

  it('reads an Atom feed: a teaser entry fetches its page, a full entry is used as it stands', async () => {
    const results = await read([{ url: `${web.base}/feed.atom`, feed: true }]);
    expect(results.map((r) => r.source)).toEqual([`${web.base}/articles/7.html`, `${web.base}/full/8`]);
    const page = rawOf(results[0]);
    expect(page.overrides?.title).toBe('Atom page story');
    expect(page.overrides?.published).toBe('2024-03-05');
    const full = rawOf(results[1]);
    expect(full.format).toBe('html');
    expect(textOf(full)).toContain('story number 8');
    expect(full.overrides).toMatchObject({
      title: 'Atom full story',
      url: `${web.base}/full/8`,
      outlet: 'Example Atom Wire',
      published: '2024-03-07',
    });
    expect(web.requested()).not.toContain('/full/8');
  });

  it('recognises a feed given as a plain URL from its root element, even served as text/xml', async () => {
    const results = await read([{ url: `${web.base}/feed-as-text-xml`, feed: false }]);
    expect(results.map((r) => r.source)).toEqual([1, 2].map((n) => `${web.base}/articles/${n}.html`));
  });

  it('reports each failing URL with its reason and goes on with the next', async () => {
    const inputs = ['/missing', '/slow', '/huge', '/huge-declared', '/loop-a', '/image.png', '/to-ftp', '/articles/4.html'];
    const started = performance.now();
    const results = await read(
      inputs.map((path) => ({ url: `${web.base}${path}`, feed: false })),
      { timeoutMs: 500 },
    );
    expect(results.map(reasonOf)).toEqual([
      'http-404',
      'timeout',
      'too-large',
      'too-large',
      'redirect-loop',
      'not-article',
      'unsupported-scheme',
      'ok',
    ]);
    // The slow page was abandoned at the time limit, not waited for.
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('decodes a page in the charset its server declares', async () => {
    // "Новости" in windows-1251: bytes that are not valid UTF-8 and mean something else in windows-1252.
    const cyrillic = Buffer.from([0xcd, 0xee, 0xe2, 0xee, 0xf1, 0xf2, 0xe8]);
    const site = await startLocalWeb({
      routes: {
        '/ru.html': (_req, res) => {
          res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' });
          res.end(Buffer.concat([Buffer.from('<html><body><article><p>'), cyrillic, Buffer.from('</p></article></body></html>')]));
        },
      },
    });
    try {
      const [result] = await read([{ url: `${site.base}/ru.html`, feed: false }]);
      expect(textOf(rawOf(result))).toContain('Новости');
    } finally {
      await site.close();
    }
  });

  it('refuses a page named with --feed that is not a feed', async () => {
    const [result] = await read([{ url: `${web.base}/articles/3.html`, feed: true }]);
    expect(reasonOf(result)).toBe('not-feed');
  });

  it('reports a feed item whose link is missing as an error of that item only', async () => {
    const site = await startLocalWeb({
      routes: {
        '/mixed.rss': (_req, res, base) => {
          res.writeHead(200, { 'content-type': 'application/rss+xml' });
          res.end(`<rss version="2.0"><channel><title>Mixed</title>
<item><title>Gone</title><link>${base}/articles/gone.html</link></item>
<item><title>No link, no text</title></item>
<item><title>Fine</title><link>${base}/articles/9.html</link></item></channel></rss>`);
        },
      },
    });
    try {
      const results = await read([{ url: `${site.base}/mixed.rss`, feed: false }]);
      expect(results.map(reasonOf)).toEqual(['http-404', 'no-link', 'ok']);
    } finally {
      await site.close();
    }
  });
});

describe('the request pool', () => {
  it('never has more requests in flight than its size, yet runs them in parallel, keeping feed order', async () => {
    const site = await startLocalWeb({
      delayMs: 60,
      routes: {
        '/big.rss': (_req, res, base) => {
          res.writeHead(200, { 'content-type': 'application/rss+xml' });
          const items = Array.from(
            { length: 12 },
            (_, i) => `<item><title>Story ${i + 1}</title><link>${base}/articles/${i + 1}.html</link></item>`,
          );
          res.end(`<rss version="2.0"><channel><title>Big</title>${items.join('')}</channel></rss>`);
        },
      },
    });
    try {
      const urls = [`${site.base}/articles/20.html`, `${site.base}/articles/21.html`];
      const results = await collect(
        inputItems([...urls, `${site.base}/big.rss`], { maxBytes: MAX_BYTES, concurrency: 3, timeoutMs: 5_000 }),
      );
      expect(results.map(reasonOf).every((r) => r === 'ok')).toBe(true);
      expect(results.map((r) => r.source)).toEqual([
        ...urls,
        ...Array.from({ length: 12 }, (_, i) => `${site.base}/articles/${i + 1}.html`),
      ]);
      expect(site.maxInFlight()).toBeLessThanOrEqual(3);
      expect(site.maxInFlight()).toBeGreaterThan(1);
    } finally {
      await site.close();
    }
  });
});
