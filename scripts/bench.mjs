#!/usr/bin/env node
// `npm run bench`: builds (tsc -p tsconfig.build.json), then runs the compiled benchmark, passing flags on:
// npm run bench -- --quick | --sizes 1000,10000,100000 | --workers N | --no-api | --api-seconds N
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
const main = join(root, 'dist', 'bench', 'main.js');
if (build.status !== 0) {
  // tsc still emits JavaScript on type errors; measure what was built, but say so.
  console.error(`bench: the build reported type errors (exit ${build.status}); running the emitted JavaScript anyway.`);
}
if (!existsSync(main)) {
  console.error(`bench: ${main} is missing after the build; nothing to run.`);
  process.exit(1);
}
const run = spawnSync(process.execPath, [main, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
