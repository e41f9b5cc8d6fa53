/**
 * A real `newsgraph ingest` process killed with SIGKILL in the middle of a batch: the data directory opens
 * afterwards in a consistent state, and running the same ingest again ends where an uninterrupted run ends.
 */
import { appendFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { toExportGraph } from '../../src/export/json';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import type { GraphSnapshot } from '../../src/store/graph-store';
import { frontMatterArticle, requireBuiltCli, runCli, startCli, tempDir, waitFor, writeFiles } from './helpers';

const ARTICLES = 300;
/** Kill once the journal holds this much: about forty articles in (~1.4 KB each), far from the end. */
const KILL_AT_BYTES = 60_000;

async function sizeOf(file: string): Promise<number> {
  return stat(file).then(
    (info) => info.size,
    () => 0,
  );
}

/** Every stored article's contribution is there whole, and no fact rests on an article that is not stored. */
async function expectConsistent(snapshot: GraphSnapshot, store: EmbeddedGraphStore): Promise<void> {
  const articleIds = new Set(snapshot.articles.map((a) => a.id));
  const entities = new Map(snapshot.entities.map((e) => [e.id, e]));
  const events = new Map(snapshot.events.map((e) => [e.id, e]));
  const edges = new Map(snapshot.edges.map((e) => [e.id, e]));
  const contributions = await store.getContributions([...articleIds]);
  for (const [i, contribution] of contributions.entries()) {
    const id = snapshot.articles[i]?.id ?? '';
    if (contribution === null) throw new Error(`article ${id} is stored without its contribution`);
    expect(contribution.articleId).toBe(id);
    for (const e of contribution.entities) expect(entities.get(e.id)?.sources).toContain(id);
    for (const e of contribution.events) expect(events.get(e.id)?.sources).toContain(id);
    for (const e of contribution.edges) expect(edges.get(e.id)?.sources).toContain(id);
  }
  const nodeIds = new Set([...entities.keys(), ...events.keys()]);
  for (const node of [...snapshot.entities, ...snapshot.events, ...snapshot.edges]) {
    for (const source of node.sources) expect(articleIds.has(source)).toBe(true);
  }
  for (const edge of snapshot.edges) {
    expect(nodeIds.has(edge.source)).toBe(true);
    expect(nodeIds.has(edge.target)).toBe(true);
  }
}

/** The JSON export of a data directory, as `newsgraph export --format json` writes it. */
async function exportOf(dataDir: string): Promise<string> {
  const store = new EmbeddedGraphStore({ dataDir });
  await store.init();
  try {
    return `${JSON.stringify(toExportGraph(await store.snapshot()), null, 2)}\n`;
  } finally {
    await store.close();
  }
}

/** Opens a data directory in this process, checks it, and returns how many articles it holds. */
async function checkDataDir(dataDir: string): Promise<number> {
  const store = new EmbeddedGraphStore({ dataDir });
  await store.init();
  try {
    const snapshot = await store.snapshot();
    await expectConsistent(snapshot, store);
    return snapshot.articles.length;
  } finally {
    await store.close();
  }
}

describe('ingest killed with SIGKILL mid-batch', () => {
  it('leaves a consistent store that a second run completes to the same graph as an uninterrupted run', async () => {
    requireBuiltCli();
    const root = await tempDir('crash');
    try {
      const input = path.join(root.dir, 'articles');
      const files: Record<string, string> = {};
      for (let n = 0; n < ARTICLES; n++) files[`story-${String(n).padStart(4, '0')}.md`] = frontMatterArticle(n);
      await writeFiles(input, files);
      const crashed = path.join(root.dir, 'crashed');
      const clean = path.join(root.dir, 'clean');
      const journal = path.join(crashed, 'journal.jsonl');

      // 1. Start, wait until the journal has grown, kill without warning.
      const run = startCli(['ingest', input, '--data-dir', crashed, '--quiet']);
      await waitFor(async () => ((await sizeOf(journal)) >= KILL_AT_BYTES ? true : undefined), 'the journal to grow', 30_000, 2);
      run.child.kill('SIGKILL');
      const killed = await run.done;
      expect(killed.signal).toBe('SIGKILL');

      // 2. The store opens (the dead writer's lock is taken over) and holds whole articles only.
      const afterCrash = await checkDataDir(crashed);
      expect(afterCrash).toBeGreaterThan(0);
      expect(afterCrash).toBeLessThan(ARTICLES);

      // A write cut off mid-line (the other way a crash ends a journal) is dropped on open, not fatal.
      await appendFile(journal, '{"op":"put","article":{"id":"a_torn","contentHash":"');
      expect(await checkDataDir(crashed)).toBe(afterCrash);

      // 3. The same ingest again completes it; an uninterrupted run goes into another directory.
      const resumed = await runCli(['ingest', input, '--data-dir', crashed, '--quiet']);
      expect(resumed.stderr).toBe('');
      expect(resumed.code).toBe(0);
      expect(resumed.stdout).toContain(`${ARTICLES - afterCrash} ingested, ${afterCrash} unchanged`);
      const uninterrupted = await runCli(['ingest', input, '--data-dir', clean, '--quiet']);
      expect(uninterrupted.code).toBe(0);
      expect(uninterrupted.stdout).toContain(`${ARTICLES} ingested`);
      expect(await checkDataDir(crashed)).toBe(ARTICLES);

      // 4. Both exports are the same graph, byte for byte.
      const [resumedExport, cleanExport] = [await exportOf(crashed), await exportOf(clean)];
      expect(resumedExport.length).toBeGreaterThan(1000);
      expect(resumedExport).toBe(cleanExport);
    } finally {
      await root.cleanup();
    }
  }, 60_000);
});
