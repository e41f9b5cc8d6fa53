import 'reflect-metadata';
import { DISPUTED, disputedGraph, newsGraph } from '../fixtures';
import { at, useNewsGraphApi } from '../harness';

const api = useNewsGraphApi(() => [...newsGraph(), ...disputedGraph()]);

interface Version {
  value: string;
  date: { start: string; end: string; precision: string } | null;
  status: string | null;
  articleIds: string[];
  outletCount: number;
  sources: { outlet: string }[];
}
interface Row {
  id: string;
  kind: string;
  field: string;
  fact: { kind: string; id: string; relation: { type: string } | null; event: { id: string } | null };
  versions: Version[];
}

const QUERY = `query ($first: Int, $after: String) { disagreements(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  nodes { id kind field fact { kind id relation { type } event { id } }
    versions { value date { start end precision } status articleIds outletCount sources { outlet } } } } }`;

async function disagreements(variables: Record<string, unknown> = {}) {
  const result = await api().execute(QUERY, variables);
  expect(result.errors).toBeUndefined();
  return at(result.data, 'disagreements') as { totalCount: number; pageInfo: { endCursor: string }; nodes: Row[] };
}

const NATION = 'a_nation_diriye';
const GAROWE = 'a_garowe_diriye';

describe('disagreements(first, after)', () => {
  it('finds the dates, the figure and the statuses two outlets disagree on, and nothing where they agree', async () => {
    const { nodes, totalCount } = await disagreements();
    expect(nodes.map((d) => [d.kind, d.field, d.fact.kind, d.fact.relation?.type ?? d.fact.event?.id]).sort()).toEqual(
      [
        ['DATE', 'date', 'EVENT', DISPUTED.killing],
        ['FIGURE', 'killed', 'EVENT', DISPUTED.killing],
        ['STATUS', 'status', 'EVENT', DISPUTED.killing],
        ['STATUS', 'status', 'RELATION', 'TARGETED'],
      ].sort(),
    );
    expect(totalCount).toBe(4);
    // "Friday" and "this week" overlap for the other killing: not a disagreement.
    expect(nodes.some((d) => d.fact.id === 'v_killing_masri')).toBe(false);
  });

  it('keeps both dates, each with its source and precision, earliest first', async () => {
    const date = (await disagreements()).nodes.find((d) => d.kind === 'DATE');
    expect(date?.versions).toEqual([
      expect.objectContaining({ value: '2024-03-12', articleIds: [GAROWE], date: { start: '2024-03-12', end: '2024-03-12', precision: 'DAY' } }),
      expect.objectContaining({ value: '2024-03-25', articleIds: [NATION], sources: [{ outlet: 'Daily Nation' }] }),
    ]);
  });

  it('keeps "31" and "at least 31" as two versions of the death toll, never one', async () => {
    const figure = (await disagreements()).nodes.find((d) => d.kind === 'FIGURE');
    expect(figure?.versions.map((v) => [v.value, v.articleIds, v.outletCount])).toEqual([
      ['31', [NATION], 1],
      ['at least 31', [GAROWE], 1],
    ]);
  });

  it('lists the stating and the disputing sources of a relation one outlet disputes', async () => {
    const status = (await disagreements()).nodes.find((d) => d.kind === 'STATUS' && d.fact.kind === 'RELATION');
    expect(status?.versions.map((v) => [v.status, v.articleIds, v.sources.map((s) => s.outlet)])).toEqual([
      ['STATED', [NATION], ['Daily Nation']],
      ['DISPUTED', [GAROWE], ['Garowe Online']],
    ]);
  });

  it('pages with first and after through every disagreement once', async () => {
    const all = await disagreements();
    const first = await disagreements({ first: 3 });
    const rest = await disagreements({ first: 3, after: first.pageInfo.endCursor });
    expect([...first.nodes, ...rest.nodes].map((d) => d.id)).toEqual(all.nodes.map((d) => d.id));
  });
});
