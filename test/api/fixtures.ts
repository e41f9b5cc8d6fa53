/**
 * A small news graph for API tests, written through `store.putArticles` as the pipeline would: articles of
 * our own writing with real sentences, and contributions whose evidence offsets point into those sentences.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { DateRange, Evidence } from '../../src/model/extraction';
import type {
  ArticleContribution,
  ArticleRecord,
  EdgeContribution,
  EntityContribution,
  EventContribution,
} from '../../src/model/graph';
import type { EdgeType, EntityLabel, EventType, FactStatus } from '../../src/model/vocabulary';
import type { ArticleWrite, GraphStore } from '../../src/store/graph-store';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import { sha256, stableId } from '../../src/util/hash';
import { nameKey } from '../../src/util/normalize';
import { neo4jTestConfig, testStoreBackend, type TestStoreBackend } from './backend/test-store-backend';

/** An article of our own writing, segmented at sentence ends. */
export function article(
  id: string,
  text: string,
  meta: { title: string; outlet: string | null; published: string | null; url?: string },
): ArticleRecord {
  const sentences: { start: number; end: number }[] = [];
  const pattern = /[^.!?]+[.!?]+/g;
  for (const match of text.matchAll(pattern)) {
    const lead = match[0].length - match[0].trimStart().length;
    sentences.push({ start: match.index + lead, end: match.index + match[0].length });
  }
  return {
    id,
    contentHash: sha256(text),
    format: 'text',
    title: meta.title,
    outlet: meta.outlet,
    url: meta.url ?? `https://news.example/${id}`,
    published: meta.published,
    language: 'en',
    source: null,
    text,
    sentences,
    ingestedAt: '2024-06-03T08:00:00.000Z',
  };
}

/** The sentence of an article that contains `phrase`, as evidence. */
export function evidence(record: ArticleRecord, phrase: string): Evidence {
  const at = record.text.indexOf(phrase);
  const sentence = record.sentences.find((s) => s.start <= at && at < s.end);
  if (at < 0 || !sentence) throw new Error(`fixture: '${phrase}' is not in ${record.id}`);
  return { articleId: record.id, text: record.text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end };
}

/** What one article says about an entity. */
export function entity(id: string, label: EntityLabel, forms: string[], roles: string[] = []): EntityContribution {
  const name = forms[0] ?? id;
  return { id, label, name, forms, roles, keys: forms.map(nameKey), mentionCount: forms.length };
}

/** What one article says about an event. */
export function event(
  id: string,
  eventType: EventType,
  name: string,
  date: DateRange | null,
  support: Evidence[],
  figures: Record<string, string> = {},
  status: FactStatus = 'stated',
): EventContribution {
  return { id, eventType, name, date, status, evidence: support, figures };
}

/** What one article says about an edge; the id is derived like the resolver derives it. */
export function edge(
  type: EdgeType,
  source: string,
  target: string,
  support: Evidence[],
  status: FactStatus = 'stated',
): EdgeContribution {
  return { id: stableId('r_', type, source, target), type, source, target, status, evidence: support };
}

/** Ids of the fixture graph's nodes. */
export const IDS = {
  masri: 'p_masri',
  austin: 'p_austin',
  lopez: 'p_lopez',
  reed: 'p_reed',
  isis: 'g_isis',
  pentagon: 'g_pentagon',
  acme: 'g_acme',
  deir: 'l_deir',
  syria: 'l_syria',
  killing: 'v_killing_masri',
  appointment: 'v_appointment_lopez',
  resignation: 'v_resignation_reed',
} as const;

/** Two outlets report one killing announced by officials; a third reports a company naming a new CEO. */
export function newsGraph(): ArticleWrite[] {
  const a1 = article(
    'a_reuters_raid',
    'The Pentagon said on Friday that U.S. forces killed Abu Khalid al-Masri, a senior Islamic State leader, ' +
      'in a raid in Deir ez-Zor. Defense Secretary Lloyd Austin announced the raid in a statement. ' +
      'Austin said al-Masri led the operations of the Islamic State in eastern Syria.',
    { title: 'U.S. raid kills Islamic State leader in Syria', outlet: 'Reuters', published: '2024-05-10' },
  );
  const a2 = article(
    'a_ap_raid',
    'Abu Khalid al-Masri, an ISIS commander, was killed in a U.S. raid in eastern Syria this week, officials said. ' +
      'Lloyd Austin said the operation in Deir ez-Zor, Syria, was a heavy blow to ISIS. ' +
      'Two other militants were killed in the raid.',
    { title: 'ISIS commander killed in Syria raid', outlet: 'AP', published: '2024-05-11' },
  );
  const a3 = article(
    'a_bbc_ceo',
    'Acme Corp named Maria Lopez as its new chief executive on Monday. ' +
      'Lopez succeeds John Reed, who resigned in April. Lopez previously ran the company\'s European business.',
    { title: 'Acme names Maria Lopez chief executive', outlet: 'BBC', published: '2024-06-03' },
  );
  const killing1 = event(
    IDS.killing,
    'Killing',
    'Killing of Abu Khalid al-Masri',
    { start: '2024-05-10', end: '2024-05-10', text: 'Friday' },
    [evidence(a1, 'U.S. forces killed')],
  );
  const killing2 = event(
    IDS.killing,
    'Killing',
    'Killing of Abu Khalid al-Masri',
    { start: '2024-05-05', end: '2024-05-11', text: 'this week' },
    [evidence(a2, 'was killed in a U.S. raid')],
    { killed: '3' },
  );
  const c1: ArticleContribution = {
    articleId: a1.id,
    entities: [
      entity(IDS.pentagon, 'Group', ['Pentagon']),
      entity(IDS.masri, 'Person', ['Abu Khalid al-Masri', 'al-Masri']),
      entity(IDS.isis, 'Group', ['Islamic State']),
      entity(IDS.deir, 'Place', ['Deir ez-Zor']),
      entity(IDS.austin, 'Person', ['Lloyd Austin', 'Austin'], ['Defense Secretary']),
      entity(IDS.syria, 'Place', ['Syria']),
    ],
    events: [killing1],
    edges: [
      edge('TARGETED', IDS.killing, IDS.masri, [evidence(a1, 'U.S. forces killed')]),
      edge('OCCURRED_IN', IDS.killing, IDS.deir, [evidence(a1, 'in a raid in Deir ez-Zor')]),
      edge('ANNOUNCED', IDS.pentagon, IDS.killing, [evidence(a1, 'The Pentagon said')], 'attributed'),
      edge('ANNOUNCED', IDS.austin, IDS.killing, [evidence(a1, 'Lloyd Austin announced')]),
      edge('MEMBER_OF', IDS.masri, IDS.isis, [evidence(a1, 'a senior Islamic State leader')]),
      edge('LEADS', IDS.masri, IDS.isis, [evidence(a1, 'al-Masri led the operations')], 'attributed'),
    ],
  };
  const c2: ArticleContribution = {
    articleId: a2.id,
    entities: [
      entity(IDS.masri, 'Person', ['Abu Khalid al-Masri']),
      entity(IDS.isis, 'Group', ['ISIS']),
      entity(IDS.syria, 'Place', ['Syria']),
      entity(IDS.austin, 'Person', ['Lloyd Austin']),
      entity(IDS.deir, 'Place', ['Deir ez-Zor']),
    ],
    events: [killing2],
    edges: [
      edge('TARGETED', IDS.killing, IDS.masri, [evidence(a2, 'was killed in a U.S. raid')]),
      edge('OCCURRED_IN', IDS.killing, IDS.deir, [evidence(a2, 'the operation in Deir ez-Zor')]),
      edge('ANNOUNCED', IDS.austin, IDS.killing, [evidence(a2, 'Lloyd Austin said')], 'attributed'),
      edge('MEMBER_OF', IDS.masri, IDS.isis, [evidence(a2, 'an ISIS commander')]),
      edge('LOCATED_IN', IDS.deir, IDS.syria, [evidence(a2, 'Deir ez-Zor, Syria')]),
    ],
  };
  const c3: ArticleContribution = {
    articleId: a3.id,
    entities: [
      entity(IDS.acme, 'Group', ['Acme Corp']),
      entity(IDS.lopez, 'Person', ['Maria Lopez', 'Lopez'], ['chief executive']),
      entity(IDS.reed, 'Person', ['John Reed']),
    ],
    events: [
      event(IDS.appointment, 'Appointment', 'Appointment of Maria Lopez', { start: '2024-06-03', end: '2024-06-03', text: 'Monday' }, [
        evidence(a3, 'named Maria Lopez'),
      ]),
      event(IDS.resignation, 'Resignation', 'Resignation of John Reed', { start: '2024-04-01', end: '2024-04-30', text: 'in April' }, [
        evidence(a3, 'who resigned in April'),
      ]),
    ],
    edges: [
      edge('CARRIED_OUT', IDS.acme, IDS.appointment, [evidence(a3, 'named Maria Lopez')]),
      edge('TARGETED', IDS.appointment, IDS.lopez, [evidence(a3, 'named Maria Lopez')]),
      edge('CARRIED_OUT', IDS.reed, IDS.resignation, [evidence(a3, 'who resigned in April')]),
      edge('LEADS', IDS.lopez, IDS.acme, [evidence(a3, 'its new chief executive')]),
      edge('SUCCEEDED', IDS.lopez, IDS.reed, [evidence(a3, 'Lopez succeeds John Reed')]),
    ],
  };
  return [
    { article: a1, contribution: c1 },
    { article: a2, contribution: c2 },
    { article: a3, contribution: c3 },
  ];
}

/**
 * `count` people, each a member of one of a few groups, reported across several articles: a graph wide
 * enough that per-entity reads would show up as hundreds of store calls.
 */
export function wideGraph(count: number): ArticleWrite[] {
  const groups = ['Northern Alliance', 'Coastal Front', 'River Brigade'].map((name, index) => ({
    id: `g_wide_${index}`,
    name,
  }));
  const writes: ArticleWrite[] = [];
  const perArticle = 10;
  for (let first = 0; first < count; first += perArticle) {
    const people = Array.from({ length: Math.min(perArticle, count - first) }, (_, k) => {
      const n = first + k;
      return { id: `p_wide_${n}`, name: `Person Number${n} Example`, group: groups[n % groups.length] ?? groups[0]! };
    });
    const text = people.map((p) => `${p.name} is a member of the ${p.group.name}.`).join(' ');
    const record = article(`a_wide_${first}`, text, {
      title: `Membership roll ${first}`,
      outlet: `Outlet ${first % 3}`,
      published: '2024-01-15',
    });
    writes.push({
      article: record,
      contribution: {
        articleId: record.id,
        entities: [
          ...people.map((p) => entity(p.id, 'Person', [p.name])),
          ...groups.filter((g) => people.some((p) => p.group.id === g.id)).map((g) => entity(g.id, 'Group', [g.name])),
        ],
        events: [],
        edges: people.map((p) => edge('MEMBER_OF', p.id, p.group.id, [evidence(record, `${p.name} is a member`)])),
      },
    });
  }
  return writes;
}

/** A store for API tests with the function that releases it (and removes what it left on disk). */
export interface TestStore {
  store: GraphStore;
  backend: TestStoreBackend;
  cleanup(): Promise<void>;
}

/**
 * An empty store on the backend the run chose (`NEWSGRAPH_TEST_STORE`, see `test/api/backend`), or on
 * `backend` when a test needs a second, independent store: Neo4j has one database per run, so a reference
 * store opened beside the first must be embedded. Embedded: a fresh temporary directory. Neo4j: the run's
 * server, wiped.
 */
export async function temporaryStore(backend: TestStoreBackend = testStoreBackend()): Promise<TestStore> {
  if (backend === 'neo4j') {
    // Loaded only on Neo4j runs: the driver would add half a second to every embedded test file.
    const { openNeo4jTestStore } = await import('./backend/neo4j-test-store.js');
    return { backend, ...(await openNeo4jTestStore(neo4jTestConfig())) };
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-api-'));
  const store = new EmbeddedGraphStore({ dataDir });
  await store.init();
  return {
    store,
    backend,
    cleanup: async () => {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Wraps a store so every call through the `GraphStore` interface is counted by method name. */
export function countingStore(
  store: GraphStore,
  calls: Map<string, number> = new Map(),
): { store: GraphStore; calls: Map<string, number>; total(): number } {
  const counted = new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return (...args: unknown[]) => {
        calls.set(property, (calls.get(property) ?? 0) + 1);
        return Reflect.apply(value, target, args);
      };
    },
  });
  return { store: counted, calls, total: () => [...calls.values()].reduce((a, b) => a + b, 0) };
}

/** Ids of the disputed graph's nodes. */
export const DISPUTED = {
  diriye: 'p_diriye',
  army: 'g_kenya_army',
  shabaab: 'g_shabaab',
  lamu: 'l_lamu',
  killing: 'v_killing_diriye',
  attack: 'v_attack_police_post',
  appointment: 'v_appointment_diriye',
  arrest: 'v_arrest_diriye',
} as const;

/**
 * Two outlets that disagree about one killing: different days, "31" against "at least 31" killed, and the
 * group disputing the death the army states. Earlier events of the same commander give him a timeline with a
 * day, a month and an undated event.
 */
export function disputedGraph(): ArticleWrite[] {
  const d1 = article(
    'a_nation_diriye',
    'Kenyan army officials said on Monday that soldiers killed Ahmed Diriye, an al-Shabaab commander, near Lamu. ' +
      'The army said 31 militants were killed in the operation. ' +
      'Diriye led an attack on a police post in Lamu in January. Al-Shabaab named Diriye a commander on January 1.',
    { title: 'Army kills al-Shabaab commander near Lamu', outlet: 'Daily Nation', published: '2024-03-26' },
  );
  const d2 = article(
    'a_garowe_diriye',
    'Al-Shabaab denied that Ahmed Diriye was killed in the raid near Lamu on March 12. ' +
      'Local officials said at least 31 people were killed in the raid. ' +
      'Diriye was once arrested by the police, elders said.',
    { title: 'Al-Shabaab denies commander was killed', outlet: 'Garowe Online', published: '2024-03-27' },
  );
  const cite = (record: ArticleRecord, phrase: string) => [evidence(record, phrase)];
  const c1: ArticleContribution = {
    articleId: d1.id,
    entities: [
      entity(DISPUTED.army, 'Group', ['Kenyan army']),
      entity(DISPUTED.diriye, 'Person', ['Ahmed Diriye', 'Diriye'], ['commander']),
      entity(DISPUTED.shabaab, 'Group', ['al-Shabaab']),
      entity(DISPUTED.lamu, 'Place', ['Lamu']),
    ],
    events: [
      event(DISPUTED.killing, 'Killing', 'Killing of Ahmed Diriye', { start: '2024-03-25', end: '2024-03-25', text: 'Monday' },
        cite(d1, 'soldiers killed Ahmed Diriye'), { killed: '31' }),
      event(DISPUTED.attack, 'Attack', 'Attack on a police post', { start: '2024-01-01', end: '2024-01-31', text: 'in January' },
        cite(d1, 'led an attack on a police post')),
      event(DISPUTED.appointment, 'Appointment', 'Appointment of Ahmed Diriye', { start: '2024-01-01', end: '2024-01-01', text: 'January 1' },
        cite(d1, 'named Diriye a commander')),
    ],
    edges: [
      edge('KILLED', DISPUTED.army, DISPUTED.diriye, cite(d1, 'soldiers killed Ahmed Diriye')),
      edge('CARRIED_OUT', DISPUTED.army, DISPUTED.killing, cite(d1, 'soldiers killed Ahmed Diriye')),
      edge('ANNOUNCED', DISPUTED.army, DISPUTED.killing, cite(d1, 'Kenyan army officials said')),
      edge('TARGETED', DISPUTED.killing, DISPUTED.diriye, cite(d1, 'soldiers killed Ahmed Diriye')),
      edge('OCCURRED_IN', DISPUTED.killing, DISPUTED.lamu, cite(d1, 'near Lamu')),
      edge('MEMBER_OF', DISPUTED.diriye, DISPUTED.shabaab, cite(d1, 'an al-Shabaab commander')),
      edge('CARRIED_OUT', DISPUTED.diriye, DISPUTED.attack, cite(d1, 'led an attack on a police post')),
      edge('OCCURRED_IN', DISPUTED.attack, DISPUTED.lamu, cite(d1, 'a police post in Lamu')),
      edge('CARRIED_OUT', DISPUTED.shabaab, DISPUTED.appointment, cite(d1, 'named Diriye a commander')),
      edge('TARGETED', DISPUTED.appointment, DISPUTED.diriye, cite(d1, 'named Diriye a commander')),
    ],
  };
  const c2: ArticleContribution = {
    articleId: d2.id,
    entities: [
      entity(DISPUTED.shabaab, 'Group', ['Al-Shabaab']),
      entity(DISPUTED.diriye, 'Person', ['Ahmed Diriye', 'Diriye']),
      entity(DISPUTED.lamu, 'Place', ['Lamu']),
    ],
    events: [
      event(DISPUTED.killing, 'Killing', 'Killing of Ahmed Diriye', { start: '2024-03-12', end: '2024-03-12', text: 'March 12' },
        cite(d2, 'denied that Ahmed Diriye was killed'), { killed: 'at least 31' }, 'disputed'),
      event(DISPUTED.arrest, 'Arrest', 'Arrest of Ahmed Diriye', null, cite(d2, 'Diriye was once arrested')),
    ],
    edges: [
      edge('TARGETED', DISPUTED.killing, DISPUTED.diriye, cite(d2, 'denied that Ahmed Diriye was killed'), 'disputed'),
      edge('OCCURRED_IN', DISPUTED.killing, DISPUTED.lamu, cite(d2, 'the raid near Lamu')),
      edge('TARGETED', DISPUTED.arrest, DISPUTED.diriye, cite(d2, 'Diriye was once arrested')),
    ],
  };
  return [
    { article: d1, contribution: c1 },
    { article: d2, contribution: c2 },
  ];
}
