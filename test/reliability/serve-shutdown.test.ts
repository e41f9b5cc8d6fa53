/**
 * `newsgraph serve` as a real process: on SIGTERM it stops taking connections, finishes the request in
 * flight, flushes and closes the store (releasing the data directory's lock) and exits 0.
 */
import http from 'node:http';
import path from 'node:path';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import { frontMatterArticle, leadershipStory, personName, requireBuiltCli, runCli, startCli, tempDir, waitFor, writeFiles } from './helpers';

const API_KEY = 'reliability-key-5d21';

/** A POST whose body is sent in two parts: the request stays in flight until `finish` is called. */
function slowPost(url: string, body: string): { finish(): void; response: Promise<{ status: number; body: string }> } {
  const data = Buffer.from(body, 'utf8');
  const half = Math.floor(data.length / 2);
  const request = http.request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': data.length, 'x-api-key': API_KEY },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.once('error', reject);
    request.once('response', (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.once('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.once('error', reject);
    });
  });
  request.write(data.subarray(0, half));
  return { finish: () => request.end(data.subarray(half)), response };
}

describe('serve on SIGTERM', () => {
  it('finishes the in-flight request, flushes the store, releases the lock and exits 0', async () => {
    requireBuiltCli();
    const root = await tempDir('serve');
    try {
      const dataDir = path.join(root.dir, 'data');
      const server = startCli(['serve', '--data-dir', dataDir, '--port', '0', '--host', '127.0.0.1'], {
        NEWSGRAPH_API_KEY: API_KEY,
      });
      let stderr = '';
      server.child.stderr?.on('data', (chunk: string) => (stderr += chunk));
      const url = await waitFor(() => /GraphQL API at (http:\/\/\S+)/.exec(stderr)?.[1], 'the server to print its address');

      // An ingest mutation whose body is only half sent when the signal arrives.
      const story = leadershipStory(40);
      const mutation = JSON.stringify({
        query: 'mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { status articleId } }',
        variables: { input: { content: story.body, title: story.title, url: 'https://news.example/ceo-40' } },
      });
      const inFlight = slowPost(url, mutation);
      await new Promise((resolve) => setTimeout(resolve, 200));
      server.child.kill('SIGTERM');
      await waitFor(() => (stderr.includes('SIGTERM received') ? true : undefined), 'the server to take the signal');

      // New connections are refused while the old request is still open.
      const health = url.replace(/\/graphql$/, '/health');
      await waitFor(
        () => fetch(health).then(() => undefined, () => true),
        'the server to stop accepting connections',
        5000,
        50,
      );

      inFlight.finish();
      const answered = await inFlight.response;
      expect(answered.status).toBe(200);
      const result: unknown = JSON.parse(answered.body);
      expect(result).toMatchObject({ data: { ingestArticle: { status: 'INGESTED' } } });
      const exit = await server.done;
      expect(exit.signal).toBeNull();
      expect(exit.code).toBe(0);
      expect(stderr).toContain('newsgraph: stopped');
      expect(stderr).not.toContain(API_KEY);

      // The lock is gone: an ingest into the same data directory runs, and the mutation's article is there.
      const input = path.join(root.dir, 'articles');
      await writeFiles(input, { 'next.md': frontMatterArticle(41) });
      const next = await runCli(['ingest', input, '--data-dir', dataDir, '--quiet']);
      expect(next.stderr).toBe('');
      expect(next.code).toBe(0);
      expect(next.stdout).toContain('The graph now holds 2 article(s)');
      const store = new EmbeddedGraphStore({ dataDir });
      await store.init();
      try {
        const names = (await store.listEntities()).map((e) => e.name);
        expect(names).toEqual(expect.arrayContaining([personName(40), personName(41)]));
        expect((await store.listArticles({})).map((a) => a.url)).toContain('https://news.example/ceo-40');
      } finally {
        await store.close();
      }
    } finally {
      await root.cleanup();
    }
  }, 30_000);
});
