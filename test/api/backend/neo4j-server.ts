/**
 * The global-setup half of the Neo4j backend: when the API tests run on Neo4j, check the run can share one
 * database safely, then start one Neo4j container for the whole run (or use a server given by hand) and
 * publish where it is in `NEWSGRAPH_TEST_NEO4J_*` for the test files.
 */
import { NEO4J_TEST_ENV, testStoreBackend } from './test-store-backend';

/** The image the run starts: the same as the Neo4j store's own contract tests. */
export const NEO4J_TEST_IMAGE = 'neo4j:5.26-community';

/** Not one of the passwords the store refuses outside development (see `checkPassword`). */
const PASSWORD = 'newsgraph-api-test-password';

/** A Neo4j server started for the run. */
export interface RunningNeo4j {
  uri: string;
  user: string;
  password: string;
  stop(): Promise<void>;
}

/** Starts a server from `image` with `password` for user neo4j. */
export type StartNeo4j = (image: string, password: string) => Promise<RunningNeo4j>;

/** Starts a Neo4j container with testcontainers (loaded only here: runs without Neo4j never load it). */
export const startNeo4jContainer: StartNeo4j = async (image, password) => {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer(image).withPassword(password).start();
  return {
    uri: container.getBoltUri(),
    user: container.getUsername(),
    password,
    stop: async () => {
      await container.stop();
    },
  };
};

/**
 * Prepares the store the API tests chose (`NEWSGRAPH_TEST_STORE`) and returns what stops it after the
 * run. Embedded needs nothing. Neo4j needs one worker (every file wipes the one database) and a server:
 * one already named by `NEWSGRAPH_TEST_NEO4J_URI`, else a container when `NEWSGRAPH_CONTAINER_RUNTIME`
 * says a runtime is available; otherwise it refuses with the reason rather than letting every file fail.
 */
export async function prepareTestStore(
  env: Record<string, string | undefined>,
  maxWorkers: number,
  start: StartNeo4j = startNeo4jContainer,
): Promise<() => Promise<void>> {
  const nothing = async () => {};
  if (testStoreBackend(env) === 'embedded') return nothing;
  if (maxWorkers > 1) {
    throw new Error(
      `NEWSGRAPH_TEST_STORE=neo4j runs every test file against one database, but Jest was given ${maxWorkers} ` +
        'workers: add --runInBand (npm test does).',
    );
  }
  if (env[NEO4J_TEST_ENV.uri]) return nothing;
  const runtime = env['NEWSGRAPH_CONTAINER_RUNTIME'] ?? 'unavailable: no container runtime probe ran';
  if (runtime !== 'available') {
    throw new Error(
      `NEWSGRAPH_TEST_STORE=neo4j needs a Neo4j server, and none can be started here (${runtime}). ` +
        `Set ${NEO4J_TEST_ENV.uri} and ${NEO4J_TEST_ENV.password} to a server the tests may wipe, or run where Docker works.`,
    );
  }
  const server = await start(NEO4J_TEST_IMAGE, PASSWORD);
  env[NEO4J_TEST_ENV.uri] = server.uri;
  env[NEO4J_TEST_ENV.user] = server.user;
  env[NEO4J_TEST_ENV.password] = server.password;
  return async () => {
    await server.stop();
    delete env[NEO4J_TEST_ENV.uri];
    delete env[NEO4J_TEST_ENV.user];
    delete env[NEO4J_TEST_ENV.password];
  };
}
