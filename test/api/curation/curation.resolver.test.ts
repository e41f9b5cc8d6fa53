import 'reflect-metadata';
import { createIngestor } from '../../../src/pipeline/ingest';
import type { GraphStore } from '../../../src/store/graph-store';
import type { TestStoreBackend } from '../backend/test-store-backend';
import { temporaryStore } from '../fixtures';
import { CONFIRMED, EDITED, EDITED_AGAIN, STRIKE } from '../../resolve/curation-articles';
import { at, codes, startTestApi, withKey, type TestApi } from '../harness';

const INGEST = `mutation ($content: String!) { ingestArticle(input: { content: $content }) { status articleId } }`;
const MERGE = `mutation ($ids: [ID!]!, $note: String) { mergeEntities(ids: $ids, note: $note) {
  action { id kind entityIds aliases resultId note actor at undone undoneAt undoneBy articleIds }
  entities { id name aliases } } }`;
const SPLIT = `mutation ($id: ID!, $aliases: [String!]!) { splitEntity(id: $id, aliases: $aliases) {
  action { id kind entityIds aliases resultId undone } entities { id name aliases } } }`;
const UNDO = `mutation ($id: ID!) { undoCuration(id: $id) { action { id undone undoneBy } entities { id name } } }`;
const LOG = `query ($first: Int, $after: String) { curations(first: $first, after: $after) {
  totalCount nodes { id kind undone } pageInfo { hasNextPage endCursor } } }`;
const ENTITY = `query ($id: ID!) { entity(id: $id) { name aliases } }`;
const STATS = `{ stats { articles entities events } }`;

const clock = () => new Date('2024-06-01T00:00:00.000Z');

interface Started {
  api: TestApi;
  store: GraphStore;
  cleanup(): Promise<void>;
}

async function start(backend?: TestStoreBackend): Promise<Started> {
  const temp = await temporaryStore(backend);
  const ingest = createIngestor({ store: temp.store, maxArticleBytes: 100_000, clock });
  const api = await startTestApi({ store: temp.store, ingest });
  return {
    api,
    store: temp.store,
    cleanup: async () => {
      await api.stop();
      await temp.cleanup();
    },
  };
}

describe('curation mutations over a real store and the real pipeline', () => {
  let s: Started;
  const run = (query: string, variables: Record<string, unknown> = {}) => s.api.execute(query, variables, withKey);
  const ingest = async (content: string) => {
    const result = await run(INGEST, { content });
    expect(at(result.data, 'ingestArticle', 'status')).toBe('INGESTED');
    return String(at(result.data, 'ingestArticle', 'articleId'));
  };
  const idOf = async (name: string) => {
    const node = (await s.store.listEntities()).find((n) => n.name === name || n.aliases.includes(name));
    if (!node) throw new Error(`no entity named ${name}`);
    return node.id;
  };

  beforeEach(async () => {
    s = await start();
    await ingest(STRIKE);
    await ingest(CONFIRMED);
  });
  afterEach(async () => {
    await s.cleanup();
  });

  it('merges, splits and keeps both through re-ingestion; undoing both gives the graph of a plain ingest', async () => {
    const tamimi = await idOf('Abdullah Karim al-Tamimi');
    const hamza = await idOf('Abu Hamza al-Iraqi');
    const merged = await run(MERGE, { ids: [hamza, tamimi], note: 'kunya of the same man' });
    expect(merged.errors).toBeUndefined();
    const survivor = [tamimi, hamza].sort()[0];
    const action = at(merged.data, 'mergeEntities', 'action') as Record<string, unknown>;
    expect(action).toMatchObject({ kind: 'MERGE', resultId: survivor, note: 'kunya of the same man', actor: 'api-key', undone: false, undoneAt: null });
    expect(action.articleIds).toHaveLength(2);
    expect(at(merged.data, 'mergeEntities', 'entities')).toEqual([
      { id: survivor, name: 'Abdullah Karim al-Tamimi', aliases: ['Abu Hamza al-Iraqi'] },
    ]);

    await ingest(EDITED);
    expect(at((await run(ENTITY, { id: survivor })).data, 'entity', 'aliases')).toEqual(['Abu Hamza al-Iraqi']);
    expect((await s.store.listEvents({ types: ['Killing'] })).map((e) => e.sources.length)).toEqual([2]);

    const saleh = await idOf('Ahmed Saleh');
    const split = await run(SPLIT, { id: saleh, aliases: ['Abu Omar'] });
    expect(split.errors).toBeUndefined();
    const splitAction = at(split.data, 'splitEntity', 'action') as { id: string; resultId: string };
    expect(splitAction).toMatchObject({ kind: 'SPLIT', entityIds: [saleh], aliases: ['Abu Omar'], undone: false });
    const parts = at(split.data, 'splitEntity', 'entities') as { id: string; name: string; aliases: string[] }[];
    expect(parts.map((p) => [p.name, p.aliases])).toEqual(
      expect.arrayContaining([['Ahmed Saleh', []], ['Abu Omar', []]]),
    );

    await ingest(EDITED_AGAIN);
    expect(at((await run(ENTITY, { id: saleh })).data, 'entity', 'aliases')).toEqual([]);
    expect(at((await run(ENTITY, { id: splitAction.resultId })).data, 'entity', 'name')).toBe('Abu Omar');

    const undoSplit = await run(UNDO, { id: splitAction.id });
    expect(at(undoSplit.data, 'undoCuration', 'action')).toEqual({ id: splitAction.id, undone: true, undoneBy: 'api-key' });
    const undoMerge = await run(UNDO, { id: action.id });
    expect((at(undoMerge.data, 'undoCuration', 'entities') as { id: string }[]).map((e) => e.id)).toEqual([tamimi, hamza].sort());

    // What the same articles give without any curation, in a second store beside the first (embedded:
    // on Neo4j the run has one database).
    const plain = await start('embedded');
    try {
      for (const content of [STRIKE, EDITED_AGAIN]) {
        expect(at((await plain.api.execute(INGEST, { content }, withKey)).data, 'ingestArticle', 'status')).toBe('INGESTED');
      }
      expect(await s.store.snapshot()).toEqual(await plain.store.snapshot());
    } finally {
      await plain.cleanup();
    }
    const log = await run(LOG, {});
    expect(at(log.data, 'curations', 'nodes')).toEqual([
      { id: action.id, kind: 'MERGE', undone: true },
      { id: splitAction.id, kind: 'SPLIT', undone: true },
    ]);
  });

  it('keeps the curation log when an article is deleted, and the counts drop', async () => {
    const merged = await run(MERGE, { ids: [await idOf('Abdullah Karim al-Tamimi'), await idOf('Abu Hamza al-Iraqi')] });
    const survivor = String(at(merged.data, 'mergeEntities', 'action', 'resultId'));
    const before = at((await run(STATS)).data, 'stats') as { articles: number; entities: number };
    const strikeId = (await s.store.listArticles({ outlet: 'Example Wire' }))[0]?.id;
    expect(at((await run(`mutation ($id: ID!) { deleteArticle(id: $id) }`, { id: strikeId })).data, 'deleteArticle')).toBe(true);
    const after = at((await run(STATS)).data, 'stats') as { articles: number; entities: number };
    expect(after.articles).toBe(before.articles - 1);
    expect(after.entities).toBeLessThan(before.entities);
    // The merged node keeps what the other article says of it.
    expect(at((await run(ENTITY, { id: survivor })).data, 'entity', 'name')).toBe('Abu Hamza al-Iraqi');
    expect(at((await run(LOG)).data, 'curations', 'totalCount')).toBe(1);
  });

  it('pages through the log oldest first', async () => {
    await run(MERGE, { ids: [await idOf('Abdullah Karim al-Tamimi'), await idOf('Abu Hamza al-Iraqi')] });
    await run(SPLIT, { id: await idOf('Ahmed Saleh'), aliases: ['Abu Omar'] });
    const first = await run(LOG, { first: 1 });
    expect(at(first.data, 'curations', 'totalCount')).toBe(2);
    expect(at(first.data, 'curations', 'nodes', 0, 'kind')).toBe('MERGE');
    const cursor = at(first.data, 'curations', 'pageInfo', 'endCursor');
    const second = await run(LOG, { first: 1, after: cursor });
    expect(at(second.data, 'curations', 'nodes', 0, 'kind')).toBe('SPLIT');
    expect(at(second.data, 'curations', 'pageInfo', 'hasNextPage')).toBe(false);
  });

  it('needs the API key and answers BAD_USER_INPUT for unknown ids, mixed labels, every form, and a second undo', async () => {
    const person = await idOf('Ahmed Saleh');
    const place = await idOf('Mosul');
    expect(codes(await s.api.execute(MERGE, { ids: [person, place] }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await run(MERGE, { ids: [person, 'p_missing'] }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await run(MERGE, { ids: [person, place] }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await run(MERGE, { ids: [person] }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await run(SPLIT, { id: person, aliases: ['Ahmed Saleh', 'Abu Omar'] }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await run(SPLIT, { id: 'p_missing', aliases: ['Abu Omar'] }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await run(UNDO, { id: 'cu_missing' }))).toEqual(['BAD_USER_INPUT']);
    const split = await run(SPLIT, { id: person, aliases: ['Abu Omar'] });
    const id = at(split.data, 'splitEntity', 'action', 'id');
    expect(codes(await run(UNDO, { id }))).toEqual([]);
    expect(codes(await run(UNDO, { id }))).toEqual(['BAD_USER_INPUT']);
    expect(at((await s.api.execute(LOG, {})).data, 'curations', 'totalCount')).toBe(1);
  });
});
