// Runs once before any test file. Probes for a container runtime, so Neo4j suites can skip with a visible
// reason where none exists, then prepares the store the API tests chose (NEWSGRAPH_TEST_STORE): for Neo4j,
// one container for the whole run, stopped by global-teardown.js. Variables set on process.env here reach
// every test file (workers inherit them; --runInBand shares this process).
const { probeContainerRuntime } = require('./container-runtime');

module.exports = async function globalSetup(globalConfig) {
  if (!process.env.NEWSGRAPH_CONTAINER_RUNTIME) {
    process.env.NEWSGRAPH_CONTAINER_RUNTIME = await probeContainerRuntime();
  }
  // TypeScript, compiled by Jest's transform like the tests.
  const { prepareTestStore } = require('./api/backend/neo4j-server.ts');
  // Jest lets the teardown read globals the setup defined, and nothing else.
  globalThis.__newsgraphStopTestStore = await prepareTestStore(process.env, globalConfig.maxWorkers);
};
