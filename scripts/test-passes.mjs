// The arithmetic of scripts/run-tests.mjs, pure so it can be tested: what each Jest pass counts, whether
// the Neo4j pass over the API tests runs, and the one summary line CI reads.
import { sep } from 'node:path';

/**
 * @typedef {{ passed: number, failed: number, skipped: number }} Counts
 * @typedef {{ name: string, status: string, assertionResults: { status: string }[] }} FileResult
 * @typedef {{ numPassedTests: number, numFailedTests: number, numPendingTests: number, numTodoTests: number,
 *   testResults: FileResult[] }} JestResults
 * @typedef {{ results: JestResults | null } | { skipped: number }} Pass
 */

/** @param {FileResult} file */
function failedWithoutFailingTest(file) {
  return file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed');
}

/**
 * What one Jest run (`--json`) counts. A file that failed without a failing test (it did not load, or a hook
 * outside any test threw) counts as one failure; a file whose tests failed counts only those tests. A run
 * that wrote no results at all (Jest died, or its global setup failed) counts as one failure.
 * @param {JestResults | null} results
 * @returns {Counts}
 */
export function countsOf(results) {
  if (results === null) return { passed: 0, failed: 1, skipped: 0 };
  return {
    passed: results.numPassedTests,
    failed: results.numFailedTests + results.testResults.filter(failedWithoutFailingTest).length,
    skipped: results.numPendingTests + results.numTodoTests,
  };
}

/**
 * How many tests (any outcome) a run found in files under `dir`: the tests a pass over `dir` would run.
 * @param {JestResults | null} results
 * @param {string} dir absolute path
 */
export function testsUnder(results, dir) {
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  return (results?.testResults ?? [])
    .filter((file) => file.name.startsWith(prefix))
    .reduce((sum, file) => sum + file.assertionResults.length, 0);
}

/**
 * The run's totals over its passes: a pass that ran adds its counts, a pass that could not run adds the
 * tests it would have run as skipped (once: they passed, failed or skipped in the first pass as usual).
 * @param {Pass[]} passes
 * @returns {Counts}
 */
export function totals(passes) {
  const sum = { passed: 0, failed: 0, skipped: 0 };
  for (const pass of passes) {
    const counts = 'skipped' in pass ? { passed: 0, failed: 0, skipped: pass.skipped } : countsOf(pass.results);
    sum.passed += counts.passed;
    sum.failed += counts.failed;
    sum.skipped += counts.skipped;
  }
  return sum;
}

/**
 * The closing line CI reads.
 * @param {Counts} counts
 */
export function summaryLine(counts) {
  return `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
}

/**
 * Whether to run the API tests again on Neo4j, after the first pass found `apiTests` of them: only when
 * some were selected and there is a server (one named by NEWSGRAPH_TEST_NEO4J_URI, or a container runtime
 * to start one in). Otherwise `note` says why, and `skipped` is what the pass would have run.
 * @param {Record<string, string | undefined>} env
 * @param {number} apiTests
 * @returns {{ run: boolean, skipped: number, note: string | null }}
 */
export function neo4jPassPlan(env, apiTests) {
  if (apiTests === 0) return { run: false, skipped: 0, note: null };
  const runtime = env.NEWSGRAPH_CONTAINER_RUNTIME || 'unavailable: no container runtime probe ran';
  if (env.NEWSGRAPH_TEST_NEO4J_URI || runtime === 'available') return { run: true, skipped: 0, note: null };
  return {
    run: false,
    skipped: apiTests,
    note: `Neo4j API pass skipped (${apiTests} API tests not run on Neo4j): container runtime ${runtime}`,
  };
}

/**
 * The exit code of the whole run: the first pass that failed decides (a pass killed by a signal has no
 * status and counts as 1); 0 when every pass succeeded.
 * @param {(number | null)[]} statuses
 */
export function exitCode(statuses) {
  for (const status of statuses) if (status !== 0) return status ?? 1;
  return 0;
}
