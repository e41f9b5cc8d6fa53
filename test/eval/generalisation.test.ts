/**
 * End to end on the committed generalisation check set (test/fixtures/generalisation): our own articles about
 * other real events — killings of militant leaders announced by officials, company leadership changes, election
 * results — in the page formats the held-out set uses, with gold made by the rules of ../shared/eval/README.md.
 * Floors sit a little below the scores measured when the set was written (entities F1 0.864, events F1 0.762 with
 * dates right 7/8, relations F1 0.597); two rules are hard: company and
 * election news yields no killing, and no two real entities are merged into one node.
 * Skipped (with the reason printed) where ../shared/eval/score.mjs is absent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { EVAL_DIR, exportJson, score, tempStore, type ScoreReport } from './dev-set.helpers';

/** The check set: articles/ and gold/ side by side. */
const SET_DIR = resolve(__dirname, '..', 'fixtures', 'generalisation');
const ARTICLES_DIR = join(SET_DIR, 'articles');
const GOLD_DIR = join(SET_DIR, 'gold');

/** Event types and relations that only violent news should produce. */
const VIOLENT_EVENT_TYPES = new Set(['Killing', 'Attack', 'Strike', 'Capture', 'Offensive']);
const VIOLENT_RELATIONS = new Set(['KILLED', 'ATTACKED']);

/** The parts of a gold file this test reads. */
interface GoldFile {
  article: string;
  events?: { type: string }[];
  relations: { type: string }[];
}

/** The parts of the JSON export this test reads. */
interface ExportGraph {
  nodes: { id: string; label: string; name: string; properties?: { eventType?: string; sources?: string[] } }[];
  edges: { type: string; source: string; target: string; properties?: { evidence?: ({ article?: string } | string)[] } }[];
}


/** Article stems whose gold holds no violent event or relation: the company and election news. */
function nonViolentStems(goldDir: string): Set<string> {
  const stems = new Set<string>();
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as GoldFile;
    const violent =
      (gold.events ?? []).some((e) => VIOLENT_EVENT_TYPES.has(e.type)) || gold.relations.some((r) => VIOLENT_RELATIONS.has(r.type));
    if (!violent) stems.add(gold.article);
  }
  return stems;
}

/** Article ids of an edge's evidence. */
function evidenceArticles(edge: ExportGraph['edges'][number]): string[] {
  return (edge.properties?.evidence ?? []).flatMap((e) => (typeof e === 'string' || !e.article ? [] : [e.article]));
}

const describeWithScorer = EVAL_DIR ? describe : describe.skip;
if (!EVAL_DIR) console.warn('generalisation tests skipped: ../shared/eval/score.mjs (the scorer) is not beside this checkout');

describeWithScorer('the generalisation check set, end to end', () => {
  let report: ScoreReport;
  let graph: ExportGraph;
  /** Article id in the store → file stem in the set. */
  const stemOf = new Map<string, string>();
  let env: Awaited<ReturnType<typeof tempStore>>;

  beforeAll(async () => {
    env = await tempStore();
    for (const file of readdirSync(ARTICLES_DIR).filter((f) => !f.startsWith('.')).sort()) {
      const outcome = await env.ingestFile(join(ARTICLES_DIR, file));
      expect(outcome.status).toBe('ingested');
      if (outcome.articleId) stemOf.set(outcome.articleId, basename(file, extname(file)));
    }
    const text = await exportJson(env.store);
    graph = JSON.parse(text) as ExportGraph;
    report = score(EVAL_DIR as string, text, env.dir, { gold: GOLD_DIR, articles: ARTICLES_DIR });
    console.log(
      `generalisation set (${stemOf.size} articles): entities F1 ${report.entities.f1.toFixed(3)} ` +
        `(split ${report.entities.splits}, over-merged ${report.entities.merges}); ` +
        `events F1 ${report.events.f1.toFixed(3)} (dates right ${report.events.datesRight}/${report.events.datesGiven}); ` +
        `relations F1 ${report.relations.f1.toFixed(3)} (P ${report.relations.precision.toFixed(3)}, R ${report.relations.recall.toFixed(3)}); ` +
        `evidence ${report.provenance.evidenceOk}/${report.provenance.evidenceChecked}`,
    );
  });

  afterAll(async () => {
    await env?.cleanup();
  });

  it('ingests every article of the set', () => {
    expect(stemOf.size).toBe(readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json')).length);
  });

  it('finds the entities of unseen stories (F1 ≥ 0.82)', () => {
    expect(report.entities.f1).toBeGreaterThanOrEqual(0.82);
  });

  it('never merges two real entities into one node (a father and son who share a surname stay apart)', () => {
    expect(report.detail.mergeErrors).toEqual([]);
    expect(report.entities.merges).toBe(0);
  });

  it('finds the events (F1 ≥ 0.70) and dates all but one within what the articles allow', () => {
    expect(report.events.f1).toBeGreaterThanOrEqual(0.7);
    expect(report.events.datesRight).toBeGreaterThanOrEqual(report.events.datesGiven - 1);
  });

  it('finds the relations (F1 ≥ 0.55)', () => {
    expect(report.relations.f1).toBeGreaterThanOrEqual(0.55);
  });

  it('gives every relation edge evidence that occurs in the articles', () => {
    expect(report.provenance.edgesWithEvidence).toBe(report.provenance.relationEdges);
    expect(report.provenance.evidenceOk).toBe(report.provenance.evidenceChecked);
  });

  it('finds no killing in company and election news', () => {
    const calm = nonViolentStems(GOLD_DIR);
    expect(calm.size).toBeGreaterThanOrEqual(4);
    const fromCalm = (articleId: string): boolean => calm.has(stemOf.get(articleId) ?? '');
    const killings = graph.nodes.filter(
      (n) => n.label === 'Event' && n.properties?.eventType === 'Killing' && (n.properties.sources ?? []).some(fromCalm),
    );
    const killed = graph.edges.filter((e) => e.type === 'KILLED' && evidenceArticles(e).some(fromCalm));
    expect(killings.map((n) => n.name)).toEqual([]);
    expect(killed.map((e) => `${e.source} KILLED ${e.target}`)).toEqual([]);
  });
});
