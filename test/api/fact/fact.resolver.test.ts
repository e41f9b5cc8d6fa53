import 'reflect-metadata';
import { DISPUTED, IDS, disputedGraph, newsGraph } from '../fixtures';
import { at, codes, useNewsGraphApi } from '../harness';

const api = useNewsGraphApi(() => [...newsGraph(), ...disputedGraph()]);

interface FactRow {
  id: string;
  kind: string;
  supportCount: number;
  outletCount: number;
  confidence: number;
  relation: { type: string; sourceId: string; targetId: string; confidence: number } | null;
  event: { id: string; confidence: number } | null;
}

async function facts(args: string): Promise<{ totalCount: number; nodes: FactRow[] }> {
  const result = await api().execute(`{ facts${args} { totalCount nodes { id kind supportCount outletCount confidence
    relation { type sourceId targetId confidence } event { id confidence } } } }`);
  expect(result.errors).toBeUndefined();
  return at(result.data, 'facts') as { totalCount: number; nodes: FactRow[] };
}

const relationKey = (f: FactRow) => `${f.relation?.sourceId} ${f.relation?.type} ${f.relation?.targetId}`;

describe('confidence on relations and events', () => {
  it('weighs a relation stated by two outlets above one attributed by one outlet', async () => {
    const result = await api().execute(`{ entity(id: "${IDS.masri}") { relations(types: [MEMBER_OF, LEADS]) { nodes {
      type supportCount outletCount confidence statuses { nodes { status } } } } } }`);
    expect(result.errors).toBeUndefined();
    const byType = Object.fromEntries(
      (at(result.data, 'entity', 'relations', 'nodes') as { type: string; confidence: number }[]).map((r) => [r.type, r]),
    );
    expect(byType['MEMBER_OF']).toMatchObject({ supportCount: 2, outletCount: 2, confidence: 0.75 });
    expect(byType['LEADS']).toMatchObject({ supportCount: 1, outletCount: 1, confidence: 0.4 });
  });

  it('lowers an event one outlet states and another disputes, and says its dates do not agree', async () => {
    const result = await api().execute(`{ agreed: event(id: "${IDS.killing}") { confidence datesAgree }
      disputed: event(id: "${DISPUTED.killing}") { confidence datesAgree } }`);
    expect(result.errors).toBeUndefined();
    expect(at(result.data, 'agreed')).toEqual({ confidence: 0.75, datesAgree: true });
    expect(at(result.data, 'disputed')).toEqual({ confidence: 0.45, datesAgree: false });
  });
});

describe('facts(minSources, status, type, first, after)', () => {
  it('lists relations heaviest first, each with the same weight its relation shows', async () => {
    const { nodes, totalCount } = await facts('(first: 100)');
    expect(nodes.every((f) => f.kind === 'RELATION')).toBe(true);
    expect(totalCount).toBe(nodes.length);
    const weights = nodes.map((f) => f.confidence);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    for (const fact of nodes) expect(fact.relation?.confidence).toBe(fact.confidence);
  });

  it('keeps facts reported by at least minSources articles', async () => {
    const { nodes } = await facts('(minSources: 2, first: 100)');
    expect(nodes.map(relationKey).sort()).toEqual(
      [
        `${IDS.austin} ANNOUNCED ${IDS.killing}`,
        `${IDS.killing} OCCURRED_IN ${IDS.deir}`,
        `${IDS.killing} TARGETED ${IDS.masri}`,
        `${IDS.masri} MEMBER_OF ${IDS.isis}`,
        `${DISPUTED.killing} OCCURRED_IN ${DISPUTED.lamu}`,
        `${DISPUTED.killing} TARGETED ${DISPUTED.diriye}`,
      ].sort(),
    );
    expect(nodes.every((f) => f.supportCount >= 2)).toBe(true);
  });

  it('filters by a status some source gives and by relation type', async () => {
    const disputed = await facts('(status: DISPUTED)');
    expect(disputed.nodes.map(relationKey)).toEqual([`${DISPUTED.killing} TARGETED ${DISPUTED.diriye}`]);
    const leads = await facts('(type: LEADS)');
    expect(leads.nodes.map(relationKey).sort()).toEqual([`${IDS.lopez} LEADS ${IDS.acme}`, `${IDS.masri} LEADS ${IDS.isis}`].sort());
    const attributed = await facts('(status: ATTRIBUTED, type: ANNOUNCED)');
    expect(attributed.nodes.map(relationKey).sort()).toEqual(
      [`${IDS.austin} ANNOUNCED ${IDS.killing}`, `${IDS.pentagon} ANNOUNCED ${IDS.killing}`].sort(),
    );
  });

  it('filters by independent outlets and by confidence', async () => {
    const twoOutlets = await facts('(minOutlets: 2, first: 100)');
    const twoArticles = await facts('(minSources: 2, first: 100)');
    expect(twoOutlets.nodes.map((f) => f.id).sort()).toEqual(twoArticles.nodes.map((f) => f.id).sort());
    const confident = await facts('(minConfidence: 0.7, first: 100)');
    expect(confident.nodes.length).toBeGreaterThan(0);
    expect(confident.nodes.every((f) => f.confidence >= 0.7)).toBe(true);
  });

  it('adds events on request, filtered by event type', async () => {
    const withEvents = await facts('(includeEvents: true, first: 100)');
    const relationsOnly = await facts('(first: 100)');
    expect(withEvents.totalCount).toBe(relationsOnly.totalCount + 7);
    const killings = await facts('(includeEvents: true, eventType: KILLING, type: [], minSources: 2)');
    const events = killings.nodes.filter((f) => f.kind === 'EVENT');
    expect(events.map((f) => f.event?.id).sort()).toEqual([IDS.killing, DISPUTED.killing].sort());
    // The killing both outlets state outweighs the one an outlet disputes.
    expect(events.map((f) => f.event?.id)).toEqual([IDS.killing, DISPUTED.killing]);
  });

  it('pages with first and after, and refuses a confidence over 1', async () => {
    const first = (await api().execute(`{ facts(first: 3) { pageInfo { endCursor } nodes { id } } }`)).data;
    const cursor = at(first, 'facts', 'pageInfo', 'endCursor') as string;
    const next = (await api().execute(`query ($after: String) { facts(first: 3, after: $after) { nodes { id } } }`, { after: cursor })).data;
    const all = await facts('(first: 6)');
    const ids = (data: unknown) => (at(data, 'facts', 'nodes') as { id: string }[]).map((f) => f.id);
    expect([...ids(first), ...ids(next)]).toEqual(all.nodes.map((f) => f.id));
    expect(codes(await api().execute(`{ facts(minConfidence: 1.5) { totalCount } }`))).toEqual(['BAD_USER_INPUT']);
  });
});
