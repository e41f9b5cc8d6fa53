/**
 * The real HTTP API (`startHttpServer`) on 127.0.0.1 and a free port, over a temporary embedded store that
 * counts every call reaching it, so tests can tell a cheap refusal from work done and then thrown away.
 */
import 'reflect-metadata';
import path from 'node:path';
import { startHttpServer } from '../../src/api/server';
import { loadConfig } from '../../src/config';
import { createIngestor } from '../../src/pipeline/ingest';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import type { GraphStore } from '../../src/store/graph-store';
import { NOW, tempDir } from './helpers';

/** The key the test servers accept. */
export const API_KEY = 'reliability-api-key-0c9e';

/** Store methods that are lifecycle, not work done for a request. */
const LIFECYCLE = new Set<string | symbol>(['init', 'close', 'flush', 'kind']);

/** A running API with its store and the number of store calls requests have caused. */
export interface HttpApi {
  url: string;
  store: GraphStore;
  /** Store calls made since the server started (or since `resetCalls`). */
  calls(): number;
  resetCalls(): void;
  /** Makes this store method throw `error` until cleared with null. */
  failWith(method: keyof GraphStore, error: Error | null): void;
  post(body: string, headers?: Record<string, string>): Promise<{ status: number; text: string; json: unknown }>;
  stop(): Promise<void>;
}

/** Starts the API (production mode unless `env` sets NODE_ENV) with `env` on top of the test settings. */
export async function startHttpApi(env: Record<string, string> = {}): Promise<HttpApi> {
  const root = await tempDir('http-api');
  const real = new EmbeddedGraphStore({ dataDir: path.join(root.dir, 'data') });
  await real.init();
  let count = 0;
  const failing = new Map<string | symbol, Error>();
  // A Proxy keeps every method of the real store while counting the ones requests reach.
  const store: GraphStore = new Proxy(real, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || LIFECYCLE.has(property)) return value;
      return (...args: unknown[]) => {
        count += 1;
        const error = failing.get(property);
        if (error) return Promise.reject(error);
        return Reflect.apply(value, target, args);
      };
    },
  });
  const config = loadConfig({
    NODE_ENV: 'production',
    NEWSGRAPH_API_KEY: API_KEY,
    NEWSGRAPH_HOST: '127.0.0.1',
    NEWSGRAPH_PORT: '0',
    ...env,
  });
  const ingest = createIngestor({ store, maxArticleBytes: config.ingest.maxArticleBytes, clock: () => NOW });
  const server = await startHttpServer({ store, config, ingest });
  count = 0;
  return {
    url: server.url,
    store,
    calls: () => count,
    resetCalls: () => {
      count = 0;
    },
    failWith(method, error) {
      if (error === null) failing.delete(method);
      else failing.set(method, error);
    },
    async post(body, headers = {}) {
      const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      const text = await response.text();
      let json: unknown = null;
      try {
        json = JSON.parse(text);
      } catch {
        // Not JSON: the test looks at `text`.
      }
      return { status: response.status, text, json };
    },
    async stop() {
      await server.stop();
      await real.close();
      await root.cleanup();
    },
  };
}

/** Starts one API for the enclosing `describe` (stopped after it); call the returned function inside tests. */
export function useHttpApi(env: Record<string, string> = {}): () => HttpApi {
  let api: HttpApi | null = null;
  beforeAll(async () => {
    api = await startHttpApi(env);
  });
  afterAll(async () => {
    await api?.stop();
  });
  return () => {
    if (api === null) throw new Error('useHttpApi: the API exists only inside tests');
    return api;
  };
}

/** The `extensions.code` of each error of a GraphQL response body. */
export function errorCodes(json: unknown): unknown[] {
  if (typeof json !== 'object' || json === null) return [];
  const list: unknown[] = [];
  const items = Array.isArray(json) ? json : [json];
  for (const item of items) {
    const errors: unknown = typeof item === 'object' && item !== null && 'errors' in item ? item.errors : [];
    if (!Array.isArray(errors)) continue;
    for (const error of errors) {
      const extensions: unknown = typeof error === 'object' && error !== null && 'extensions' in error ? error.extensions : null;
      list.push(typeof extensions === 'object' && extensions !== null && 'code' in extensions ? extensions.code : undefined);
    }
  }
  return list;
}
