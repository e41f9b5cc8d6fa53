/**
 * Scores the extractor alone on each development article with ../shared/eval/score.mjs. Floors are what was
 * measured (never above); raise them as extraction improves. Set DEV_EVAL_DETAIL=1 to print the scorer's lists.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { extractArticle } from '../../src/extract';
import { readArticle } from '../../src/ingest/read-article';
import { toScorerGraph } from './helpers';

const EVAL = resolve(__dirname, '..', '..', '..', 'shared', 'eval');
const present = existsSync(join(EVAL, 'score.mjs'));

interface Scores {
  entities: { precision: number; recall: number; f1: number; merges: number };
  events: { f1: number; datesRight: number; datesGiven: number };
  relations: { f1: number; precision: number; recall: number };
  provenance: { evidenceChecked: number; evidenceOk: number };
  detail: Record<string, unknown>;
}

/** Floors per article: entity F1, event F1, relation F1 (measured values rounded down). */
const FLOORS: Record<string, [number, number, number]> = {
  '000_05c9701575bb2063': [0.9, 0.95, 0.95],
  '001_4ff2edf17cf58b45': [0.95, 0.95, 0.95],
  '002_39f47d553a8bb498': [0.95, 0.95, 0.95],
  '003_9db23b1dc76ea43b': [0.95, 0.95, 0.95],
  '004_b64c2e64acb3fa88': [0.95, 0.95, 0.95],
};

function scoreArticle(path: string, work: string): Scores {
  const stem = basename(path).replace(/\.[^.]+$/, '');
  const gold = JSON.parse(readFileSync(join(EVAL, 'gold', `${stem}.json`), 'utf8')) as { published?: string };
  // Plain-text pages carry no date; the publication date is metadata the caller supplies (as the CLI does).
  const doc = readArticle(
    { content: readFileSync(path), source: path, overrides: gold.published ? { published: gold.published } : {} },
    { maxBytes: 10_000_000 },
  );
  const graph = join(work, `${stem}.json`);
  writeFileSync(graph, JSON.stringify(toScorerGraph(extractArticle(doc))));
  const out = execFileSync(process.execPath, [
    join(EVAL, 'score.mjs'), '--graph', graph, '--gold', join(EVAL, 'gold'), '--articles', join(EVAL, 'articles'), '--only', stem, '--json',
  ]);
  return JSON.parse(out.toString('utf8')) as Scores;
}

(present ? describe : describe.skip)('extraction on the development articles', () => {
  if (!present) console.log(`skipped: no evaluation kit at ${EVAL}`);
  const articles = present ? readdirSync(join(EVAL, 'articles')).filter((f) => !f.startsWith('.')).sort() : [];
  let work = '';
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'extract-dev-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each(articles)('scores %s at or above its floors, with evidence found in the article', (file) => {
    const stem = file.replace(/\.[^.]+$/, '');
    const s = scoreArticle(join(EVAL, 'articles', file), work);
    const line = `${stem}: entities P ${s.entities.precision.toFixed(2)} R ${s.entities.recall.toFixed(2)} F1 ${s.entities.f1.toFixed(2)} merges ${s.entities.merges} | events F1 ${s.events.f1.toFixed(2)} dates ${s.events.datesRight}/${s.events.datesGiven} | relations P ${s.relations.precision.toFixed(2)} R ${s.relations.recall.toFixed(2)} F1 ${s.relations.f1.toFixed(2)} | evidence ${s.provenance.evidenceOk}/${s.provenance.evidenceChecked}`;
    console.log(process.env.DEV_EVAL_DETAIL ? `${line}\n${JSON.stringify(s.detail, null, 1)}` : line);
    const [ent, ev, rel] = FLOORS[stem] ?? [0, 0, 0];
    expect(s.entities.f1).toBeGreaterThanOrEqual(ent);
    expect(s.events.f1).toBeGreaterThanOrEqual(ev);
    expect(s.relations.f1).toBeGreaterThanOrEqual(rel);
    expect(s.entities.merges).toBe(0);
    expect(s.events.datesRight).toBe(s.events.datesGiven);
    expect(s.provenance.evidenceOk).toBe(s.provenance.evidenceChecked);
  });
});
