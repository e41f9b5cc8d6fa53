/**
 * Serves an existing embedded store over GraphQL for the API benchmark, as its own process so the load
 * generator never shares a thread with the server: `node dist/bench/serve-store.js <dataDir>` prints one
 * JSON line (url, popular entity ids, search texts) and serves until its stdin closes.
 */
import 'reflect-metadata';
import { startHttpServer } from '../api/server';
import { loadConfig } from '../config';
import { createIngestor } from '../pipeline/ingest';
import { EmbeddedGraphStore } from '../store/embedded/embedded-store';

/** What the server process reports once it listens. */
export interface ServedStore {
  url: string;
  articles: number;
  loadSeconds: number;
  /** The most reported people and groups: the heaviest entity pages. */
  entityIds: string[];
  searchTexts: string[];
}

async function serve(dataDir: string): Promise<void> {
  const started = performance.now();
  const config = loadConfig({ NODE_ENV: 'production', NEWSGRAPH_DATA_DIR: dataDir, NEWSGRAPH_HOST: '127.0.0.1', NEWSGRAPH_PORT: '0' });
  const store = new EmbeddedGraphStore({ dataDir: config.dataDir });
  await store.init();
  const loadSeconds = (performance.now() - started) / 1000;
  const server = await startHttpServer({
    store,
    config,
    ingest: createIngestor({ store, maxArticleBytes: config.ingest.maxArticleBytes }),
  });
  const entities = (await store.listEntities(['Person', 'Group']))
    .sort((a, b) => b.sources.length - a.sources.length || (a.id < b.id ? -1 : 1))
    .slice(0, 50);
  const report: ServedStore = {
    url: server.url,
    articles: (await store.stats()).articles,
    loadSeconds,
    entityIds: entities.map((e) => e.id),
    // Whole names, surnames and prefixes: the mix a search box sees.
    searchTexts: entities.slice(0, 20).flatMap((e) => [e.name, e.name.split(' ').pop() ?? e.name, e.name.slice(0, 4)]),
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
  const stop = async (): Promise<void> => {
    await server.stop();
    await store.close();
    process.exit(0);
  };
  process.stdin.on('close', () => void stop());
  process.stdin.on('end', () => void stop());
  process.stdin.resume();
  process.on('SIGTERM', () => void stop());
}

if (require.main === module) {
  serve(process.argv[2] ?? '.newsgraph').catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
