/** Runs many articles through one ingest function, reporting progress and collecting a summary. */
import { describeError } from '../errors';
import type { RawArticle } from '../model/article';
import type { FileInput } from '../ingest/source-items';
import type { IngestArticleFn, IngestOutcome, IngestStatus } from './ingest';

/**
 * One input of a batch: something to load (an article file also names itself in `file`, so a worker pool can
 * read it in a worker thread instead of calling `load`), or a source that could not even be opened.
 */
export type BatchItem =
  | { source: string; load: () => Promise<RawArticle>; file?: FileInput }
  | { source: string; error: string; reason: string };

/** A problem with one input, for the summary. */
export interface BatchProblem {
  source: string | null;
  status: IngestStatus;
  reason: string;
  message: string;
}

/** Totals of a batch. */
export interface BatchSummary {
  read: number;
  byStatus: Record<IngestStatus, number>;
  problems: BatchProblem[];
  /** Recoverable problems met while reading articles that were still ingested, each naming its source. */
  notes: string[];
  /** Problems and notes past the first `MAX_LISTED` of each, counted but not kept (memory stays flat). */
  unlisted: number;
  entities: number;
  events: number;
  relations: number;
  seconds: number;
}

/** How many problems and how many notes a summary lists; a million-article run must not hold them all. */
export const MAX_LISTED = 1000;

/** Called after every article. */
export type ProgressFn = (done: number, last: IngestOutcome) => void;

function emptyCounts(): Record<IngestStatus, number> {
  return { ingested: 0, unchanged: 0, duplicate: 0, rejected: 0, failed: 0 };
}

/**
 * Ingests every item in order. A load error or rejected article is recorded and the batch goes on;
 * an error from the store (disk full, server gone) stops the batch, since every later write would fail too.
 */
export async function ingestBatch(
  items: AsyncIterable<BatchItem> | Iterable<BatchItem>,
  ingest: IngestArticleFn,
  options: BatchOptions = {},
): Promise<BatchSummary> {
  return summarizeBatch(
    items,
    (item) =>
      'error' in item
        ? Promise.resolve(failedOutcome(item.source, 'rejected', item.reason, item.error))
        : loadAndIngest(item.source, item.load, ingest),
    options,
  );
}

/** Progress callback and clock of a batch. */
export interface BatchOptions {
  onProgress?: ProgressFn;
  now?: () => number;
}

/**
 * Turns every item into its outcome, strictly one after another in input order, reporting progress and
 * collecting the summary. `ingestBatch` and the worker pool share it; an error thrown by `outcomeOf` (the
 * store failing) stops the batch.
 */
export async function summarizeBatch<T>(
  items: AsyncIterable<T> | Iterable<T>,
  outcomeOf: (item: T) => Promise<IngestOutcome>,
  options: BatchOptions = {},
): Promise<BatchSummary> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const summary: BatchSummary = {
    read: 0,
    byStatus: emptyCounts(),
    problems: [],
    notes: [],
    unlisted: 0,
    entities: 0,
    events: 0,
    relations: 0,
    seconds: 0,
  };
  for await (const item of items) {
    summary.read += 1;
    const result = await outcomeOf(item);
    summary.byStatus[result.status] += 1;
    summary.entities += result.entities;
    summary.events += result.events;
    summary.relations += result.relations;
    if (result.status === 'rejected' || result.status === 'failed' || result.status === 'duplicate') {
      if (summary.problems.length < MAX_LISTED) {
        summary.problems.push({
          source: result.source,
          status: result.status,
          reason: result.reason ?? result.status,
          message: result.message ?? '',
        });
      } else summary.unlisted += 1;
    }
    // Reading diagnostics already name their article ("<source>: …"; see `readArticle`).
    for (const note of result.diagnostics ?? []) {
      if (summary.notes.length < MAX_LISTED) summary.notes.push(note);
      else summary.unlisted += 1;
    }
    options.onProgress?.(summary.read, result);
  }
  summary.seconds = (now() - started) / 1000;
  return summary;
}

/**
 * Why loading an article failed, as its outcome will say it. Loaders throw ArticleRejectedError (too large,
 * unreadable): its reason word is kept. A worker thread reading a file itself reports through this too.
 */
export function loadFailure(error: unknown): { reason: string; message: string } {
  const reason = error instanceof Error && 'reason' in error ? String(error.reason) : 'unreadable';
  return { reason, message: describeError(error) };
}

async function loadAndIngest(
  source: string,
  load: () => Promise<RawArticle>,
  ingest: IngestArticleFn,
): Promise<IngestOutcome> {
  let raw: RawArticle;
  try {
    raw = await load();
  } catch (error) {
    const { reason, message } = loadFailure(error);
    return failedOutcome(source, 'rejected', reason, message);
  }
  return ingest(raw);
}

/** The outcome of an input that never reached the reader (not opened, or its load failed). */
export function failedOutcome(source: string, status: IngestStatus, reason: string, message: string): IngestOutcome {
  return {
    articleId: null,
    source,
    status,
    reason,
    message,
    title: null,
    entities: 0,
    events: 0,
    relations: 0,
    diagnostics: [],
  };
}
