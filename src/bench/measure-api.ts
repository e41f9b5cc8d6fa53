/**
 * GraphQL latency with autocannon against a served store: a trivial `{ __typename }` floor, search,
 * entity-with-relations and a two-hop neighbourhood, each at full speed and at a fixed 200 requests/s.
 * Stand-alone against an existing store (no ingest): `node dist/bench/measure-api.js <dataDir> [--seconds N]
 * [--only floor,search,...] [--cpu-prof DIR]` (the last profiles the server process).
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
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
  /** Server CPU time per answered request, when the caller can read the server's CPU (`serverCpuMs`). */
  cpuMsPerRequest?: number;
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
      'relations(first: 10) { totalCount nodes { type supportCount other { id ... on Entity { name label } ... on Event { name } } evidence(first: 3) { totalCount nodes { text articleId } } } } } }',
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

/** Runs every query (or the `only` ones) at full speed and at 200 requests/s for `seconds` each. */
export async function measureApi(
  served: ServedStore,
  options: {
    seconds: number;
    connections: number;
    only?: readonly string[] | null;
    /** The server process's CPU time so far (ms); with it each row reports CPU per request. */
    serverCpuMs?: () => number;
  },
): Promise<ApiRow[]> {
  const rows: ApiRow[] = [];
  const only = options.only ?? null;
  for (const name of Object.keys(QUERIES).filter((n) => only === null || only.includes(n))) {
    const list = bodies(name, served);
    const refused = list[0] === undefined ? 'no inputs' : await firstError(served.url, list[0]);
    for (const rate of ['max', 200] as const) {
      if (refused !== null) {
        rows.push({ name, rate, requestsPerSecond: 0, p50: 0, p99: 0, failures: 0, refused });
        continue;
      }
      const cpuBefore = options.serverCpuMs?.();
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
        ...(cpuBefore === undefined || options.serverCpuMs === undefined || result.requests.total === 0
          ? {}
          : { cpuMsPerRequest: (options.serverCpuMs() - cpuBefore) / result.requests.total }),
      });
    }
  }
  return rows;
}

/** Flags of the stand-alone run (`node dist/bench/measure-api.js <dataDir> ...`). */
interface StandaloneFlags {
  dataDir: string;
  seconds: number;
  only: string[] | null;
  cpuProfDir: string | null;
}

function parseStandalone(argv: readonly string[]): StandaloneFlags {
  const flags: StandaloneFlags = { dataDir: '', seconds: 5, only: null, cpuProfDir: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--seconds') flags.seconds = Number(argv[++i]);
    else if (arg === '--only') flags.only = (argv[++i] ?? '').split(',');
    else if (arg === '--cpu-prof') flags.cpuProfDir = argv[++i] ?? '.';
    else if (!arg.startsWith('--') && flags.dataDir === '') flags.dataDir = arg;
    else throw new Error(`unknown argument ${arg}; usage: measure-api.js <dataDir> [--seconds N] [--only a,b] [--cpu-prof DIR]`);
  }
  if (flags.dataDir === '' || !(flags.seconds > 0)) throw new Error('usage: measure-api.js <dataDir> [--seconds N] [--only a,b] [--cpu-prof DIR]');
  return flags;
}

/**
 * User plus system CPU time of a process so far, in ms, from /proc (Linux): on a machine shared with other
 * work, CPU per request says more about the server than latency does.
 */
function processCpuMs(pid: number): number {
  // Fields after the parenthesised command name; utime and stime are the 12th and 13th of them, in clock ticks.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticksPerSecond = 100;
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

/**
 * Serves an existing store in a child process (optionally under `--cpu-prof`), measures it and prints one line
 * per row: the API part of `npm run bench` without rebuilding a store.
 */
async function standalone(flags: StandaloneFlags): Promise<void> {
  const nodeArgs = flags.cpuProfDir === null ? [] : ['--cpu-prof', '--cpu-prof-dir', flags.cpuProfDir];
  const child = spawn(process.execPath, [...nodeArgs, path.join(__dirname, 'serve-store.js'), flags.dataDir], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const served = await new Promise<ServedStore>((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      const newline = out.indexOf('\n');
      if (newline >= 0) resolve(JSON.parse(out.slice(0, newline)) as ServedStore);
    });
    child.on('exit', (code) => reject(new Error(`serve-store exited with code ${String(code)} before reporting`)));
  });
  process.stdout.write(`${served.articles} articles, loaded in ${served.loadSeconds.toFixed(1)} s\n`);
  const pid = child.pid;
  const rows = await measureApi(served, {
    seconds: flags.seconds,
    connections: 10,
    only: flags.only,
    ...(pid === undefined ? {} : { serverCpuMs: () => processCpuMs(pid) }),
  });
  for (const row of rows) {
    const cpu = row.cpuMsPerRequest === undefined ? '' : `, ${row.cpuMsPerRequest.toFixed(2)} CPU ms per request`;
    const figure = row.refused
      ? `refused: ${row.refused}`
      : `${row.requestsPerSecond.toFixed(0)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms${cpu}`;
    process.stdout.write(`${row.name.padEnd(18)} ${String(row.rate).padEnd(4)} ${figure}, ${row.failures} failures\n`);
  }
  // The child writes its CPU profile when it exits: wait for that.
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  child.stdin.end();
  await exited;
}

if (require.main === module) {
  standalone(parseStandalone(process.argv.slice(2))).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
