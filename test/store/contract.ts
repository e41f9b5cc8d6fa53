/**
 * The behaviour every `GraphStore` backend must share, as one Jest suite. A backend's test file calls
 * `describeGraphStoreContract` with a factory; only the `GraphStore` interface is used here.
 */
import { MAX_FUZZY_BLOCK, type ArticleMeta, type CurationAction, type GraphStore } from '../../src/store/graph-store';
import type {
  ArticleContribution,
  ArticleRecord,
  EdgeContribution,
  EntityContribution,
  EventContribution,
} from '../../src/model/graph';
import type { DateRange } from '../../src/model/extraction';
import type { EdgeType, EntityLabel, EventType } from '../../src/model/vocabulary';

/** What a backend factory hands the contract suite. */
export interface StoreUnderTest {
  store: GraphStore;
  /** Closes whatever is still open and deletes the store's data. */
  cleanup: () => Promise<void>;
  /**
   * For persistent backends: opens a fresh store over the same data after `store` was closed.
   * The persistence test is skipped (with a printed reason) when absent.
   */
  reopen?: () => Promise<GraphStore>;
}

/** A stored article for tests; the text is made so evidence offsets can point into it. */
export function articleFixture(id: string, overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  const text = overrides.text ?? `Text of ${id}. Second sentence of ${id}.`;
  const firstEnd = text.indexOf('.') + 1;
  return {
    id,
    contentHash: `hash-${id}`,
    format: 'text',
    title: `Title ${id}`,
    outlet: 'Example News',
    url: `https://example.com/${id}`,
    published: '2016-03-25',
    language: 'en',
    source: null,
    text,
    sentences: [
      { start: 0, end: firstEnd },
      { start: firstEnd + 1, end: text.length },
    ],
    ingestedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** An entity contribution for tests; `forms` always includes the name. */
export function entityFixture(
  id: string,
  label: EntityLabel,
  name: string,
  aliases: string[] = [],
  extra: Partial<EntityContribution> = {},
): EntityContribution {
  return {
    id,
    label,
    name,
    forms: [name, ...aliases],
    roles: [],
    keys: [name, ...aliases].map((f) => `k:${f.toLowerCase()}`),
    mentionCount: 1 + aliases.length,
    ...extra,
  };
}

/** An event contribution for tests, with one evidence sentence from `articleId`. */
export function eventFixture(
  id: string,
  articleId: string,
  eventType: EventType,
  name: string,
  date: DateRange | null,
): EventContribution {
  return {
    id,
    eventType,
    name,
    date,
    status: 'stated',
    evidence: [{ articleId, text: `Text of ${articleId}.`, start: 0, end: `Text of ${articleId}.`.length }],
    figures: {},
  };
}

/** An edge contribution for tests, with one evidence sentence from `articleId`. */
export function edgeFixture(
  articleId: string,
  type: EdgeType,
  source: string,
  target: string,
  status: EdgeContribution['status'] = 'stated',
): EdgeContribution {
  return {
    id: `r_${type}_${source}_${target}`,
    type,
    source,
    target,
    status,
    evidence: [{ articleId, text: `Text of ${articleId}.`, start: 0, end: `Text of ${articleId}.`.length }],
  };
}

function contribution(articleId: string, parts: Partial<Omit<ArticleContribution, 'articleId'>>): ArticleContribution {
  return { articleId, entities: [], events: [], edges: [], ...parts };
}

const day = (start: string, end: string = start, text = start): DateRange => ({ start, end, text });

/** Two articles about one killing, as two outlets would report it, plus a third about something else. */
function newsFixture(): { a: ArticleRecord; b: ArticleRecord; c: ArticleRecord; contributions: Record<string, ArticleContribution> } {
  const a = articleFixture('art-a', { outlet: 'Reuters', published: '2016-03-25' });
  const b = articleFixture('art-b', { outlet: 'Bloomberg', published: '2016-03-26' });
  const c = articleFixture('art-c', { outlet: 'Reuters', published: '2015-11-14' });
  const killing = (articleId: string, date: DateRange) =>
    eventFixture('ev-kill', articleId, 'Killing', 'Killing of Haji Imam', date);
  return {
    a,
    b,
    c,
    contributions: {
      'art-a': contribution('art-a', {
        entities: [
          entityFixture('p-imam', 'Person', 'Haji Iman', ['Imam']),
          entityFixture('p-carter', 'Person', 'Ash Carter', ['Carter'], { roles: ['Defense Secretary'] }),
          entityFixture('g-is', 'Group', 'Islamic State', ['ISIL']),
          entityFixture('l-syria', 'Place', 'Syria'),
        ],
        events: [killing('art-a', day('2016-03-19', '2016-03-25', 'this week'))],
        edges: [
          edgeFixture('art-a', 'TARGETED', 'ev-kill', 'p-imam'),
          edgeFixture('art-a', 'ANNOUNCED', 'p-carter', 'ev-kill', 'attributed'),
          edgeFixture('art-a', 'MEMBER_OF', 'p-imam', 'g-is'),
        ],
      }),
      'art-b': contribution('art-b', {
        entities: [
          entityFixture('p-imam', 'Person', 'Haji Imam', ['Abd al-Rahman Mustafa al-Qaduli']),
          entityFixture('g-is', 'Group', 'Islamic State', ['ISIS']),
          entityFixture('l-shaddadi', 'Place', 'Ash Shaddadi', ['Shaddadi']),
          entityFixture('l-syria', 'Place', 'Syria'),
        ],
        events: [killing('art-b', day('2016-03-24', '2016-03-27', 'this week'))],
        edges: [
          edgeFixture('art-b', 'TARGETED', 'ev-kill', 'p-imam'),
          edgeFixture('art-b', 'OCCURRED_IN', 'ev-kill', 'l-syria'),
          edgeFixture('art-b', 'MEMBER_OF', 'p-imam', 'g-is', 'hedged'),
          edgeFixture('art-b', 'LOCATED_IN', 'l-shaddadi', 'l-syria'),
        ],
      }),
      'art-c': contribution('art-c', {
        entities: [entityFixture('l-paris', 'Place', 'Paris'), entityFixture('g-is', 'Group', 'Islamic State')],
        events: [eventFixture('ev-paris', 'art-c', 'Attack', 'Paris attacks', day('2015-11-13'))],
        edges: [
          edgeFixture('art-c', 'OCCURRED_IN', 'ev-paris', 'l-paris'),
          edgeFixture('art-c', 'CARRIED_OUT', 'g-is', 'ev-paris'),
        ],
      }),
    },
  };
}

/** A recorded curation action for tests. */
export function curationFixture(id: string, at: string, overrides: Partial<CurationAction> = {}): CurationAction {
  return {
    id,
    kind: 'merge',
    entityIds: ['p-a', 'p-b'],
    aliases: [],
    resultId: 'p-a',
    note: null,
    actor: 'cli',
    at,
    undoneAt: null,
    undoneBy: null,
    articleIds: ['art-a', 'art-b'],
    priorForms: ['Haji Iman', 'Haji Imam'],
    priorFormOwners: ['p-a', 'p-b'],
    ...overrides,
  };
}

/** Registers the shared `GraphStore` suite for one backend. */
export function describeGraphStoreContract(name: string, makeStore: () => Promise<StoreUnderTest>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let under: StoreUnderTest;
    let store: GraphStore;
    const fx = newsFixture();
    const putAll = async (...articles: ArticleRecord[]) =>
      store.putArticles(articles.map((article) => ({ article, contribution: fx.contributions[article.id] ?? contribution(article.id, {}) })));

    beforeEach(async () => {
      under = await makeStore();
      store = under.store;
    });
    afterEach(async () => {
      await under.cleanup();
    });

    it('stores articles and reads them back by id, content hash and filter', async () => {
      await putAll(fx.a, fx.b, fx.c);
      expect(await store.getArticles(['art-b', 'missing', 'art-a'])).toEqual([fx.b, null, fx.a]);
      expect(await store.articleHash('art-a')).toBe('hash-art-a');
      expect(await store.articleHash('missing')).toBeNull();
      expect(await store.articleIdByHash('hash-art-c')).toBe('art-c');
      expect(await store.articleIdByHash('nope')).toBeNull();
      expect((await store.listArticles({ outlet: 'Reuters' })).map((a) => a.id)).toEqual(['art-a', 'art-c']);
      expect((await store.listArticles({ from: '2016-01-01' })).map((a) => a.id)).toEqual(['art-a', 'art-b']);
      expect((await store.listArticles({ to: '2016-03-25' })).map((a) => a.id)).toEqual(['art-a', 'art-c']);
      expect(await store.getContributions(['art-c', 'missing'])).toEqual([fx.contributions['art-c'], null]);
    });

    it('reads article metadata by id without needing the text, null where absent', async () => {
      await putAll(fx.a, fx.b);
      const [b, missing, a] = await store.getArticleMeta(['art-b', 'missing', 'art-a']);
      const metaOf = ({ text: _text, sentences: _sentences, ...meta }: ArticleRecord): ArticleMeta => meta;
      expect(b).toMatchObject(metaOf(fx.b));
      expect(a).toMatchObject(metaOf(fx.a));
      expect(missing).toBeNull();
      expect(await store.getArticleMeta([])).toEqual([]);
    });

    it('changes nothing when the same article is put again, even with a later ingest time', async () => {
      await putAll(fx.a, fx.b);
      const before = await store.snapshot();
      const statsBefore = await store.stats();
      await store.putArticles([
        { article: { ...fx.a, ingestedAt: '2026-06-01T00:00:00.000Z' }, contribution: fx.contributions['art-a'] ?? contribution('art-a', {}) },
      ]);
      expect(await store.snapshot()).toEqual(before);
      expect(await store.stats()).toEqual(statsBefore);
    });

    it('replaces what the previous version of an updated article supported', async () => {
      await putAll(fx.a);
      const v2 = { ...fx.a, contentHash: 'hash-art-a-v2', ingestedAt: '2026-02-01T00:00:00.000Z' };
      const update = contribution('art-a', {
        entities: [entityFixture('p-carter', 'Person', 'Ashton Carter'), entityFixture('l-iraq', 'Place', 'Iraq')],
        edges: [edgeFixture('art-a', 'LOCATED_IN', 'p-carter', 'l-iraq')],
      });
      await store.putArticles([{ article: v2, contribution: update }]);
      expect(await store.articleHash('art-a')).toBe('hash-art-a-v2');
      expect(await store.getEntities(['p-imam', 'g-is'])).toEqual([null, null]);
      expect(await store.getEvents(['ev-kill'])).toEqual([null]);
      const [carter] = await store.getEntities(['p-carter']);
      expect(carter?.name).toBe('Ashton Carter');
      expect(carter?.aliases).toEqual([]);
      expect((await store.getEdges({ nodeIds: ['p-carter'], direction: 'both' })).map((e) => e.type)).toEqual(['LOCATED_IN']);
      expect(await store.getContributions(['art-a'])).toEqual([update]);
      expect(await store.articleIdByHash('hash-art-a')).toBeNull();
    });

    it('deletes an article: facts only it supported go, shared facts lose it as a source', async () => {
      await putAll(fx.a, fx.b);
      expect(await store.deleteArticle('art-a')).toBe(true);
      expect(await store.deleteArticle('art-a')).toBe(false);
      expect(await store.getArticles(['art-a'])).toEqual([null]);
      expect(await store.getEntities(['p-carter'])).toEqual([null]);
      const [imam] = await store.getEntities(['p-imam']);
      expect(imam?.sources).toEqual(['art-b']);
      expect(imam?.name).toBe('Haji Imam');
      expect(imam?.aliases).toEqual(['Abd al-Rahman Mustafa al-Qaduli']);
      const [kill] = await store.getEvents(['ev-kill']);
      expect(kill?.sources).toEqual(['art-b']);
      expect(kill?.date).toEqual(day('2016-03-24', '2016-03-27', 'this week'));
      const edges = await store.getEdges({ nodeIds: ['ev-kill'], direction: 'both' });
      expect(edges.map((e) => e.type).sort()).toEqual(['OCCURRED_IN', 'TARGETED']);
      expect(edges.every((e) => e.sources.join() === 'art-b')).toBe(true);
      const [member] = await store.getEdges({ nodeIds: ['p-imam'], direction: 'out', types: ['MEMBER_OF'] });
      expect(member?.statuses).toEqual([{ articleId: 'art-b', status: 'hedged' }]);
      expect(member?.evidence.map((e) => e.articleId)).toEqual(['art-b']);
      await store.deleteArticle('art-b');
      expect(await store.snapshot()).toEqual({ articles: [], entities: [], events: [], edges: [] });
    });

    it('aggregates one entity from two articles with every form and the articles that used it', async () => {
      await putAll(fx.b, fx.a);
      const [imam] = await store.getEntities(['p-imam']);
      // One article each for "Haji Iman" and "Haji Imam": same length, so alphabetical order decides.
      expect(imam?.name).toBe('Haji Imam');
      expect(imam?.aliases).toEqual(['Abd al-Rahman Mustafa al-Qaduli', 'Haji Iman', 'Imam']);
      expect(imam?.forms).toEqual([
        { form: 'Abd al-Rahman Mustafa al-Qaduli', articleIds: ['art-b'] },
        { form: 'Haji Imam', articleIds: ['art-b'] },
        { form: 'Haji Iman', articleIds: ['art-a'] },
        { form: 'Imam', articleIds: ['art-a'] },
      ]);
      expect(imam?.sources).toEqual(['art-a', 'art-b']);
      expect(imam?.mentionCount).toBe(4);
      const [kill] = await store.getEvents(['ev-kill']);
      expect(kill?.date).toEqual({ start: '2016-03-24', end: '2016-03-25', text: 'this week' });
      expect(kill?.datesBySource.map((d) => d.articleId)).toEqual(['art-a', 'art-b']);
    });

    it('finds resolution candidates by blocking key', async () => {
      await putAll(fx.a, fx.b);
      const found = await store.candidatesByKeys(['k:isis', 'k:nothing']);
      expect(found.map((c) => c.id)).toEqual(['g-is']);
      expect(found[0]?.forms).toEqual(['ISIL', 'ISIS', 'Islamic State']);
      expect(found[0]?.label).toBe('Group');
      expect(await store.candidatesByKeys(['k:nothing'])).toEqual([]);
      expect(found[0]).toMatchObject({ sourceCount: 2, soleSource: null });
      await store.deleteArticle('art-b');
      expect(await store.candidatesByKeys(['k:isis'])).toEqual([]);
      expect(await store.candidatesByKeys(['k:islamic state'])).toMatchObject([{ id: 'g-is', sourceCount: 1, soleSource: 'art-a' }]);
    });

    it('counts the articles supporting entity and event nodes, naming the one when there is only one', async () => {
      await putAll(fx.a, fx.b, fx.c);
      expect(await store.nodeSupport(['g-is', 'p-carter', 'ev-kill', 'ev-paris', 'missing'])).toEqual([
        { id: 'g-is', sourceCount: 3, soleSource: null },
        { id: 'p-carter', sourceCount: 1, soleSource: 'art-a' },
        { id: 'ev-kill', sourceCount: 2, soleSource: null },
        { id: 'ev-paris', sourceCount: 1, soleSource: 'art-c' },
        null,
      ]);
      await store.deleteArticle('art-a');
      expect(await store.nodeSupport(['g-is', 'p-carter', 'ev-kill'])).toEqual([
        { id: 'g-is', sourceCount: 2, soleSource: null },
        null,
        { id: 'ev-kill', sourceCount: 1, soleSource: 'art-b' },
      ]);
      expect(await store.nodeSupport([])).toEqual([]);
    });

    it(`ignores a spelling-tolerant key shared by more than ${MAX_FUZZY_BLOCK} nodes, never an exact-name or lexicon key`, async () => {
      const crowd = (count: number) =>
        contribution('art-crowd', {
          entities: Array.from({ length: count }, (_, i) =>
            entityFixture(`p-crowd-${String(i).padStart(3, '0')}`, 'Person', `Person ${i}`, [], {
              keys: ['v:crowd', 'n:crowd', 'x:crowd', `n:person ${i}`],
            }),
          ),
        });
      const ids = async (key: string) => (await store.candidatesByKeys([key])).length;
      await store.putArticles([{ article: articleFixture('art-crowd'), contribution: crowd(MAX_FUZZY_BLOCK + 1) }]);
      expect(await ids('v:crowd')).toBe(0);
      expect(await ids('n:crowd')).toBe(MAX_FUZZY_BLOCK + 1);
      expect(await ids('x:crowd')).toBe(MAX_FUZZY_BLOCK + 1);
      // Another key of the lookup still finds its node.
      expect((await store.candidatesByKeys(['v:crowd', 'n:person 7'])).map((c) => c.id)).toEqual(['p-crowd-007']);
      const smaller = { ...articleFixture('art-crowd'), contentHash: 'hash-art-crowd-v2' };
      await store.putArticles([{ article: smaller, contribution: crowd(MAX_FUZZY_BLOCK) }]);
      expect(await ids('v:crowd')).toBe(MAX_FUZZY_BLOCK);
    });

    it('records curation actions, replaces one by id, and lists them oldest first', async () => {
      expect(await store.listCurations()).toEqual([]);
      const merge = curationFixture('cu-2', '2026-02-01T10:00:00.000Z', { note: 'same man' });
      const split = curationFixture('cu-1', '2026-02-01T11:00:00.000Z', {
        kind: 'split',
        entityIds: ['p-a'],
        aliases: ['Abu Omar'],
        resultId: 'p-new',
        priorForms: [],
        priorFormOwners: [],
      });
      await store.putCuration(split);
      await store.putCuration(merge);
      expect(await store.listCurations()).toEqual([merge, split]);
      const undone = { ...merge, undoneAt: '2026-02-02T09:00:00.000Z', undoneBy: 'editor' };
      await store.putCuration(undone);
      expect(await store.listCurations()).toEqual([undone, split]);
      expect(await store.listCurations({ activeOnly: true })).toEqual([split]);
      // Curation actions are not graph nodes.
      expect((await store.stats()).nodesByLabel).toMatchObject({ Person: 0, Group: 0, Place: 0, Event: 0 });
    });

    it('searches names and aliases ignoring case, accents and hyphens, tolerating a misspelling', async () => {
      await putAll(fx.a, fx.b, fx.c);
      const ids = async (text: string, limit = 10) => (await store.searchEntities({ text, limit })).map((n) => n.id);
      expect(await ids('HAJI IMAM')).toEqual(['p-imam']);
      expect(await ids('Qadulí')).toEqual(['p-imam']);
      expect(await ids('al qaduli')).toEqual(['p-imam']);
      expect(await ids('Shadadi')).toEqual(['l-shaddadi']);
      expect(await ids('isis')).toEqual(['g-is']);
      // Exact match before a prefix match.
      expect((await ids('syria'))[0]).toBe('l-syria');
      expect(await ids('zzzz')).toEqual([]);
      expect(await store.searchEntities({ text: 'a', limit: 0 })).toEqual([]);
      const people = await store.searchEntities({ text: 'carter', labels: ['Group'], limit: 5 });
      expect(people).toEqual([]);
    });

    it('reads edges by direction and type', async () => {
      await putAll(fx.a, fx.b);
      const out = await store.getEdges({ nodeIds: ['ev-kill'], direction: 'out' });
      expect(out.map((e) => `${e.type}:${e.target}`).sort()).toEqual(['OCCURRED_IN:l-syria', 'TARGETED:p-imam']);
      const into = await store.getEdges({ nodeIds: ['ev-kill'], direction: 'in' });
      expect(into.map((e) => `${e.source}:${e.type}`)).toEqual(['p-carter:ANNOUNCED']);
      const typed = await store.getEdges({ nodeIds: ['ev-kill'], direction: 'both', types: ['TARGETED'] });
      expect(typed).toHaveLength(1);
      expect(typed[0]?.sources).toEqual(['art-a', 'art-b']);
      expect(typed[0]?.evidence.map((e) => e.articleId)).toEqual(['art-a', 'art-b']);
      expect(await store.getEdges({ nodeIds: ['missing'], direction: 'both' })).toEqual([]);
    });

    it('lists events by type, date range, participant and place, sorted by date then id', async () => {
      await putAll(fx.a, fx.b, fx.c);
      const ids = async (filter: Parameters<GraphStore['listEvents']>[0]) => (await store.listEvents(filter)).map((e) => e.id);
      expect(await ids({})).toEqual(['ev-paris', 'ev-kill']);
      expect(await ids({ types: ['Killing'] })).toEqual(['ev-kill']);
      expect(await ids({ from: '2016-01-01' })).toEqual(['ev-kill']);
      expect(await ids({ from: '2016-03-25', to: '2016-03-25' })).toEqual(['ev-kill']);
      expect(await ids({ to: '2015-12-31' })).toEqual(['ev-paris']);
      expect(await ids({ from: '2016-03-26' })).toEqual([]);
      expect(await ids({ participantId: 'p-carter' })).toEqual(['ev-kill']);
      expect(await ids({ participantId: 'g-is' })).toEqual(['ev-paris']);
      expect(await ids({ placeId: 'l-paris' })).toEqual(['ev-paris']);
      expect(await ids({ placeId: 'l-syria', types: ['Attack'] })).toEqual([]);
    });

    it('counts nodes, edges and articles', async () => {
      const empty = await store.stats();
      expect(empty.articles).toBe(0);
      expect(empty.lastIngestAt).toBeNull();
      await putAll(fx.a, fx.b, fx.c);
      const stats = await store.stats();
      expect(stats.articles).toBe(3);
      expect(stats.nodesByLabel).toMatchObject({ Person: 2, Group: 1, Place: 3, Event: 2 });
      expect(stats.edgesByType).toMatchObject({ TARGETED: 1, ANNOUNCED: 1, MEMBER_OF: 1, OCCURRED_IN: 2, LOCATED_IN: 1, CARRIED_OUT: 1 });
      expect(stats.lastIngestAt).toBe('2026-01-01T00:00:00.000Z');
    });

    it('returns a snapshot sorted by id', async () => {
      await putAll(fx.c, fx.b, fx.a);
      const snap = await store.snapshot();
      const sorted = (ids: string[]) => [...ids].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
      for (const list of [snap.articles, snap.entities, snap.events, snap.edges]) {
        const ids = list.map((x) => x.id);
        expect(ids).toEqual(sorted(ids));
      }
      expect(snap.entities).toHaveLength(6);
      expect(snap.articles).toHaveLength(3);
    });

    it('leaves articles out of a snapshot when asked, and only them; listed metadata pages in the whole articles', async () => {
      await putAll(fx.c, fx.b, fx.a);
      const whole = await store.snapshot();
      expect(await store.snapshot({ articles: false })).toEqual({ ...whole, articles: [] });
      const listed = await store.listArticles({});
      expect(listed.map((a) => a.id)).toEqual(['art-a', 'art-b', 'art-c']);
      for (const meta of listed) expect(meta).not.toHaveProperty('text');
      expect(await store.getArticles(listed.map((a) => a.id))).toEqual(whole.articles);
    });

    it('keeps everything across close and reopen', async () => {
      if (!under.reopen) {
        console.log(`${name}: persistence not tested (the backend factory gives no reopen)`);
        return;
      }
      await putAll(fx.a, fx.b, fx.c);
      await store.deleteArticle('art-c');
      const curation = curationFixture('cu-1', '2026-02-01T10:00:00.000Z');
      await store.putCuration(curation);
      const before = await store.snapshot();
      await store.close();
      store = await under.reopen();
      expect(await store.snapshot()).toEqual(before);
      expect(await store.listCurations()).toEqual([curation]);
      expect(await store.candidatesByKeys(['k:haji iman'])).toHaveLength(1);
    });
  });
}
