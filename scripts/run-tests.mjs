#!/usr/bin/env node
// Runs the Jest suite on the embedded store, then the API tests (test/api) again on Neo4j where a server can
// be had, and ends with the plain summary line CI reads, summed over both passes:
// "N passed, N failed, N skipped". Arguments are passed to both Jest runs (the Neo4j pass keeps only API tests).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitCode, neo4jPassPlan, summaryLine, testsUnder, totals } from './test-passes.mjs';

const root = process.cwd();
const apiDir = join(root, 'test', 'api');
const jest = join(root, 'node_modules', 'jest', 'bin', 'jest.js');
const args = process.argv.slice(2);

/** Runs Jest once with `extra` arguments and environment; its results, or null when it wrote none. */
function runJest(extra, env) {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-jest-'));
  const out = join(dir, 'results.json');
  const run = spawnSync(process.execPath, [jest, '--json', `--outputFile=${out}`, ...extra], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  let results = null;
  try {
    results = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    // Jest died before writing results: the pass counts as one failure.
  }
  rmSync(dir, { recursive: true, force: true });
  return { status: run.status, results };
}

// Probed once here, so both passes (and their global setups) agree on it.
if (!process.env.NEWSGRAPH_CONTAINER_RUNTIME) {
  const { probeContainerRuntime } = createRequire(import.meta.url)('../test/container-runtime.js');
  process.env.NEWSGRAPH_CONTAINER_RUNTIME = await probeContainerRuntime();
}

const first = runJest(args, { NEWSGRAPH_TEST_STORE: 'embedded' });
const passes = [{ results: first.results }];
const statuses = [first.status];
const plan = neo4jPassPlan(process.env, testsUnder(first.results, apiDir));
if (plan.run) {
  console.log('Neo4j API pass: test/api again with NEWSGRAPH_TEST_STORE=neo4j, one file at a time');
  // One database: files run in band. --roots keeps only API tests of whatever the arguments select.
  const own = args.filter((arg) => arg !== '--runInBand' && arg !== '-i');
  const second = runJest(['--runInBand', '--roots', apiDir, '--passWithNoTests', ...own], { NEWSGRAPH_TEST_STORE: 'neo4j' });
  passes.push({ results: second.results });
  statuses.push(second.status);
} else if (plan.skipped > 0) {
  passes.push({ skipped: plan.skipped });
}
if (plan.note) console.log(plan.note);
console.log(summaryLine(totals(passes)));
process.exit(exitCode(statuses));
