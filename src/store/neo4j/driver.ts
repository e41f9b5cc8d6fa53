/**
 * The slice of neo4j-driver the store uses (a real `Driver` satisfies it; tests pass a counting fake),
 * driver settings that make a missing server fail fast, and the translation of driver errors into
 * newsgraph errors that say what to check.
 */
import neo4j, { Neo4jError, error as driverErrors } from 'neo4j-driver';
import { ConfigError, NewsgraphError, StoreUnavailableError, describeError } from '../../errors';
import type { Neo4jConfig } from '../../config';

/** One result row. */
export interface RecordLike {
  get(key: string): unknown;
}

/** A transaction (managed by `executeRead`/`executeWrite`): each `run` is one round trip. */
export interface TransactionLike {
  run(query: string, parameters: Record<string, unknown>): PromiseLike<{ records: readonly RecordLike[] }>;
}

/** A session: transaction functions are retried by the driver on transient errors. */
export interface SessionLike {
  executeRead<T>(work: (tx: TransactionLike) => Promise<T>): Promise<T>;
  executeWrite<T>(work: (tx: TransactionLike) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The driver operations the store needs. */
export interface Neo4jDriverLike {
  session(config: { database: string; defaultAccessMode: 'READ' | 'WRITE' }): SessionLike;
  verifyConnectivity(config: { database: string }): Promise<unknown>;
  close(): Promise<void>;
}

/** Driver timeouts: an unreachable server is reported in seconds, not after the ~1 min defaults. */
export const DRIVER_TIMEOUTS = { connectionTimeout: 2000, connectionAcquisitionTimeout: 3000 } as const;

/** Passwords a production store refuses: Neo4j's initial one, the usual placeholder, and none. */
export const DEFAULT_PASSWORDS: readonly string[] = ['', 'neo4j', 'password'];

/** Refuses a default or empty password unless explicitly allowed (development mode). */
export function checkPassword(config: Neo4jConfig, allowDefaultPassword: boolean): void {
  if (allowDefaultPassword || !DEFAULT_PASSWORDS.includes(config.password)) return;
  const what = config.password === '' ? 'empty' : `the default '${config.password}'`;
  throw new ConfigError(
    `NEO4J_PASSWORD is ${what}: set a real password (the server's NEO4J_AUTH=neo4j/<password>, see .env.example), ` +
      'or run with NODE_ENV=development to allow it on a local machine.',
  );
}

/** Creates a driver with fast-failing timeouts and plain JS numbers for integers. */
export function createDriver(config: Neo4jConfig, maxTransactionRetryTime: number): Neo4jDriverLike {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    ...DRIVER_TIMEOUTS,
    maxTransactionRetryTime,
    disableLosslessIntegers: true,
  });
}

const UNREACHABLE_CODES: readonly string[] = [driverErrors.SERVICE_UNAVAILABLE, driverErrors.SESSION_EXPIRED];

/**
 * A newsgraph error for a driver error: unreachable server, refused credentials or unknown database become
 * `StoreUnavailableError` with what to check, a constraint violation a `STORE_CORRUPT` error naming it;
 * anything else (a programming error) is returned unchanged.
 */
export function translateDriverError(error: unknown, config: Neo4jConfig): unknown {
  if (error instanceof NewsgraphError) return error;
  const message = describeError(error);
  const code = error instanceof Neo4jError ? error.code : '';
  if (UNREACHABLE_CODES.includes(code) || /acquisition timed out|ECONNREFUSED|ENOTFOUND/i.test(message)) {
    return new StoreUnavailableError(
      `Neo4j is unreachable at ${config.uri} (${message}). Check that the server is running and reachable ` +
        '(docker compose up -d neo4j; Bolt listens on 7687) and that NEO4J_URI is right.',
      { cause: error },
    );
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new StoreUnavailableError(
      `Neo4j at ${config.uri} refused user '${config.user}' (${message}). Check NEO4J_USER and NEO4J_PASSWORD ` +
        "against the server's NEO4J_AUTH.",
      { cause: error },
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StoreUnavailableError(
      `Neo4j at ${config.uri} has no database '${config.database}' (${message}). Check NEO4J_DATABASE ` +
        '(Community Edition has only "neo4j").',
      { cause: error },
    );
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new NewsgraphError(
      'STORE_CORRUPT',
      `Neo4j refused the write because a uniqueness constraint failed: ${message}. A node with that id exists ` +
        'without the labels newsgraph gives it (created by hand?); remove or relabel it and ingest again.',
      { cause: error },
    );
  }
  return error;
}
