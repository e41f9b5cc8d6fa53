import 'reflect-metadata';
import { findMentions } from '../../../src/api/article/article.service';
import { IDS } from '../fixtures';
import { at, useNewsGraphApi } from '../harness';

const api = useNewsGraphApi();

describe('article(id)', () => {
  it('returns metadata, cleaned text and sentences whose offsets slice the text', async () => {
    const result = await api().execute(
      `{ article(id: "a_bbc_ceo") { id title outlet url published format language contentHash ingestedAt text
         sentences { index start end text } } }`,
    );
    expect(result.errors).toBeUndefined();
    const article = at(result.data, 'article') as { text: string; sentences: { index: number; start: number; end: number; text: string }[] };
    expect(article).toMatchObject({
      title: 'Acme names Maria Lopez chief executive',
      outlet: 'BBC',
      published: '2024-06-03',
      format: 'TEXT',
      language: 'en',
    });
    expect(article.sentences.map((s) => s.index)).toEqual([0, 1, 2]);
    for (const sentence of article.sentences) expect(article.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('returns what was extracted from it, with mention spans and evidence a client can highlight', async () => {
    const result = await api().execute(
      `{ article(id: "a_bbc_ceo") { text extraction {
          entities { id label name forms mentions { text start end } entity { name supportCount } }
          events { id type date { precision text } status evidence { text start end } event { name } }
          relations { type status source { id } target { id } relation { supportCount } evidence { start end text } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const text = at(result.data, 'article', 'text') as string;
    const entities = at(result.data, 'article', 'extraction', 'entities') as {
      id: string;
      mentions: { text: string; start: number; end: number }[];
      entity: { name: string } | null;
    }[];
    const lopez = entities.find((e) => e.id === IDS.lopez);
    // "Maria Lopez" once, then "Lopez" twice on its own: the full name is not also counted as "Lopez".
    expect(lopez?.mentions.map((m) => m.text)).toEqual(['Maria Lopez', 'Lopez', 'Lopez']);
    for (const mention of lopez?.mentions ?? []) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(lopez?.entity?.name).toBe('Maria Lopez');
    const relations = at(result.data, 'article', 'extraction', 'relations') as {
      type: string;
      source: { id: string };
      target: { id: string };
      relation: { supportCount: number } | null;
      evidence: { start: number; end: number; text: string }[];
    }[];
    const succeeded = relations.find((r) => r.type === 'SUCCEEDED');
    expect(succeeded).toMatchObject({ source: { id: IDS.lopez }, target: { id: IDS.reed }, relation: { supportCount: 1 } });
    expect(text.slice(succeeded?.evidence[0]?.start, succeeded?.evidence[0]?.end)).toBe(succeeded?.evidence[0]?.text);
    const events = at(result.data, 'article', 'extraction', 'events') as { id: string; date: { text: string } }[];
    expect(events.map((e) => e.id).sort()).toEqual([IDS.appointment, IDS.resignation].sort());
  });

  it('returns null for an article that is not stored', async () => {
    const result = await api().execute(`{ article(id: "a_missing") { id } }`);
    expect(result.errors).toBeUndefined();
    expect(at(result.data, 'article')).toBeNull();
  });
});

describe('articles(...)', () => {
  it('lists articles newest first and filters by outlet and publication dates', async () => {
    const all = await api().execute(`{ articles { totalCount nodes { id published } } }`);
    const ap = await api().execute(`{ articles(outlet: "AP") { nodes { id } } }`);
    const may = await api().execute(`{ articles(from: "2024-05-01", to: "2024-05-10") { nodes { id } } }`);
    expect(at(all.data, 'articles', 'nodes')).toEqual([
      { id: 'a_bbc_ceo', published: '2024-06-03' },
      { id: 'a_ap_raid', published: '2024-05-11' },
      { id: 'a_reuters_raid', published: '2024-05-10' },
    ]);
    expect(at(ap.data, 'articles', 'nodes')).toEqual([{ id: 'a_ap_raid' }]);
    expect(at(may.data, 'articles', 'nodes')).toEqual([{ id: 'a_reuters_raid' }]);
  });
});

describe('findMentions', () => {
  it('matches whole words only and prefers the longest form at a position', () => {
    const text = 'Carter met Ash Carter; Cartersville is elsewhere.';
    expect(findMentions(text, ['Carter', 'Ash Carter'])).toEqual([
      { text: 'Carter', start: 0, end: 6 },
      { text: 'Ash Carter', start: 11, end: 21 },
    ]);
  });

  it('treats forms as text, not patterns', () => {
    expect(findMentions('The U.S. and USA differ.', ['U.S.'])).toEqual([{ text: 'U.S.', start: 4, end: 8 }]);
  });
});
