/** `newsgraph serve`: the GraphQL API over the configured store, shut down gracefully on SIGTERM/SIGINT. */
import { startHttpServer } from '../../api/server';
import { createIngestor } from '../../pipeline/ingest';
import { openStore } from '../../store/open-store';
import { configFrom, type CommonOptions } from '../common';

/** Runs the server until a signal; returns the process exit code. */
export async function runServe(options: CommonOptions): Promise<number> {
  const config = configFrom(options);
  const store = await openStore(config);
  const ingest = createIngestor({ store, maxArticleBytes: config.ingest.maxArticleBytes });
  const server = await startHttpServer({ store, config, ingest });
  process.stderr.write(`newsgraph: GraphQL API at ${server.url} (store: ${store.kind})\n`);
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      process.stderr.write(`newsgraph: ${signal} received, finishing in-flight requests\n`);
      resolve();
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  // Stop accepting requests and drain the in-flight ones before the store goes away.
  await server.stop();
  await store.flush();
  await store.close();
  process.stderr.write('newsgraph: stopped\n');
  return 0;
}
