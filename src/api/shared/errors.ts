/**
 * Errors the API returns on purpose, each with a stable `extensions.code`, and the one place where thrown
 * errors are turned into what clients see (internal details hidden outside development).
 */
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { NewsgraphError, type ErrorCode } from '../../errors';

/** Codes clients can rely on, beyond Apollo's own (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED…). */
export type ApiErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN';

const HTTP_STATUS: Record<ApiErrorCode, number> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
};

/**
 * An error with a stable code. The HTTP status only applies when the error stops the whole operation
 * (auth, limits); an error inside one field leaves the response at 200 with partial data, as GraphQL intends.
 */
export function apiError(code: ApiErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code, http: { status: HTTP_STATUS[code] } } });
}

/** The arguments are wrong in a way the schema cannot express (page too large, bad cursor). */
export function badUserInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return apiError('BAD_USER_INPUT', message, extensions);
}

/** Something the caller named does not exist. */
export function notFound(what: string, id: string): GraphQLError {
  return apiError('NOT_FOUND', `No ${what} with id '${id}'.`, { id });
}

// Codes of src/errors.ts that clients should see as one of ours; the rest stay internal.
const PUBLIC_CODES: Partial<Record<ErrorCode, string>> = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  ARTICLE_REJECTED: 'BAD_USER_INPUT',
  STORE_UNAVAILABLE: 'STORE_UNAVAILABLE',
};

/**
 * Apollo's `formatError`: named newsgraph errors keep their message under a stable code; unexpected errors
 * become "Internal server error" unless the server runs in development mode.
 */
export function createErrorFormatter(
  mode: 'development' | 'production' | 'test',
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return function formatError(formatted, error) {
    const original = unwrapResolverError(error);
    if (original instanceof NewsgraphError) {
      const code = PUBLIC_CODES[original.code];
      if (code !== undefined) {
        return { ...formatted, message: original.message, extensions: { ...formatted.extensions, code } };
      }
    }
    const code = formatted.extensions?.['code'];
    if (code === 'INTERNAL_SERVER_ERROR' && mode !== 'development') {
      return { ...formatted, message: 'Internal server error.', extensions: { code } };
    }
    return formatted;
  };
}
