/**
 * Parallel ingestion: worker threads read and extract articles while the main thread only resolves and
 * writes them, strictly in input order, so the graph is the one the single-threaded path builds. A bounded
 * window of articles is read ahead (backpressure), so memory stays flat whatever the size of the input.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RawArticle } from '../model/article';
import type { GraphStore } from '../store/graph-store';
import type { FileInput } from '../ingest/source-items';
import { failedOutcome, loadFailure, summarizeBatch, type BatchItem, type BatchSummary, type ProgressFn } from './batch';
import { applyReadOutcome, type IngestOutcome } from './ingest';
import {
  EXTRACT_WORKER_ROLE,
  decodeOutcome,
  type EncodedReply,
  type ExtractTask,
  type ExtractWorkerData,
  type ReadOutcome,
} from './extract-worker';

/**
 * How to start a worker. By default the compiled `extract-worker.js` next to this file (`dist/pipeline`);
 * a test running TypeScript sources passes a bootstrap (`eval: true`) that registers a loader first.
 */
export interface WorkerScript {
  /** A file path, or JavaScript source when `eval` is true. */
  file: string;
  eval?: boolean;
  execArgv?: string[];
}

/** Settings of the extraction pool. */
export interface ExtractPoolOptions {
  /** Number of worker threads; 0 means one per core (`os.availableParallelism()`). */
  workers: number;
  maxArticleBytes: number;
  script?: WorkerScript;
  /** Most articles sent to a worker in one message (fewer when one is needed at once). Default 16. */
  chunkSize?: number;
}

/** The worker count a configured value stands for: 0 means one per core. */
export function workerCount(configured: number): number {
  if (!Number.isInteger(configured) || configured < 0) {
    throw new RangeError(`workers must be 0 (one per core) or a positive whole number, got ${String(configured)}`);
  }
  return configured === 0 ? os.availableParallelism() : configured;
}

/** The compiled worker entry point next to this module, or a message saying how to get one. */
export function defaultWorkerScript(): WorkerScript {
  const file = path.join(__dirname, 'extract-worker.js');
  if (!existsSync(file)) {
    // Running from TypeScript sources (Jest, ts-node): there is no compiled worker to start.
    throw new Error(
      `No compiled extraction worker at ${file}: run \`npm run build\` and use dist/, or pass options.script ` +
        '(see test/pipeline/worker-pool.test.ts for a bootstrap that runs the TypeScript sources).',
    );
  }
  return { file };
}

/** The outcome of an article a worker could not deliver: failed, with why. */
function workerFailure(message: string): ReadOutcome {
  return { kind: 'unreadable', status: 'failed', reason: 'worker-error', message, diagnostics: [] };
}

/** What a task reads: an article already in memory, or a file the worker reads itself. */
export type ExtractInput = { raw: RawArticle } | { file: FileInput };

/** An outcome as it arrived: a worker's JSON bytes, not decoded yet, or a failure made in this thread. */
type Arrived = Uint8Array | ReadOutcome;

/** True for what `encodeReplies` sends: a list of { seq, json bytes }. */
function isReplyChunk(message: unknown): message is EncodedReply[] {
  const isReply = (reply: unknown): boolean =>
    typeof reply === 'object' &&
    reply !== null &&
    'seq' in reply &&
    typeof reply.seq === 'number' &&
    'json' in reply &&
    ArrayBuffer.isView(reply.json);
  return Array.isArray(message) && message.every(isReply);
}

/** A queued article: its sequence number (for `ExtractPool.need`) and its outcome to come. */
export class Submission {
  private decoded: Promise<ReadOutcome> | null = null;

  constructor(
    readonly seq: number,
    private readonly arrived: Promise<Arrived>,
  ) {
    // A refusal is reported to whoever reads `outcome`; until then it must not count as unhandled.
    arrived.catch(() => undefined);
  }

  /** The outcome, decoded when first asked for (see `encodeReplies` for why not on arrival). */
  get outcome(): Promise<ReadOutcome> {
    this.decoded ??= this.arrived.then((arrived) =>
      // Not `instanceof`: the bytes come from another realm under test runners that sandbox modules.
      'kind' in arrived ? arrived : decodeOutcome(arrived),
    );
    return this.decoded;
  }
}

interface Waiting {
  resolve: (outcome: Arrived) => void;
}

interface Slot {
  worker: Worker;
  /** Tasks sent and not answered yet, by sequence number. */
  waiting: Map<number, Waiting>;
  /** Messages sent and not answered yet. */
  chunks: number;
}

/** Articles per message by default: a few hundred milliseconds of extraction, one wake-up each way. */
const DEFAULT_CHUNK_SIZE = 16;

/** Messages a worker may have unanswered: one being worked on, one queued so it never waits for the main thread. */
const CHUNKS_PER_WORKER = 2;

/** Worker failures in a row (no answer in between) per worker after which the script is taken to be broken. */
const FAILURES_PER_WORKER_BEFORE_GIVING_UP = 3;

/** A fixed set of extraction workers fed in small chunks; every submitted article gets exactly one outcome. */
export class ExtractPool {
  /** Number of worker threads. */
  readonly size: number;
  private readonly slots: Slot[] = [];
  private readonly queue: { task: ExtractTask; waiting: Waiting }[] = [];
  /** Most articles in one message. */
  readonly chunkSize: number;
  private readonly script: WorkerScript;
  private readonly maxArticleBytes: number;
  private seq = 0;
  /** Highest sequence number a caller waits for; tasks up to it are sent without waiting for a full chunk. */
  private neededUpTo = -1;
  private closed = false;
  /** Failures since the last answer from any worker; too many means the script cannot run at all. */
  private failuresInARow = 0;
  /** Set when workers keep dying without answering: every later article is refused with this reason. */
  private broken: string | null = null;

  constructor(options: ExtractPoolOptions) {
    this.size = workerCount(options.workers);
    this.chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK_SIZE);
    this.script = options.script ?? defaultWorkerScript();
    this.maxArticleBytes = options.maxArticleBytes;
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const data: ExtractWorkerData = { role: EXTRACT_WORKER_ROLE, maxArticleBytes: this.maxArticleBytes };
    const worker = new Worker(this.script.file, {
      eval: this.script.eval ?? false,
      workerData: data,
      ...(this.script.execArgv ? { execArgv: this.script.execArgv } : {}),
    });
    const slot: Slot = { worker, waiting: new Map(), chunks: 0 };
    worker.on('message', (message: unknown) => {
      if (!isReplyChunk(message)) {
        // A worker script speaking another protocol would otherwise leave its articles waiting for ever.
        this.replace(slot, 'the extraction worker sent a message that is not a chunk of replies');
        return;
      }
      this.failuresInARow = 0;
      slot.chunks -= 1;
      for (const reply of message) {
        slot.waiting.get(reply.seq)?.resolve(reply.json);
        slot.waiting.delete(reply.seq);
      }
      this.pump();
    });
    const fail = (message: string): void => this.replace(slot, message);
    worker.on('error', (error) => fail(`the extraction worker failed: ${error.message}`));
    worker.on('exit', (code) => {
      if (!this.closed) fail(`the extraction worker exited with code ${code}`);
    });
    return slot;
  }

  /**
   * A crashed worker fails only the articles it held and a fresh one takes its place; but workers that keep
   * dying without ever answering (a missing or broken script) are not restarted forever: the pool gives up.
   */
  private replace(slot: Slot, message: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    for (const waiting of slot.waiting.values()) {
      waiting.resolve(workerFailure(message));
    }
    slot.waiting.clear();
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    this.failuresInARow += 1;
    if (this.failuresInARow >= FAILURES_PER_WORKER_BEFORE_GIVING_UP * this.size) {
      this.broken = `extraction workers keep failing (${message}); check the worker script or rebuild with \`npm run build\``;
    }
    if (this.closed || this.broken !== null) {
      this.slots.splice(index, 1);
      if (this.broken !== null) this.failQueued(this.broken);
      return;
    }
    this.slots[index] = this.spawn();
    this.pump();
  }

  private failQueued(message: string): void {
    for (const { waiting } of this.queue.splice(0)) {
      waiting.resolve(workerFailure(message));
    }
  }

  /** Queues one article for reading and extraction; `now` is the reference time readArticle gets. */
  submit(raw: RawArticle, now: Date): Promise<ReadOutcome> {
    return this.submitNow({ raw }, now);
  }

  /**
   * Queues one article file: the worker reads it (size limit and errors as `readArticleFile`), so its bytes
   * never pass through this thread. A file that cannot be loaded comes back rejected with the load's reason.
   */
  submitFile(file: FileInput, now: Date): Promise<ReadOutcome> {
    return this.submitNow({ file }, now);
  }

  private submitNow(input: ExtractInput, now: Date): Promise<ReadOutcome> {
    const submission = this.defer(input, now);
    this.need(submission.seq);
    return submission.outcome;
  }

  /**
   * Queues one article without hurrying it: it leaves in a full chunk, or once `need` asks for it. Fewer,
   * fuller messages mean fewer thread wake-ups, each of which can cost the main thread its core.
   */
  defer(input: ExtractInput, now: Date): Submission {
    if (this.closed) return new Submission(-1, Promise.reject(new Error('the extraction pool is closed')));
    if (this.broken !== null) return new Submission(-1, Promise.reject(new Error(this.broken)));
    const seq = this.seq++;
    const arrived = new Promise<Arrived>((resolve) => {
      this.queue.push({ task: { seq, now: now.getTime(), ...input }, waiting: { resolve } });
    });
    this.pump();
    return new Submission(seq, arrived);
  }

  /** The caller waits for article `seq` now: it and all queued before it leave without waiting to fill a chunk. */
  need(seq: number): void {
    if (seq <= this.neededUpTo) return;
    this.neededUpTo = seq;
    this.pump();
  }

  /**
   * Sends queued tasks to the least busy workers, each holding at most `CHUNKS_PER_WORKER` chunks: full chunks
   * whenever there is room, and as soon as a needed task is queued, whatever is there (spread over idle workers).
   */
  private pump(): void {
    while (this.queue.length > 0) {
      let best: Slot | null = null;
      for (const slot of this.slots) if (best === null || slot.chunks < best.chunks) best = slot;
      if (best === null || best.chunks >= CHUNKS_PER_WORKER) return;
      const needed = (this.queue[0]?.task.seq ?? Number.POSITIVE_INFINITY) <= this.neededUpTo;
      if (this.queue.length < this.chunkSize && !needed) return;
      const idle = this.slots.filter((s) => s.chunks === 0).length;
      const take = Math.min(this.chunkSize, Math.max(1, Math.ceil(this.queue.length / Math.max(1, idle))));
      const batch = this.queue.splice(0, take);
      for (const { task, waiting } of batch) best.waiting.set(task.seq, waiting);
      best.chunks += 1;
      best.worker.postMessage(batch.map((b) => b.task));
    }
  }

  /** Stops every worker; articles still queued get a 'failed' outcome. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const message = 'the extraction pool was closed before this article was read';
    this.failQueued(message);
    await Promise.all(
      this.slots.map(async (slot) => {
        for (const waiting of slot.waiting.values()) {
          waiting.resolve(workerFailure(message));
        }
        slot.waiting.clear();
        slot.worker.removeAllListeners();
        await slot.worker.terminate();
      }),
    );
    this.slots.length = 0;
  }
}

/** Settings of a parallel batch. */
export interface ParallelIngestOptions {
  store: GraphStore;
  maxArticleBytes: number;
  /** Worker threads; 0 means one per core (`config.ingest.workers`). */
  workers: number;
  clock?: () => Date;
  script?: WorkerScript;
  chunkSize?: number;
  /** Most articles submitted ahead of the one being written. Default: three chunks per worker. */
  window?: number;
  onProgress?: ProgressFn;
  now?: () => number;
}

/** An item on its way: not opened, or submitted to the pool (a loaded raw article, or a file the worker reads). */
type Ahead =
  | { source: string; error: string; reason: string }
  | { source: string; submitted: Promise<Submitted> };

/** A submitted article: what its outcome is reported against, and its place in the pool; or why its load failed. */
type Submitted = { raw: RawArticle; read: Submission } | { failed: { reason: string; message: string } };

/**
 * Items submitted up to `window` ahead of the consumer, in input order. A file goes to the pool by path; any
 * other item is loaded here first (JSON lines, fetched pages: their content is already in this thread).
 */
async function* submitAhead(
  items: AsyncIterable<BatchItem> | Iterable<BatchItem>,
  window: number,
  submit: (input: ExtractInput) => Submission,
): AsyncGenerator<Ahead> {
  const ahead: Ahead[] = [];
  const iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : toAsync(items);
  let done = false;
  for (;;) {
    while (!done && ahead.length < window) {
      const next = await iterator.next();
      if (next.done === true) {
        done = true;
        break;
      }
      const item = next.value;
      if ('error' in item) ahead.push(item);
      else ahead.push({ source: item.source, submitted: submitItem(item, submit) });
    }
    const item = ahead.shift();
    if (item === undefined) return;
    yield item;
  }
}

function submitItem(
  item: { source: string; load: () => Promise<RawArticle>; file?: FileInput },
  submit: (input: ExtractInput) => Submission,
): Promise<Submitted> {
  const { file } = item;
  if (file !== undefined) {
    // The outcome of a file is reported against its source alone (applyReadOutcome reads nothing else of the
    // raw article); the content stays in the worker.
    return Promise.resolve({ raw: { content: NO_CONTENT, source: item.source }, read: submit({ file }) });
  }
  return item.load().then(
    (raw): Submitted => ({ raw, read: submit({ raw }) }),
    (error: unknown): Submitted => ({ failed: loadFailure(error) }),
  );
}

const NO_CONTENT = new Uint8Array(0);

async function* toAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

/**
 * Ingests every item like `ingestBatch` with `createIngestor`, reading and extracting in worker threads.
 * Outcomes, progress and the summary come in input order; the graph equals the single-threaded one.
 */
export async function ingestBatchParallel(
  items: AsyncIterable<BatchItem> | Iterable<BatchItem>,
  options: ParallelIngestOptions,
): Promise<BatchSummary> {
  const clock = options.clock ?? (() => new Date());
  const pool = new ExtractPool({
    workers: options.workers,
    maxArticleBytes: options.maxArticleBytes,
    ...(options.script ? { script: options.script } : {}),
    ...(options.chunkSize !== undefined ? { chunkSize: options.chunkSize } : {}),
  });
  // Room for every worker's chunks in flight plus a full one filling: full chunks never wait on the window.
  const window = options.window ?? (CHUNKS_PER_WORKER + 1) * pool.chunkSize * pool.size;
  const submit = (input: ExtractInput): Submission => pool.defer(input, clock());
  const outcomeOf = async (item: Ahead): Promise<IngestOutcome> => {
    if ('error' in item) return failedOutcome(item.source, 'rejected', item.reason, item.error);
    const submitted = await item.submitted;
    if ('failed' in submitted) {
      return failedOutcome(item.source, 'rejected', submitted.failed.reason, submitted.failed.message);
    }
    pool.need(submitted.read.seq);
    return applyReadOutcome(submitted.raw, await submitted.read.outcome, { store: options.store, clock });
  };
  try {
    return await summarizeBatch(submitAhead(items, window, submit), outcomeOf, {
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.now ? { now: options.now } : {}),
    });
  } finally {
    await pool.close();
  }
}
