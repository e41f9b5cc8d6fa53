/**
 * A Neo4j store for one API test file: the run's one database, wiped so the file starts from an empty
 * graph. Community edition has a single database, so files must run one at a time (`--runInBand`).
 */
import type { Neo4jConfig } from '../../../src/config';
import type { GraphStore } from '../../../src/store/graph-store';
import { createDriver, translateDriverError, type Neo4jDriverLike } from '../../../src/store/neo4j/driver';
import { Neo4jGraphStore } from '../../../src/store/neo4j/neo4j-store';

/** Deletes every node and relationship; constraints and indexes stay (`init()` re-creates any missing). */
export const WIPE_QUERY = 'MATCH (n) DETACH DELETE n';

/** A store for a test with the function that releases it. */
export interface OpenedTestStore {
  store: GraphStore;
  cleanup(): Promise<void>;
}

// Stores of this test file still open: a second one would wipe the first's graph from under it.
let openStores = 0;

async function wipe(driver: Neo4jDriverLike, config: Neo4jConfig): Promise<void> {
  const session = driver.session({ database: config.database, defaultAccessMode: 'WRITE' });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run(WIPE_QUERY, {});
    });
  } catch (error) {
    throw translateDriverError(error, config);
  } finally {
    await session.close();
  }
}

/**
 * Wipes the database behind `driver`, then opens a store over it (init applies the schema). The store
 * borrows the driver, so `cleanup` closes the driver too; it is also closed when opening fails. The default
 * driver gives up on a transaction after 2 s of retries, so a lost server fails a test in seconds. Refuses
 * while another store of the same test file is open: both would be the one database.
 */
export async function openNeo4jTestStore(
  config: Neo4jConfig,
  driver: Neo4jDriverLike = createDriver(config, 2000),
): Promise<OpenedTestStore> {
  try {
    if (openStores > 0) {
      throw new Error(
        'a Neo4j test store is already open in this file, and a second would wipe it: close it first, or open ' +
          "the second with temporaryStore('embedded') when it only serves as a reference.",
      );
    }
    await wipe(driver, config);
    const store = new Neo4jGraphStore(config, { driver });
    await store.init();
    openStores += 1;
    return {
      store,
      cleanup: async () => {
        openStores -= 1;
        await store.close();
        await driver.close();
      },
    };
  } catch (error) {
    await driver.close();
    throw error;
  }
}
