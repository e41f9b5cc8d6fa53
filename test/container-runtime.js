// The container-runtime probe shared by the Jest global setup and scripts/run-tests.mjs (plain CommonJS so
// both can load it): Neo4j tests run only where testcontainers can reach a runtime, and skip with the reason.

/**
 * The value for NEWSGRAPH_CONTAINER_RUNTIME: 'available', or 'unavailable: <why>'. Takes ~3 ms where
 * there is no runtime, so probing on every run costs nothing.
 * @returns {Promise<string>}
 */
async function probeContainerRuntime() {
  try {
    const { getContainerRuntimeClient } = require('testcontainers');
    await getContainerRuntimeClient();
    return 'available';
  } catch (error) {
    return `unavailable: ${error instanceof Error ? error.message : String(error)}`;
  }
}

module.exports = { probeContainerRuntime };
