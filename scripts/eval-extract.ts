/**
 * Dev harness for the extraction engine: prints what it extracts from articles (entities, events,
 * relations) and, with --bench, its throughput on the articles repeated to about 1 MB.
 * Usage (after compiling): node eval-extract.js [--bench] [--eval ../shared/eval] [stem ...]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractArticle } from '../src/extract';
import { readArticle } from '../src/ingest/read-article';
import type { ArticleDocument } from '../src/model/article';
import type { ArticleExtraction } from '../src/model/extraction';

const args = process.argv.slice(2);
const evalAt = args.indexOf('--eval');
const evalDir = resolve(evalAt >= 0 ? args[evalAt + 1] ?? '' : join(process.cwd(), '..', 'shared', 'eval'));
const stems = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--eval');

function load(file: string): ArticleDocument {
  const stem = file.replace(/\.[^.]+$/, '');
  let published: string | undefined;
  try {
    published = (JSON.parse(readFileSync(join(evalDir, 'gold', `${stem}.json`), 'utf8')) as { published?: string }).published;
  } catch {
    published = undefined;
  }
  const path = join(evalDir, 'articles', file);
  return readArticle({ content: readFileSync(path), source: path, overrides: published ? { published } : {} }, { maxBytes: 10_000_000 });
}

function show(x: ArticleExtraction): void {
  const name = (k: string): string => x.entities.find((e) => e.key === k)?.name ?? x.events.find((v) => v.key === k)?.name ?? k;
  for (const e of x.entities) console.log(`  ${e.label.padEnd(6)} ${e.name}${e.aliases.length ? ` | ${e.aliases.join(' | ')}` : ''}${e.roles.length ? ` [${e.roles.join('; ')}]` : ''}`);
  for (const v of x.events) {
    console.log(`  EVENT ${v.eventType} ${v.name} date=${v.date ? `${v.date.start}..${v.date.end} (${v.date.text})` : '-'} ${v.status} agents=${v.agents.map(name).join(',')} targets=${v.targets.map(name).join(',')} places=${v.places.map(name).join(',')} ann=${v.announcers.map(name).join(',')}`);
  }
  for (const r of x.relations) console.log(`  ${r.type} ${name(r.source)} -> ${name(r.target)} (${r.status}) «${r.evidence[0]?.text.slice(0, 90) ?? ''}»`);
  for (const d of x.diagnostics) console.log(`  diagnostic ${d.code}: ${d.message}`);
}

const files = readdirSync(join(evalDir, 'articles')).filter((f) => !f.startsWith('.')).sort();
const docs = files.filter((f) => stems.length === 0 || stems.some((s) => f.startsWith(s))).map(load);
if (args.includes('--bench')) {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const words = docs.reduce((n, d) => n + d.text.split(/\s+/).filter(Boolean).length, 0);
  const rounds = Math.max(1, Math.ceil(1_000_000 / bytes));
  for (const d of docs) extractArticle(d);
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const d of docs) extractArticle(d);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  // CPU time is what one core spends; wall time also counts waiting for a core on a shared machine.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const rate = (s: number): string => `${Math.round((words * rounds) / s)} words/s, ${((bytes * rounds) / 1e6 / s).toFixed(2)} MB/s`;
  console.log(`${rounds} rounds, ${((bytes * rounds) / 1e6).toFixed(2)} MB, ${words * rounds} words: wall ${seconds.toFixed(2)} s (${rate(seconds)}); cpu ${cpuSeconds.toFixed(2)} s (${rate(cpuSeconds)})`);
} else {
  for (const d of docs) {
    console.log(`== ${d.source} (published ${d.meta.published ?? '-'})`);
    show(extractArticle(d));
  }
}
