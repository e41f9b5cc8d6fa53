import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { resolveArticle } from '../../src/resolve';
import { reresolveAround, reresolveArticles, toLocalArticle } from '../../src/resolve/reresolve';
import { resolveLocalArticle } from '../../src/resolve/resolve-article';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import type { ArticleDocument } from '../../src/model/article';
import type { ExtractedEntity, ExtractedEvent } from '../../src/model/extraction';
import type { EntityLabel } from '../../src/model/vocabulary';
import { articleFixture } from '../store/contract';

function ent(key: string, label: EntityLabel, name: string, aliases: string[] = []): ExtractedEntity {
  return { key, label, name, aliases, roles: [], mentions: [] };
}

function killingOf(articleId: string, victim: string): ExtractedEvent {
  return {
    key: 'k',
    eventType: 'Killing',
    name: 'Killing',
    agents: ['us'],
    targets: [victim],
    places: [],
    announcers: [],
    date: null,
    status: 'stated',
    evidence: [{ articleId, text: `Text of ${articleId}.`, start: 0, end: 10 }],
    figures: {},
  };
}

function docFor(id: string): ArticleDocument {
  return {
    id,
    contentHash: `hash-${id}`,
    format: 'text',
    meta: { title: id, outlet: null, url: null, published: '2016-03-25', language: 'en' },
    source: null,
    text: '',
    paragraphs: [],
    sentences: [],
  };
}

describe('reresolveArticles', () => {
  let dataDir: string;
  let store: EmbeddedGraphStore;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-reresolve-'));
    store = new EmbeddedGraphStore({ dataDir });
    await store.init();
  });
  afterEach(async () => {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  /**
   * Stores an article about `victim`; with `killing`, one reporting the United States killed them. Articles
   * without it give the resolver nothing to corroborate a spelling variant with ("Haji Imam" / "Haji Iman"),
   * so the two nodes stay apart until a third article names both.
   */
  async function ingest(id: string, victim: ExtractedEntity, { killing = true } = {}): Promise<void> {
    const extraction = {
      articleId: id,
      entities: [victim, ent('us', 'Place', 'United States')],
      events: killing ? [killingOf(id, victim.key)] : [],
      relations: killing
        ? [{ type: 'KILLED' as const, source: 'us', target: victim.key, status: 'hedged' as const, evidence: killingOf(id, '').evidence }]
        : [],
      diagnostics: [],
    };
    const contribution = await resolveArticle(docFor(id), extraction, store);
    await store.putArticles([{ article: articleFixture(id), contribution }]);
  }

  it('joins a node created before the article that showed it is the same person, with its events', async () => {
    await ingest('a', ent('v', 'Person', 'Abd ar-Rahman Mustafa al-Qaduli', ['Haji Iman']));
    await ingest('b', ent('v', 'Person', 'Haji Imam'), { killing: false });
    await ingest('c', ent('v', 'Person', 'Abd al-Rahman Mustafa al-Qaduli', ['Haji Imam']));
    expect(await store.listEntities(['Person'])).toHaveLength(2);
    expect(await store.listEvents({})).toHaveLength(2);

    expect(await reresolveArticles(store)).toEqual({ examined: 1, changed: 1 });
    const people = await store.listEntities(['Person']);
    expect(people).toHaveLength(1);
    expect(people[0]?.sources).toEqual(['a', 'b', 'c']);
    const events = await store.listEvents({});
    expect(events).toHaveLength(1);
    expect(events[0]?.sources).toEqual(['a', 'c']);
    const killed = await store.getEdges({ nodeIds: [people[0]?.id ?? ''], direction: 'in', types: ['KILLED'] });
    expect(killed[0]?.sources).toEqual(['a', 'c']);

    const before = await store.snapshot();
    expect(await reresolveArticles(store)).toEqual({ examined: 0, changed: 0 });
    expect(await store.snapshot()).toEqual(before);
  });

  it('re-examines, around a batch, the older article whose node the batch bridged', async () => {
    await ingest('old', ent('v', 'Person', 'Abd ar-Rahman Mustafa al-Qaduli', ['Haji Iman']));
    await ingest('other', ent('v', 'Person', 'Haji Imam'), { killing: false });
    await ingest('batch', ent('v', 'Person', 'Abd al-Rahman Mustafa al-Qaduli', ['Haji Imam']));
    // Examined: the batch (its killing event has no other source) and the old article; only the old one changes.
    expect(await reresolveAround(store, ['batch'])).toEqual({ examined: 2, changed: 1 });
    expect(await store.listEntities(['Person'])).toHaveLength(1);
  });

  it('reproduces a stored contribution exactly when nothing new is known', async () => {
    await ingest('a', ent('v', 'Person', 'Haji Imam'));
    const [article] = await store.getArticles(['a']);
    const [contribution] = await store.getContributions(['a']);
    if (!article || !contribution) throw new Error('article a was not stored');
    const again = await resolveLocalArticle(toLocalArticle(article, contribution), { candidatesByKeys: async () => [] });
    expect(again).toEqual(contribution);
  });
});

describe('undated events of articles without a publication date', () => {
  it('join the one stored event of a known year, whichever article came first once re-resolved', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-reresolve-'));
    const store = new EmbeddedGraphStore({ dataDir });
    await store.init();
    try {
      const attack = (id: string, dated: boolean): ExtractedEvent => ({
        ...killingOf(id, 'brussels'),
        eventType: 'Attack',
        name: 'Brussels attacks',
        agents: [],
        places: ['brussels'],
        date: dated ? { start: '2016-03-22', end: '2016-03-22', text: 'Tuesday' } : null,
      });
      const put = async (id: string, dated: boolean) => {
        const doc = { ...docFor(id), meta: { ...docFor(id).meta, published: dated ? '2016-03-25' : null } };
        const extraction = { articleId: id, entities: [ent('brussels', 'Place', 'Brussels')], events: [attack(id, dated)], relations: [], diagnostics: [] };
        await store.putArticles([{ article: articleFixture(id), contribution: await resolveArticle(doc, extraction, store) }]);
      };
      await put('undated-first', false);
      await put('dated', true);
      await put('undated-later', false);
      expect((await store.listEvents({})).map((e) => e.sources)).toEqual([['dated', 'undated-later'], ['undated-first']]);
      await reresolveArticles(store);
      expect((await store.listEvents({})).map((e) => e.sources)).toEqual([['dated', 'undated-first', 'undated-later']]);
    } finally {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
