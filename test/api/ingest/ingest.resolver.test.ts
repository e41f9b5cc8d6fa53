import 'reflect-metadata';
import { createIngestor } from '../../../src/pipeline/ingest';
import { temporaryStore } from '../fixtures';
import { at, codes, startTestApi, withKey, type TestApi } from '../harness';

// Short articles of our own writing, in the formats the API accepts.
const STRIKE = `---
title: U.S. strike kills al-Shabaab commander in Somalia
outlet: Reuters
published: 2024-03-14
---
The U.S. military said on Wednesday that an air strike in Somalia killed Ahmed Omar Abdi, a senior commander of al-Shabaab.

Defense Secretary Lloyd Austin announced the strike in a statement. "Abdi led the group's attacks on civilians," Austin said.
`;

const CEO_HTML = `<html><head><title>Northwind names new chief executive</title></head><body>
<nav>Home | Business | Markets</nav>
<article><h1>Northwind names new chief executive</h1>
<p>Northwind Traders named Priya Raman as its chief executive on Monday.</p>
<p>Raman succeeds Tom Becker, who resigned in January after six years in the job.</p></article>
<footer>© 2024 Example Media. All rights reserved.</footer></body></html>`;

const INGEST = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) {
  articleId status reason message title counts { entities events relations }
  article { title outlet published format }
  entities { name label }
  events { type name } } }`;

const BATCH = `mutation ($inputs: [IngestArticleInput!]!) { ingestArticles(inputs: $inputs) {
  ingested notIngested results { status reason message articleId } } }`;

describe('ingest mutations over the real pipeline', () => {
  let api: TestApi;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const temp = await temporaryStore();
    cleanup = temp.cleanup;
    const ingest = createIngestor({ store: temp.store, maxArticleBytes: 100_000 });
    api = await startTestApi({ store: temp.store, ingest });
  });

  afterAll(async () => {
    await api.stop();
    await cleanup();
  });

  it('ingests an article with front matter and returns what it extracted, then finds it in the graph', async () => {
    const result = await api.execute(INGEST, { input: { content: STRIKE } }, withKey);
    expect(result.errors).toBeUndefined();
    const outcome = at(result.data, 'ingestArticle') as {
      articleId: string;
      counts: { entities: number; events: number };
      entities: { name: string; label: string }[];
      events: { type: string }[];
    };
    expect(outcome).toMatchObject({
      status: 'INGESTED',
      reason: null,
      title: 'U.S. strike kills al-Shabaab commander in Somalia',
      article: { outlet: 'Reuters', published: '2024-03-14', format: 'FRONT_MATTER' },
    });
    expect(outcome.entities.length).toBe(outcome.counts.entities);
    expect(outcome.events.length).toBe(outcome.counts.events);
    expect(outcome.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Ahmed Omar Abdi', 'Somalia']));
    const stored = await api.execute(`query ($id: ID!) { article(id: $id) { extraction { entities { name } } } }`, {
      id: outcome.articleId,
    });
    expect((at(stored.data, 'article', 'extraction', 'entities') as unknown[]).length).toBe(outcome.counts.entities);
  });

  it('reports UNCHANGED when the same article is sent again', async () => {
    const again = await api.execute(INGEST, { input: { content: STRIKE } }, withKey);
    expect(at(again.data, 'ingestArticle', 'status')).toBe('UNCHANGED');
  });

  it('reports DUPLICATE for the same text under another URL', async () => {
    const result = await api.execute(
      INGEST,
      { input: { content: STRIKE, url: 'https://mirror.example/somalia-strike' } },
      withKey,
    );
    expect(at(result.data, 'ingestArticle')).toMatchObject({ status: 'DUPLICATE', reason: 'same-content' });
  });

  it('lets given metadata win over what the page states and strips site chrome from HTML', async () => {
    const result = await api.execute(
      INGEST,
      { input: { content: CEO_HTML, format: 'HTML', outlet: 'Example Media', published: '2024-01-22' } },
      withKey,
    );
    expect(result.errors).toBeUndefined();
    expect(at(result.data, 'ingestArticle')).toMatchObject({
      status: 'INGESTED',
      article: { outlet: 'Example Media', published: '2024-01-22', format: 'HTML' },
    });
    const id = at(result.data, 'ingestArticle', 'articleId');
    const text = await api.execute(`query ($id: ID!) { article(id: $id) { text } }`, { id });
    expect(at(text.data, 'article', 'text')).not.toMatch(/All rights reserved|Home \| Business/);
  });

  it('ingests a batch where a bad article is reported and the others go on', async () => {
    const result = await api.execute(
      BATCH,
      {
        inputs: [
          { content: '   ' },
          { content: 'Voters in Estonia elected Kaja Tamm as president on Sunday, the election commission said.', title: 'Estonia elects president', published: '2024-09-01' },
          { content: 'A short note.', url: 'not a url' },
        ],
      },
      withKey,
    );
    expect(result.errors).toBeUndefined();
    const batch = at(result.data, 'ingestArticles') as { ingested: number; notIngested: number; results: { status: string; reason: string | null }[] };
    expect(batch.results.map((r) => r.status)).toEqual(['REJECTED', 'INGESTED', 'REJECTED']);
    expect(batch.results[2]?.reason).toBe('invalid-input');
    expect(batch).toMatchObject({ ingested: 1, notIngested: 2 });
  });

  it('refuses a batch larger than the page limit with BAD_USER_INPUT', async () => {
    const inputs = Array.from({ length: 101 }, (_, i) => ({ content: `Article number ${i}.` }));
    const result = await api.execute(BATCH, { inputs }, withKey);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses invalid metadata on a single article with BAD_USER_INPUT', async () => {
    const result = await api.execute(INGEST, { input: { content: STRIKE, url: 'ftp://example.com/a' } }, withKey);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
  });

  it('retracts an ingested article with deleteArticle', async () => {
    const found = await api.execute(`{ articles(outlet: "Example Media") { nodes { id } } }`);
    const id = at(found.data, 'articles', 'nodes', 0, 'id');
    const deleted = await api.execute(`mutation ($id: ID!) { deleteArticle(id: $id) }`, { id }, withKey);
    expect(deleted.data).toEqual({ deleteArticle: true });
    const again = await api.execute(`mutation ($id: ID!) { deleteArticle(id: $id) }`, { id }, withKey);
    expect(codes(again)).toEqual(['NOT_FOUND']);
  });
});
