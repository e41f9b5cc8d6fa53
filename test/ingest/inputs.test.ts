import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { batchItems } from '../../src/cli/commands/ingest';
import { isUrlArgument } from '../../src/ingest/inputs';
import { ingestBatch } from '../../src/pipeline/batch';
import { createIngestor, type IngestOutcome } from '../../src/pipeline/ingest';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import { articlePage, startLocalWeb, storyParagraphs, type LocalWeb } from './local-web';

const NOW = new Date('2024-06-01T12:00:00Z');

describe('newsgraph ingest inputs through the real pipeline', () => {
  let root: string;
  let web: LocalWeb;
  let store: EmbeddedGraphStore;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-inputs-'));
    web = await startLocalWeb({ delayMs: 10 });
    store = new EmbeddedGraphStore({ dataDir: path.join(root, 'data') });
    await store.init();
  });
  afterAll(async () => {
    await store.close();
    await web.close();
    await rm(root, { recursive: true, force: true });
  });

  it('routes files, directories, JSON Lines, URLs and feeds into one ordered batch that survives bad inputs', async () => {
    const dir = path.join(root, 'articles');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'one.html'), articlePage(31));
    const dump = path.join(root, 'dump.jsonl.gz');
    const lines = [
      JSON.stringify({ text: storyParagraphs(32).join('\n\n'), title: 'Dump story', outlet: 'Dump Wire', published: '2024-02-01', url: 'https://dump.example/32' }),
      'not json',
    ];
    await writeFile(dump, gzipSync(Buffer.from(lines.join('\n'))));

    const outcomes: IngestOutcome[] = [];
    const ingest = createIngestor({ store, maxArticleBytes: 500_000, clock: () => NOW });
    const items = batchItems(
      [dir, dump, `${web.base}/articles/34.html`, `${web.base}/missing`, path.join(root, 'absent.txt')],
      500_000,
      {},
      undefined,
      { feeds: [`${web.base}/feed.atom`], concurrency: 2, timeoutMs: 5_000 },
    );
    const summary = await ingestBatch(items, ingest, { now: () => 0, onProgress: (_n, last) => outcomes.push(last) });

    expect(outcomes.map((o) => `${o.source} ${o.status}${o.reason ? ` ${o.reason}` : ''}`)).toEqual([
      `${path.join(dir, 'one.html')} ingested`,
      'https://dump.example/32 ingested',
      `${dump}#L2 rejected bad-json`,
      `${web.base}/articles/34.html ingested`,
      `${web.base}/missing rejected http-404`,
      `${path.join(root, 'absent.txt')} rejected not-found`,
      `${web.base}/articles/7.html ingested`,
      `${web.base}/full/8 ingested`,
    ]);
    expect(summary.byStatus).toMatchObject({ ingested: 5, rejected: 3 });

    const stored = await store.listArticles({});
    const byUrl = new Map(stored.map((a) => [a.url, a]));
    expect(byUrl.get('https://dump.example/32')).toMatchObject({ title: 'Dump story', outlet: 'Dump Wire', published: '2024-02-01' });
    // Page 34 states no canonical URL: the fetched URL is its url.
    expect(byUrl.get(`${web.base}/articles/34.html`)?.title).toBe('Council approves budget 34');
    // Feed entries carry the feed's title and date; the full entry needed no request of its own.
    expect(byUrl.get(`${web.base}/articles/7.html`)).toMatchObject({ title: 'Atom page story', published: '2024-03-05' });
    expect(byUrl.get(`${web.base}/full/8`)).toMatchObject({ title: 'Atom full story', outlet: 'Example Atom Wire' });
  });

  it('tells URLs from paths by their scheme', () => {
    expect(['https://a.example/x', 'HTTP://a', 'ftp://a/b', 'file:///tmp/x'].map(isUrlArgument)).toEqual([true, true, true, true]);
    expect(['./news', '/tmp/a.jsonl', 'C:\\news\\a.html', 'http-archive/a.html'].map(isUrlArgument)).toEqual([false, false, false, false]);
  });
});
