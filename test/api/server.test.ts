import 'reflect-metadata';
import { startHttpServer } from '../../src/api/server';
import { testStoreBackend } from './backend/test-store-backend';
import { newsGraph, temporaryStore } from './fixtures';
import { API_KEY, testConfig } from './harness';

describe('startHttpServer', () => {
  let server: { url: string; stop(): Promise<void> };
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const temp = await temporaryStore();
    cleanup = temp.cleanup;
    await temp.store.putArticles(newsGraph());
    const config = testConfig({ NEWSGRAPH_PORT: '0', NEWSGRAPH_HOST: '127.0.0.1', NEWSGRAPH_MAX_BODY_BYTES: '2000' });
    server = await startHttpServer({
      store: temp.store,
      config,
      ingest: async () => {
        throw new Error('no ingest over HTTP in this test');
      },
    });
  });

  afterAll(async () => {
    await server.stop();
    await cleanup();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('listens on a free port of 127.0.0.1 and answers queries over HTTP', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    const response = await post(JSON.stringify({ query: '{ search(text: "Austin") { nodes { entity { name } } } }' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { search: { nodes: [{ entity: { name: 'Lloyd Austin' } }] } } });
  });

  it('answers 401 to a mutation without the key and runs it with x-api-key', async () => {
    const mutation = JSON.stringify({ query: 'mutation { deleteArticle(id: "a_ap_raid") }' });
    const refused = await post(mutation);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    const accepted = await post(mutation, { 'x-api-key': API_KEY });
    expect(await accepted.json()).toEqual({ data: { deleteArticle: true } });
    const gone = await post(JSON.stringify({ query: '{ article(id: "a_ap_raid") { id } }' }));
    expect(await gone.json()).toEqual({ data: { article: null } });
  });

  it('refuses a body over the configured limit with 413 before parsing it', async () => {
    const response = await post(JSON.stringify({ query: `{ stats { articles } }`, padding: 'x'.repeat(5000) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('answers 400 to a body that is not JSON', async () => {
    const response = await post('{ not json');
    expect(response.status).toBe(400);
  });

  it('serves a health check and 404 elsewhere', async () => {
    const base = server.url.replace(/\/graphql$/, '');
    const health = await fetch(`${base}/health`);
    expect(await health.json()).toEqual({ status: 'ok', store: testStoreBackend() });
    expect((await fetch(`${base}/elsewhere`)).status).toBe(404);
  });

  it('refuses a simple GET without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(`${server.url}?query=${encodeURIComponent('{ stats { articles } }')}`);
    expect(response.status).toBe(400);
    const allowed = await fetch(`${server.url}?query=${encodeURIComponent('{ stats { articles } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toHaveProperty('data.stats.articles');
  });
});

describe('stopping the HTTP server', () => {
  it('closes the port and leaves the store open for the caller to flush and close', async () => {
    const temp = await temporaryStore();
    const server = await startHttpServer({
      store: temp.store,
      config: testConfig({ NEWSGRAPH_PORT: '0' }),
      ingest: async () => {
        throw new Error('no ingest in this test');
      },
    });
    const query = JSON.stringify({ query: '{ stats { articles } }' });
    const send = () => fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: query });
    expect((await send()).status).toBe(200);
    await server.stop();
    await expect(send()).rejects.toThrow();
    expect((await temp.store.stats()).articles).toBe(0);
    await temp.cleanup();
  });
});
