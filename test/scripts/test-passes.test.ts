import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// scripts/test-passes.mjs is an ES module run by plain Node; Jest's CommonJS runtime cannot load it, so
// each call runs in a child Node process and its JSON answer is read back.
const MODULE = pathToFileURL(path.join(__dirname, '..', '..', 'scripts', 'test-passes.mjs')).href;

function call(name: string, ...args: unknown[]): unknown {
  const script =
    `const m = await import(${JSON.stringify(MODULE)});` +
    `process.stdout.write(JSON.stringify(m[${JSON.stringify(name)}](...${JSON.stringify(args)})));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
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
    expect(call('countsOf', embeddedPass)).toEqual({ passed: 5, failed: 2, skipped: 2 });
    expect(call('countsOf', null)).toEqual({ passed: 0, failed: 1, skipped: 0 });
  });

  it('counts a file whose hook failed its tests once per failed test, not once more for the file', () => {
    expect(call('countsOf', jestResults({ '/repo/test/api/stats.test.ts': ['failed', 'failed'] }))).toEqual({
      passed: 0,
      failed: 2,
      skipped: 0,
    });
  });

  it('finds the tests of files under test/api only, whatever their outcome', () => {
    expect(call('testsUnder', embeddedPass, API)).toBe(5);
    expect(call('testsUnder', embeddedPass, `${API}/`)).toBe(5);
    expect(call('testsUnder', null, API)).toBe(0);
  });

  it('sums the passes, a Neo4j pass that could not run adding its tests as skipped once', () => {
    const neo4jPass = jestResults({ '/repo/test/api/server.test.ts': ['passed', 'passed'], '/repo/test/api/x.test.ts': ['pending'] });
    expect(call('totals', [{ results: embeddedPass }, { results: neo4jPass }])).toEqual({ passed: 7, failed: 2, skipped: 3 });
    expect(call('totals', [{ results: embeddedPass }, { skipped: 5 }])).toEqual({ passed: 5, failed: 2, skipped: 7 });
    expect(call('totals', [{ results: embeddedPass }, { results: null }])).toEqual({ passed: 5, failed: 3, skipped: 2 });
    expect(call('summaryLine', { passed: 4, failed: 2, skipped: 7 })).toBe('4 passed, 2 failed, 7 skipped');
  });

  it('runs the Neo4j pass where a runtime or a named server exists, and otherwise says why', () => {
    expect(call('neo4jPassPlan', { NEWSGRAPH_CONTAINER_RUNTIME: 'available' }, 5)).toEqual({ run: true, skipped: 0, note: null });
    expect(
      call('neo4jPassPlan', { NEWSGRAPH_CONTAINER_RUNTIME: 'unavailable: test', NEWSGRAPH_TEST_NEO4J_URI: 'bolt://ci:7687' }, 5),
    ).toEqual({ run: true, skipped: 0, note: null });
    expect(call('neo4jPassPlan', { NEWSGRAPH_CONTAINER_RUNTIME: 'unavailable: test' }, 5)).toEqual({
      run: false,
      skipped: 5,
      note: 'Neo4j API pass skipped (5 API tests not run on Neo4j): container runtime unavailable: test',
    });
    expect(call('neo4jPassPlan', { NEWSGRAPH_CONTAINER_RUNTIME: 'available' }, 0)).toEqual({ run: false, skipped: 0, note: null });
  });

  it('fails the run when any pass failed, the first failure deciding the code', () => {
    expect(call('exitCode', [0, 0])).toBe(0);
    expect(call('exitCode', [1, 0])).toBe(1);
    expect(call('exitCode', [0, 1])).toBe(1);
    expect(call('exitCode', [0, null])).toBe(1);
    expect(call('exitCode', [0])).toBe(0);
  });
});
