#!/usr/bin/env node
// Runs the Jest suite and ends with the plain summary line CI reads: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-jest-'));
const out = join(dir, 'results.json');
const jest = join(process.cwd(), 'node_modules', 'jest', 'bin', 'jest.js');
const run = spawnSync(process.execPath, [jest, '--json', `--outputFile=${out}`, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
let summary = null;
try {
  summary = JSON.parse(readFileSync(out, 'utf8'));
} catch {
  // Jest died before writing results: report by exit code alone.
}
rmSync(dir, { recursive: true, force: true });
if (summary) {
  const skipped = summary.numPendingTests + summary.numTodoTests;
  // Suites that fail to load count as failures even though they hold no test results.
  const failed = summary.numFailedTests + summary.numRuntimeErrorTestSuites;
  console.log(`${summary.numPassedTests} passed, ${failed} failed, ${skipped} skipped`);
}
process.exit(run.status ?? 1);
