import { ArticleRejectedError } from '../../src/errors';
import { fetchResource, parseHttpUrl, type FetchLimits } from '../../src/ingest/http-fetch';
import { startLocalWeb, type LocalWeb } from './local-web';

const LIMITS: FetchLimits = { maxBytes: 100_000, timeoutMs: 2_000, maxRedirects: 3 };

async function reasonFor(url: string, limits: FetchLimits = LIMITS): Promise<string> {
  try {
    await fetchResource(url, limits);
    return 'ok';
  } catch (error) {
    return error instanceof ArticleRejectedError ? error.reason : `unexpected: ${String(error)}`;
  }
}

describe('fetchResource', () => {
  let web: LocalWeb;
  beforeAll(async () => {
    web = await startLocalWeb({
      routes: {
        // /chain/0 → /chain/1 → … : never the same URL twice, so only the redirect count stops it.
        '/chain': (req, res) => {
          const n = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('n') ?? 0);
          res.writeHead(302, { location: `/chain?n=${n + 1}` });
          res.end();
        },
      },
    });
  });
  afterAll(async () => {
    await web.close();
  });

  it('returns the final URL, media type, charset and bytes of a page', async () => {
    const page = await fetchResource(`${web.base}/moved`, LIMITS);
    expect(page.url).toBe(`${web.base}/articles/5.html`);
    expect(page).toMatchObject({ status: 200, mediaType: 'text/html', charset: 'utf-8' });
    expect(Buffer.from(page.body).toString('utf8')).toContain('Council approves budget 5');
  });

  it('stops after the redirect limit even when every target is new', async () => {
    expect(await reasonFor(`${web.base}/chain?n=0`)).toBe('too-many-redirects');
    // With no redirects allowed, the first one is refused.
    expect(await reasonFor(`${web.base}/chain?n=0`, { ...LIMITS, maxRedirects: 0 })).toBe('too-many-redirects');
  });

  it('reports a refused connection as a network error and an outside abort as cancelled', async () => {
    const closed = await startLocalWeb();
    const base = closed.base;
    await closed.close();
    expect(await reasonFor(`${base}/articles/1.html`)).toBe('network');

    const controller = new AbortController();
    const pending = reasonFor(`${web.base}/slow`, { ...LIMITS, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await pending).toBe('cancelled');
  });

  it('accepts only http and https URLs', () => {
    expect(parseHttpUrl('https://news.example/a').hostname).toBe('news.example');
    expect(() => parseHttpUrl('file:///etc/passwd')).toThrow(/only http and https/);
    expect(() => parseHttpUrl('not a url')).toThrow(ArticleRejectedError);
  });
});
