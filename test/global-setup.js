// Probes once for a container runtime, so Neo4j suites can skip with a visible reason where none exists.
module.exports = async function globalSetup() {
  if (process.env.NEWSGRAPH_CONTAINER_RUNTIME) return;
  try {
    const { getContainerRuntimeClient } = require('testcontainers');
    await getContainerRuntimeClient();
    process.env.NEWSGRAPH_CONTAINER_RUNTIME = 'available';
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.env.NEWSGRAPH_CONTAINER_RUNTIME = `unavailable: ${reason}`;
  }
};
