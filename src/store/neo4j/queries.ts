/**
 * The Cypher the Neo4j store runs, loaded by name from `cypher/store/*.cypher` (read once, cached).
 * Names form a closed union, so a query can never be built from text; values always go in as parameters.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EdgeType } from '../../model/vocabulary';

/** The folder holding `schema.cypher` and `store/`; the same relative place from `src/` and `dist/`. */
export const CYPHER_DIR = path.resolve(__dirname, '..', '..', '..', 'cypher');

/** Every query file of `cypher/store/`, by name. */
export const QUERY_NAMES = [
  'await-indexes',
  'candidates-by-keys',
  'delete-articles',
  'delete-edges',
  'delete-entities',
  'delete-events',
  'delete-mentions',
  'last-ingest',
  'list-article-meta',
  'list-articles',
  'list-curations',
  'list-edges',
  'list-entities',
  'list-events',
  'merge-edge-announced',
  'merge-edge-attacked',
  'merge-edge-carried-out',
  'merge-edge-killed',
  'merge-edge-leads',
  'merge-edge-located-in',
  'merge-edge-member-of',
  'merge-edge-occurred-in',
  'merge-edge-succeeded',
  'merge-edge-targeted',
  'read-article-by-hash',
  'read-article-hash',
  'read-article-meta',
  'read-articles',
  'read-contributions',
  'read-edge-support',
  'read-edges',
  'read-entities',
  'read-entity-contributions',
  'read-event-contributions',
  'read-events',
  'read-node-support',
  'search-keys',
  'search-names',
  'stats',
  'write-articles',
  'write-curation',
  'write-entities',
  'write-entity-mentions',
  'write-event-mentions',
  'write-events',
] as const;
/** The name of a store query file. */
export type QueryName = (typeof QUERY_NAMES)[number];

/** The upsert query of each edge type: relationship types cannot be parameters, so each has its file. */
export const MERGE_EDGE_QUERY: Readonly<Record<EdgeType, QueryName>> = {
  KILLED: 'merge-edge-killed',
  LEADS: 'merge-edge-leads',
  MEMBER_OF: 'merge-edge-member-of',
  ANNOUNCED: 'merge-edge-announced',
  ATTACKED: 'merge-edge-attacked',
  LOCATED_IN: 'merge-edge-located-in',
  SUCCEEDED: 'merge-edge-succeeded',
  CARRIED_OUT: 'merge-edge-carried-out',
  TARGETED: 'merge-edge-targeted',
  OCCURRED_IN: 'merge-edge-occurred-in',
};

const cache = new Map<string, string>();

function readCypher(relative: string): string {
  let text = cache.get(relative);
  if (text === undefined) {
    text = readFileSync(path.join(CYPHER_DIR, relative), 'utf8');
    cache.set(relative, text);
  }
  return text;
}

/** The text of a store query. */
export function loadQuery(name: QueryName): string {
  return readCypher(path.join('store', `${name}.cypher`));
}

/** The statements of `schema.cypher`, comments dropped, in file order (each runs in its own transaction). */
export function schemaStatements(): string[] {
  return readCypher('schema.cypher')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
