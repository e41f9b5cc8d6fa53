/**
 * End-to-end ingest of a corpus directory into a fresh embedded store, run as its own process so peak RSS
 * belongs to this size alone: `node dist/bench/measure-ingest.js '<json IngestRun>'` prints IngestFigures.
 */
import { readFileSync } from 'node:fs';
import { batchItems } from '../cli/commands/ingest';
import { exportJsonText } from '../export/json';
import { sha256 } from '../util/hash';
import type { IngestStatus } from '../pipeline/ingest';
import { ingestBatchParallel } from '../pipeline/worker-pool';
import { EmbeddedGraphStore } from '../store/embedded/embedded-store';

/** What to ingest and where. */
export interface IngestRun {
  corpusDir: string;
  dataDir: string;
  workers: number;
  /** Articles in the corpus (for progress checkpoints). */
  size: number;
  /** Ingest under a fixed clock and report a hash of the JSON export (to compare worker counts). */
  hashExport?: boolean;
  /** Stop taking new articles after this many seconds (the figures then cover what was ingested). */
  maxSeconds?: number;
}

/** Figures of one ingest run; times in seconds or milliseconds as named. */
export interface IngestFigures {
  size: number;
  workers: number;
  /** From the first file read to the store closed (journal synced, snapshot written). */
  seconds: number;
  batchSeconds: number;
  closeSeconds: number;
  articlesPerSecond: number;
  /** Average time per 1,000 articles over the whole run. */
  msPer1k: number;
  /** Time taken by the first and the last 1,000 articles of the run (growth within one run). */
  firstKMs: number;
  lastKMs: number;
  peakRssMb: number;
  /** CPU time of the process, all threads; cpuSeconds / seconds is how many cores it actually got. */
  cpuSeconds: number;
  /**
   * CPU time of the main thread alone (resolve + write + bookkeeping: the serial part of the pipeline), from
   * /proc on Linux; null elsewhere. On a machine shared with others it bounds the uncontended wall time.
   */
  mainThreadCpuSeconds: number | null;
  byStatus: Record<IngestStatus, number>;
  nodes: number;
  edges: number;
  /** sha256 of the JSON export, when asked for. */
  exportHash: string | null;
  /** True when the time limit ended the run before the corpus did. */
  stoppedAtLimit: boolean;
}

/** CPU seconds of the main thread (its task id is the process id), or null where /proc is unavailable. */
function mainThreadCpuSeconds(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'; utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks / CLOCK_TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}

/** USER_HZ: 100 on every Linux platform Node supports. */
const CLOCK_TICKS_PER_SECOND = 100;

/** Passes items on until the deadline, then ends the input as if the corpus ended there. */
async function* until<T>(items: AsyncIterable<T>, deadline: number, onStop: () => void): AsyncGenerator<T> {
  for await (const item of items) {
    if (performance.now() > deadline) {
      onStop();
      return;
    }
    yield item;
  }
}

const FIXED_TIME = new Date('2030-01-01T00:00:00Z');

/** Ingests `run.corpusDir` into a new store at `run.dataDir` and measures it. */
export async function measureIngest(run: IngestRun): Promise<IngestFigures> {
  const store = new EmbeddedGraphStore({ dataDir: run.dataDir });
  await store.init();
  const marks: number[] = [];
  const start = performance.now();
  let stoppedAtLimit = false;
  const deadline = start + (run.maxSeconds ?? Number.POSITIVE_INFINITY) * 1000;
  const items = until(batchItems([run.corpusDir], 10_000_000, {}, undefined), deadline, () => {
    stoppedAtLimit = true;
  });
  const summary = await ingestBatchParallel(items, {
    store,
    maxArticleBytes: 10_000_000,
    workers: run.workers,
    ...(run.hashExport ? { clock: () => FIXED_TIME } : {}),
    onProgress: (done) => {
      if (done % 1000 === 0) marks.push(performance.now());
    },
  });
  const batchEnd = performance.now();
  const stats = await store.stats();
  const hashStart = performance.now();
  const exportHash = run.hashExport ? sha256(exportJsonText(await store.snapshot())) : null;
  // Hashing the export is a check, not part of ingesting: it is left out of the times.
  const hashMs = performance.now() - hashStart;
  await store.close();
  const end = performance.now() - hashMs;
  const firstKMs = (marks[0] ?? batchEnd) - start;
  const lastKMs = marks.length >= 2 ? (marks[marks.length - 1] as number) - (marks[marks.length - 2] as number) : firstKMs;
  const seconds = (end - start) / 1000;
  return {
    size: summary.read,
    workers: run.workers,
    seconds,
    batchSeconds: (batchEnd - start) / 1000,
    closeSeconds: (end - batchEnd) / 1000,
    articlesPerSecond: summary.read / seconds,
    msPer1k: (seconds * 1000 * 1000) / Math.max(1, summary.read),
    firstKMs,
    lastKMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    cpuSeconds: (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
    mainThreadCpuSeconds: mainThreadCpuSeconds(),
    byStatus: summary.byStatus,
    nodes: Object.values(stats.nodesByLabel).reduce((a, b) => a + b, 0),
    edges: Object.values(stats.edgesByType).reduce((a, b) => a + b, 0),
    exportHash,
    stoppedAtLimit,
  };
}

if (require.main === module) {
  const run = JSON.parse(process.argv[2] ?? '{}') as IngestRun;
  measureIngest(run).then(
    (figures) => process.stdout.write(`${JSON.stringify(figures)}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
