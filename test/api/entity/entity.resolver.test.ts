import 'reflect-metadata';
import { IDS } from '../fixtures';
import { at, useNewsGraphApi } from '../harness';

const api = useNewsGraphApi();

describe('entity(id)', () => {
  it('returns a person merged across two outlets with aliases, forms by article, roles and counts', async () => {
    const result = await api().execute(
      `query ($id: ID!) { entity(id: $id) { __typename id label name aliases roles mentionCount supportCount outletCount
        forms { form articles { totalCount nodes { id outlet } } } } }`,
      { id: IDS.masri },
    );
    expect(result.errors).toBeUndefined();
    const entity = at(result.data, 'entity');
    expect(entity).toMatchObject({
      __typename: 'Person',
      id: IDS.masri,
      label: 'PERSON',
      name: 'Abu Khalid al-Masri',
      aliases: ['al-Masri'],
      supportCount: 2,
      outletCount: 2,
    });
    type Form = { form: string; articles: { totalCount: number; nodes: { id: string; outlet: string }[] } };
    const forms = at(entity, 'forms') as Form[];
    expect(forms.find((f) => f.form === 'al-Masri')).toEqual({
      form: 'al-Masri',
      articles: { totalCount: 1, nodes: [{ id: 'a_reuters_raid', outlet: 'Reuters' }] },
    });
    const full = forms.find((f) => f.form === 'Abu Khalid al-Masri');
    expect(full?.articles.totalCount).toBe(2);
    expect(full?.articles.nodes.map((a) => a.id).sort()).toEqual(['a_ap_raid', 'a_reuters_raid']);
  });

  it('returns null for an id no entity has', async () => {
    const result = await api().execute(`{ entity(id: "p_nobody") { name } }`);
    expect(result.errors).toBeUndefined();
    expect(at(result.data, 'entity')).toBeNull();
  });

  it('lists relations with the other end, evidence sentences with offsets, and support by distinct articles and outlets', async () => {
    const result = await api().execute(
      `query ($id: ID!) { entity(id: $id) { relations(types: [MEMBER_OF]) { totalCount nodes {
        type direction supportCount outletCount statuses { nodes { articleId status } }
        other { __typename ... on Entity { name } }
        evidence { nodes { text start end article { id title outlet url published text } } } } } } }`,
      { id: IDS.masri },
    );
    expect(result.errors).toBeUndefined();
    expect(at(result.data, 'entity', 'relations', 'totalCount')).toBe(1);
    const relation = at(result.data, 'entity', 'relations', 'nodes', 0);
    expect(relation).toMatchObject({
      type: 'MEMBER_OF',
      direction: 'OUT',
      supportCount: 2,
      outletCount: 2,
      other: { __typename: 'Group', name: 'Islamic State' },
    });
    const evidence = at(relation, 'evidence', 'nodes') as { text: string; start: number; end: number; article: { text: string; outlet: string } }[];
    expect(evidence).toHaveLength(2);
    for (const item of evidence) {
      expect(item.article.text.slice(item.start, item.end)).toBe(item.text);
    }
    expect(evidence.map((e) => e.article.outlet).sort()).toEqual(['AP', 'Reuters']);
  });

  it('follows relations in one direction only when asked', async () => {
    const query = `query ($id: ID!, $d: Direction!) { entity(id: $id) { relations(direction: $d) { nodes { type direction other { id } } } } }`;
    const incoming = await api().execute(query, { id: IDS.isis, d: 'IN' });
    const outgoing = await api().execute(query, { id: IDS.isis, d: 'OUT' });
    const types = (r: typeof incoming) =>
      (at(r.data, 'entity', 'relations', 'nodes') as { type: string; direction: string }[]).map((n) => `${n.type}:${n.direction}`).sort();
    expect(types(incoming)).toEqual(['LEADS:IN', 'MEMBER_OF:IN']);
    expect(types(outgoing)).toEqual([]);
  });

  it('lists the events an entity takes part in with its role', async () => {
    const result = await api().execute(
      `query ($id: ID!) { entity(id: $id) { events { totalCount nodes { role event { id type name } relation { type } } } } }`,
      { id: IDS.austin },
    );
    expect(result.errors).toBeUndefined();
    expect(at(result.data, 'entity', 'events')).toEqual({
      totalCount: 1,
      nodes: [
        {
          role: 'ANNOUNCER',
          event: { id: IDS.killing, type: 'KILLING', name: 'Killing of Abu Khalid al-Masri' },
          relation: { type: 'ANNOUNCED' },
        },
      ],
    });
  });

  it('filters an entity\'s events by role', async () => {
    const query = `query ($id: ID!, $role: [EventRole!]) { entity(id: $id) { events(role: $role) { nodes { role event { id } } } } }`;
    const asTarget = await api().execute(query, { id: IDS.lopez, role: ['TARGET'] });
    const asAgent = await api().execute(query, { id: IDS.lopez, role: ['AGENT'] });
    expect(at(asTarget.data, 'entity', 'events', 'nodes')).toEqual([{ role: 'TARGET', event: { id: IDS.appointment } }]);
    expect(at(asAgent.data, 'entity', 'events', 'nodes')).toEqual([]);
  });

  it('pages through the articles that mention an entity', async () => {
    const first = await api().execute(
      `query ($id: ID!) { entity(id: $id) { articles(first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }`,
      { id: IDS.syria },
    );
    expect(first.errors).toBeUndefined();
    expect(at(first.data, 'entity', 'articles', 'totalCount')).toBe(2);
    expect(at(first.data, 'entity', 'articles', 'pageInfo', 'hasNextPage')).toBe(true);
    const cursor = at(first.data, 'entity', 'articles', 'pageInfo', 'endCursor');
    const second = await api().execute(
      `query ($id: ID!, $after: String) { entity(id: $id) { articles(first: 1, after: $after) { pageInfo { hasNextPage } nodes { id } } } }`,
      { id: IDS.syria, after: cursor },
    );
    const ids = [at(first.data, 'entity', 'articles', 'nodes', 0, 'id'), at(second.data, 'entity', 'articles', 'nodes', 0, 'id')];
    expect(ids.sort()).toEqual(['a_ap_raid', 'a_reuters_raid']);
    expect(at(second.data, 'entity', 'articles', 'pageInfo', 'hasNextPage')).toBe(false);
  });
});

describe('entities and node(id)', () => {
  it('lists entities of a label, most reported first', async () => {
    const result = await api().execute(`{ entities(label: PLACE) { totalCount nodes { name supportCount } } }`);
    expect(result.errors).toBeUndefined();
    expect(at(result.data, 'entities')).toEqual({
      totalCount: 2,
      nodes: [
        { name: 'Deir ez-Zor', supportCount: 2 },
        { name: 'Syria', supportCount: 2 },
      ],
    });
  });

  it('resolves node(id) to the right type for entities, events and articles', async () => {
    const result = await api().execute(
      `{ a: node(id: "${IDS.acme}") { __typename id } b: node(id: "${IDS.killing}") { __typename id }
         c: node(id: "a_bbc_ceo") { __typename ... on Article { title } } d: node(id: "nothing") { id } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      a: { __typename: 'Group', id: IDS.acme },
      b: { __typename: 'Event', id: IDS.killing },
      c: { __typename: 'Article', title: 'Acme names Maria Lopez chief executive' },
      d: null,
    });
  });
});
