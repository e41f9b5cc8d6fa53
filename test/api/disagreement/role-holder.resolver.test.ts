import 'reflect-metadata';
import type { ArticleRecord } from '../../../src/model/graph';
import type { ArticleWrite } from '../../../src/store/graph-store';
import { article, edge, entity, event, evidence } from '../fixtures';
import { at, useNewsGraphApi } from '../harness';

const ISIS = 'g_isis';
const OMAR = 'p_omar_baghdadi';
const ABU_BAKR = 'p_abu_bakr_baghdadi';
const KILLING = 'v_killing_qaduli';

function write(record: ArticleRecord, build: (cite: (phrase: string) => ReturnType<typeof evidence>[]) => Omit<ArticleWrite['contribution'], 'articleId'>): ArticleWrite {
  return { article: record, contribution: { articleId: record.id, ...build((phrase) => [evidence(record, phrase)]) } };
}

/**
 * One outlet names Omar al-Baghdadi as the Islamic State's leader where two others say Abu Bakr al-Baghdadi, all
 * about one killing (one of them undated). Apple had other chiefs years apart, and one article names both of
 * Twitter's chiefs: neither is a disagreement. Karvenia's president and prime minister both lead it: two posts.
 */
function roleHolderGraph(): ArticleWrite[] {
  const hill = article('a_hill', 'Omar al-Baghdadi, the leader of the Islamic State, lost his finance chief in the raid.', {
    title: 'Raid kills finance chief', outlet: 'The Hill', published: '2016-03-25',
  });
  const wire = article('a_wire', 'The raid killed a deputy of Abu Bakr al-Baghdadi, the Islamic State leader.', {
    title: 'Deputy killed', outlet: 'Wire', published: '2016-03-25',
  });
  const blog = article('a_blog', 'Abu Bakr al-Baghdadi leads the Islamic State, which lost its finance chief in the raid.', {
    title: 'Finance chief killed', outlet: 'Blog', published: null,
  });
  const old = article('a_apple_2011', 'Steve Jobs leads Apple.', { title: 'Jobs', outlet: 'Wire', published: '2011-01-10' });
  const later = article('a_apple_2019', 'Tim Cook leads Apple.', { title: 'Cook', outlet: 'Wire', published: '2019-06-01' });
  const both = article('a_twitter_both', 'Jack Dorsey led Twitter before Parag Agrawal took over.', {
    title: 'Twitter', outlet: 'Wire', published: '2021-11-29',
  });
  const after = article('a_twitter_after', 'Parag Agrawal leads Twitter.', { title: 'Twitter', outlet: 'Blog', published: '2021-12-01' });
  const president = article('a_president', 'President Ilse Marr leads Karvenia.', { title: 'Karvenia', outlet: 'Wire', published: '2024-03-08' });
  const premier = article('a_premier', 'Prime Minister Aleksander Novak leads Karvenia.', { title: 'Karvenia', outlet: 'Blog', published: '2024-03-08' });
  const killing = (record: ArticleRecord, phrase: string) =>
    event(KILLING, 'Killing', 'Killing of the finance chief', null, [evidence(record, phrase)]);
  return [
    write(hill, (cite) => ({
      entities: [entity(OMAR, 'Person', ['Omar al-Baghdadi'], ['leader']), entity(ISIS, 'Group', ['Islamic State'])],
      events: [killing(hill, 'lost his finance chief')],
      edges: [edge('LEADS', OMAR, ISIS, cite('the leader of the Islamic State'))],
    })),
    write(wire, (cite) => ({
      entities: [entity(ABU_BAKR, 'Person', ['Abu Bakr al-Baghdadi'], ['leader']), entity(ISIS, 'Group', ['Islamic State'])],
      events: [killing(wire, 'The raid killed')],
      edges: [edge('LEADS', ABU_BAKR, ISIS, cite('the Islamic State leader'))],
    })),
    write(blog, (cite) => ({
      entities: [entity(ABU_BAKR, 'Person', ['Abu Bakr al-Baghdadi']), entity(ISIS, 'Group', ['Islamic State'])],
      events: [killing(blog, 'lost its finance chief')],
      edges: [edge('LEADS', ABU_BAKR, ISIS, cite('leads the Islamic State'))],
    })),
    write(old, (cite) => ({
      entities: [entity('p_jobs', 'Person', ['Steve Jobs'], ['chief executive']), entity('g_apple', 'Group', ['Apple'])],
      events: [],
      edges: [edge('LEADS', 'p_jobs', 'g_apple', cite('leads Apple'))],
    })),
    write(later, (cite) => ({
      entities: [entity('p_cook', 'Person', ['Tim Cook'], ['chief executive']), entity('g_apple', 'Group', ['Apple'])],
      events: [],
      edges: [edge('LEADS', 'p_cook', 'g_apple', cite('leads Apple'))],
    })),
    write(both, (cite) => ({
      entities: [
        entity('p_dorsey', 'Person', ['Jack Dorsey']),
        entity('p_agrawal', 'Person', ['Parag Agrawal']),
        entity('g_twitter', 'Group', ['Twitter']),
      ],
      events: [],
      edges: [
        edge('LEADS', 'p_dorsey', 'g_twitter', cite('Jack Dorsey led Twitter')),
        edge('LEADS', 'p_agrawal', 'g_twitter', cite('Parag Agrawal took over')),
      ],
    })),
    write(after, (cite) => ({
      entities: [entity('p_agrawal', 'Person', ['Parag Agrawal']), entity('g_twitter', 'Group', ['Twitter'])],
      events: [],
      edges: [edge('LEADS', 'p_agrawal', 'g_twitter', cite('leads Twitter'))],
    })),
    write(president, (cite) => ({
      entities: [entity('p_marr', 'Person', ['Ilse Marr'], ['President']), entity('l_karvenia', 'Place', ['Karvenia'])],
      events: [],
      edges: [edge('LEADS', 'p_marr', 'l_karvenia', cite('leads Karvenia'))],
    })),
    write(premier, (cite) => ({
      entities: [entity('p_novak', 'Person', ['Aleksander Novak'], ['Prime Minister']), entity('l_karvenia', 'Place', ['Karvenia'])],
      events: [],
      edges: [edge('LEADS', 'p_novak', 'l_karvenia', cite('leads Karvenia'))],
    })),
  ];
}

const api = useNewsGraphApi(roleHolderGraph);

interface Row {
  id: string;
  kind: string;
  field: string;
  fact: { kind: string; relation: { type: string; target: { name: string } | null } | null };
  versions: { value: string; entityId: string | null; entity: { name: string; label: string } | null; articleIds: string[]; outletCount: number }[];
}

const QUERY = `{ disagreements(first: 50) { totalCount nodes { id kind field
  fact { kind relation { type target { ... on Entity { name } } } }
  versions { value entityId entity { name label } articleIds outletCount } } } }`;

async function roleHolders(): Promise<Row[]> {
  const result = await api().execute(QUERY);
  expect(result.errors).toBeUndefined();
  const nodes = (at(result.data, 'disagreements') as { nodes: Row[] }).nodes;
  return nodes.filter((d) => d.kind === 'ROLE_HOLDER');
}

describe('disagreements: who holds a role', () => {
  it('lists the two people outlets name as the Islamic State leader, each with the articles that say so', async () => {
    const [isis, ...others] = await roleHolders();
    expect(others).toEqual([]);
    expect(isis?.field).toBe('leader');
    expect(isis?.fact).toEqual({ kind: 'RELATION', relation: { type: 'LEADS', target: { name: 'Islamic State' } } });
    expect(isis?.versions).toEqual([
      { value: 'Abu Bakr al-Baghdadi', entityId: ABU_BAKR, entity: { name: 'Abu Bakr al-Baghdadi', label: 'PERSON' }, articleIds: ['a_blog', 'a_wire'], outletCount: 2 },
      { value: 'Omar al-Baghdadi', entityId: OMAR, entity: { name: 'Omar al-Baghdadi', label: 'PERSON' }, articleIds: ['a_hill'], outletCount: 1 },
    ]);
  });

  it('gives the disagreement an id that names the node led and its holders, not the relation chosen to show it', async () => {
    const [isis] = await roleHolders();
    expect(isis?.id).toBe(`roleHolder:${ISIS}:${ABU_BAKR}+${OMAR}:leader`);
  });
});
