/** Opens the store the configuration names. */
import type { Config } from '../config';
import type { GraphStore } from './graph-store';
import { EmbeddedGraphStore } from './embedded/embedded-store';

/** Creates and initialises the configured store; the caller closes it. */
export async function openStore(config: Config): Promise<GraphStore> {
  const store: GraphStore = new EmbeddedGraphStore({ dataDir: config.dataDir });
  await store.init();
  return store;
}
