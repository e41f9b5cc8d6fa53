/**
 * Order does not decide corroborated merges: an article stored before the one it matches joins it once the
 * batch is re-resolved around (a bare "President Trump" stored before "Donald Trump"; a variant spelling
 * stored before the corroborating report).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { resolveArticle } from '../../src/resolve';
import { reresolveAround } from '../../src/resolve/reresolve';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import type { ExtractedEntity, ExtractedRelation } from '../../src/model/extraction';
import type { EntityLabel } from '../../src/model/vocabulary';
import { articleFixture } from '../store/contract';
import { docFromText } from '../extract/helpers';

function ent(key: string, label: EntityLabel, name: string, aliases: string[] = [], roles: string[] = []): ExtractedEntity {
  return { key, label, name, aliases, roles, mentions: [] };
}

function leads(articleId: string, source: string, target: string): ExtractedRelation {
  return { type: 'LEADS', source, target, status: 'stated', evidence: [{ articleId, text: `Text of ${articleId}.`, start: 0, end: 10 }] };
}

describe('re-resolution around a batch: corroborated merges whatever the order', () => {
  let dataDir: string;
  let store: EmbeddedGraphStore;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-variants-'));
    store = new EmbeddedGraphStore({ dataDir });
    await store.init();
  });
  afterEach(async () => {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function ingest(id: string, published: string, person: ExtractedEntity, place: ExtractedEntity): Promise<void> {
    const extraction = { articleId: id, entities: [person, place], events: [], relations: [leads(id, person.key, place.key)], diagnostics: [] };
    const contribution = await resolveArticle(docFromText('', published, id), extraction, store);
    await store.putArticles([{ article: articleFixture(id, { published }), contribution }]);
  }

  const people = async () => (await store.listEntities(['Person'])).map((p) => [p.name, ...p.aliases].sort());

  it('joins a bare "President Trump" stored first to the Donald Trump of a later article of that year', async () => {
    await ingest('bare', '2020-01-05', ent('p', 'Person', 'President Trump', ['Trump'], ['President']), ent('us', 'Place', 'United States'));
    await ingest('full', '2020-01-03', ent('p', 'Person', 'Donald Trump', [], ['President']), ent('us', 'Place', 'United States'));
    expect(await people()).toHaveLength(2);
    await reresolveAround(store, ['full'], { includeSelf: false });
    expect(await people()).toEqual([['Donald Trump', 'President Trump', 'Trump']]);
  });

  it('leaves a bare surname of another year alone', async () => {
    await ingest('bare', '2003-03-18', ent('p', 'Person', 'President Bush', ['Bush'], ['President']), ent('us', 'Place', 'United States'));
    await ingest('full', '1990-08-08', ent('p', 'Person', 'George H. W. Bush', [], ['President']), ent('us', 'Place', 'United States'));
    await reresolveAround(store, ['full'], { includeSelf: false });
    expect(await people()).toHaveLength(2);
  });
});
