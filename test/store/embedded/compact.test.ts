import type { ArticleContribution, ArticleRecord } from '../../../src/model/graph';
import { StringPool, compactContribution, shareEntityLists } from '../../../src/store/embedded/compact';
import { articleFixture, edgeFixture, entityFixture } from '../contract';

const contribution = (articleId: string, parts: Partial<Omit<ArticleContribution, 'articleId'>>): ArticleContribution => ({
  articleId,
  entities: [],
  events: [],
  edges: [],
  ...parts,
});

describe('compactContribution', () => {
  const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

  it('keeps every value, pooling repeated strings across contributions', () => {
    const pool = new StringPool();
    const make = (id: string): ArticleContribution =>
      copy(contribution(id, { entities: [entityFixture('g-is', 'Group', 'Islamic State', ['ISIL'])], edges: [] }));
    const first = make('art-a');
    const second = make('art-b');
    const before = copy(second);
    compactContribution(articleFixture('art-a'), first, pool);
    const afterFirst = pool.size;
    compactContribution(articleFixture('art-b'), second, pool);
    expect(second).toEqual(before);
    expect(afterFirst).toBeGreaterThan(4);
    // The second article repeats every string of the first but its own id: the pool grows by one.
    expect(pool.size).toBe(afterFirst + 1);
  });

  it('leaves evidence text equal to the sentence it quotes, and untouched when it does not match the article', () => {
    const pool = new StringPool();
    const article: ArticleRecord = { ...articleFixture('art-a'), text: 'Intro here. The strike killed him on Friday. More.' };
    const sentence = 'The strike killed him on Friday.';
    const start = article.text.indexOf(sentence);
    const edge = {
      ...edgeFixture('art-a', 'KILLED', 'l-us', 'p-imam'),
      evidence: [
        { articleId: 'art-a', text: sentence, start, end: start + sentence.length },
        { articleId: 'art-a', text: 'not what the offsets cover', start, end: start + 5 },
        { articleId: 'art-z', text: 'another article', start: 0, end: 15 },
      ],
    };
    const c = copy(contribution('art-a', { edges: [edge] }));
    const before = copy(c);
    compactContribution(article, c, pool);
    expect(c).toEqual(before);
  });

  it('gives the edges that quote one sentence of an article one evidence object, equal to what each had', () => {
    const pool = new StringPool();
    const article: ArticleRecord = { ...articleFixture('art-a'), text: 'Intro here. The strike killed him on Friday. More.' };
    const start = article.text.indexOf('The strike');
    const quote = () => ({ articleId: 'art-a', text: article.text.slice(start, start + 32), start, end: start + 32 });
    const edges = [
      { ...edgeFixture('art-a', 'KILLED', 'l-us', 'p-imam'), evidence: [quote()] },
      { ...edgeFixture('art-a', 'MEMBER_OF', 'p-imam', 'g-is'), evidence: [quote(), { ...quote(), start: 0, end: 11, text: 'Intro here.' }] },
    ];
    const c = contribution('art-a', { edges });
    const before = copy(c);
    compactContribution(article, c, pool);
    expect(c).toEqual(before);
    expect(c.edges[0]?.evidence[0]).toBe(c.edges[1]?.evidence[0]);
    expect(c.edges[1]?.evidence[1]).not.toBe(c.edges[1]?.evidence[0]);
  });
});

describe('shareEntityLists', () => {
  it('shares the forms, roles and keys a stored contribution already holds, and only those that are equal', () => {
    const stored = entityFixture('p-imam', 'Person', 'Haji Imam', ['Imam'], { roles: [], keys: ['n:haji imam', 's:imam'] });
    const same = entityFixture('p-imam', 'Person', 'Haji Imam', ['Imam'], { roles: [], keys: ['n:haji imam', 's:imam'] });
    const other = entityFixture('p-imam', 'Person', 'Haji Imam', ['Imam', 'Haji'], { roles: ['commander'], keys: ['n:haji imam', 's:imam'] });
    shareEntityLists(same, stored);
    shareEntityLists(other, stored);
    expect(same.forms).toBe(stored.forms);
    expect(same.roles).toBe(stored.roles);
    expect(same.keys).toBe(stored.keys);
    expect(other.forms).not.toBe(stored.forms);
    expect(other.forms).toEqual(['Haji Imam', 'Imam', 'Haji']);
    expect(other.roles).toEqual(['commander']);
    expect(other.keys).toBe(stored.keys);
    const alone = entityFixture('p-x', 'Person', 'X');
    const formsBefore = alone.forms;
    shareEntityLists(alone, undefined);
    expect(alone.forms).toBe(formsBefore);
  });
});
