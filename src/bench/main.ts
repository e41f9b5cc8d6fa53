/**
 * `npm run bench`: extraction throughput against compromise, end-to-end ingest at several corpus sizes
 * (each in its own process, for honest peak RSS), and GraphQL latency with autocannon; prints one table.
 * Flags: --sizes 1000,10000,100000 | --quick (1k and 10k) | --workers N (0 = one per core) | --seed N |
 * --api-seconds N | --no-api | --no-extraction | --work-dir DIR | --keep (keep the stores) |
 * --max-minutes N (stop each ingest run after N minutes and report how far it got; default 30) |
 * --heap-mb N (run the ingest processes with node --max-old-space-size=N, to see how ingest behaves with less
 * memory; the figures the README quotes use Node's default heap).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeCorpus } from './corpus';
import { measureApi, type ApiRow } from './measure-api';
import { measureExtraction, type ExtractionFigures, type Throughput } from './measure-extraction';
import type { IngestFigures, IngestRun } from './measure-ingest';
import type { ServedStore } from './serve-store';
import { workerCount } from '../pipeline/worker-pool';

/** Parsed command-line flags. */
export interface BenchFlags {
  sizes: number[];
  workers: number;
  seed: number;
  apiSeconds: number;
  api: boolean;
  extraction: boolean;
  workDir: string;
  keep: boolean;
  maxMinutes: number;
  /** V8 old-space limit of the ingest processes in MB; null leaves Node's default. */
  heapMb: number | null;
}

/** Reads the flags; throws with the flag's name when a value is not usable. */
export function parseBenchFlags(argv: readonly string[]): BenchFlags {
  const flags: BenchFlags = {
    sizes: [1000, 10_000, 100_000],
    workers: 0,
    seed: 1,
    apiSeconds: 5,
    api: true,
    extraction: true,
    workDir: path.join(os.tmpdir(), 'newsgraph-bench'),
    keep: false,
    maxMinutes: 30,
    heapMb: null,
  };
  const number = (flag: string, value: string | undefined): number => {
    const n = Number(value);
    if (value === undefined || !Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a whole number, got ${String(value)}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--quick') flags.sizes = [1000, 10_000];
    else if (flag === '--sizes') flags.sizes = (argv[++i] ?? '').split(',').map((s) => number('--sizes', s.replace(/k$/i, '000')));
    else if (flag === '--workers') flags.workers = number(flag, argv[++i]);
    else if (flag === '--seed') flags.seed = number(flag, argv[++i]);
    else if (flag === '--api-seconds') flags.apiSeconds = number(flag, argv[++i]);
    else if (flag === '--no-api') flags.api = false;
    else if (flag === '--no-extraction') flags.extraction = false;
    else if (flag === '--work-dir') flags.workDir = path.resolve(argv[++i] ?? '.');
    else if (flag === '--keep') flags.keep = true;
    else if (flag === '--max-minutes') flags.maxMinutes = number(flag, argv[++i]);
    else if (flag === '--heap-mb') flags.heapMb = number(flag, argv[++i]);
    else throw new Error(`unknown flag ${String(flag)}; see the comment at the top of src/bench/main.ts`);
  }
  if (flags.sizes.length === 0 || flags.sizes.some((s) => s < 1)) throw new Error('--sizes needs positive sizes');
  return flags;
}

/** Writes the corpus once per seed and size; later runs reuse it. */
async function ensureCorpus(workDir: string, seed: number, size: number): Promise<{ dir: string; seconds: number }> {
  const dir = path.join(workDir, `corpus-seed${seed}-n${size}`);
  const marker = path.join(dir, '.complete');
  if (existsSync(marker)) return { dir, seconds: 0 };
  rmSync(dir, { recursive: true, force: true });
  const start = performance.now();
  await writeCorpus(dir, { seed, count: size });
  writeFileSync(marker, `${size}\n`);
  return { dir, seconds: (performance.now() - start) / 1000 };
}

/** Runs a compiled bench module as a child process and returns the JSON line it prints. */
function runChild<T>(
  file: string,
  arg: string,
  onLine?: (child: ReturnType<typeof spawn>, value: T) => void,
  nodeFlags: readonly string[] = [],
): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, path.join(__dirname, file), arg], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    let settled = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      const newline = out.indexOf('\n');
      if (newline >= 0 && !settled) {
        settled = true;
        const value = JSON.parse(out.slice(0, newline)) as T;
        if (onLine) onLine(child, value);
        else child.stdin.end();
        resolve(value);
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!settled) reject(new Error(`${file} exited with code ${String(code)} before reporting`));
    });
  });
}

/** Modification times of the compiled files both check runs load; a change means dist/ was rebuilt meanwhile. */
function buildStamp(): string {
  const files = ['../pipeline/extract-worker.js', '../extract/index.js', '../resolve/index.js', '../pipeline/ingest.js'];
  return files.map((f) => (existsSync(path.join(__dirname, f)) ? statSync(path.join(__dirname, f)).mtimeMs : 0)).join(',');
}

const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Runs everything the flags ask for and prints the table. */
export async function runBench(flags: BenchFlags): Promise<string> {
  mkdirSync(flags.workDir, { recursive: true });
  const workers = workerCount(flags.workers);
  const loadBefore = os.loadavg()[0] ?? 0;
  const rows: string[][] = [];
  const add = (measure: string, figure: string, detail = '', bar = ''): void => void rows.push([measure, figure, detail, bar]);

  if (flags.extraction) {
    const x: ExtractionFigures = await measureExtraction({ seed: flags.seed + 1000, articles: 1000, compromiseArticles: 150, workers, minMs: 3000 });
    const words = (t: Throughput): string => `${fmt(t.wall)} words/s (${fmt(t.cpu)} per CPU-second)`;
    add('extraction, 1 core (extract only)', words(x.extractOneCore), `${x.articles} articles, ${fmt(x.words)} words`);
    add('extraction, 1 core (read+extract)', words(x.readExtractOneCore), 'HTML/front matter/text reading included');
    add(
      `extraction, ${x.poolWorkers} workers (read+extract)`,
      words(x.readExtractPool),
      `${fmt(x.readExtractPool.wall / x.readExtractOneCore.wall, 2)}× one core (wall clock)`,
    );
    add('compromise people/places/orgs, 1 core', words(x.compromise), `same texts (${x.compromiseArticles} articles)`);
    add('extraction ÷ compromise', `${fmt(x.ratio, 1)}×`, 'extract only, per CPU-second, same texts', x.ratio >= 5 ? `≥5× ok${x.ratio >= 10 ? ', ≥10× goal ok' : ''}` : '≥5× MISSED');
  }

  const ingest: IngestFigures[] = [];
  let apiStore: string | null = null;
  const heapFlags = flags.heapMb === null ? [] : [`--max-old-space-size=${flags.heapMb}`];
  const heapNote = flags.heapMb === null ? '' : ` (heap ${fmt(flags.heapMb)} MB)`;
  for (const size of flags.sizes) {
    const corpus = await ensureCorpus(flags.workDir, flags.seed, size);
    const dataDir = path.join(flags.workDir, `store-n${size}-w${workers}`);
    rmSync(dataDir, { recursive: true, force: true });
    const run: IngestRun = { corpusDir: corpus.dir, dataDir, workers, size, maxSeconds: flags.maxMinutes * 60 };
    const figures = await runChild<IngestFigures>('measure-ingest.js', JSON.stringify(run), undefined, heapFlags);
    ingest.push(figures);
    const s = figures.byStatus;
    const stopped = figures.stoppedAtLimit ? ` (STOPPED at the ${flags.maxMinutes}-minute limit after ${fmt(figures.size)})` : '';
    add(
      `ingest ${fmt(size)} articles, ${workers} workers${heapNote}${stopped}`,
      `${fmt(figures.seconds, 1)} s, ${fmt(figures.articlesPerSecond)} articles/s`,
      `${fmt(figures.msPer1k)} ms per 1k (first 1k ${fmt(figures.firstKMs)} ms, last 1k ${fmt(figures.lastKMs)} ms); ` +
        `CPU ${fmt(figures.cpuSeconds, 1)} s (${fmt(figures.cpuSeconds / figures.seconds, 2)} cores), ` +
        `main thread ${figures.mainThreadCpuSeconds === null ? '?' : fmt(figures.mainThreadCpuSeconds, 1)} s; ` +
        `close ${fmt(figures.closeSeconds, 1)} s; ${s.ingested} ingested, ${s.duplicate} duplicate, ${s.rejected + s.failed} rejected/failed; ` +
        `${fmt(figures.nodes)} nodes, ${fmt(figures.edges)} edges`,
      `peak RSS ${fmt(figures.peakRssMb)} MB` +
        (size >= 100_000
          ? `${figures.seconds < 600 && !figures.stoppedAtLimit ? ', <10 min ok' : ', 10 min MISSED'}${figures.peakRssMb < 2048 ? ', <2 GB ok' : ', 2 GB MISSED'}`
          : ''),
    );
    if (apiStore === null || size <= 10_000) apiStore = dataDir;
  }
  const first = ingest[0];
  const last = ingest[ingest.length - 1];
  if (first && last && last !== first) {
    const growth = last.msPer1k / first.msPer1k;
    add(`time per 1k at ${fmt(last.size)} ÷ at ${fmt(first.size)}`, `${fmt(growth, 2)}×`, 'whole-run averages (the smaller run carries more start-up)', growth <= 1.5 ? '≤1.5× ok' : '≤1.5× MISSED');
    // The marginal cost at the end of the largest run, against the small run's average: growth without start-up credit.
    const marginal = last.lastKMs / first.msPer1k;
    add(`last 1k of the ${fmt(last.size)} run ÷ per 1k at ${fmt(first.size)}`, `${fmt(marginal, 2)}×`, 'marginal cost at the end of the largest run', marginal <= 1.5 ? '≤1.5× ok' : '≤1.5× MISSED');
    add('peak RSS, largest run', `${fmt(last.peakRssMb)} MB`, '', last.peakRssMb < 2048 ? '<2 GB ok' : '<2 GB MISSED');
  }

  // N workers against one worker on the smallest corpus: the exports must be byte-identical.
  const smallest = Math.min(...flags.sizes);
  const small = await ensureCorpus(flags.workDir, flags.seed, smallest);
  const hashes: string[] = [];
  // In a shared work tree someone may rebuild dist/ between the two runs; the stamp tells that apart from a real difference.
  const stampBefore = buildStamp();
  for (const n of [1, workers]) {
    const dataDir = path.join(flags.workDir, `store-check-w${n}`);
    rmSync(dataDir, { recursive: true, force: true });
    const figures = await runChild<IngestFigures>('measure-ingest.js', JSON.stringify({ corpusDir: small.dir, dataDir, workers: n, size: smallest, hashExport: true }));
    hashes.push(figures.exportHash ?? '');
    rmSync(dataDir, { recursive: true, force: true });
  }
  const rebuilt = buildStamp() !== stampBefore ? ' (dist/ was rebuilt during the check: rerun before trusting this)' : '';
  add(
    `export with ${workers} workers = with 1 worker (${fmt(smallest)})`,
    hashes[0] === hashes[1] ? 'identical' : `DIFFERENT${rebuilt}`,
    `sha256 ${hashes[0]?.slice(0, 12)}…`,
  );

  if (flags.api && apiStore !== null) {
    const served = await new Promise<{ served: ServedStore; stop: () => void }>((resolve, reject) => {
      runChild<ServedStore>('serve-store.js', apiStore as string, (child, value) => resolve({ served: value, stop: () => child.stdin?.end() })).catch(reject);
    });
    try {
      const api: ApiRow[] = await measureApi(served.served, { seconds: flags.apiSeconds, connections: 10 });
      for (const row of api) {
        const rate = row.rate === 'max' ? 'max rate' : `${row.rate} req/s offered`;
        const figure = row.refused ? `refused: ${row.refused}` : `${fmt(row.requestsPerSecond)} req/s, p50 ${fmt(row.p50)} ms, p99 ${fmt(row.p99)} ms`;
        const bar = row.name === 'entity+relations' && row.rate === 200 ? (row.p99 < 20 ? 'p99 <20 ms ok' : 'p99 <20 ms MISSED') : '';
        add(`GraphQL ${row.name}, ${rate}`, figure, `${fmt(served.served.articles)}-article store, ${row.failures} failures`, bar);
      }
    } finally {
      served.stop();
    }
  }
  if (!flags.keep) {
    for (const size of flags.sizes) rmSync(path.join(flags.workDir, `store-n${size}-w${workers}`), { recursive: true, force: true });
  }

  const header = ['measure', 'figure', 'detail', 'bar'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const conditions =
    `newsgraph bench: seed ${flags.seed}, ${os.availableParallelism()} cores, ${workers} workers, Node ${process.version}, ` +
    `load average ${fmt(loadBefore, 1)} at start and ${fmt(os.loadavg()[0] ?? 0, 1)} at end`;
  return [conditions, line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

if (require.main === module) {
  let flags: BenchFlags;
  try {
    flags = parseBenchFlags(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
  runBench(flags).then(
    (table) => {
      process.stdout.write(`${table}\n`);
      // A leftover handle (autocannon timers) must not keep the process alive.
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
