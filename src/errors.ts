/** Named errors with stable codes. Content problems are reported per article; these are for everything else. */

/** Stable error codes, shared by the CLI and the GraphQL API. */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'ARTICLE_REJECTED'
  | 'STORE_UNAVAILABLE'
  | 'STORE_CORRUPT'
  | 'INTERNAL';

/** Base of every error newsgraph raises on purpose; `code` is stable, `message` says what to do. */
export class NewsgraphError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NewsgraphError';
    this.code = code;
  }
}

/** Configuration that cannot work: raised at start-up, lists every problem. */
export class ConfigError extends NewsgraphError {
  constructor(message: string) {
    super('CONFIG_INVALID', message);
    this.name = 'ConfigError';
  }
}

/** One article that cannot be ingested (empty, binary, too large, unparseable); the batch goes on. */
export class ArticleRejectedError extends NewsgraphError {
  /** Machine-readable reason, e.g. 'empty', 'binary', 'too-large', 'not-english'. */
  readonly reason: string;
  constructor(reason: string, message: string, options?: { cause?: unknown }) {
    super('ARTICLE_REJECTED', message, options);
    this.name = 'ArticleRejectedError';
    this.reason = reason;
  }
}

/** The store cannot be reached or opened. */
export class StoreUnavailableError extends NewsgraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('STORE_UNAVAILABLE', message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** A short, safe description of any thrown value. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
