import { createServer } from 'node:net';
import neo4j from 'neo4j-driver';
import type { Neo4jConfig } from '../../../src/config';
import { NewsgraphError, StoreUnavailableError } from '../../../src/errors';
import { Neo4jGraphStore } from '../../../src/store/neo4j/neo4j-store';
import { articleFixture, describeGraphStoreContract, entityFixture } from '../contract';

const IMAGE = 'neo4j:5.26-community';
const PASSWORD = 'newsgraph-test-password';
const runtime = process.env.NEWSGRAPH_CONTAINER_RUNTIME ?? 'unavailable: no container runtime probe ran';

/** A TCP port on 127.0.0.1 that nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('Neo4jGraphStore without a server', () => {
  it('fails fast and clearly when nothing listens at the Bolt address', async () => {
    const port = await closedPort();
    const config: Neo4jConfig = { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: PASSWORD, database: 'neo4j', batchSize: 100 };
    const store = new Neo4jGraphStore(config);
    const started = Date.now();
    const error = await store.init().catch((e: unknown) => e);
    const elapsed = Date.now() - started;
    await store.close();
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toContain(`unreachable at bolt://127.0.0.1:${port}`);
    expect(elapsed).toBeLessThan(3500);
  });
});

if (runtime.startsWith('unavailable')) {
  console.warn(`Neo4j container tests skipped: ${runtime}`);
  describe.skip('Neo4jGraphStore against a Neo4j container', () => {
    it(`skipped: ${runtime}`, () => undefined);
  });
} else {
  describe(`Neo4jGraphStore against ${IMAGE}`, () => {
    // Loaded here so machines without a runtime never load testcontainers' Docker client.
    let container: { getBoltUri(): string; stop(): Promise<unknown> };
    let config: Neo4jConfig;

    const wipe = async () => {
      const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
      try {
        await driver.executeQuery('MATCH (n) DETACH DELETE n');
      } finally {
        await driver.close();
      }
    };
    const open = async (overrides: Partial<Neo4jConfig> = {}) => {
      const store = new Neo4jGraphStore({ ...config, ...overrides });
      await store.init();
      return store;
    };

    beforeAll(async () => {
      const { Neo4jContainer } = await import('@testcontainers/neo4j');
      container = await new Neo4jContainer(IMAGE).withPassword(PASSWORD).start();
      config = { uri: container.getBoltUri(), user: 'neo4j', password: PASSWORD, database: 'neo4j', batchSize: 2 };
    }, 240_000);
    afterAll(async () => {
      await container?.stop();
    });

    describeGraphStoreContract('neo4j', async () => {
      await wipe();
      let current = await open();
      return {
        store: current,
        reopen: async () => {
          current = await open();
          return current;
        },
        cleanup: async () => {
          await current.close();
        },
      };
    });

    it('loads the same articles twice (in batches) without changing anything', async () => {
      await wipe();
      const store = await open();
      const writes = ['a1', 'a2', 'a3', 'a4', 'a5'].map((id) => ({
        article: articleFixture(id),
        contribution: { articleId: id, entities: [entityFixture('g-is', 'Group', 'Islamic State'), entityFixture(`p-${id}`, 'Person', `Person ${id}`)], events: [], edges: [] },
      }));
      await store.putArticles(writes);
      const first = await store.snapshot();
      await store.putArticles(writes);
      await store.init();
      expect(await store.snapshot()).toEqual(first);
      expect((await store.getEntities(['g-is']))[0]?.sources).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
      await store.close();
    });

    it('reports a uniqueness constraint violation clearly', async () => {
      await wipe();
      const store = await open();
      const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
      // A Person node created by hand without the Entity label: newsgraph's MERGE cannot see it.
      await driver.executeQuery("CREATE (:Person {id: 'p-clash', name: 'Hand made'})");
      await driver.close();
      const error = await store
        .putArticles([{ article: articleFixture('a1'), contribution: { articleId: 'a1', entities: [entityFixture('p-clash', 'Person', 'Clash')], events: [], edges: [] } }])
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NewsgraphError);
      expect((error as NewsgraphError).code).toBe('STORE_CORRUPT');
      expect((error as Error).message).toMatch(/uniqueness constraint/);
      expect(await store.getArticles(['a1'])).toEqual([null]);
      await store.close();
    });

    it('rejects wrong credentials with a message naming NEO4J_PASSWORD', async () => {
      const store = new Neo4jGraphStore({ ...config, password: 'not-the-password' });
      const error = await store.init().catch((e: unknown) => e);
      await store.close();
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect((error as Error).message).toMatch(/NEO4J_PASSWORD/);
    });
  });
}
