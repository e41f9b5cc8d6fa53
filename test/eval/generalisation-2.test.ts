/**
 * End to end on the second check set (test/fixtures/generalisation-2): eleven articles in our own words about
 * events the first set and the development set never touch — killings of militant leaders announced by
 * officials (two outlets per story for two of them, with different spellings, hedges and a disputed claim),
 * two chief-executive changes, two election results and a football rout told in violent metaphors — as raw
 * HTML with chrome, WordPress exports, Markdown with front matter and scraped plain text. Its first score,
 * taken before any code was changed for it, is kept in the set's first-score.txt. Floors sit a little below
 * the figures measured after the fixes (see the lead comment of each test); two rules are hard: the company,
 * election and sports news yields no killing, and no two real entities are merged into one node.
 * Skipped (with the reason printed) where ../shared/eval/score.mjs is absent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { EVAL_DIR, exportJson, score, tempStore, type ScoreReport } from './dev-set.helpers';

/** The check set: articles/ and gold/ side by side. */
const SET_DIR = resolve(__dirname, '..', 'fixtures', 'generalisation-2');
const ARTICLES_DIR = join(SET_DIR, 'articles');
const GOLD_DIR = join(SET_DIR, 'gold');

/** Gold event types that only violent news has. */
const VIOLENT_TYPES = ['Killing', 'Attack', 'Strike', 'Capture', 'Offensive'];

/** What this test reads of a gold file and of the export. */
interface Gold {
  article: string;
  events: { type: string }[];
  relations: { type: string }[];
}
interface Graph {
  nodes: { id: string; label: string; name: string; properties?: { eventType?: string; sources?: string[] } }[];
  edges: { type: string; source: string; target: string; properties?: { evidence?: ({ article?: string } | string)[] } }[];
}

/** File stems of the articles whose gold records nothing violent at all. */
function calmStems(): Set<string> {
  const golds = readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')) as Gold);
  return new Set(
    golds
      .filter((g) => !g.events.some((e) => VIOLENT_TYPES.includes(e.type)) && !g.relations.some((r) => r.type === 'KILLED' || r.type === 'ATTACKED'))
      .map((g) => g.article),
  );
}

const describeWithScorer = EVAL_DIR ? describe : describe.skip;
if (!EVAL_DIR) console.warn('generalisation-2 tests skipped: ../shared/eval/score.mjs (the scorer) is not beside this checkout');

describeWithScorer('the second generalisation check set, end to end', () => {
  let report: ScoreReport;
  let graph: Graph;
  /** Stored article id → the file stem it came from. */
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
    graph = JSON.parse(text) as Graph;
    report = score(EVAL_DIR as string, text, env.dir, { gold: GOLD_DIR, articles: ARTICLES_DIR });
    console.log(
      `generalisation-2 (${stemOf.size} articles): entities F1 ${report.entities.f1.toFixed(3)} (over-merged ${report.entities.merges}); ` +
        `events F1 ${report.events.f1.toFixed(3)} (dates right ${report.events.datesRight}/${report.events.datesGiven}); ` +
        `relations F1 ${report.relations.f1.toFixed(3)} (P ${report.relations.precision.toFixed(3)}, R ${report.relations.recall.toFixed(3)})`,
    );
  });

  afterAll(async () => {
    await env?.cleanup();
  });

  it('ingests every article of the set', () => {
    expect(stemOf.size).toBe(readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json')).length);
  });

  // Measured 0.970 after the fixes (0.896 before them).
  it('finds the entities of stories it was not built on (F1 ≥ 0.95)', () => {
    expect(report.entities.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('never merges two real entities into one node', () => {
    expect(report.detail.mergeErrors).toEqual([]);
    expect(report.entities.merges).toBe(0);
  });

  // Measured 0.968 with every date inside what the articles allow (0.686 before the fixes).
  it('finds the killings, appointments and elections (F1 ≥ 0.93) and dates them within what the articles allow', () => {
    expect(report.events.f1).toBeGreaterThanOrEqual(0.93);
    expect(report.events.datesRight).toBe(report.events.datesGiven);
  });

  // Measured 0.943 after the fixes (0.673 before them).
  it('finds the relations (F1 ≥ 0.90)', () => {
    expect(report.relations.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('gives every relation edge evidence that occurs in the articles', () => {
    expect(report.provenance.edgesWithEvidence).toBe(report.provenance.relationEdges);
    expect(report.provenance.evidenceOk).toBe(report.provenance.evidenceChecked);
  });

  it("finds no killing in company, election or sports news ('crushed', 'killed the game off')", () => {
    const calm = calmStems();
    expect(calm.size).toBe(5);
    const fromCalm = (articleId: string): boolean => calm.has(stemOf.get(articleId) ?? '');
    const killings = graph.nodes.filter((n) => n.label === 'Event' && n.properties?.eventType === 'Killing' && (n.properties.sources ?? []).some(fromCalm));
    const killed = graph.edges.filter(
      (e) => e.type === 'KILLED' && (e.properties?.evidence ?? []).some((x) => typeof x !== 'string' && !!x.article && fromCalm(x.article)),
    );
    expect(killings.map((n) => n.name)).toEqual([]);
    expect(killed.map((e) => `${e.source} KILLED ${e.target}`)).toEqual([]);
  });

  it('gives no KILLED to the side whose killing claim the articles report as disputed', () => {
    const nameOf = new Map(graph.nodes.map((n) => [n.id, n.name]));
    const killers = graph.edges.filter((e) => e.type === 'KILLED').map((e) => nameOf.get(e.source) ?? '');
    expect(killers.filter((name) => /Russia/.test(name))).toEqual([]);
    // The side whose strike the Pentagon confirmed is still the killer.
    expect(killers.some((name) => /United States|U\.S\./.test(name))).toBe(true);
  });
});
