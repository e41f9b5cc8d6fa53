import { neo4jTestConfig, testStoreBackend } from './test-store-backend';

describe('testStoreBackend', () => {
  it('runs the API tests on the embedded store unless told otherwise', () => {
    expect(testStoreBackend({})).toBe('embedded');
    expect(testStoreBackend({ NEWSGRAPH_TEST_STORE: '' })).toBe('embedded');
    expect(testStoreBackend({ NEWSGRAPH_TEST_STORE: 'embedded' })).toBe('embedded');
    expect(testStoreBackend({ NEWSGRAPH_TEST_STORE: ' neo4j ' })).toBe('neo4j');
  });

  it('refuses a value it does not know, naming the values it accepts', () => {
    expect(() => testStoreBackend({ NEWSGRAPH_TEST_STORE: 'sqlite' })).toThrow(
      "NEWSGRAPH_TEST_STORE='sqlite' names no test store: use one of embedded, neo4j (unset means embedded).",
    );
    expect(() => testStoreBackend({ NEWSGRAPH_TEST_STORE: 'Neo4j' })).toThrow(/use one of embedded, neo4j/);
  });
});

describe('neo4jTestConfig', () => {
  it('connects to the server the global setup published, as user neo4j unless another is named', () => {
    const env = { NEWSGRAPH_TEST_NEO4J_URI: 'bolt://localhost:32768', NEWSGRAPH_TEST_NEO4J_PASSWORD: 'secret-1' };
    expect(neo4jTestConfig(env)).toMatchObject({ uri: 'bolt://localhost:32768', user: 'neo4j', password: 'secret-1', database: 'neo4j' });
    expect(neo4jTestConfig({ ...env, NEWSGRAPH_TEST_NEO4J_USER: 'tester' }).user).toBe('tester');
  });

  it('says what to do when no server was published', () => {
    expect(() => neo4jTestConfig({ NEWSGRAPH_TEST_NEO4J_URI: 'bolt://localhost:7687' })).toThrow(
      /NEWSGRAPH_TEST_NEO4J_URI and NEWSGRAPH_TEST_NEO4J_PASSWORD are not both set: run the tests through Jest/,
    );
  });
});
