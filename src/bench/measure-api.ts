/**
 * GraphQL latency with autocannon against a served store: a trivial `{ __typename }` floor, search,
 * entity-with-relations and a two-hop neighbourhood, each at full speed and at a fixed 200 requests/s.
 */
import autocannon from 'autocannon';
import type { ServedStore } from './serve-store';

/** One load run. */
export interface ApiRow {
  name: string;
  /** 'max' (as fast as 10 connections go) or the fixed offered rate in requests/s. */
  rate: 'max' | number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Connection errors, non-2xx answers and answers carrying GraphQL `errors`. */
  failures: number;
  /** Set when the query was refused before the run (its first answer had errors). */
  refused?: string;
}

const QUERIES: Record<string, { query: string; variable: 'id' | 'text' | null }> = {
  floor: { query: '{ __typename }', variable: null },
  search: {
    query: 'query S($text: String!) { search(text: $text, first: 10) { nodes { rank matchedForm entity { id name label } } } }',
    variable: 'text',
  },
  'entity+relations': {
    query:
      'query E($id: ID!) { entity(id: $id) { id name label aliases roles supportCount outletCount ' +
      'relations(first: 10) { totalCount nodes { type supportCount other { id ... on Entity { name label } ... on Event { name } } evidence { text articleId } } } } }',
    variable: 'id',
  },
  neighbourhood: {
    query:
      'query N($id: ID!) { entity(id: $id) { id name relations(first: 10) { nodes { type other { id ... on Entity { name ' +
      'relations(first: 5) { nodes { type other { id } } } } } } } events(first: 10) { nodes { role event { id name type ' +
      'participants { agents { id name } targets { id name } places { id name } } } } } } }',
    variable: 'id',
  },
};

function bodies(name: string, served: ServedStore): string[] {
  const spec = QUERIES[name];
  if (!spec) return [];
  if (spec.variable === null) return [JSON.stringify({ query: spec.query })];
  const values = spec.variable === 'id' ? served.entityIds : served.searchTexts;
  return values.map((value) => JSON.stringify({ query: spec.query, variables: { [spec.variable as string]: value } }));
}

async function firstError(url: string, body: string): Promise<string | null> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await response.json()) as { errors?: { message: string }[] };
  if (response.status !== 200 || json.errors) return json.errors?.[0]?.message ?? `HTTP ${response.status}`;
  return null;
}

/** Runs every query at full speed and at 200 requests/s for `seconds` each. */
export async function measureApi(served: ServedStore, options: { seconds: number; connections: number }): Promise<ApiRow[]> {
  const rows: ApiRow[] = [];
  for (const name of Object.keys(QUERIES)) {
    const list = bodies(name, served);
    const refused = list[0] === undefined ? 'no inputs' : await firstError(served.url, list[0]);
    for (const rate of ['max', 200] as const) {
      if (refused !== null) {
        rows.push({ name, rate, requestsPerSecond: 0, p50: 0, p99: 0, failures: 0, refused });
        continue;
      }
      const result = await autocannon({
        url: served.url,
        connections: options.connections,
        duration: options.seconds,
        ...(rate === 'max' ? {} : { overallRate: rate }),
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        requests: list.map((body) => ({ body })),
        verifyBody: (body) => !body.includes('"errors"'),
      });
      rows.push({
        name,
        rate,
        requestsPerSecond: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        failures: result.errors + result.non2xx + result.mismatches,
      });
    }
  }
  return rows;
}
