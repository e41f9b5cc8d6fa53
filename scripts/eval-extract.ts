/**
 * Dev harness for the extraction engine: prints what it extracts from articles (entities, events,
 * relations) or, with --union, scores a naive union of all of them; with --bench, its throughput on the
 * articles repeated to about 1 MB.
 * Usage (after compiling): node eval-extract.js [--bench | --union [--detail]] [--eval ../shared/eval] [stem ...]
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/**
 * A crude stand-in for cross-article resolution (for measuring only): entities of one label sharing a
 * written form (name or alias, compared as the scorer does) become one node; events merge by type and
 * their first target or place.
 */
function unionGraph(extractions: readonly ArticleExtraction[]): { nodes: unknown[]; edges: unknown[] } {
  const norm = (t: string): string => t.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019]/g, "'").toLowerCase().replace(/'s\b/g, '').replace(/\./g, '').replace(/[^a-z0-9]+/g, ' ').trim().replace(/^the /, '');
  const nodes: { id: string; label: string; name: string; aliases: Set<string>; properties: Record<string, unknown> }[] = [];
  const byForm = new Map<string, (typeof nodes)[number]>();
  const edges: { type: string; source: string; target: string; properties: Record<string, unknown> }[] = [];
  extractions.forEach((x, a) => {
    const local = new Map<string, string>();
    for (const e of x.entities) {
      const forms = [e.name, ...e.aliases];
      let node = forms.map((f) => byForm.get(`${e.label}|${norm(f)}`)).find((n) => n !== undefined);
      if (!node) {
        node = { id: `n${nodes.length}`, label: e.label, name: e.name, aliases: new Set(), properties: {} };
        nodes.push(node);
      }
      for (const f of forms) {
        node.aliases.add(f);
        byForm.set(`${e.label}|${norm(f)}`, node);
      }
      local.set(e.key, node.id);
    }
    for (const v of x.events) {
      const first = local.get(v.targets[0] ?? v.places[0] ?? '') ?? `${a}${v.key}`;
      const id = `ev|${v.eventType}|${first}`;
      if (!nodes.some((n) => n.id === id)) {
        nodes.push({ id, label: 'Event', name: v.name, aliases: new Set(), properties: { eventType: v.eventType, ...(v.date ? { dateStart: v.date.start, dateEnd: v.date.end } : {}) } });
      }
      local.set(v.key, id);
      for (const t of v.targets) edges.push({ type: 'TARGETED', source: id, target: local.get(t) ?? t, properties: {} });
      for (const p of v.places) edges.push({ type: 'OCCURRED_IN', source: id, target: local.get(p) ?? p, properties: {} });
      for (const g of v.agents) edges.push({ type: 'CARRIED_OUT', source: local.get(g) ?? g, target: id, properties: {} });
    }
    for (const r of x.relations) edges.push({ type: r.type, source: local.get(r.source) ?? r.source, target: local.get(r.target) ?? r.target, properties: { evidence: r.evidence } });
  });
  return { nodes: nodes.map((n) => ({ ...n, aliases: [...n.aliases] })), edges };
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
} else if (args.includes('--union')) {
  const out = join(tmpdir(), 'eval-extract-union.json');
  writeFileSync(out, JSON.stringify(unionGraph(docs.map(extractArticle))));
  const detail = args.includes('--detail') ? ['--detail'] : [];
  process.stdout.write(
    execFileSync(process.execPath, [join(evalDir, 'score.mjs'), '--graph', out, '--gold', join(evalDir, 'gold'), '--articles', join(evalDir, 'articles'), ...detail]),
  );
} else {
  for (const d of docs) {
    console.log(`== ${d.source} (published ${d.meta.published ?? '-'})`);
    show(extractArticle(d));
  }
}
