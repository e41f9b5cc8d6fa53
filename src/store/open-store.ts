/** Opens the store the configuration names. */
import type { Config } from '../config';
import type { GraphStore } from './graph-store';
import { EmbeddedGraphStore } from './embedded/embedded-store';
import { Neo4jGraphStore } from './neo4j/neo4j-store';

/** Creates and initialises the configured store; the caller closes it. */
export async function openStore(config: Config): Promise<GraphStore> {
  const store: GraphStore =
    config.store === 'neo4j'
      ? // A default password is tolerated only while developing locally.
        new Neo4jGraphStore(config.neo4j, { allowDefaultPassword: config.mode === 'development' })
      : new EmbeddedGraphStore({ dataDir: config.dataDir });
  await store.init();
  return store;
}
