/**
 * A local web site for the web-source tests: node:http on 127.0.0.1, port chosen by the system. Serves
 * article pages, RSS and Atom feeds and the failure cases (404, slow, oversized, redirect loop, image), and
 * counts requests in flight so tests can check the concurrency bound.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running test site. */
export interface LocalWeb {
  /** `http://127.0.0.1:<port>` */
  base: string;
  /** Highest number of requests handled at the same time so far. */
  maxInFlight(): number;
  /** Paths requested so far, in arrival order. */
  requested(): string[];
  close(): Promise<void>;
}

const CITIES = ['Lisbon', 'Nairobi', 'Manila', 'Lima', 'Oslo', 'Hanoi', 'Accra', 'Quito', 'Riga', 'Tunis', 'Dhaka', 'Sofia'];
const NAMES = ['Maria Duarte', 'Kwame Mensah', 'Ana Reyes', 'Jorge Salas', 'Ingrid Holm', 'Linh Tran'];

/** Paragraphs of an invented news story, different for every `n` so each page is its own article. */
export function storyParagraphs(n: number): string[] {
  const city = CITIES[n % CITIES.length] ?? 'Lisbon';
  const person = NAMES[n % NAMES.length] ?? 'Maria Duarte';
  return [
    `The city council of ${city} approved a new transport budget on Tuesday after a long debate, officials said, in story number ${n}.`,
    `${person}, who chairs the finance committee, told reporters that the plan would add ${n + 12} bus routes and repair several bridges before the winter.`,
    `Opposition members argued that the spending was rushed and asked for an independent review of the costs, which they put at ${n + 3} million euros.`,
    `The mayor said the first works would begin in the spring and that residents would be consulted on the new routes through public meetings.`,
  ];
}

/** An article page with head metadata and some site chrome around the story. */
export function articlePage(n: number, options: { siteName?: string; canonical?: string } = {}): string {
  const head = [
    `<title>Council approves budget ${n} | Example Daily</title>`,
    options.siteName ? `<meta property="og:site_name" content="${options.siteName}">` : '',
    options.canonical ? `<link rel="canonical" href="${options.canonical}">` : '',
  ].join('\n');
  const body = storyParagraphs(n)
    .map((p) => `<p>${p}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head>${head}</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Council approves budget ${n}</h1>${body}</article><footer>Copyright Example Daily</footer></body></html>`;
}

/** A long story (over 150 words) as an HTML fragment, as feeds carry it in content:encoded. */
export function fullStoryHtml(n: number): string {
  return [...storyParagraphs(n), ...storyParagraphs(n + 100)].map((p) => `<p>${p}</p>`).join('');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An RSS 2.0 feed: items 1..count link to article pages; `extra` items are appended as given. */
export function rssFeed(base: string, count: number, extra: string[] = []): string {
  const items = Array.from(
    { length: count },
    (_, i) => `<item><title>Budget story ${i + 1}</title><link>${base}/articles/${i + 1}.html</link>
<pubDate>Tue, 0${(i % 9) + 1} Apr 2024 08:00:00 GMT</pubDate><description>A short teaser.</description></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Daily News</title><link>${base}/</link>
${[...items, ...extra].join('\n')}
</channel></rss>`;
}

/** An Atom feed with one entry linking to a page and one carrying its full article. */
export function atomFeed(base: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Example Atom Wire</title><link href="${base}/"/>
<entry><title>Atom page story</title><link rel="alternate" type="text/html" href="/articles/7.html"/>
<published>2024-03-05T10:00:00Z</published><updated>2024-03-06T10:00:00Z</updated><summary>Teaser only.</summary></entry>
<entry><title>Atom full story</title><link href="${base}/full/8"/><updated>2024-03-07T09:00:00Z</updated>
<content type="html">${escapeXml(fullStoryHtml(8))}</content></entry>
</feed>`;
}

/** Handles a request; resolves when the response is finished (or abandoned). */
type Route = (req: IncomingMessage, res: ServerResponse, base: string) => void | Promise<void>;

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A route answering with a redirect. */
function redirect(status: number, location: string): Route {
  return (_req, res) => {
    res.writeHead(status, { location });
    res.end();
  };
}

/** The site's routes; `/articles/<n>.html` answers after `delayMs` so requests overlap. */
function routes(delayMs: number, extraRoutes: Record<string, Route>): Record<string, Route> {
  return {
    '/feed.rss': (_req, res, base) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(rssFeed(base, 3));
    },
    '/feed.atom': (_req, res, base) => {
      res.writeHead(200, { 'content-type': 'application/atom+xml' });
      res.end(atomFeed(base));
    },
    '/feed-as-text-xml': (_req, res, base) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(rssFeed(base, 2));
    },
    '/slow': async (_req, res) => {
      // Answers far too late; gives up as soon as the client hangs up so no timer outlives the test.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 5_000);
        res.on('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      if (!res.destroyed) res.end('too late');
    },
    '/huge': (_req, res) => {
      // Chunked, no Content-Length: the limit must be enforced while streaming.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'filler words '.repeat(800)}</p>\n`;
      let sent = 0;
      const pump = (): void => {
        while (sent < 400 && !res.destroyed) {
          sent += 1;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end();
      };
      res.on('close', () => {
        sent = 400;
      });
      pump();
    },
    '/huge-declared': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50_000_000) });
      res.write('<p>start</p>');
      res.on('close', () => undefined);
    },
    '/loop-a': redirect(302, '/loop-b'),
    '/loop-b': redirect(302, '/loop-a'),
    '/moved': redirect(301, '/articles/5.html'),
    '/to-ftp': redirect(302, 'ftp://127.0.0.1/file'),
    '/image.png': (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    },
    '/articles/': async (req, res, base) => {
      const n = Number(/\/articles\/(\d+)\.html$/.exec(req.url ?? '')?.[1]);
      if (!Number.isInteger(n)) {
        res.writeHead(404).end();
        return;
      }
      await wait(delayMs);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      // Odd pages state their canonical URL and site name; even ones state neither.
      res.end(n % 2 === 1 ? articlePage(n, { siteName: 'Example Daily', canonical: `${base}/articles/${n}.html` }) : articlePage(n));
    },
    ...extraRoutes,
  };
}

/** Starts the site on 127.0.0.1 with an ephemeral port. */
export async function startLocalWeb(
  options: { delayMs?: number; routes?: Record<string, Route> } = {},
): Promise<LocalWeb> {
  let inFlight = 0;
  let maxInFlight = 0;
  const requested: string[] = [];
  let base = '';
  const table = routes(options.delayMs ?? 0, options.routes ?? {});
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requested.push(path);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let counted = true;
    const done = (): void => {
      if (counted) inFlight -= 1;
      counted = false;
    };
    res.on('close', done);
    res.on('finish', done);
    const route = table[path] ?? (path.startsWith('/articles/') ? table['/articles/'] : undefined);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    Promise.resolve(route(req, res, base)).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address: AddressInfo | string | null = server.address();
  if (address === null || typeof address === 'string') throw new Error('the test server has no TCP address');
  base = `http://127.0.0.1:${address.port}`;
  return {
    base,
    maxInFlight: () => maxInFlight,
    requested: () => [...requested],
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
