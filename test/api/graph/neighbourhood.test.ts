import 'reflect-metadata';
import { DISPUTED, IDS, disputedGraph, newsGraph } from '../fixtures';
import { at, codes, useNewsGraphApi } from '../harness';

const api = useNewsGraphApi(() => [...newsGraph(), ...disputedGraph()]);

interface DrawnNode {
  id: string;
  label: string;
  name: string;
  depth: number;
}
interface DrawnEdge {
  id: string;
  type: string;
  sourceId: string;
  targetId: string;
  supportCount: number;
}

const QUERY = `query ($id: ID!, $depth: Int, $types: [RelationType!], $limit: Int) {
  neighbourhood(id: $id, depth: $depth, relationTypes: $types, limit: $limit) {
    truncated
    nodes { id label name depth supportCount node { __typename } }
    edges { id type sourceId targetId supportCount } } }`;

async function neighbourhood(variables: Record<string, unknown>) {
  const result = await api().execute(QUERY, variables);
  expect(result.errors).toBeUndefined();
  const graph = at(result.data, 'neighbourhood') as { truncated: boolean; nodes: DrawnNode[]; edges: DrawnEdge[] };
  // Ready to draw: every edge joins two returned nodes.
  const ids = new Set(graph.nodes.map((n) => n.id));
  for (const edge of graph.edges) expect([ids.has(edge.sourceId), ids.has(edge.targetId)]).toEqual([true, true]);
  return graph;
}

const depths = (nodes: DrawnNode[]) => Object.fromEntries(nodes.map((n) => [n.id, n.depth]));

describe('neighbourhood(id, depth, relationTypes, limit)', () => {
  it('returns the centre and its direct neighbours, entities and events, with labels, names and supported edges', async () => {
    const graph = await neighbourhood({ id: IDS.masri, depth: 1 });
    expect(depths(graph.nodes)).toEqual({ [IDS.masri]: 0, [IDS.killing]: 1, [IDS.isis]: 1 });
    expect(graph.nodes[0]).toMatchObject({ id: IDS.masri, label: 'PERSON', name: 'Abu Khalid al-Masri', supportCount: 2 });
    expect(graph.nodes.find((n) => n.id === IDS.killing)).toMatchObject({ label: 'EVENT', name: 'Killing of Abu Khalid al-Masri' });
    const edges = Object.fromEntries(graph.edges.map((e) => [e.type, e.supportCount]));
    expect(edges).toEqual({ TARGETED: 2, MEMBER_OF: 2, LEADS: 1 });
    expect(graph.truncated).toBe(false);
  });

  it('walks further with depth, reaching Syria only at three hops and never the unrelated company story', async () => {
    const two = await neighbourhood({ id: IDS.masri, depth: 2 });
    expect(depths(two.nodes)).toEqual({
      [IDS.masri]: 0,
      [IDS.killing]: 1,
      [IDS.isis]: 1,
      [IDS.deir]: 2,
      [IDS.austin]: 2,
      [IDS.pentagon]: 2,
    });
    const three = await neighbourhood({ id: IDS.masri, depth: 3 });
    expect(depths(three.nodes)[IDS.syria]).toBe(3);
    // Deir ez-Zor and Syria are both reached; the relation between them is part of the drawing.
    expect(three.edges.map((e) => e.type)).toContain('LOCATED_IN');
    expect(three.nodes.some((n) => n.id === IDS.lopez)).toBe(false);
  });

  it('joins two nodes of the farthest level with the relation between them', async () => {
    const graph = await neighbourhood({ id: DISPUTED.diriye, depth: 1 });
    expect(depths(graph.nodes)[DISPUTED.shabaab]).toBe(1);
    expect(depths(graph.nodes)[DISPUTED.appointment]).toBe(1);
    // al-Shabaab named him: the group -CARRIED_OUT-> the appointment, both one hop from Diriye.
    expect(graph.edges).toContainEqual(
      expect.objectContaining({ type: 'CARRIED_OUT', sourceId: DISPUTED.shabaab, targetId: DISPUTED.appointment }),
    );
  });

  it('follows only the relation types asked for', async () => {
    const graph = await neighbourhood({ id: IDS.masri, depth: 3, types: ['MEMBER_OF', 'LEADS'] });
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([IDS.isis, IDS.masri].sort());
    expect(graph.edges.map((e) => e.type).sort()).toEqual(['LEADS', 'MEMBER_OF']);
  });

  it('caps the nodes at the limit, keeps the best-supported neighbours, and says it truncated', async () => {
    const graph = await neighbourhood({ id: IDS.killing, depth: 2, limit: 3 });
    expect(graph.nodes).toHaveLength(3);
    expect(graph.truncated).toBe(true);
    // The victim, the place and Austin's announcement are reported by two articles each, the Pentagon's by one:
    // two of the three best-supported are kept (ties by id), never the Pentagon.
    expect(graph.nodes.map((n) => n.id)).toEqual([IDS.killing, IDS.deir, IDS.austin]);
    expect(graph.edges.map((e) => e.type).sort()).toEqual(['ANNOUNCED', 'OCCURRED_IN']);
  });

  it('reports truncation when the limit stops the walk before the requested depth', async () => {
    const graph = await neighbourhood({ id: IDS.lopez, depth: 2, limit: 1 });
    expect(graph.nodes.map((n) => n.id)).toEqual([IDS.lopez]);
    expect(graph.edges).toEqual([]);
    expect(graph.truncated).toBe(true);
  });

  it('returns only the centre at depth 0', async () => {
    const graph = await neighbourhood({ id: IDS.acme, depth: 0 });
    expect(graph).toEqual({ truncated: false, nodes: [expect.objectContaining({ id: IDS.acme, depth: 0 })], edges: [] });
  });

  it('refuses an unknown centre with NOT_FOUND and a depth over 3 with BAD_USER_INPUT', async () => {
    const unknown = await api().execute(QUERY, { id: 'p_nobody' });
    const deep = await api().execute(QUERY, { id: IDS.masri, depth: 4 });
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    expect(codes(deep)).toEqual(['BAD_USER_INPUT']);
  });
});
