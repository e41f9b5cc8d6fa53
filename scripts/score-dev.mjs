#!/usr/bin/env node
// Scores the built CLI on the development set: ingest ../shared/eval/articles into a fresh data dir,
// export JSON, run the scorer with --detail. Usage: npm run score [-- --keep] (after npm run build).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const evalDir = resolve(process.cwd(), '..', 'shared', 'eval');
if (!existsSync(evalDir)) {
  console.error(`no development set at ${evalDir}`);
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'newsgraph-score-'));
const cli = join(process.cwd(), 'dist', 'cli', 'main.js');
const run = (args) => execFileSync(process.execPath, [cli, ...args, '--data-dir', join(work, 'data')], { stdio: ['ignore', 'pipe', 'inherit'] });
const graph = join(work, 'graph.json');
process.stdout.write(run(['ingest', '--quiet', join(evalDir, 'articles')]));
run(['export', '--format', 'json', '--out', graph]);
const extra = process.argv.includes('--json') ? ['--json'] : ['--detail'];
process.stdout.write(
  execFileSync(process.execPath, [join(evalDir, 'score.mjs'), '--graph', graph, '--gold', join(evalDir, 'gold'), '--articles', join(evalDir, 'articles'), ...extra]),
);
if (process.argv.includes('--keep')) console.log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
