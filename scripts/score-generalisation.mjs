#!/usr/bin/env node
// Scores the built CLI on a committed check set (our own articles about other real events, gold by the rules of
// ../shared/eval/README.md): ingest test/fixtures/<set>/articles into a fresh data dir, export JSON, run
// ../shared/eval/score.mjs on it. Usage: npm run score:gen [-- --set generalisation-2] [-- --json] [-- --keep];
// the set defaults to `generalisation`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = process.cwd();
const scorer = resolve(root, '..', 'shared', 'eval', 'score.mjs');
if (!existsSync(scorer)) {
  console.error(`no scorer at ${scorer}: the evaluation kit (../shared/eval) is not beside this checkout`);
  process.exit(2);
}
const setFlag = process.argv.indexOf('--set');
const setName = setFlag >= 0 ? process.argv[setFlag + 1] : 'generalisation';
// A set name is a folder under test/fixtures, never a path: keeps the flag from reading arbitrary directories.
if (!setName || !/^[a-z0-9-]+$/.test(setName)) {
  console.error(`--set takes the name of a folder under test/fixtures (got ${setName ?? 'nothing'})`);
  process.exit(2);
}
const setDir = join(root, 'test', 'fixtures', setName);
if (!existsSync(join(setDir, 'articles')) || !existsSync(join(setDir, 'gold'))) {
  console.error(`no check set at ${setDir}: it needs articles/ and gold/`);
  process.exit(2);
}
const articles = join(setDir, 'articles');
const gold = join(setDir, 'gold');
const cli = join(root, 'dist', 'cli', 'main.js');
if (!existsSync(cli)) {
  console.error(`no built CLI at ${cli}: run npm run build first (npm run score:gen does)`);
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'newsgraph-score-gen-'));
const run = (args) => execFileSync(process.execPath, [cli, ...args, '--data-dir', join(work, 'data')], { stdio: ['ignore', 'pipe', 'inherit'] });
const graph = join(work, 'graph.json');
const json = process.argv.includes('--json');
const ingestOut = run(['ingest', '--quiet', articles]);
if (!json) process.stdout.write(ingestOut);
run(['export', '--format', 'json', '--out', graph]);
process.stdout.write(
  execFileSync(process.execPath, [scorer, '--graph', graph, '--gold', gold, '--articles', articles, json ? '--json' : '--detail']),
);
if (process.argv.includes('--keep')) console.error(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
