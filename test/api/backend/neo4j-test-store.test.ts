import { Neo4jError, error as driverErrors } from 'neo4j-driver';
import type { Neo4jConfig } from '../../../src/config';
import { StoreUnavailableError } from '../../../src/errors';
import type { Neo4jDriverLike, SessionLike, TransactionLike } from '../../../src/store/neo4j/driver';
import { schemaStatements } from '../../../src/store/neo4j/queries';
import { WIPE_QUERY, openNeo4jTestStore } from './neo4j-test-store';

const config: Neo4jConfig = { uri: 'bolt://neo4j.test:7687', user: 'neo4j', password: 'a-test-secret', database: 'neo4j', batchSize: 2 };

/** What the driver throws when no server answers. */
function unavailable(message: string): Neo4jError {
  return new Neo4jError(message, driverErrors.SERVICE_UNAVAILABLE, '08000', 'error');
}

/** A driver that records every query with its session's access mode, and fails where told to. */
class RecordingDriver implements Neo4jDriverLike {
  readonly queries: { mode: string; query: string }[] = [];
  openSessions = 0;
  closed = 0;
  constructor(private readonly fail: { query?: string; connect?: boolean } = {}) {}
  async verifyConnectivity(): Promise<unknown> {
    if (this.fail.connect) throw unavailable('connection refused');
    return {};
  }
  async close(): Promise<void> {
    this.closed += 1;
  }
  session(options: { database: string; defaultAccessMode: 'READ' | 'WRITE' }): SessionLike {
    this.openSessions += 1;
    const transaction = async <T>(work: (tx: TransactionLike) => Promise<T>): Promise<T> =>
      work({
        run: async (query) => {
          this.queries.push({ mode: options.defaultAccessMode, query });
          if (query === this.fail.query) throw unavailable('server went away');
          return { records: [] };
        },
      });
    return {
      executeRead: transaction,
      executeWrite: transaction,
      close: async () => {
        this.openSessions -= 1;
      },
    };
  }
}

describe('openNeo4jTestStore (recording driver)', () => {
  it('wipes the database first, then applies the schema, and closes the driver on cleanup', async () => {
    const driver = new RecordingDriver();
    const opened = await openNeo4jTestStore(config, driver);
    expect(opened.store.kind).toBe('neo4j');
    expect(driver.queries[0]).toEqual({ mode: 'WRITE', query: WIPE_QUERY });
    expect(driver.queries.filter((q) => q.query === WIPE_QUERY)).toHaveLength(1);
    const schema = schemaStatements();
    expect(driver.queries.slice(1, 1 + schema.length).map((q) => q.query)).toEqual(schema);
    expect(driver.openSessions).toBe(0);
    expect(driver.closed).toBe(0);
    await opened.cleanup();
    expect(driver.closed).toBe(1);
  });

  it('reports an unreachable server as the store would, and still closes the driver', async () => {
    const driver = new RecordingDriver({ query: WIPE_QUERY });
    const error = await openNeo4jTestStore(config, driver).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toContain('unreachable at bolt://neo4j.test:7687');
    expect(driver.closed).toBe(1);
    expect(driver.openSessions).toBe(0);
  });

  it('closes the driver when init fails after the wipe', async () => {
    const driver = new RecordingDriver({ connect: true });
    await expect(openNeo4jTestStore(config, driver)).rejects.toThrow(StoreUnavailableError);
    expect(driver.queries.map((q) => q.query)).toEqual([WIPE_QUERY]);
    expect(driver.closed).toBe(1);
  });

  it('refuses a second store while the first is open, since both would be the one database', async () => {
    const first = await openNeo4jTestStore(config, new RecordingDriver());
    const driver = new RecordingDriver();
    await expect(openNeo4jTestStore(config, driver)).rejects.toThrow(/already open in this file.*temporaryStore\('embedded'\)/);
    expect(driver.queries).toEqual([]);
    expect(driver.closed).toBe(1);
    await first.cleanup();
    const again = await openNeo4jTestStore(config, new RecordingDriver());
    await again.cleanup();
  });
});
