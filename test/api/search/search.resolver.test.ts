import 'reflect-metadata';
import { matchedForm } from '../../../src/api/search/search.service';
import { IDS } from '../fixtures';
import { at, codes, useNewsGraphApi } from '../harness';

const api = useNewsGraphApi();

type Hit = { rank: number; matchedForm: string; entity: { id: string; name: string } };
const hits = (result: { data: unknown }) => at(result.data, 'search', 'nodes') as Hit[];

describe('search(text, types, first, after)', () => {
  it('finds an entity by an alias only one article uses, and says which form matched', async () => {
    const result = await api().execute(`{ search(text: "ISIS") { totalCount nodes { rank matchedForm entity { id name } } } }`);
    expect(result.errors).toBeUndefined();
    expect(hits(result)[0]).toEqual({ rank: 1, matchedForm: 'ISIS', entity: { id: IDS.isis, name: 'Islamic State' } });
  });

  it('ignores case, accents and hyphens', async () => {
    const result = await api().execute(`{ search(text: "abu khalid al masri") { nodes { entity { id } } } }`);
    expect(hits(result).map((h) => h.entity.id)).toEqual([IDS.masri]);
  });

  it('returns one hit per entity even when several of its forms match', async () => {
    const result = await api().execute(`{ search(text: "Lopez") { nodes { entity { id } } } }`);
    const ids = hits(result).map((h) => h.entity.id);
    expect(ids.filter((id) => id === IDS.lopez)).toHaveLength(1);
  });

  it('restricts hits to the requested labels', async () => {
    const people = await api().execute(`{ search(text: "Syria", types: [PERSON]) { totalCount } }`);
    const places = await api().execute(`{ search(text: "Syria", types: [PLACE]) { nodes { entity { id } } } }`);
    expect(at(people.data, 'search', 'totalCount')).toBe(0);
    expect(hits(places).map((h) => h.entity.id)).toContain(IDS.syria);
  });

  it('refuses an empty query with BAD_USER_INPUT', async () => {
    const empty = await api().execute(`{ search(text: "") { totalCount } }`);
    const punctuation = await api().execute(`{ search(text: "--") { totalCount } }`);
    expect(codes(empty)).toEqual(['BAD_USER_INPUT']);
    expect(codes(punctuation)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('matchedForm', () => {
  const entity = {
    id: 'g',
    label: 'Group' as const,
    name: 'Islamic State',
    aliases: ['ISIL', 'Islamic State of Iraq and the Levant'],
    roles: [],
    forms: [],
    sources: [],
    mentionCount: 0,
  };
  it('prefers an exact form, then a prefix, then a shared word', () => {
    expect(matchedForm(entity, 'isil')).toBe('ISIL');
    expect(matchedForm(entity, 'islamic state of')).toBe('Islamic State of Iraq and the Levant');
    expect(matchedForm(entity, 'levant')).toBe('Islamic State of Iraq and the Levant');
    expect(matchedForm(entity, 'daesh')).toBe('Islamic State');
  });
});
