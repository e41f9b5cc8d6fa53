/** Shared by the end-to-end tests: ingest the development set into a temporary embedded store and score it. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import { createIngestor, type IngestOutcome } from '../../src/pipeline/ingest';
import { toExportGraph } from '../../src/export/json';
import { startTestApi, type TestApi } from '../api/harness';

/** The development set beside the repository, or null when this checkout has none. */
export const EVAL_DIR: string | null = (() => {
  const dir = resolve(__dirname, '..', '..', '..', 'shared', 'eval');
  return existsSync(join(dir, 'score.mjs')) ? dir : null;
})();

/** Scores as `score.mjs --json` prints them. */
export interface ScoreReport {
  entities: { precision: number; recall: number; f1: number; splits: number; merges: number };
  events: { precision: number; recall: number; f1: number; datesRight: number; datesGiven: number; duplicates: number };
  relations: { f1: number; precision: number; recall: number };
  provenance: { relationEdges: number; edgesWithEvidence: number; evidenceChecked: number; evidenceOk: number };
  detail: Record<string, unknown>;
}

/** A temporary embedded store with the ingest function wired to it. */
export async function tempStore(): Promise<{
  dir: string;
  store: EmbeddedGraphStore;
  ingestFile: (path: string) => Promise<IngestOutcome>;
  cleanup: () => Promise<void>;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-e2e-'));
  const store = new EmbeddedGraphStore({ dataDir: join(dir, 'data') });
  await store.init();
  // A fixed clock keeps stored timestamps out of the comparison between runs.
  const ingest = createIngestor({ store, maxArticleBytes: 10_000_000, clock: () => new Date('2026-01-01T00:00:00Z') });
  return {
    dir,
    store,
    ingestFile: (path) => ingest({ content: readFileSync(path), source: path }),
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The development articles, in name order. */
export function devArticlePaths(evalDir: string): string[] {
  const dir = join(evalDir, 'articles');
  return readdirSync(dir)
    .filter((f) => !f.startsWith('.'))
    .sort()
    .map((f) => join(dir, f));
}

/** Exports the store as JSON text (the scorer's input). */
export async function exportJson(store: EmbeddedGraphStore): Promise<string> {
  return JSON.stringify(toExportGraph(await store.snapshot()), null, 2);
}

/** Runs the scorer on an export: the development set's gold and articles unless other folders are given. */
export function score(
  evalDir: string,
  exportText: string,
  workDir: string,
  sets: { gold: string; articles: string } = { gold: join(evalDir, 'gold'), articles: join(evalDir, 'articles') },
): ScoreReport {
  const graph = join(workDir, 'graph.json');
  writeFileSync(graph, exportText);
  const out = execFileSync(process.execPath, [
    join(evalDir, 'score.mjs'),
    '--graph',
    graph,
    '--gold',
    sets.gold,
    '--articles',
    sets.articles,
    '--json',
  ]);
  return JSON.parse(out.toString('utf8')) as ScoreReport;
}

/**
 * Registers hooks that ingest the development articles into a temporary store and serve the GraphQL API over
 * it for the whole test file; call the returned function inside tests. Only where ../shared/eval exists.
 */
export function useDevSetApi(): () => TestApi {
  let env: Awaited<ReturnType<typeof tempStore>> | null = null;
  let api: TestApi | null = null;
  beforeAll(async () => {
    env = await tempStore();
    for (const path of devArticlePaths(EVAL_DIR as string)) await env.ingestFile(path);
    api = await startTestApi({ store: env.store });
  });
  afterAll(async () => {
    await api?.stop();
    await env?.cleanup();
  });
  return () => {
    if (api === null) throw new Error('useDevSetApi: the API exists only inside tests');
    return api;
  };
}
