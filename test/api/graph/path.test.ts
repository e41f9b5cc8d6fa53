import 'reflect-metadata';
import { DISPUTED, IDS, disputedGraph, newsGraph } from '../fixtures';
import { at, codes, useCountingApi } from '../harness';

const counted = useCountingApi(() => [...newsGraph(), ...disputedGraph()]);

interface Hop {
  fromId: string;
  toId: string;
  from: { id: string };
  to: { id: string };
  direction: string;
  relation: { type: string; supportCount: number; evidence: { nodes: { text: string; articleId: string }[] } };
}
interface Path {
  nodeIds: string[];
  nodes: { id: string }[];
  hops: Hop[];
}

const QUERY = `query ($from: ID!, $to: ID!, $maxHops: Int, $types: [RelationType!], $limit: Int) {
  path(from: $from, to: $to, maxHops: $maxHops, relationTypes: $types, limit: $limit) {
    nodeIds nodes { id }
    hops { fromId toId direction from { id } to { id } relation { type supportCount evidence { nodes { text articleId } } } } } }`;

async function paths(variables: Record<string, unknown>): Promise<Path[]> {
  const result = await counted.api().execute(QUERY, variables);
  expect(result.errors).toBeUndefined();
  const found = at(result.data, 'path') as Path[];
  for (const path of found) {
    // Hops chain: each leaves where the previous arrived, and the nodes are the ones named.
    expect(path.nodes.map((n) => n.id)).toEqual(path.nodeIds);
    path.hops.forEach((hop, index) => {
      expect([hop.fromId, hop.toId]).toEqual([path.nodeIds[index], path.nodeIds[index + 1]]);
      expect([hop.from.id, hop.to.id]).toEqual([hop.fromId, hop.toId]);
    });
  }
  return found;
}

describe('path(from, to, maxHops, relationTypes)', () => {
  it('links a killed militant to the official who announced the killing through the event, with evidence', async () => {
    const found = await paths({ from: IDS.masri, to: IDS.austin });
    expect(found).toHaveLength(1);
    expect(found[0]?.nodeIds).toEqual([IDS.masri, IDS.killing, IDS.austin]);
    expect(found[0]?.hops.map((h) => [h.relation.type, h.direction])).toEqual([
      ['TARGETED', 'IN'],
      ['ANNOUNCED', 'IN'],
    ]);
    const announced = found[0]?.hops[1]?.relation.evidence.nodes.map((e) => e.text) ?? [];
    expect(announced).toEqual(expect.arrayContaining([expect.stringContaining('Lloyd Austin')]));
  });

  it('finds a three-hop path, and none when maxHops is shorter', async () => {
    const three = await paths({ from: IDS.masri, to: IDS.syria });
    expect(three.map((p) => p.nodeIds)).toEqual([[IDS.masri, IDS.killing, IDS.deir, IDS.syria]]);
    expect(await paths({ from: IDS.masri, to: IDS.syria, maxHops: 2 })).toEqual([]);
  });

  it('lists every shortest path, best supported first', async () => {
    // al-Masri is a member of the Islamic State (two articles) and leads it (one): two one-hop paths.
    const found = await paths({ from: IDS.masri, to: IDS.isis });
    expect(found.map((p) => p.hops.map((h) => [h.relation.type, h.relation.supportCount]))).toEqual([
      [['MEMBER_OF', 2]],
      [['LEADS', 1]],
    ]);
    expect(await paths({ from: IDS.masri, to: IDS.isis, limit: 1 })).toHaveLength(1);
  });

  it('keeps every shortest path through different events, the best-supported weakest hop first', async () => {
    // Diriye is tied to Lamu by his killing (reported by both outlets) and by the attack he led there (one).
    const found = await paths({ from: DISPUTED.diriye, to: DISPUTED.lamu });
    expect(found.map((p) => p.nodeIds)).toEqual([
      [DISPUTED.diriye, DISPUTED.killing, DISPUTED.lamu],
      [DISPUTED.diriye, DISPUTED.attack, DISPUTED.lamu],
    ]);
    // A direct relation is the only shortest path: longer ones are not listed beside it.
    expect((await paths({ from: DISPUTED.diriye, to: DISPUTED.shabaab })).map((p) => p.hops.length)).toEqual([1]);
    // Without MEMBER_OF, the group reaches him through the appointment it made: two hops.
    const viaEvent = await paths({ from: DISPUTED.diriye, to: DISPUTED.shabaab, types: ['CARRIED_OUT', 'TARGETED'] });
    expect(viaEvent.map((p) => p.nodeIds)).toEqual([[DISPUTED.diriye, DISPUTED.appointment, DISPUTED.shabaab]]);
  });

  it('returns no path between unconnected stories and only what the relation types allow', async () => {
    expect(await paths({ from: IDS.masri, to: IDS.lopez, maxHops: 4 })).toEqual([]);
    expect(await paths({ from: IDS.masri, to: IDS.austin, types: ['MEMBER_OF'] })).toEqual([]);
  });

  it('returns one empty path from an entity to itself', async () => {
    expect(await paths({ from: IDS.masri, to: IDS.masri })).toEqual([{ nodeIds: [IDS.masri], nodes: [{ id: IDS.masri }], hops: [] }]);
  });

  it('refuses unknown ends with NOT_FOUND and more than 4 hops with BAD_USER_INPUT', async () => {
    expect(codes(await counted.api().execute(QUERY, { from: 'p_nobody', to: IDS.masri }))).toEqual(['NOT_FOUND']);
    expect(codes(await counted.api().execute(QUERY, { from: IDS.masri, to: IDS.syria, maxHops: 5 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('reads edges once per search level, whatever the size of the frontier', async () => {
    counted.calls.clear();
    await paths({ from: IDS.masri, to: IDS.lopez, maxHops: 4 });
    // Four levels at most, one store read each; the two ends in one entity read.
    expect(counted.calls.get('getEdges') ?? 0).toBeLessThanOrEqual(4);
    expect(counted.calls.get('getEntities')).toBe(1);
  });
});
