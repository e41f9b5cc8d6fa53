import type { ArticleContribution, ArticleRecord } from '../../../src/model/graph';
import { StringPool, compactContribution } from '../../../src/store/embedded/compact';
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
});
