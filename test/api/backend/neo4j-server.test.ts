import { NEO4J_TEST_IMAGE, prepareTestStore, type StartNeo4j } from './neo4j-server';

/** A stand-in for starting a container: records what it was asked to start and whether it was stopped. */
function fakeStart(): { start: StartNeo4j; started: string[][]; stopped: () => number } {
  const started: string[][] = [];
  let stops = 0;
  const start: StartNeo4j = async (image, password) => {
    started.push([image, password]);
    return {
      uri: 'bolt://localhost:49153',
      user: 'neo4j',
      password,
      stop: async () => {
        stops += 1;
      },
    };
  };
  return { start, started, stopped: () => stops };
}

describe('prepareTestStore', () => {
  it('starts nothing for the embedded store, whatever the runtime or worker count', async () => {
    const fake = fakeStart();
    const env = { NEWSGRAPH_CONTAINER_RUNTIME: 'available' };
    const teardown = await prepareTestStore(env, 4, fake.start);
    await teardown();
    expect(fake.started).toEqual([]);
    expect(env).toEqual({ NEWSGRAPH_CONTAINER_RUNTIME: 'available' });
  });

  it('starts one Neo4j container, publishes where it is, and stops it and withdraws it on teardown', async () => {
    const fake = fakeStart();
    const env: Record<string, string | undefined> = { NEWSGRAPH_TEST_STORE: 'neo4j', NEWSGRAPH_CONTAINER_RUNTIME: 'available' };
    const teardown = await prepareTestStore(env, 1, fake.start);
    expect(fake.started).toHaveLength(1);
    expect(fake.started[0]?.[0]).toBe(NEO4J_TEST_IMAGE);
    expect(env).toMatchObject({
      NEWSGRAPH_TEST_NEO4J_URI: 'bolt://localhost:49153',
      NEWSGRAPH_TEST_NEO4J_USER: 'neo4j',
      NEWSGRAPH_TEST_NEO4J_PASSWORD: fake.started[0]?.[1],
    });
    await teardown();
    expect(fake.stopped()).toBe(1);
    expect(env['NEWSGRAPH_TEST_NEO4J_URI']).toBeUndefined();
  });

  it('uses a server named by hand instead of starting one, even without a container runtime', async () => {
    const fake = fakeStart();
    const env = { NEWSGRAPH_TEST_STORE: 'neo4j', NEWSGRAPH_CONTAINER_RUNTIME: 'unavailable: test', NEWSGRAPH_TEST_NEO4J_URI: 'bolt://ci-neo4j:7687' };
    await (await prepareTestStore(env, 1, fake.start))();
    expect(fake.started).toEqual([]);
    expect(env.NEWSGRAPH_TEST_NEO4J_URI).toBe('bolt://ci-neo4j:7687');
  });

  it('refuses to share the one database between parallel workers', async () => {
    const fake = fakeStart();
    const env = { NEWSGRAPH_TEST_STORE: 'neo4j', NEWSGRAPH_CONTAINER_RUNTIME: 'available' };
    await expect(prepareTestStore(env, 2, fake.start)).rejects.toThrow(/given 2 workers: add --runInBand/);
    expect(fake.started).toEqual([]);
  });

  it('says why no server can be started and how to name one', async () => {
    const fake = fakeStart();
    const env = { NEWSGRAPH_TEST_STORE: 'neo4j', NEWSGRAPH_CONTAINER_RUNTIME: 'unavailable: no docker socket' };
    await expect(prepareTestStore(env, 1, fake.start)).rejects.toThrow(
      /none can be started here \(unavailable: no docker socket\)\. Set NEWSGRAPH_TEST_NEO4J_URI/,
    );
    expect(fake.started).toEqual([]);
  });
});
