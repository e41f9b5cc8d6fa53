/**
 * The Apollo server and its HTTP listener: the schema with depth and cost limits, access control, error
 * formatting, and a plain `node:http` front that enforces the request body limit before parsing anything.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config';
import { createRequestContext, type ApiDeps, type RequestContext } from './context';
import { buildNewsgraphSchema } from './schema';
import { accessControlPlugin } from './shared/auth';
import { createErrorFormatter } from './shared/errors';
import { complexityLimitPlugin, depthLimitRule } from './shared/limits';

/** The path the API answers on. */
export const GRAPHQL_PATH = '/graphql';

/** The most tokens a query document may have; far above any real query, far below an abusive one. */
export const MAX_QUERY_TOKENS = 20_000;

/** Creates the Apollo server over a built schema, with every limit and check the configuration asks for. */
export function createApolloServer(options: { schema: GraphQLSchema; config: Config }): ApolloServer<RequestContext> {
  const { schema, config } = options;
  return new ApolloServer<RequestContext>({
    schema,
    introspection: true,
    // Refuse huge documents while parsing: validating 20,000 aliases would block the event loop for seconds
    // before the cost limit could say no.
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    validationRules: [depthLimitRule(config.api.maxQueryDepth)],
    plugins: [
      // The schema sets no cache hints and no HTTP cache sits in front; Apollo's default cache-control plugin
      // would still wrap every field resolver to compute a policy nobody reads (a measured share of each request).
      ApolloServerPluginCacheControlDisabled(),
      accessControlPlugin<RequestContext>(),
      complexityLimitPlugin<RequestContext>({
        maxComplexity: config.api.maxQueryComplexity,
        maxPageSize: config.api.maxPageSize,
      }),
    ],
    formatError: createErrorFormatter(config.mode),
    includeStacktraceInErrorResponses: config.mode === 'development',
    nodeEnv: config.mode,
    // The caller owns shutdown (drain, then flush and close the store); Apollo's own handler would re-raise
    // SIGTERM and end the process before the store is flushed.
    stopOnTerminationSignals: false,
  });
}

class BodyTooLargeError extends Error {}

/** Reads a request body, refusing it as soon as it passes `limit` bytes. */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new BodyTooLargeError());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        // Keep draining so the client can read the 413 instead of seeing a reset connection.
        req.resume();
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

async function sendGraphQLResponse(res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

function createRequestHandler(apollo: ApolloServer<RequestContext>, deps: ApiDeps) {
  const maxBodyBytes = deps.config.api.maxBodyBytes;
  return async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') {
      // A cheap read proves the store answers (a Neo4j server may be gone while the process runs).
      let healthy = true;
      try {
        await deps.store.getArticles(['health-check']);
      } catch {
        healthy = false;
      }
      res.statusCode = healthy ? 200 : 503;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(JSON.stringify({ status: healthy ? 'ok' : 'store-unavailable', store: deps.store.kind }));
      return;
    }
    if (url.pathname !== GRAPHQL_PATH) {
      sendError(res, 404, 'NOT_FOUND', `Nothing here; the GraphQL API is at ${GRAPHQL_PATH}.`);
      return;
    }
    let raw: string;
    try {
      raw = await readBody(req, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        sendError(res, 413, 'PAYLOAD_TOO_LARGE', `The request body exceeds ${maxBodyBytes} bytes.`);
      } else {
        sendError(res, 400, 'BAD_REQUEST', 'The request body could not be read.');
      }
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = raw;
    if ((headers.get('content-type') ?? '').toLowerCase().startsWith('application/json') && raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        sendError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
        return;
      }
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
      context: async () => createRequestContext(deps, req.headers),
    });
    await sendGraphQLResponse(res, response);
  };
}

function urlOf(address: AddressInfo): string {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}${GRAPHQL_PATH}`;
}

/** Builds the schema and serves the API on config.api.host/port (port 0 picks a free one, for tests). */
export async function startHttpServer(deps: ApiDeps): Promise<{ url: string; stop(): Promise<void> }> {
  const schema = await buildNewsgraphSchema();
  const apollo = createApolloServer({ schema, config: deps.config });
  const httpServer = http.createServer();
  apollo.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer }));
  await apollo.start();
  const handleRequest = createRequestHandler(apollo, deps);
  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handleRequest(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error.');
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(deps.config.api.port, deps.config.api.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const address = httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('The HTTP server has no TCP address.');
  return {
    url: urlOf(address),
    // Apollo's drain plugin stops accepting connections and waits for in-flight requests.
    stop: () => apollo.stop(),
  };
}
