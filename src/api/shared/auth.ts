/**
 * Who is calling and what they may do: mutations need the API key; reads are open unless the server is
 * configured with `readsRequireKey`. Checked once per operation, before any resolver runs.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiConfig } from '../../config';
import { apiError } from './errors';

/** Request headers as Node gives them (lower-case names). */
export type RequestHeaders = Readonly<Record<string, string | string[] | undefined>>;

/** The caller of one request. */
export interface Caller {
  /** True when the request presented a credential at all. */
  presentedKey: boolean;
  /** True when it presented the configured API key. */
  authenticated: boolean;
}

function header(headers: RequestHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The key a request presents: `Authorization: Bearer <key>` or `x-api-key: <key>`. */
export function presentedKey(headers: RequestHeaders): string | null {
  const authorization = header(headers, 'authorization')?.trim();
  const bearer = authorization === undefined ? undefined : /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
  const key = bearer ?? header(headers, 'x-api-key')?.trim();
  return key === undefined || key === '' ? null : key;
}

// Hashing both sides first gives equal-length buffers, so the comparison time says nothing about the key.
function sameKey(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Identifies the caller of a request from its headers. */
export function callerFrom(headers: RequestHeaders, apiKey: string): Caller {
  const key = presentedKey(headers);
  return { presentedKey: key !== null, authenticated: key !== null && apiKey !== '' && sameKey(key, apiKey) };
}

/** Throws the error that explains why this caller may not run this kind of operation. */
export function requireKey(caller: Caller, config: ApiConfig, what: string): void {
  if (config.apiKey === '') {
    throw apiError('FORBIDDEN', `This server has no API key configured (NEWSGRAPH_API_KEY), so it refuses ${what}.`);
  }
  if (!caller.presentedKey) {
    throw apiError(
      'UNAUTHENTICATED',
      `${what[0]?.toUpperCase() ?? ''}${what.slice(1)} need the API key: send 'Authorization: Bearer <key>' or 'x-api-key: <key>'.`,
    );
  }
  if (!caller.authenticated) throw apiError('UNAUTHENTICATED', 'The API key is not valid.');
}

/** What the access check needs from the request context. */
export interface AccessContext {
  caller: Caller;
  config: { api: ApiConfig };
}

/** Apollo plugin that refuses an operation the caller may not run, before execution starts. */
export function accessControlPlugin<TContext extends AccessContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const { caller, config } = contextValue;
          if (operation?.operation === 'mutation') requireKey(caller, config.api, 'mutations');
          else if (config.api.readsRequireKey) requireKey(caller, config.api, 'reads');
        },
      };
    },
  };
}
