import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import { createIngestor, type IngestArticleFn } from '../../src/pipeline/ingest';
import { mergeEntities, splitEntity, undoCuration, type CurationContext } from '../../src/resolve/curate';
import { NewsgraphError } from '../../src/errors';
import type { EntityNode } from '../../src/model/graph';
import { CONFIRMED, EDITED as CONFIRMED_EDITED, STRIKE } from './curation-articles';

let dataDir: string;
let store: EmbeddedGraphStore;
let ingest: IngestArticleFn;
let tick = 0;
const curator: CurationContext = {
  actor: 'cli',
  clock: () => new Date(Date.UTC(2024, 5, 10, 12, 0, tick++)),
};

async function byName(name: string): Promise<EntityNode> {
  const node = (await store.listEntities()).find((n) => n.name === name || n.aliases.includes(name));
  if (!node) throw new Error(`no entity named ${name}`);
  return node;
}

async function ingestAll(...contents: string[]): Promise<void> {
  for (const content of contents) {
    const outcome = await ingest({ content, source: null });
    expect(outcome.status).toBe('ingested');
  }
}

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-curate-'));
  store = new EmbeddedGraphStore({ dataDir });
  await store.init();
  ingest = createIngestor({ store, maxArticleBytes: 100_000, clock: () => new Date('2024-06-01T00:00:00.000Z') });
});
afterEach(async () => {
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('mergeEntities', () => {
  it('makes two names of one person one node, with one killing, and keeps it through a re-ingest', async () => {
    await ingestAll(STRIKE, CONFIRMED);
    const tamimi = await byName('Abdullah Karim al-Tamimi');
    const hamza = await byName('Abu Hamza al-Iraqi');
    expect((await store.listEvents({ types: ['Killing'] })).length).toBe(2);

    const { action, entityIds } = await mergeEntities(store, [hamza.id, tamimi.id], 'kunya of the same man', curator);
    const survivor = [tamimi.id, hamza.id].sort()[0];
    expect(action).toMatchObject({ kind: 'merge', resultId: survivor, actor: 'cli', note: 'kunya of the same man', undoneAt: null });
    expect(action.entityIds).toEqual([tamimi.id, hamza.id].sort());
    expect(entityIds).toEqual([survivor]);
    const [merged] = await store.getEntities([survivor ?? '']);
    expect(merged?.forms.map((f) => f.form)).toEqual(['Abdullah Karim al-Tamimi', 'Abu Hamza al-Iraqi']);
    expect(merged?.sources).toHaveLength(2);
    const killings = await store.listEvents({ types: ['Killing'] });
    expect(killings).toHaveLength(1);
    expect(killings[0]?.sources).toHaveLength(2);

    expect((await ingest({ content: CONFIRMED_EDITED, source: null })).status).toBe('ingested');
    const after = await store.listEntities(['Person']);
    expect(after.filter((n) => n.name === 'Abu Hamza al-Iraqi' || n.aliases.includes('Abu Hamza al-Iraqi')).map((n) => n.id)).toEqual([survivor]);
    expect(await store.listEvents({ types: ['Killing'] })).toHaveLength(1);
  });

  it('is undone exactly: the graph equals the graph before the merge', async () => {
    await ingestAll(STRIKE, CONFIRMED);
    const before = await store.snapshot();
    const ids = [(await byName('Abdullah Karim al-Tamimi')).id, (await byName('Abu Hamza al-Iraqi')).id];
    const { action } = await mergeEntities(store, ids, null, curator);
    expect(await store.snapshot()).not.toEqual(before);
    const undone = await undoCuration(store, action.id, curator);
    expect(undone.action.undoneBy).toBe('cli');
    expect(undone.entityIds).toEqual([...ids].sort());
    expect(await store.snapshot()).toEqual(before);
  });

  it('parts again two people of one article that a merge folded together, on undo', async () => {
    await ingestAll(CONFIRMED);
    const before = await store.snapshot();
    const ids = [(await byName('Abu Hamza al-Iraqi')).id, (await byName('Ahmed Saleh')).id];
    const { action } = await mergeEntities(store, ids, null, curator);
    const [contribution] = await store.getContributions([before.articles[0]?.id ?? '']);
    expect(contribution?.entities.filter((e) => e.label === 'Person')).toHaveLength(1);
    await undoCuration(store, action.id, curator);
    expect(await store.snapshot()).toEqual(before);
  });

  it('refuses unknown ids, a single node and nodes of different labels', async () => {
    await ingestAll(STRIKE);
    const person = await byName('Abdullah Karim al-Tamimi');
    const place = await byName('Mosul');
    const refusal = (run: Promise<unknown>) => run.then(() => null, (error: unknown) => error);
    for (const ids of [[person.id, 'p_missing'], [person.id, person.id], [person.id, place.id]]) {
      const error = await refusal(mergeEntities(store, ids, null, curator));
      expect(error).toBeInstanceOf(NewsgraphError);
      expect((error as NewsgraphError).code).toBe('BAD_USER_INPUT');
    }
    expect(await store.listCurations()).toEqual([]);
  });
});

describe('splitEntity', () => {
  it('moves an alias to its own node and keeps it apart through a re-ingest', async () => {
    await ingestAll(CONFIRMED);
    const saleh = await byName('Ahmed Saleh');
    expect(saleh.aliases).toEqual(['Abu Omar']);
    const { action, entityIds } = await splitEntity(store, saleh.id, ['Abu Omar'], 'another man', curator);
    expect(action).toMatchObject({ kind: 'split', entityIds: [saleh.id], aliases: ['Abu Omar'] });
    expect(entityIds).toEqual([saleh.id, action.resultId].sort());
    const [kept, split] = await store.getEntities([saleh.id, action.resultId]);
    expect(kept?.aliases).toEqual([]);
    expect(split).toMatchObject({ name: 'Abu Omar', label: 'Person', aliases: [] });

    expect((await ingest({ content: CONFIRMED_EDITED, source: null })).status).toBe('ingested');
    const [keptAgain, splitAgain] = await store.getEntities([saleh.id, action.resultId]);
    expect(keptAgain?.forms.map((f) => f.form)).toEqual(['Ahmed Saleh']);
    expect(splitAgain?.forms.map((f) => f.form)).toEqual(['Abu Omar']);
  });

  it('is undone exactly', async () => {
    await ingestAll(STRIKE, CONFIRMED);
    const before = await store.snapshot();
    const saleh = await byName('Ahmed Saleh');
    const { action } = await splitEntity(store, saleh.id, ['abu omar'], null, curator);
    expect(action.aliases).toEqual(['Abu Omar']);
    expect(await store.snapshot()).not.toEqual(before);
    await undoCuration(store, action.id, curator);
    expect(await store.snapshot()).toEqual(before);
  });

  it('refuses a form the node lacks, every form, and the same split twice', async () => {
    await ingestAll(CONFIRMED);
    const saleh = await byName('Ahmed Saleh');
    const code = (run: Promise<unknown>) => run.then(() => 'ok', (error: unknown) => (error as NewsgraphError).code);
    expect(await code(splitEntity(store, saleh.id, ['Abu Bakr'], null, curator))).toBe('BAD_USER_INPUT');
    expect(await code(splitEntity(store, saleh.id, ['Abu Omar', 'Ahmed Saleh'], null, curator))).toBe('BAD_USER_INPUT');
    expect(await code(splitEntity(store, 'p_missing', ['Abu Omar'], null, curator))).toBe('BAD_USER_INPUT');
    expect(await code(splitEntity(store, saleh.id, ['Abu Omar'], null, curator))).toBe('ok');
    expect(await code(splitEntity(store, saleh.id, ['Abu Omar'], null, curator))).toBe('BAD_USER_INPUT');
  });
});

describe('undoCuration', () => {
  it('records every action with who and when, refuses unknown ids and a second undo', async () => {
    await ingestAll(STRIKE, CONFIRMED);
    const ids = [(await byName('Abdullah Karim al-Tamimi')).id, (await byName('Abu Hamza al-Iraqi')).id];
    const merge = await mergeEntities(store, ids, null, curator);
    const split = await splitEntity(store, (await byName('Ahmed Saleh')).id, ['Abu Omar'], null, curator);
    await undoCuration(store, merge.action.id, { ...curator, actor: 'editor' });
    const log = await store.listCurations();
    expect(log.map((a) => [a.id, a.kind, a.actor, a.undoneBy])).toEqual([
      [merge.action.id, 'merge', 'cli', 'editor'],
      [split.action.id, 'split', 'cli', null],
    ]);
    expect(log.every((a) => !Number.isNaN(Date.parse(a.at)))).toBe(true);
    const code = (run: Promise<unknown>) => run.then(() => 'ok', (error: unknown) => (error as NewsgraphError).code);
    expect(await code(undoCuration(store, merge.action.id, curator))).toBe('BAD_USER_INPUT');
    expect(await code(undoCuration(store, 'cu_missing', curator))).toBe('BAD_USER_INPUT');
  });

  it('keeps the rules across close and reopen, so a later ingest still applies them', async () => {
    await ingestAll(STRIKE);
    const tamimi = await byName('Abdullah Karim al-Tamimi');
    await ingestAll(CONFIRMED);
    const hamza = await byName('Abu Hamza al-Iraqi');
    await mergeEntities(store, [tamimi.id, hamza.id], null, curator);
    const log = await store.listCurations();
    await store.close();
    store = new EmbeddedGraphStore({ dataDir });
    await store.init();
    ingest = createIngestor({ store, maxArticleBytes: 100_000 });
    expect(await store.listCurations()).toEqual(log);
    expect((await ingest({ content: CONFIRMED_EDITED, source: null })).status).toBe('ingested');
    expect(await store.listEvents({ types: ['Killing'] })).toHaveLength(1);
  });
});
