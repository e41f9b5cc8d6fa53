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
import { EVAL_DIR } from './dev-set.helpers';
import { useCheckSet, violenceFromCalmArticles } from './check-set';

const describeWithScorer = EVAL_DIR ? describe : describe.skip;
if (!EVAL_DIR) console.warn('generalisation-2 tests skipped: ../shared/eval/score.mjs (the scorer) is not beside this checkout');

describeWithScorer('the second generalisation check set, end to end', () => {
  const run = useCheckSet('generalisation-2');

  it('ingests every article of the set', () => {
    expect(run().stemOf.size).toBe(run().goldCount);
  });

  // Measured 0.970 after the fixes (0.896 before them).
  it('finds the entities of stories it was not built on (F1 ≥ 0.95)', () => {
    expect(run().report.entities.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('never merges two real entities into one node', () => {
    expect(run().report.detail.mergeErrors).toEqual([]);
    expect(run().report.entities.merges).toBe(0);
  });

  // Measured 0.968 with every date inside what the articles allow (0.686 before the fixes).
  it('finds the killings, appointments and elections (F1 ≥ 0.93) and dates them within what the articles allow', () => {
    expect(run().report.events.f1).toBeGreaterThanOrEqual(0.93);
    expect(run().report.events.datesRight).toBe(run().report.events.datesGiven);
  });

  // Measured 0.943 after the fixes (0.673 before them).
  it('finds the relations (F1 ≥ 0.90)', () => {
    expect(run().report.relations.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('gives every relation edge evidence that occurs in the articles', () => {
    expect(run().report.provenance.edgesWithEvidence).toBe(run().report.provenance.relationEdges);
    expect(run().report.provenance.evidenceOk).toBe(run().report.provenance.evidenceChecked);
  });

  it("finds no killing in company, election or sports news ('crushed', 'killed the game off')", () => {
    const { calm, killings, killed } = violenceFromCalmArticles(run());
    expect(calm.size).toBe(5);
    expect(killings).toEqual([]);
    expect(killed).toEqual([]);
  });

  it('gives no KILLED to the side whose killing claim the articles report as disputed', () => {
    const nameOf = new Map(run().graph.nodes.map((n) => [n.id, n.name]));
    const killers = run().graph.edges.filter((e) => e.type === 'KILLED').map((e) => nameOf.get(e.source) ?? '');
    expect(killers.filter((name) => /Russia/.test(name))).toEqual([]);
    // The side whose strike the Pentagon confirmed is still the killer.
    expect(killers.some((name) => /United States|U\.S\./.test(name))).toBe(true);
  });
});
