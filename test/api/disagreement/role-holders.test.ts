import type { GraphEdge } from '../../../src/model/graph';
import type { EdgeType, FactStatus } from '../../../src/model/vocabulary';
import { roleHolderConflicts, type RoleHolderGraph } from '../../../src/api/disagreement/role-holders';

function leads(type: EdgeType, source: string, target: string, ...support: [string, FactStatus?][]): GraphEdge {
  const statuses = support.map(([articleId, status]) => ({ articleId, status: status ?? ('stated' as const) }));
  return { id: `${type}:${source}:${target}`, type, source, target, evidence: [], statuses, sources: statuses.map((s) => s.articleId).sort() };
}

const people = (...names: [string, string[]?][]) =>
  names.map(([id, roles]) => ({ id, label: 'Person' as const, name: id.toUpperCase(), roles: roles ?? [] }));

function graph(edges: GraphEdge[], published: Record<string, string | null>, events: RoleHolderGraph['events'] = []): RoleHolderGraph {
  return {
    edges,
    entities: [...people(['x', ['leader']], ['y', ['leader']], ['z']), { id: 'g', label: 'Group', name: 'G', roles: [] }],
    events,
    published: new Map(Object.entries(published)),
  };
}

describe('roleHolderConflicts', () => {
  it('finds two people named leader of one group by different articles a week apart', () => {
    const found = roleHolderConflicts(graph([leads('LEADS', 'x', 'g', ['a1']), leads('LEADS', 'y', 'g', ['a2'])], { a1: '2020-01-01', a2: '2020-01-08' }));
    expect(found.map((c) => c.versions.map((v) => [v.entityId, v.articleIds]))).toEqual([[['x', ['a1']], ['y', ['a2']]]]);
  });

  it('sees no disagreement between leaders reported years apart, or undated reports of different events', () => {
    const edges = [leads('LEADS', 'x', 'g', ['a1']), leads('LEADS', 'y', 'g', ['a2'])];
    expect(roleHolderConflicts(graph(edges, { a1: '2011-01-01', a2: '2019-01-01' }))).toEqual([]);
    const events = [{ id: 'e1', sources: ['a1'] }, { id: 'e2', sources: ['a2'] }];
    expect(roleHolderConflicts(graph(edges, { a1: null, a2: null }, events))).toEqual([]);
  });

  it('takes undated reports of one event as the same period', () => {
    const edges = [leads('LEADS', 'x', 'g', ['a1']), leads('LEADS', 'y', 'g', ['a2'])];
    const found = roleHolderConflicts(graph(edges, { a1: null, a2: '2020-01-01' }, [{ id: 'e1', sources: ['a1', 'a2'] }]));
    expect(found).toHaveLength(1);
  });

  it('sees no disagreement when one article names both, or another says one succeeded the other', () => {
    const dates = { a1: '2020-01-01', a2: '2020-01-02', a3: '2020-01-03' };
    expect(roleHolderConflicts(graph([leads('LEADS', 'x', 'g', ['a1'], ['a3']), leads('LEADS', 'y', 'g', ['a2'], ['a3'])], dates))).toEqual([]);
    const succession = leads('SUCCEEDED', 'y', 'x', ['a3']);
    expect(roleHolderConflicts(graph([leads('LEADS', 'x', 'g', ['a1']), leads('LEADS', 'y', 'g', ['a2']), succession], dates))).toEqual([]);
  });

  it('leaves out a source that disputes the leadership, and holders whose titles name other posts', () => {
    const dates = { a1: '2020-01-01', a2: '2020-01-02' };
    expect(roleHolderConflicts(graph([leads('LEADS', 'x', 'g', ['a1']), leads('LEADS', 'y', 'g', ['a2', 'disputed'])], dates))).toEqual([]);
    const titled = { ...graph([leads('LEADS', 'x', 'g', ['a1']), leads('LEADS', 'y', 'g', ['a2'])], dates) };
    titled.entities = [...people(['x', ['President']], ['y', ['Prime Minister']])];
    expect(roleHolderConflicts(titled)).toEqual([]);
  });

  it('asks holders of a place for the same title, where a group needs none', () => {
    const dates = { a1: '2020-01-01', a2: '2020-01-02' };
    const base = graph([leads('LEADS', 'z', 'g', ['a1']), leads('LEADS', 'y', 'g', ['a2'])], dates);
    expect(roleHolderConflicts(base)).toHaveLength(1);
    const place = { ...base, entities: [...people(['z'], ['y', ['President']]), { id: 'g', label: 'Place' as const, name: 'G', roles: [] }] };
    expect(roleHolderConflicts(place)).toEqual([]);
    const presidents = { ...base, entities: [...people(['z', ['President']], ['y', ['President']]), { id: 'g', label: 'Place' as const, name: 'G', roles: [] }] };
    expect(roleHolderConflicts(presidents)).toHaveLength(1);
  });
});
