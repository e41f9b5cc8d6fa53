import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// scripts/test-passes.mjs is an ES module run by plain Node; Jest's CommonJS runtime cannot load it, so the
// calls of a test run in one child Node process and their JSON answers are read back.
const MODULE = pathToFileURL(path.join(__dirname, '..', '..', 'scripts', 'test-passes.mjs')).href;

/** The answers of `[name, ...args]` calls of the module's exports, in order. */
function callAll(calls: [string, ...unknown[]][]): unknown[] {
  const script =
    `const m = await import(${JSON.stringify(MODULE)});` +
    `const calls = ${JSON.stringify(calls)};` +
    'process.stdout.write(JSON.stringify(calls.map(([name, ...args]) => m[name](...args))));';
  const answers: unknown = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
  if (!Array.isArray(answers)) throw new Error('expected one answer per call');
  return answers;
}

const API = path.join('/repo', 'test', 'api');

/** A Jest `--json` result with the given files (status per test); totals derived from them like Jest does. */
function jestResults(files: Record<string, string[]>, loadFailures: string[] = []) {
  const testResults = [
    ...Object.entries(files).map(([name, statuses]) => ({
      name,
      status: statuses.includes('failed') ? 'failed' : 'passed',
      assertionResults: statuses.map((status) => ({ status })),
    })),
    ...loadFailures.map((name) => ({ name, status: 'failed', assertionResults: [] })),
  ];
  const all = Object.values(files).flat();
  const count = (status: string) => all.filter((s) => s === status).length;
  return {
    numPassedTests: count('passed'),
    numFailedTests: count('failed'),
    numPendingTests: count('pending'),
    numTodoTests: count('todo'),
    testResults,
  };
}

const embeddedPass = jestResults(
  {
    '/repo/test/api/entity/entity.resolver.test.ts': ['passed', 'passed', 'pending'],
    '/repo/test/api/server.test.ts': ['passed', 'failed'],
    '/repo/test/apidocs/readme.test.ts': ['passed'],
    '/repo/test/store/embedded.test.ts': ['passed', 'todo'],
  },
  ['/repo/test/api/broken.test.ts'],
);

describe('the test runner arithmetic (scripts/test-passes.mjs)', () => {
  it('counts a file that failed to load as one failure, besides failed tests, and todo tests as skipped', () => {
    expect(callAll([['countsOf', embeddedPass], ['countsOf', null]])).toEqual([
      { passed: 5, failed: 2, skipped: 2 },
      { passed: 0, failed: 1, skipped: 0 },
    ]);
  });

  it('counts a file whose hook failed its tests once per failed test, not once more for the file', () => {
    const hookFailed = jestResults({ '/repo/test/api/stats.test.ts': ['failed', 'failed'] });
    expect(callAll([['countsOf', hookFailed]])).toEqual([{ passed: 0, failed: 2, skipped: 0 }]);
  });

  it('finds the tests of files under test/api only, whatever their outcome', () => {
    expect(callAll([['testsUnder', embeddedPass, API], ['testsUnder', embeddedPass, `${API}/`], ['testsUnder', null, API]])).toEqual([
      5, 5, 0,
    ]);
  });

  it('sums the passes, a Neo4j pass that could not run adding its tests as skipped once', () => {
    const neo4jPass = jestResults({ '/repo/test/api/server.test.ts': ['passed', 'passed'], '/repo/test/api/x.test.ts': ['pending'] });
    expect(
      callAll([
        ['totals', [{ results: embeddedPass }, { results: neo4jPass }]],
        ['totals', [{ results: embeddedPass }, { skipped: 5 }]],
        ['totals', [{ results: embeddedPass }, { results: null }]],
        ['summaryLine', { passed: 4, failed: 2, skipped: 7 }],
      ]),
    ).toEqual([
      { passed: 7, failed: 2, skipped: 3 },
      { passed: 5, failed: 2, skipped: 7 },
      { passed: 5, failed: 3, skipped: 2 },
      '4 passed, 2 failed, 7 skipped',
    ]);
  });

  it('runs the Neo4j pass where a runtime or a named server exists, and otherwise says why', () => {
    const unavailable = { NEWSGRAPH_CONTAINER_RUNTIME: 'unavailable: test' };
    expect(
      callAll([
        ['neo4jPassPlan', { NEWSGRAPH_CONTAINER_RUNTIME: 'available' }, 5],
        ['neo4jPassPlan', { ...unavailable, NEWSGRAPH_TEST_NEO4J_URI: 'bolt://ci:7687' }, 5],
        ['neo4jPassPlan', unavailable, 5],
        ['neo4jPassPlan', { NEWSGRAPH_CONTAINER_RUNTIME: 'available' }, 0],
      ]),
    ).toEqual([
      { run: true, skipped: 0, note: null },
      { run: true, skipped: 0, note: null },
      { run: false, skipped: 5, note: 'Neo4j API pass skipped (5 API tests not run on Neo4j): container runtime unavailable: test' },
      { run: false, skipped: 0, note: null },
    ]);
  });

  it('fails the run when any pass failed, the first failure deciding the code', () => {
    expect(callAll([['exitCode', [0, 0]], ['exitCode', [2, 1]], ['exitCode', [0, 1]], ['exitCode', [0, null]], ['exitCode', [0]]])).toEqual([
      0, 2, 1, 1, 0,
    ]);
  });
});
