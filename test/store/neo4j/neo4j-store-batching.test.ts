import { Neo4jError, isInt } from 'neo4j-driver';
import type { Neo4jConfig } from '../../../src/config';
import { ConfigError, NewsgraphError, StoreUnavailableError } from '../../../src/errors';
import { ALWAYS_USED_KEY_PREFIXES, MAX_FUZZY_BLOCK, type ArticleWrite } from '../../../src/store/graph-store';
import type { Neo4jDriverLike, RecordLike, SessionLike, TransactionLike } from '../../../src/store/neo4j/driver';
import { Neo4jGraphStore } from '../../../src/store/neo4j/neo4j-store';
import { QUERY_NAMES, loadQuery, schemaStatements, type QueryName } from '../../../src/store/neo4j/queries';
import { contributionHash } from '../../../src/store/neo4j/records';
import { articleFixture, curationFixture, edgeFixture, entityFixture, eventFixture } from '../contract';

interface Call {
  tx: number;
  name: QueryName | 'schema';
  params: Record<string, unknown>;
}

const nameOf = new Map<string, QueryName>(QUERY_NAMES.map((n) => [loadQuery(n), n]));
const schema = new Set(schemaStatements());

function record(values: Record<string, unknown>): RecordLike {
  return { get: (key) => values[key] };
}

/** A driver that records every query (one `run` is one round trip) and answers from `respond`. */
class FakeDriver implements Neo4jDriverLike {
  calls: Call[] = [];
  transactions = 0;
  sessionsOpen = 0;
  constructor(private readonly respond: (name: QueryName, params: Record<string, unknown>) => RecordLike[] = () => []) {}
  verifyConnectivity = jest.fn(async (_config: { database: string }): Promise<unknown> => ({}));
  close = jest.fn(async () => {});
  session(): SessionLike {
    this.sessionsOpen += 1;
    const transaction = async <T>(work: (tx: TransactionLike) => Promise<T>): Promise<T> => {
      const tx = ++this.transactions;
      return work({
        run: async (query, params) => {
          const name = nameOf.get(query) ?? (schema.has(query) ? 'schema' : undefined);
          if (name === undefined) throw new Error(`query is not a file of cypher/: ${query.slice(0, 60)}`);
          this.calls.push({ tx, name, params });
          return { records: name === 'schema' ? [] : this.respond(name, params) };
        },
      });
    };
    return {
      executeRead: transaction,
      executeWrite: transaction,
      close: async () => {
        this.sessionsOpen -= 1;
      },
    };
  }
}

const config: Neo4jConfig = { uri: 'bolt://db.example:7687', user: 'neo4j', password: 'a-real-secret', database: 'neo4j', batchSize: 500 };

function writes(n: number): ArticleWrite[] {
  return Array.from({ length: n }, (_, i) => {
    const id = `art-${i}`;
    return {
      article: articleFixture(id),
      contribution: {
        articleId: id,
        entities: [entityFixture(`p-${i}`, 'Person', `Person ${i}`), entityFixture('g-shared', 'Group', 'Islamic State')],
        events: [eventFixture(`ev-${i}`, id, 'Killing', `Killing ${i}`, null)],
        edges: [edgeFixture(id, 'TARGETED', `ev-${i}`, `p-${i}`), edgeFixture(id, 'MEMBER_OF', `p-${i}`, 'g-shared')],
      },
    };
  });
}

/** Every value the test articles carry that must never appear inside a query text. */
function containsValue(params: unknown, value: string): boolean {
  return JSON.stringify(params, (_k, v: unknown) => (isInt(v) ? v.toNumber() : v)).includes(value);
}

describe('Neo4jGraphStore round trips and parameters (fake driver)', () => {
  it('writes a batch in one transaction with one round trip per query, whatever its size', async () => {
    const counts: number[] = [];
    for (const n of [3, 40]) {
      const driver = new FakeDriver();
      const store = new Neo4jGraphStore(config, { driver });
      await store.putArticles(writes(n));
      expect(driver.transactions).toBe(1);
      const names = driver.calls.map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
      counts.push(driver.calls.length);
      // All N articles travel in the rows of the single write-articles call.
      const articles = driver.calls.find((c) => c.name === 'write-articles');
      expect((articles?.params.rows as unknown[]).length).toBe(n);
      expect(driver.sessionsOpen).toBe(0);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(12);
  });

  it('opens one transaction per batchSize articles', async () => {
    const driver = new FakeDriver();
    const store = new Neo4jGraphStore({ ...config, batchSize: 10 }, { driver });
    await store.putArticles(writes(25));
    expect(driver.transactions).toBe(3);
    const perTx = [1, 2, 3].map((tx) => driver.calls.filter((c) => c.tx === tx && c.name === 'write-articles'));
    expect(perTx.map((calls) => (calls[0]?.params.rows as unknown[]).length)).toEqual([10, 10, 5]);
  });

  it('sends every value as a parameter: query texts are the files verbatim and hold no article data', async () => {
    const driver = new FakeDriver();
    const store = new Neo4jGraphStore(config, { driver });
    const batch = writes(2);
    await store.putArticles(batch);
    await store.searchEntities({ text: 'Person 1', limit: 5 });
    await store.candidatesByKeys(['k:person 1']);
    await store.listEvents({ participantId: 'p-1', from: '2016-01-01' });
    await store.getEdges({ nodeIds: ['p-1'], direction: 'out', types: ['MEMBER_OF'] });
    expect(driver.calls.length).toBeGreaterThan(10);
    for (const call of driver.calls) {
      expect(Object.keys(call.params).length > 0 || ['stats', 'list-edges', 'last-ingest', 'schema'].includes(call.name)).toBe(true);
    }
    for (const name of new Set(driver.calls.map((c) => c.name))) {
      if (name === 'schema') continue;
      const text = loadQuery(name);
      for (const value of ['art-1', 'p-1', 'Person 1', 'g-shared', 'Islamic State']) expect(text).not.toContain(value);
    }
    expect(driver.calls.some((c) => containsValue(c.params, 'Person 1'))).toBe(true);
  });

  it('skips an article stored with the same text and contribution', async () => {
    const [w] = writes(1);
    if (!w) throw new Error('no fixture');
    const driver = new FakeDriver((name) =>
      name === 'read-contributions'
        ? [record({ id: w.article.id, contentHash: w.article.contentHash, contributionHash: contributionHash(w.contribution), entities: [], events: [] })]
        : [],
    );
    const store = new Neo4jGraphStore(config, { driver });
    await store.putArticles([w]);
    expect(driver.calls.map((c) => c.name)).toEqual(['read-contributions']);
    await store.putArticles([{ ...w, article: { ...w.article, contentHash: 'changed' } }]);
    expect(driver.calls.map((c) => c.name)).toContain('write-articles');
  });

  it('retracts what the old version supported: entities, events and edges left without support are deleted', async () => {
    const driver = new FakeDriver((name) =>
      name === 'read-contributions'
        ? [
            record({
              id: 'art-old',
              contentHash: 'h',
              contributionHash: 'c',
              entities: [{ id: 'p-gone', props: { ord: 0 } }],
              events: [{ id: 'ev-gone', props: { ord: 0 } }],
              edgeIds: ['r-gone'],
              edgeTypes: ['TARGETED'],
              edgeSources: ['ev-gone'],
              edgeTargets: ['p-gone'],
            }),
          ]
        : [],
    );
    const store = new Neo4jGraphStore(config, { driver });
    expect(await store.deleteArticle('art-old')).toBe(true);
    const byName = new Map(driver.calls.map((c) => [c.name, c.params] as const));
    expect(byName.get('delete-mentions')).toEqual({ ids: ['art-old'] });
    expect(byName.get('delete-entities')).toEqual({ ids: ['p-gone'] });
    expect(byName.get('delete-events')).toEqual({ ids: ['ev-gone'] });
    expect(byName.get('delete-edges')).toEqual({ rows: [{ id: 'r-gone', type: 'TARGETED', source: 'ev-gone', target: 'p-gone' }] });
    expect(byName.get('delete-articles')).toEqual({ ids: ['art-old'] });
    expect(driver.transactions).toBe(1);
  });

  it('reports false and writes nothing when deleting an article that is not stored', async () => {
    const driver = new FakeDriver();
    const store = new Neo4jGraphStore(config, { driver });
    expect(await store.deleteArticle('nope')).toBe(false);
    expect(driver.calls.map((c) => c.name)).toEqual(['read-contributions']);
  });

  it('rolls the batch back with a clear error when edges point at nodes nobody contributes', async () => {
    const driver = new FakeDriver((name, params) =>
      name === 'merge-edge-member-of' ? (params.rows as { id: string }[]).map((r) => record({ missing: r.id })) : [],
    );
    const store = new Neo4jGraphStore(config, { driver });
    const error = await store.putArticles(writes(1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NewsgraphError);
    expect(String((error as Error).message)).toMatch(/r_MEMBER_OF_p-0_g-shared .*point at nodes/);
  });

  it('init checks connectivity, applies every schema statement in its own transaction, then waits for indexes', async () => {
    const driver = new FakeDriver();
    await new Neo4jGraphStore(config, { driver }).init();
    expect(driver.verifyConnectivity).toHaveBeenCalledWith({ database: 'neo4j' });
    expect(driver.calls.filter((c) => c.name === 'schema')).toHaveLength(schema.size);
    expect(driver.transactions).toBe(schema.size + 1);
    expect(driver.calls.at(-1)?.name).toBe('await-indexes');
  });
});

describe('Neo4jGraphStore configuration and driver errors', () => {
  it.each(['', 'neo4j', 'password'])('refuses the default password %p outside development', (password) => {
    expect(() => new Neo4jGraphStore({ ...config, password }, { driver: new FakeDriver() })).toThrow(ConfigError);
    expect(() => new Neo4jGraphStore({ ...config, password }, { driver: new FakeDriver() })).toThrow(/NEO4J_PASSWORD/);
    expect(() => new Neo4jGraphStore({ ...config, password }, { driver: new FakeDriver(), allowDefaultPassword: true })).not.toThrow();
  });

  it('reports an unreachable server as StoreUnavailableError naming the URI and what to check', async () => {
    const driver = new FakeDriver();
    driver.verifyConnectivity.mockRejectedValue(new Neo4jError('Could not perform discovery', 'ServiceUnavailable', '08000', 'error'));
    const error = await new Neo4jGraphStore(config, { driver }).init().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toMatch(/unreachable at bolt:\/\/db\.example:7687.*NEO4J_URI/);
  });

  it('reports refused credentials as StoreUnavailableError pointing at NEO4J_USER and NEO4J_PASSWORD', async () => {
    const driver = new FakeDriver();
    driver.verifyConnectivity.mockRejectedValue(
      new Neo4jError('The client is unauthorized', 'Neo.ClientError.Security.Unauthorized', '42NFF', 'error'),
    );
    const error = await new Neo4jGraphStore(config, { driver }).init().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toMatch(/refused user 'neo4j'.*NEO4J_USER and NEO4J_PASSWORD/);
  });

  it('reports a uniqueness constraint failure during a write as STORE_CORRUPT naming the constraint', async () => {
    const driver = new FakeDriver((name) => {
      if (name === 'write-entities') {
        throw new Neo4jError(
          "Node(12) already exists with label `Person` and property `id` = 'p-0'",
          'Neo.ClientError.Schema.ConstraintValidationFailed',
          '22N41',
          'error',
        );
      }
      return [];
    });
    const error = await new Neo4jGraphStore(config, { driver }).putArticles(writes(1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NewsgraphError);
    expect((error as NewsgraphError).code).toBe('STORE_CORRUPT');
    expect((error as Error).message).toMatch(/uniqueness constraint failed.*'p-0'/);
  });

  it('closes a driver it created but not one it was given', async () => {
    const driver = new FakeDriver();
    await new Neo4jGraphStore(config, { driver }).close();
    expect(driver.close).not.toHaveBeenCalled();
  });
});

describe('Neo4jGraphStore curation and the fuzzy-block rule (fake driver)', () => {
  it('asks for candidates with the shared block limit and the always-used key prefixes', async () => {
    const driver = new FakeDriver();
    await new Neo4jGraphStore(config, { driver }).candidatesByKeys(['v:crowd', 'n:crowd']);
    const [call] = driver.calls;
    expect(call?.name).toBe('candidates-by-keys');
    const limit = call?.params.maxFuzzyBlock;
    expect(isInt(limit) ? limit.toNumber() : limit).toBe(MAX_FUZZY_BLOCK);
    expect(call?.params.alwaysUsedPrefixes).toEqual([...ALWAYS_USED_KEY_PREFIXES]);
  });

  it('writes a curation action as plain properties and reads it back as it was', async () => {
    const action = curationFixture('cu-1', '2026-02-01T10:00:00.000Z', { note: null });
    let stored: Record<string, unknown> = {};
    const driver = new FakeDriver((name, params) => {
      if (name === 'write-curation') stored = params.props as Record<string, unknown>;
      // Neo4j keeps no null properties: a node read back lacks them.
      const present = Object.fromEntries(Object.entries(stored).filter(([, v]) => v !== null));
      return name === 'list-curations' ? [record({ props: present })] : [];
    });
    const store = new Neo4jGraphStore(config, { driver });
    await store.putCuration(action);
    expect(Object.values(stored).every((v) => v === null || typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string')))).toBe(true);
    expect(await store.listCurations({ activeOnly: true })).toEqual([action]);
    expect(driver.calls.map((c) => [c.name, c.params.activeOnly])).toEqual([
      ['write-curation', undefined],
      ['list-curations', true],
    ]);
  });
});
