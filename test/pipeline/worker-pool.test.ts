import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../src/bench/corpus';
import { exportJsonText } from '../../src/export/json';
import { inputItems } from '../../src/ingest/inputs';
import { withMetadata } from '../../src/ingest/source-items';
import type { RawArticle } from '../../src/model/article';
import { ingestBatch, type BatchItem } from '../../src/pipeline/batch';
import { createIngestor, type IngestOutcome } from '../../src/pipeline/ingest';
import { readAndExtract } from '../../src/pipeline/extract-worker';
import { ExtractPool, ingestBatchParallel, workerCount, type Submission, type WorkerScript } from '../../src/pipeline/worker-pool';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';

/**
 * Jest runs TypeScript through @swc/jest, but a worker thread is a fresh Node context that cannot load `.ts`.
 * This bootstrap (run with `eval: true`) registers a `.ts` loader built on @swc/core, then loads the worker
 * source itself, so the test exercises the real sources without a build. Production starts the compiled
 * `dist/pipeline/extract-worker.js` (the pool's default).
 */
const TS_WORKER: WorkerScript = {
  eval: true,
  file: `
const fs = require('node:fs');
const { transformSync } = require(${JSON.stringify(require.resolve('@swc/core'))});
require.extensions['.ts'] = (module, filename) => {
  const options = { filename, jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } };
  module._compile(transformSync(fs.readFileSync(filename, 'utf8'), options).code, filename);
};
require(${JSON.stringify(path.resolve(__dirname, '../../src/pipeline/extract-worker.ts'))});
`,
};

const CLOCK = (): Date => new Date('2026-06-01T12:00:00Z');
const MAX_BYTES = 1_000_000;
const dirs: string[] = [];

async function openStore(): Promise<EmbeddedGraphStore> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-pool-'));
  dirs.push(dir);
  const store = new EmbeddedGraphStore({ dataDir: dir });
  await store.init();
  return store;
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A generated corpus plus inputs that exercise every non-ingested outcome, in a fixed order. */
function inputs(count: number): BatchItem[] {
  const items: BatchItem[] = [];
  for (const article of generateCorpus({ seed: 7, count })) {
    items.push({ source: article.name, load: async () => ({ content: article.content, source: article.name }) });
    if (article.index === 3) items.push({ source: 'empty.txt', load: async () => ({ content: '   ', source: 'empty.txt' }) });
    if (article.index === 5) items.push({ source: 'missing.txt', error: 'no such file', reason: 'not-found' });
    if (article.index === 8) {
      // The same article again under another name: a duplicate only if order is kept.
      items.push({ source: 'copy.txt', load: async () => ({ content: article.content, source: 'copy.txt' }) });
    }
    if (article.index === 9) {
      items.push({
        source: 'broken.txt',
        load: async (): Promise<RawArticle> => {
          throw new Error('disk read failed');
        },
      });
    }
  }
  return items;
}

async function singleThreaded(items: BatchItem[], maxBytes = MAX_BYTES): Promise<{ exported: string; outcomes: IngestOutcome[] }> {
  const store = await openStore();
  const outcomes: IngestOutcome[] = [];
  const ingest = createIngestor({ store, maxArticleBytes: maxBytes, clock: CLOCK });
  await ingestBatch(items, ingest, { onProgress: (_, last) => outcomes.push(last) });
  const exported = exportJsonText(await store.snapshot());
  await store.close();
  return { exported, outcomes };
}

async function parallel(
  items: BatchItem[],
  workers: number,
  maxBytes = MAX_BYTES,
): Promise<{ exported: string; outcomes: IngestOutcome[] }> {
  const store = await openStore();
  const outcomes: IngestOutcome[] = [];
  await ingestBatchParallel(items, {
    store,
    maxArticleBytes: maxBytes,
    workers,
    clock: CLOCK,
    script: TS_WORKER,
    chunkSize: 3,
    window: 10,
    onProgress: (_, last) => outcomes.push(last),
  });
  const exported = exportJsonText(await store.snapshot());
  await store.close();
  return { exported, outcomes };
}

describe('ingestBatchParallel', () => {
  jest.setTimeout(120_000);
  const items = inputs(60);
  let reference: { exported: string; outcomes: IngestOutcome[] };

  beforeAll(async () => {
    reference = await singleThreaded(items);
  });

  it('builds exactly the single-threaded graph with two workers, reporting every input in input order', async () => {
    const result = await parallel(items, 2);
    expect(reference.outcomes.filter((o) => o.status === 'ingested').length).toBeGreaterThan(50);
    expect(result.outcomes.map((o) => [o.source, o.status, o.reason])).toEqual(
      reference.outcomes.map((o) => [o.source, o.status, o.reason]),
    );
    expect(result.outcomes).toEqual(reference.outcomes);
    expect(result.exported).toBe(reference.exported);
  });

  it('builds the same graph with one worker as with three', async () => {
    const one = await parallel(items, 1);
    const three = await parallel(items, 3);
    expect(one.exported).toBe(reference.exported);
    expect(three.exported).toBe(reference.exported);
  });

  it('keeps the reasons of unreadable, duplicate and failed loads', async () => {
    const result = await parallel(items, 2);
    const bySource = new Map(result.outcomes.map((o) => [o.source, o]));
    expect(bySource.get('empty.txt')).toMatchObject({ status: 'rejected', reason: 'empty' });
    expect(bySource.get('missing.txt')).toMatchObject({ status: 'rejected', reason: 'not-found' });
    expect(bySource.get('copy.txt')).toMatchObject({ status: 'duplicate', reason: 'same-content' });
    expect(bySource.get('broken.txt')).toMatchObject({ status: 'rejected', message: 'disk read failed' });
  });
});

describe('ingestBatchParallel over article files', () => {
  jest.setTimeout(120_000);
  const LIMIT = 20_000;
  let dir: string;
  let items: BatchItem[];
  let reference: { exported: string; outcomes: IngestOutcome[] };

  /**
   * A folder of generated articles plus files every reader must turn away, walked the way the CLI walks it;
   * then some files change under the walk (deleted, replaced by a folder, grown past the limit), so their
   * loads fail only when the article is read, in whichever thread reads it.
   */
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-pool-files-'));
    dirs.push(dir);
    for (const article of generateCorpus({ seed: 11, count: 24 })) {
      writeFileSync(path.join(dir, `${String(article.index).padStart(3, '0')}.txt`), article.content);
    }
    writeFileSync(path.join(dir, '100-empty.txt'), '');
    writeFileSync(path.join(dir, '101-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]));
    writeFileSync(path.join(dir, '102-huge.txt'), 'word '.repeat(LIMIT));
    writeFileSync(path.join(dir, '103-deleted.txt'), 'Soon gone.');
    writeFileSync(path.join(dir, '104-becomes-folder.txt'), 'Soon a folder.');
    writeFileSync(path.join(dir, '105-grows.txt'), 'Small for now.');
    writeFileSync(path.join(dir, '106-lines.jsonl'), `${JSON.stringify({ text: 'A line article about the harbour reopening on Monday.', title: 'Harbour' })}\n`);
    items = [];
    for await (const item of inputItems([dir, path.join(dir, 'no-such-file.txt')], { maxBytes: LIMIT })) {
      items.push(withMetadata(item, { outlet: 'Test Wire' }));
    }
    unlinkSync(path.join(dir, '103-deleted.txt'));
    unlinkSync(path.join(dir, '104-becomes-folder.txt'));
    mkdirSync(path.join(dir, '104-becomes-folder.txt'));
    writeFileSync(path.join(dir, '105-grows.txt'), 'word '.repeat(LIMIT));
    reference = await singleThreaded(items, LIMIT);
  });

  it('hands article files to the workers by path and JSON lines by content', () => {
    const files = items.filter((item) => 'file' in item && item.file !== undefined);
    expect(files).toHaveLength(30);
    expect(items.find((item) => item.source.endsWith('106-lines.jsonl#L1'))).not.toHaveProperty('file');
  });

  it('gives every file the single-threaded outcome: ingested, empty, binary, too large, gone, a folder', async () => {
    const result = await parallel(items, 2, LIMIT);
    expect(result.outcomes).toEqual(reference.outcomes);
    expect(result.exported).toBe(reference.exported);
    const bySource = new Map(result.outcomes.map((o) => [path.basename(o.source ?? ''), o]));
    expect(bySource.get('100-empty.txt')).toMatchObject({ status: 'rejected', reason: 'empty' });
    expect(bySource.get('101-binary.txt')).toMatchObject({ status: 'rejected', reason: 'binary' });
    expect(bySource.get('102-huge.txt')).toMatchObject({ status: 'rejected', reason: 'too-large' });
    expect(bySource.get('103-deleted.txt')).toMatchObject({ status: 'rejected', reason: 'not-found' });
    expect(bySource.get('104-becomes-folder.txt')).toMatchObject({ status: 'rejected', reason: 'unreadable' });
    expect(bySource.get('105-grows.txt')).toMatchObject({ status: 'rejected', reason: 'too-large' });
    expect(bySource.get('no-such-file.txt')).toMatchObject({ status: 'rejected', reason: 'not-found' });
    expect(result.outcomes.filter((o) => o.status === 'ingested').length).toBeGreaterThan(20);
  });

  it('applies flag metadata to articles the workers read', async () => {
    const store = await openStore();
    await ingestBatchParallel(items, { store, maxArticleBytes: LIMIT, workers: 1, clock: CLOCK, script: TS_WORKER });
    const outlets = new Set((await store.snapshot()).articles.map((a) => a.outlet));
    await store.close();
    expect([...outlets]).toEqual(['Test Wire']);
  });

  it('never reads a file on the main thread', async () => {
    // Loads that would fail if called: the outcomes can only match if the workers read the files.
    const untouchable = items.map((item): BatchItem => {
      if (!('file' in item) || item.file === undefined) return item;
      return { ...item, load: () => Promise.reject(new Error('read on the main thread')) };
    });
    const result = await parallel(untouchable, 1, LIMIT);
    expect(result.outcomes).toEqual(reference.outcomes);
  });
});

describe('ExtractPool', () => {
  it('fails only the articles of a worker that dies and keeps serving with a fresh one', async () => {
    // A worker that dies on its first message: every article it held fails, the pool itself survives.
    const dying: WorkerScript = { eval: true, file: "require('node:worker_threads').parentPort.on('message', () => process.exit(3));" };
    const pool = new ExtractPool({ workers: 1, maxArticleBytes: MAX_BYTES, script: dying });
    try {
      const first = await pool.submit({ content: 'Some text here.', source: 'a.txt' }, CLOCK());
      expect(first).toMatchObject({ kind: 'unreadable', status: 'failed', reason: 'worker-error' });
      expect(first.kind === 'unreadable' && first.message).toMatch(/exited with code 3/);
      const second = await pool.submit({ content: 'More text here.', source: 'b.txt' }, CLOCK());
      expect(second).toMatchObject({ status: 'failed', reason: 'worker-error' });
    } finally {
      await pool.close();
    }
  });

  it('fails the articles of a worker that answers in another protocol instead of waiting for ever', async () => {
    const chatty: WorkerScript = {
      eval: true,
      file: "const { parentPort } = require('node:worker_threads'); parentPort.on('message', (tasks) => parentPort.postMessage(JSON.stringify(tasks)));",
    };
    const pool = new ExtractPool({ workers: 1, maxArticleBytes: MAX_BYTES, script: chatty });
    try {
      const outcome = await pool.submit({ content: 'Some text here.', source: 'a.txt' }, CLOCK());
      expect(outcome).toMatchObject({ kind: 'unreadable', status: 'failed', reason: 'worker-error' });
      expect(outcome.kind === 'unreadable' && outcome.message).toMatch(/not a chunk of replies/);
    } finally {
      await pool.close();
    }
  });

  it('gives up on a worker script that cannot start instead of restarting it forever', async () => {
    const broken: WorkerScript = { eval: true, file: "throw new Error('cannot load the extractor');" };
    const pool = new ExtractPool({ workers: 1, maxArticleBytes: MAX_BYTES, script: broken });
    const outcomes: unknown[] = [];
    let refusal: Error | null = null;
    try {
      for (let i = 0; i < 10 && refusal === null; i++) {
        try {
          outcomes.push(await pool.submit({ content: 'Some text here.', source: `${i}.txt` }, CLOCK()));
        } catch (error) {
          refusal = error as Error;
        }
      }
    } finally {
      await pool.close();
    }
    expect(refusal?.message).toMatch(/keep failing .*cannot load the extractor.*npm run build/);
    expect(outcomes.length).toBeGreaterThan(0);
    for (const outcome of outcomes) expect(outcome).toMatchObject({ status: 'failed', reason: 'worker-error' });
  });

  it('stops a parallel batch with the reason when the workers cannot run', async () => {
    const store = await openStore();
    const broken: WorkerScript = { eval: true, file: "throw new Error('cannot load the extractor');" };
    try {
      await expect(
        ingestBatchParallel(inputs(40), { store, maxArticleBytes: MAX_BYTES, workers: 1, script: broken, window: 4 }),
      ).rejects.toThrow(/keep failing/);
    } finally {
      await store.close();
    }
  });

  it('reads and extracts in a worker exactly what the ingest reader gives', async () => {
    const pool = new ExtractPool({ workers: 1, maxArticleBytes: MAX_BYTES, script: TS_WORKER });
    try {
      const [article] = [...generateCorpus({ seed: 3, count: 1 })];
      const outcome = await pool.submit({ content: article?.content ?? '', source: 'one.html' }, CLOCK());
      expect(outcome.kind).toBe('read');
      if (outcome.kind !== 'read') return;
      expect(outcome.doc.source).toBe('one.html');
      expect(outcome.extraction?.articleId).toBe(outcome.doc.id);
      expect(outcome.extraction?.entities.length).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
  });

  it('hands back from a worker exactly the outcome read in this thread, field for field', async () => {
    // Generated articles in every format, and the development articles when the evaluation kit is beside the repo.
    const raws: RawArticle[] = [...generateCorpus({ seed: 5, count: 9 })].map((a) => ({ content: a.content, source: a.name }));
    const devDir = path.resolve(__dirname, '..', '..', '..', 'shared', 'eval', 'articles');
    if (existsSync(devDir)) {
      for (const name of readdirSync(devDir)) raws.push({ content: readFileSync(path.join(devDir, name)), source: name });
    } else console.warn(`Comparing generated articles only: ${devDir} is absent.`);
    const pool = new ExtractPool({ workers: 1, maxArticleBytes: MAX_BYTES, script: TS_WORKER });
    try {
      const outcomes = await Promise.all(raws.map((raw) => pool.submit(raw, CLOCK())));
      outcomes.forEach((outcome, i) => {
        const raw = raws[i] as RawArticle;
        expect(outcome).toStrictEqual(readAndExtract(raw, { maxBytes: MAX_BYTES, now: CLOCK() }));
      });
      expect(outcomes.filter((o) => o.kind === 'read' && o.extraction !== null).length).toBeGreaterThanOrEqual(9);
    } finally {
      await pool.close();
    }
  });

  it('sends full chunks, and a partial one only once an article in it is needed', async () => {
    // A worker that answers every task with the size of the message it came in.
    const counting: WorkerScript = {
      eval: true,
      file: `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (tasks) => {
  const outcome = { kind: 'unreadable', status: 'failed', reason: 'chunk', message: String(tasks.length), diagnostics: [] };
  parentPort.postMessage(tasks.map((task) => ({ seq: task.seq, json: new TextEncoder().encode(JSON.stringify(outcome)) })));
});`,
    };
    const pool = new ExtractPool({ workers: 1, maxArticleBytes: MAX_BYTES, script: counting, chunkSize: 4 });
    try {
      const submissions = Array.from({ length: 7 }, (_, i) => pool.defer({ raw: { content: `Text ${i}.`, source: `${i}.txt` } }, CLOCK()));
      const chunkOf = async (i: number): Promise<string> => {
        const outcome = await (submissions[i] as Submission).outcome;
        return outcome.kind === 'unreadable' ? outcome.message : 'read';
      };
      expect(await Promise.all([0, 1, 2, 3].map(chunkOf))).toEqual(['4', '4', '4', '4']);
      let tailSent = false;
      void (submissions[4] as Submission).outcome.then(() => {
        tailSent = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(tailSent).toBe(false);
      pool.need((submissions[5] as Submission).seq);
      expect(await Promise.all([4, 5, 6].map(chunkOf))).toEqual(['3', '3', '3']);
    } finally {
      await pool.close();
    }
  });

  it('refuses work after close', async () => {
    const pool = new ExtractPool({ workers: 1, maxArticleBytes: MAX_BYTES, script: TS_WORKER });
    await pool.close();
    await expect(pool.submit({ content: 'x', source: null }, CLOCK())).rejects.toThrow(/closed/);
  });
});

describe('workerCount', () => {
  it('reads 0 as one worker per core and refuses negative or fractional counts', () => {
    expect(workerCount(0)).toBe(os.availableParallelism());
    expect(workerCount(3)).toBe(3);
    expect(() => workerCount(-1)).toThrow(RangeError);
    expect(() => workerCount(1.5)).toThrow(RangeError);
  });
});
