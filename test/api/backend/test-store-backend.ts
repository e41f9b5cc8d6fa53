/**
 * Which store the API tests run on. `NEWSGRAPH_TEST_STORE` chooses it: the embedded store (the default) or
 * Neo4j, whose server the Jest global setup starts once per run and describes in `NEWSGRAPH_TEST_NEO4J_*`.
 */
import type { Neo4jConfig } from '../../../src/config';

/** The backends the API tests can run on. */
export const TEST_STORE_BACKENDS = ['embedded', 'neo4j'] as const;

/** One of `TEST_STORE_BACKENDS`. */
export type TestStoreBackend = (typeof TEST_STORE_BACKENDS)[number];

/** The environment variables that say where the API tests' Neo4j server is (set by the global setup). */
export const NEO4J_TEST_ENV = {
  uri: 'NEWSGRAPH_TEST_NEO4J_URI',
  user: 'NEWSGRAPH_TEST_NEO4J_USER',
  password: 'NEWSGRAPH_TEST_NEO4J_PASSWORD',
} as const;

type Env = Readonly<Record<string, string | undefined>>;

/** The backend `NEWSGRAPH_TEST_STORE` names (unset or empty: embedded); any other value is a setup mistake. */
export function testStoreBackend(env: Env = process.env): TestStoreBackend {
  const value = env['NEWSGRAPH_TEST_STORE']?.trim() ?? '';
  if (value === '') return 'embedded';
  const backend = TEST_STORE_BACKENDS.find((name) => name === value);
  if (backend === undefined) {
    throw new Error(
      `NEWSGRAPH_TEST_STORE='${value}' names no test store: use one of ${TEST_STORE_BACKENDS.join(', ')} ` +
        '(unset means embedded).',
    );
  }
  return backend;
}

/**
 * How to reach the Neo4j server of this run. The values come from the global setup, so a test file run
 * without it (plain `jest` with the variable set by hand but no server) fails here with what to do.
 */
export function neo4jTestConfig(env: Env = process.env): Neo4jConfig {
  const uri = env[NEO4J_TEST_ENV.uri] ?? '';
  const password = env[NEO4J_TEST_ENV.password] ?? '';
  if (uri === '' || password === '') {
    throw new Error(
      `NEWSGRAPH_TEST_STORE=neo4j but ${NEO4J_TEST_ENV.uri} and ${NEO4J_TEST_ENV.password} are not both set: ` +
        'run the tests through Jest (its global setup starts a Neo4j container where a container runtime exists), ' +
        'or set both to a running Neo4j server that the tests may wipe.',
    );
  }
  // Small write batches make every test exercise the store's batching as well.
  return { uri, user: env[NEO4J_TEST_ENV.user] || 'neo4j', password, database: 'neo4j', batchSize: 2 };
}
