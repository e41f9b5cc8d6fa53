/**
 * Runs GraphQL operations against the real schema and Apollo server over a real store, the way a request
 * would arrive: a fresh context per operation, built from the request's headers.
 */
import 'reflect-metadata';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { createRequestContext, type ApiDeps, type RequestContext } from '../../src/api/context';
import { buildNewsgraphSchema } from '../../src/api/schema';
import { createApolloServer } from '../../src/api/server';
import { loadConfig, type Config } from '../../src/config';
import type { IngestArticleFn } from '../../src/pipeline/ingest';
import type { ArticleWrite, GraphStore } from '../../src/store/graph-store';
import { countingStore, newsGraph, temporaryStore } from './fixtures';

/** The API key test servers are configured with. */
export const API_KEY = 'test-key-7f3a';

let schemaOnce: Promise<GraphQLSchema> | null = null;
/** The schema, built once per test file (building it is the slow part). */
export function testSchema(): Promise<GraphQLSchema> {
  schemaOnce ??= buildNewsgraphSchema();
  return schemaOnce;
}

/** A configuration for tests: test mode, an API key, and any environment overrides. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', NEWSGRAPH_API_KEY: API_KEY, ...env });
}

/** The outcome of one operation. */
export interface OperationResult {
  data: Record<string, unknown> | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
  status: number | undefined;
}

/** An API under test. */
export interface TestApi {
  server: ApolloServer<RequestContext>;
  deps: ApiDeps;
  execute(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<OperationResult>;
  stop(): Promise<void>;
}

// Tests that never ingest still need the dependency; reaching it is a test bug, reported as such.
const noIngest: IngestArticleFn = async () => {
  throw new Error('this test wired no ingest function');
};

/** Starts an Apollo server over `store` (nothing listens: operations go through `executeOperation`). */
export async function startTestApi(options: {
  store: GraphStore;
  env?: Record<string, string>;
  ingest?: IngestArticleFn;
}): Promise<TestApi> {
  const config = testConfig(options.env);
  const deps: ApiDeps = { store: options.store, config, ingest: options.ingest ?? noIngest };
  const server = createApolloServer({ schema: await testSchema(), config });
  await server.start();
  return {
    server,
    deps,
    async execute(query, variables = {}, headers = {}) {
      const response = await server.executeOperation(
        { query, variables },
        { contextValue: createRequestContext(deps, headers) },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return {
        data: response.body.singleResult.data,
        errors: response.body.singleResult.errors,
        status: response.http.status,
      };
    },
    stop: () => server.stop(),
  };
}

/** Headers carrying the test API key. */
export const withKey = { authorization: `Bearer ${API_KEY}` };

/** Walks into a JSON value by keys and indexes; fails the test with the path when something is missing. */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const [depth, key] of path.entries()) {
    if (current === null || typeof current !== 'object' || !(key in current)) {
      throw new Error(`no '${path.slice(0, depth + 1).join('.')}' in ${JSON.stringify(value)?.slice(0, 400)}`);
    }
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** The `extensions.code` of each error. */
export function codes(result: OperationResult): unknown[] {
  return (result.errors ?? []).map((error) => error.extensions?.['code']);
}

/**
 * Registers `beforeAll`/`afterAll` hooks that fill a temporary store with `writes` and start APIs
 * over it on demand (each with its own environment); everything is stopped and removed after the file.
 */
export function useApis(writes: () => ArticleWrite[] = () => []): {
  start(env?: Record<string, string>): Promise<TestApi>;
  store(): GraphStore;
} {
  let temp: Awaited<ReturnType<typeof temporaryStore>> | null = null;
  const apis: TestApi[] = [];
  beforeAll(async () => {
    temp = await temporaryStore();
    await temp.store.putArticles(writes());
  });
  afterAll(async () => {
    for (const api of apis) await api.stop();
    await temp?.cleanup();
  });
  const store = () => {
    if (temp === null) throw new Error('useApis: the store exists only inside tests');
    return temp.store;
  };
  return {
    store,
    async start(env = {}) {
      const api = await startTestApi({ store: store(), env });
      apis.push(api);
      return api;
    },
  };
}

/** One API over the news graph fixture (or other writes) for a whole test file; call the returned function inside tests. */
export function useNewsGraphApi(writes: () => ArticleWrite[] = newsGraph): () => TestApi {
  const apis = useApis(writes);
  let api: TestApi | null = null;
  beforeAll(async () => {
    api = await apis.start();
  });
  return () => {
    if (api === null) throw new Error('useNewsGraphApi: the API exists only inside tests');
    return api;
  };
}

/**
 * One API for a whole test file over a store filled with `writes` that counts every call made through the
 * `GraphStore` interface (after the fill), to show that a query costs a bounded number of reads.
 */
export function useCountingApi(
  writes: () => ArticleWrite[],
  env: Record<string, string> = {},
): { api(): TestApi; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  let api: TestApi | null = null;
  let cleanup: (() => Promise<void>) | null = null;
  beforeAll(async () => {
    const temp = await temporaryStore();
    cleanup = temp.cleanup;
    await temp.store.putArticles(writes());
    api = await startTestApi({ store: countingStore(temp.store, calls).store, env });
  });
  afterAll(async () => {
    await api?.stop();
    await cleanup?.();
  });
  return {
    calls,
    api() {
      if (api === null) throw new Error('useCountingApi: the API exists only inside tests');
      return api;
    },
  };
}
