import 'reflect-metadata';
import { DISPUTED, IDS, disputedGraph, newsGraph } from '../fixtures';
import { at, codes, useNewsGraphApi } from '../harness';

const api = useNewsGraphApi(() => [...newsGraph(), ...disputedGraph()]);

interface Entry {
  event: { id: string };
  date: { start: string | null; end: string | null; precision: string };
  roles: string[];
  relations: { type: string }[];
}

const QUERY = `query ($id: ID!, $from: LocalDate, $to: LocalDate, $first: Int, $after: String) {
  timeline(entityId: $id, from: $from, to: $to, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { event { id } date { start end precision } roles relations { type } } } }`;

async function timeline(variables: Record<string, unknown>) {
  const result = await api().execute(QUERY, variables);
  expect(result.errors).toBeUndefined();
  return at(result.data, 'timeline') as { totalCount: number; pageInfo: { endCursor: string }; nodes: Entry[] };
}

describe('timeline(entityId, from, to)', () => {
  it('lists an entity\'s events oldest first, a day before a range that starts that day, undated last, with roles', async () => {
    const { nodes } = await timeline({ id: DISPUTED.diriye });
    expect(nodes.map((n) => [n.event.id, n.date.precision, n.roles])).toEqual([
      [DISPUTED.appointment, 'DAY', ['TARGET']],
      [DISPUTED.attack, 'RANGE', ['AGENT']],
      [DISPUTED.killing, 'DAY', ['TARGET']],
      [DISPUTED.arrest, 'UNKNOWN', ['TARGET']],
    ]);
    expect(nodes[3]?.date).toEqual({ start: null, end: null, precision: 'UNKNOWN' });
    expect(nodes[1]?.relations.map((r) => r.type)).toEqual(['CARRIED_OUT']);
  });

  it('gives one entry per event with every role the entity plays in it', async () => {
    // The army carried out the killing and announced it: one entry, two roles, both role edges.
    const { nodes } = await timeline({ id: DISPUTED.army });
    expect(nodes.map((n) => [n.event.id, n.roles])).toEqual([[DISPUTED.killing, ['AGENT', 'ANNOUNCER']]]);
    expect(nodes[0]?.relations.map((r) => r.type).sort()).toEqual(['ANNOUNCED', 'CARRIED_OUT']);
    const austin = await timeline({ id: IDS.austin });
    expect(austin.nodes.map((n) => [n.event.id, n.roles])).toEqual([[IDS.killing, ['ANNOUNCER']]]);
  });

  it('keeps events that may fall within the window, leaving undated ones out', async () => {
    const { nodes } = await timeline({ id: DISPUTED.diriye, from: '2024-01-15', to: '2024-02-28' });
    expect(nodes.map((n) => n.event.id)).toEqual([DISPUTED.attack]);
  });

  it('orders exactly as events(participant) does, reversed, with undated events last in both', async () => {
    const result = await api().execute(`{ events(participant: "${DISPUTED.diriye}") { nodes { id } } }`);
    const recentFirst = (at(result.data, 'events', 'nodes') as { id: string }[]).map((e) => e.id);
    const { nodes } = await timeline({ id: DISPUTED.diriye });
    const oldestFirst = nodes.map((n) => n.event.id);
    expect(recentFirst.at(-1)).toBe(DISPUTED.arrest);
    expect(recentFirst.slice(0, -1)).toEqual(oldestFirst.slice(0, -1).reverse());
  });

  it('pages with first and after', async () => {
    const first = await timeline({ id: DISPUTED.diriye, first: 2 });
    const rest = await timeline({ id: DISPUTED.diriye, first: 2, after: first.pageInfo.endCursor });
    expect(first.totalCount).toBe(4);
    expect([...first.nodes, ...rest.nodes].map((n) => n.event.id)).toEqual([
      DISPUTED.appointment,
      DISPUTED.attack,
      DISPUTED.killing,
      DISPUTED.arrest,
    ]);
  });

  it('refuses an unknown entity with NOT_FOUND and an inverted window with BAD_USER_INPUT', async () => {
    expect(codes(await api().execute(QUERY, { id: 'p_nobody' }))).toEqual(['NOT_FOUND']);
    expect(codes(await api().execute(QUERY, { id: DISPUTED.diriye, from: '2024-03-01', to: '2024-01-01' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});
