#!/usr/bin/env node
// Scores the built CLI on the committed generalisation check set (our own articles about other real events,
// gold by the rules of ../shared/eval/README.md): ingest test/fixtures/generalisation/articles into a fresh
// data dir, export JSON, run ../shared/eval/score.mjs on it. Usage: npm run score:gen [-- --json] [-- --keep].
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
const setDir = join(root, 'test', 'fixtures', 'generalisation');
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
