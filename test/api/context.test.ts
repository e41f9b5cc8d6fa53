import 'reflect-metadata';
import { wideGraph } from './fixtures';
import { at, useCountingApi } from './harness';

/**
 * Store calls by method, outlet-count reads apart: those are one metadata read per request at most, and none
 * when earlier requests already counted the same nodes' and edges' outlets (counts are remembered per node).
 */
function callsBesidesOutlets(calls: Map<string, number>): Record<string, number> {
  expect(calls.get('getArticleMeta') ?? 0).toBeLessThanOrEqual(1);
  return Object.fromEntries([...calls].filter(([method]) => method !== 'getArticleMeta'));
}

describe('per-request loaders', () => {
  const counted = useCountingApi(() => wideGraph(50), { NEWSGRAPH_MAX_QUERY_COMPLEXITY: '100000' });

  it('reads 50 people with their relations, other ends, evidence articles and outlet counts in a bounded number of store calls', async () => {
    counted.calls.clear();
    const result = await counted.api().execute(`{ entities(label: PERSON, first: 50) { totalCount nodes {
      name supportCount outletCount
      relations { nodes { type supportCount outletCount other { ... on Entity { name } } evidence { nodes { text article { title } } } } }
      events { totalCount } } } }`);
    expect(result.errors).toBeUndefined();
    expect(at(result.data, 'entities', 'totalCount')).toBe(50);
    const people = at(result.data, 'entities', 'nodes') as { relations: { nodes: { other: { name: string } }[] } }[];
    expect(people).toHaveLength(50);
    expect(people.every((p) => p.relations.nodes.length === 1 && p.relations.nodes[0]?.other.name !== undefined)).toBe(true);
    // listEntities, getEdges, getEntities, getArticles: each at most a few times, never per entity. The other ends
    // of MEMBER_OF are entities, so no event is read at all.
    expect(callsBesidesOutlets(counted.calls)).toEqual({
      listEntities: 1,
      getEdges: 1,
      getEntities: 1,
      getArticles: 1,
    });
  });

  it('draws a depth-2 neighbourhood with names, supported edges and evidence articles in a bounded number of store calls', async () => {
    counted.calls.clear();
    const result = await counted.api().execute(`{ neighbourhood(id: "p_wide_0", depth: 2, limit: 500) { truncated
      nodes { id label name depth supportCount node { ... on Entity { aliases } } }
      edges { type sourceId targetId supportCount outletCount confidence evidence { nodes { article { title } } } } } }`);
    expect(result.errors).toBeUndefined();
    const nodes = at(result.data, 'neighbourhood', 'nodes') as { depth: number }[];
    // Person 0 -> the Northern Alliance -> its 16 other members (every third of 50 people).
    expect(nodes.map((n) => n.depth)).toEqual([0, 1, ...Array<number>(16).fill(2)]);
    expect(at(result.data, 'neighbourhood', 'edges')).toHaveLength(17);
    // One edge read per level plus one among the farthest nodes; the centre, then the others, read in one batch
    // each; every article behind every edge in one batch. Never a call per node or per edge.
    expect(callsBesidesOutlets(counted.calls)).toEqual({ getEdges: 3, getEntities: 2, getEvents: 1, getArticles: 1 });
  });

  it('weighs every relation of the graph with one scan, and resolves their ends and articles without further reads', async () => {
    counted.calls.clear();
    const result = await counted.api().execute(`{ facts(first: 50) { totalCount nodes { confidence outletCount
      relation { confidence source { ... on Entity { name } } target { ... on Entity { name } } evidence { nodes { article { title } } } } } } }`);
    expect(result.errors).toBeUndefined();
    expect(at(result.data, 'facts', 'totalCount')).toBe(50);
    expect(callsBesidesOutlets(counted.calls)).toEqual({ listEntities: 1, listEvents: 1, getEdges: 1, getArticles: 1 });
  });

  it('does not share cached reads between requests', async () => {
    counted.calls.clear();
    await counted.api().execute(`{ entity(id: "p_wide_0") { name } }`);
    await counted.api().execute(`{ entity(id: "p_wide_0") { name } }`);
    expect(counted.calls.get('getEntities')).toBe(2);
  });
});
