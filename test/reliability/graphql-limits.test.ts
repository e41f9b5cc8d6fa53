/**
 * Abusive GraphQL requests over real HTTP: each is refused before any store work, with a stable error code;
 * mutations need the key; errors outside development mode carry no stack traces or file paths.
 */
import http from 'node:http';
import { leadershipStory } from './helpers';
import { API_KEY, errorCodes, startHttpApi, useHttpApi } from './http-api';

/** A valid query nested `levels` × 3 fields deep through relations and their other ends. */
function deepQuery(levels: number): string {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = `id ... on Person { relations(first: 1) { nodes { other { ${inner} } } } }`;
  return `{ entity(id: "p_any") { ${inner} } }`;
}

/** Text that must never reach a client outside development mode: stack frames and paths of this machine. */
function expectNoInternals(text: string): void {
  expect(text).not.toMatch(/\bat [\w.<>]+ \(/); // a stack frame
  expect(text).not.toMatch(/stacktrace/i);
  expect(text).not.toContain(process.cwd());
  expect(text).not.toMatch(/\/(?:src|dist|node_modules|var|home|tmp|work)\//);
  expect(text).not.toMatch(/\.(?:ts|js):\d+/);
}

describe('GraphQL over HTTP refuses abuse cheaply', () => {
  const useApi = useHttpApi();
  beforeEach(() => useApi().resetCalls());

  it('refuses a query nested 60 levels deep at validation, before touching the store', async () => {
    const response = await useApi().post(JSON.stringify({ query: deepQuery(20) }));
    expect(response.status).toBe(400);
    expect(errorCodes(response.json)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.text).toMatch(/nested \d+ levels deep; this server allows at most 12/);
    expect(useApi().calls()).toBe(0);
  });

  it('accepts the same shape within the depth limit', async () => {
    const response = await useApi().post(JSON.stringify({ query: deepQuery(2) }));
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ data: { entity: null } });
  });

  it('refuses a fan-out of 2,600 aliases by its cost, before touching the store', async () => {
    const fields = Array.from({ length: 2600 }, (_, i) => `a${i}: stats { articles }`).join(' ');
    const response = await useApi().post(JSON.stringify({ query: `{ ${fields} }` }));
    expect(response.status).toBe(400);
    expect(errorCodes(response.json)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.text).toMatch(/would cost \d+ .*at most 5000/);
    expect(useApi().calls()).toBe(0);
  });

  // Validation costs ~110 µs per field here, so the cost check alone would hold the event loop for seconds on
  // a 0.5 MB query; the parser's token limit refuses it for the cost of reading it (~20 ms).
  it('refuses a fan-out of 20,000 aliases within the body limit in well under a second', async () => {
    const fields = Array.from({ length: 20_000 }, (_, i) => `a${i}: stats { articles }`).join(' ');
    const started = performance.now();
    const response = await useApi().post(JSON.stringify({ query: `{ ${fields} }` }));
    const elapsed = performance.now() - started;
    expect(response.status).toBe(400);
    expect(errorCodes(response.json)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(useApi().calls()).toBe(0);
    expect(elapsed).toBeLessThan(300);
  });

  it('refuses a fan-out of large pages by its cost', async () => {
    const fields = Array.from({ length: 60 }, (_, i) => `s${i}: search(text: "a${i}", first: 100) { nodes { entity { name } } }`).join(' ');
    const response = await useApi().post(JSON.stringify({ query: `{ ${fields} }` }));
    expect(response.status).toBe(400);
    expect(errorCodes(response.json)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(useApi().calls()).toBe(0);
  });

  it('refuses a batch of 1,000 operations in one request', async () => {
    const batch = Array.from({ length: 1000 }, () => ({ query: '{ stats { articles } }' }));
    const response = await useApi().post(JSON.stringify(batch));
    expect(response.status).toBe(400);
    expect(errorCodes(response.json)).toEqual(['BAD_REQUEST']);
    expect(response.text).toMatch(/batching/i);
    expect(useApi().calls()).toBe(0);
  });

  it('refuses a body over the limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const body = JSON.stringify({ query: '{ stats { articles } }', variables: { padding: 'x'.repeat(2_100_000) } });
    const response = await useApi().post(body);
    expect(response.status).toBe(413);
    expect(errorCodes(response.json)).toEqual(['PAYLOAD_TOO_LARGE']);
    expect(useApi().calls()).toBe(0);
  });

  it('answers 413 to a declared 50 MB body from its headers, without waiting for the body', async () => {
    const answered = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(useApi().url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': 50 * 1024 * 1024 },
      });
      request.once('error', reject);
      request.once('response', (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        res.once('end', () => {
          resolve({ status: res.statusCode ?? 0, body });
          request.destroy();
        });
      });
      // Only the first kilobyte is ever sent: a server waiting for the rest would never answer.
      request.write('{"query": "{ stats { articles } }", "padding": "' + 'x'.repeat(1024));
    });
    expect(answered.status).toBe(413);
    expect(errorCodes(JSON.parse(answered.body))).toEqual(['PAYLOAD_TOO_LARGE']);
  });

  it('answers UNAUTHENTICATED to mutations without the key or with a wrong one, writing nothing', async () => {
    const ingest = JSON.stringify({
      query: 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }',
      variables: { input: { content: leadershipStory(50).body } },
    });
    const remove = JSON.stringify({ query: 'mutation { deleteArticle(id: "a_any") }' });
    for (const [body, headers] of [
      [ingest, {}],
      [ingest, { authorization: 'Bearer not-the-key' }],
      [ingest, { 'x-api-key': `${API_KEY}x` }],
      [remove, {}],
    ] as const) {
      const response = await useApi().post(body, headers);
      expect(response.status).toBe(401);
      expect(errorCodes(response.json)).toEqual(['UNAUTHENTICATED']);
      expectNoInternals(response.text);
    }
    expect(useApi().calls()).toBe(0);
    expect((await useApi().store.stats()).articles).toBe(0);
  });

  it('runs the same mutation with the key', async () => {
    const response = await useApi().post(
      JSON.stringify({
        query: 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }',
        variables: { input: { content: leadershipStory(51).body } },
      }),
      { authorization: `Bearer ${API_KEY}` },
    );
    expect(response.json).toEqual({ data: { ingestArticle: { status: 'INGESTED' } } });
  });

  it('hides internal errors behind "Internal server error." with no stack trace or path', async () => {
    const internal = new Error(`ENOENT: no such file or directory, open '${process.cwd()}/data/journal.jsonl'`);
    useApi().failWith('stats', internal);
    try {
      const response = await useApi().post(JSON.stringify({ query: '{ stats { articles } }' }));
      expect(errorCodes(response.json)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(response.text).toContain('Internal server error.');
      expect(response.text).not.toContain('ENOENT');
      expectNoInternals(response.text);
    } finally {
      useApi().failWith('stats', null);
    }
  });

  it.each([
    ['a syntax error', JSON.stringify({ query: '{ stats { articles ' })],
    ['an unknown field', JSON.stringify({ query: '{ stats { secrets } }' })],
    ['a variable of the wrong type', JSON.stringify({ query: 'query($n: Int) { articles(first: $n) { totalCount } }', variables: { n: 'many' } })],
    ['a body that is not JSON', '{ "query": '],
    ['an empty body', ''],
  ])('answers %s with a 400 and no internals', async (_what, body) => {
    const response = await useApi().post(body);
    expect(response.status).toBe(400);
    expect(errorCodes(response.json).length).toBeGreaterThan(0);
    expectNoInternals(response.text);
  });
});

describe('in development mode', () => {
  it('does show internal details, so the production check above is meaningful', async () => {
    const api = await startHttpApi({ NODE_ENV: 'development' });
    try {
      api.failWith('stats', new Error('ENOENT: journal missing'));
      const response = await api.post(JSON.stringify({ query: '{ stats { articles } }' }));
      expect(response.text).toContain('ENOENT: journal missing');
      expect(response.text).toMatch(/stacktrace/);
    } finally {
      await api.stop();
    }
  });
});
