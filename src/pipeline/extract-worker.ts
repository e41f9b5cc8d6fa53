/**
 * The CPU-heavy half of ingestion (read + extract), as a pure function and as a worker-thread entry point.
 * The pool starts this file compiled (`dist/pipeline/extract-worker.js`); the main thread resolves and writes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleDocument, RawArticle } from '../model/article';
import type { ArticleExtraction } from '../model/extraction';
import { ArticleRejectedError, describeError } from '../errors';
import { readArticle } from '../ingest/read-article';
import { extractArticle } from '../extract';

/** `workerData.role` of an extraction worker; the entry point starts listening only under this marker. */
export const EXTRACT_WORKER_ROLE = 'newsgraph-extract-worker';

/** What reading and extracting one article gave, in a form that crosses threads (structured clone). */
export type ReadOutcome =
  | { kind: 'unreadable'; status: 'rejected' | 'failed'; reason: string; message: string; diagnostics: string[] }
  | {
      kind: 'read';
      doc: ArticleDocument;
      diagnostics: string[];
      /** Null when not extracted (not English) or when the extractor threw (`extractError`). */
      extraction: ArticleExtraction | null;
      extractError: string | null;
    };

/** One article sent to a worker: its place in the input, the raw input and the reference time. */
export interface ExtractTask {
  seq: number;
  raw: RawArticle;
  /** Epoch milliseconds of the ingest clock when the article was submitted. */
  now: number;
}

/** A worker's answer for one task. */
export interface ExtractReply {
  seq: number;
  outcome: ReadOutcome;
}

/** What the pool passes as `workerData`. */
export interface ExtractWorkerData {
  role: typeof EXTRACT_WORKER_ROLE;
  maxArticleBytes: number;
}

/**
 * Reads and extracts one article exactly as `createIngestor` does, stopping where the store is needed.
 * Non-English documents are not extracted: the ingestor rejects them before extraction.
 */
export function readAndExtract(
  raw: RawArticle,
  options: { maxBytes: number; now: Date; extract?: (doc: ArticleDocument) => ArticleExtraction },
): ReadOutcome {
  const diagnostics: string[] = [];
  let doc: ArticleDocument;
  try {
    doc = readArticle(raw, { maxBytes: options.maxBytes, now: options.now, onDiagnostic: (m) => diagnostics.push(m) });
  } catch (error) {
    if (error instanceof ArticleRejectedError) {
      return { kind: 'unreadable', status: 'rejected', reason: error.reason, message: error.message, diagnostics };
    }
    return { kind: 'unreadable', status: 'failed', reason: 'read-error', message: describeError(error), diagnostics };
  }
  if (doc.meta.language !== null && doc.meta.language !== 'en') {
    return { kind: 'read', doc, diagnostics, extraction: null, extractError: null };
  }
  try {
    return { kind: 'read', doc, diagnostics, extraction: (options.extract ?? extractArticle)(doc), extractError: null };
  } catch (error) {
    // A bug in an extractor must not stop the batch: the main thread reports it with the article.
    return { kind: 'read', doc, diagnostics, extraction: null, extractError: describeError(error) };
  }
}

function isWorkerData(value: unknown): value is ExtractWorkerData {
  return typeof value === 'object' && value !== null && (value as { role?: unknown }).role === EXTRACT_WORKER_ROLE;
}

// Listen only when started by the pool: importing this module (for the types or readAndExtract) does nothing.
if (parentPort !== null && isWorkerData(workerData)) {
  const port = parentPort;
  const maxBytes = workerData.maxArticleBytes;
  port.on('message', (tasks: ExtractTask[]) => {
    const replies: ExtractReply[] = tasks.map((task) => ({
      seq: task.seq,
      outcome: readAndExtract(task.raw, { maxBytes, now: new Date(task.now) }),
    }));
    port.postMessage(replies);
  });
}
