/**
 * Configuration, read and validated once at start-up from the environment (plus CLI flags passed as
 * overrides) and handed down as a typed object. Nothing else reads `process.env`.
 */
import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from './errors';

const intFrom = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const boolFrom = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  NEWSGRAPH_DATA_DIR: z.string().min(1).default('.newsgraph'),
  NEWSGRAPH_STORE: z.enum(['embedded', 'neo4j']).default('embedded'),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/.+/, 'must be a bolt:// or neo4j:// URI')
    .default('bolt://localhost:7687'),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_BATCH_SIZE: intFrom(500, 1, 100_000),
  NEWSGRAPH_HOST: z.string().min(1).default('127.0.0.1'),
  NEWSGRAPH_PORT: intFrom(4000, 0, 65_535),
  NEWSGRAPH_API_KEY: z.string().default(''),
  NEWSGRAPH_READS_REQUIRE_KEY: boolFrom(false),
  NEWSGRAPH_MAX_PAGE_SIZE: intFrom(100, 1, 10_000),
  NEWSGRAPH_MAX_QUERY_DEPTH: intFrom(12, 2, 100),
  NEWSGRAPH_MAX_QUERY_COMPLEXITY: intFrom(5_000, 10, 1_000_000),
  NEWSGRAPH_MAX_BODY_BYTES: intFrom(2_000_000, 1_000, 100_000_000),
  NEWSGRAPH_MAX_ARTICLE_BYTES: intFrom(10_000_000, 1_000, 1_000_000_000),
  NEWSGRAPH_WORKERS: intFrom(0, 0, 256),
});

/** Settings of the Neo4j store. */
export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
  batchSize: number;
}

/** Settings of the GraphQL server. */
export interface ApiConfig {
  host: string;
  port: number;
  /** Empty means mutations are refused (no key configured). */
  apiKey: string;
  readsRequireKey: boolean;
  maxPageSize: number;
  maxQueryDepth: number;
  maxQueryComplexity: number;
  maxBodyBytes: number;
}

/** Settings of ingestion. */
export interface IngestConfig {
  /** Inputs larger than this are refused without being read whole. */
  maxArticleBytes: number;
  /** Extraction worker threads; 0 means one per core. */
  workers: number;
}

/** The whole validated configuration. */
export interface Config {
  mode: 'development' | 'production' | 'test';
  /** Absolute path of the data directory of the embedded store. */
  dataDir: string;
  store: 'embedded' | 'neo4j';
  neo4j: Neo4jConfig;
  api: ApiConfig;
  ingest: IngestConfig;
}

/** Values given on the command line; they win over the environment. */
export type ConfigOverrides = Partial<Record<keyof z.input<typeof envSchema>, string | undefined>>;

/**
 * Reads and validates the configuration. Throws a `ConfigError` listing every invalid variable.
 * @param env the environment (pass `process.env` from the entry point)
 * @param overrides values from CLI flags, keyed by the environment variable they replace
 * @param cwd directory a relative data directory is resolved against (default: `process.cwd()`)
 */
export function loadConfig(
  env: Record<string, string | undefined>,
  overrides: ConfigOverrides = {},
  cwd: string = process.cwd(),
): Config {
  const merged: Record<string, string | undefined> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = overrides[key as keyof ConfigOverrides] ?? env[key];
    // An empty variable means "not set" (compose files and shells often export empty values).
    merged[key] = value === undefined || value === '' ? undefined : value;
  }
  const parsed = envSchema.safeParse(merged);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      return `  ${name}=${JSON.stringify(merged[name] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration; fix these environment variables or flags:\n${lines.join('\n')}`);
  }
  const v = parsed.data;
  return {
    mode: v.NODE_ENV,
    dataDir: path.resolve(cwd, v.NEWSGRAPH_DATA_DIR),
    store: v.NEWSGRAPH_STORE,
    neo4j: {
      uri: v.NEO4J_URI,
      user: v.NEO4J_USER,
      password: v.NEO4J_PASSWORD,
      database: v.NEO4J_DATABASE,
      batchSize: v.NEO4J_BATCH_SIZE,
    },
    api: {
      host: v.NEWSGRAPH_HOST,
      port: v.NEWSGRAPH_PORT,
      apiKey: v.NEWSGRAPH_API_KEY,
      readsRequireKey: v.NEWSGRAPH_READS_REQUIRE_KEY,
      maxPageSize: v.NEWSGRAPH_MAX_PAGE_SIZE,
      maxQueryDepth: v.NEWSGRAPH_MAX_QUERY_DEPTH,
      maxQueryComplexity: v.NEWSGRAPH_MAX_QUERY_COMPLEXITY,
      maxBodyBytes: v.NEWSGRAPH_MAX_BODY_BYTES,
    },
    ingest: {
      maxArticleBytes: v.NEWSGRAPH_MAX_ARTICLE_BYTES,
      workers: v.NEWSGRAPH_WORKERS,
    },
  };
}
