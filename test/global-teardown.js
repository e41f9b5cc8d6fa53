// Runs once after every test file: stops what global-setup.js started for the API tests' store (a Neo4j
// container when NEWSGRAPH_TEST_STORE=neo4j; nothing otherwise).
module.exports = async function globalTeardown() {
  const stop = globalThis.__newsgraphStopTestStore;
  globalThis.__newsgraphStopTestStore = undefined;
  if (typeof stop === 'function') await stop();
};
