/**
 * The CPU-heavy half of ingestion (read + extract), as a pure function and as a worker-thread entry point.
 * The pool starts this file compiled (`dist/pipeline/extract-worker.js`); the main thread resolves and writes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleDocument, RawArticle } from '../model/article';
import type { ArticleExtraction } from '../model/extraction';
import { ArticleRejectedError, describeError } from '../errors';
import { readArticle } from '../ingest/read-article';
import { readFileInput, type FileInput } from '../ingest/source-items';
import { loadFailure } from './batch';
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

/**
 * One article sent to a worker: its place in the input, the reference time, and either the raw input or,
 * for an article file, its path (the worker reads it: the main thread neither reads nor copies the bytes).
 */
export type ExtractTask = {
  seq: number;
  /** Epoch milliseconds of the ingest clock when the article was submitted. */
  now: number;
} & ({ raw: RawArticle; file?: undefined } | { file: FileInput; raw?: undefined });

/** A worker's answer for one task. */
export interface ExtractReply {
  seq: number;
  outcome: ReadOutcome;
}

/** One reply as the worker sends it: the sequence number, and the outcome as UTF-8 JSON in a buffer of its own. */
export interface EncodedReply {
  seq: number;
  /** Transferred to the main thread, not copied; decoded there by `decodeOutcome` when the article's turn comes. */
  json: Uint8Array<ArrayBuffer>;
}

const utf8 = new TextEncoder();

/**
 * Encodes a chunk of replies. A read article is hundreds of small objects, which a structured clone rebuilds
 * field by field on the main thread (the serial part of ingestion); `JSON.parse` builds them about twice as
 * fast. The JSON travels as bytes outside the JavaScript heap, and the main thread parses an article only
 * when it is about to store it: parsed on arrival, the articles waiting their turn outlived several young-
 * generation collections and were moved among long-lived objects, where at a hundred thousand articles their
 * garbage grew the main thread's heap by a gigabyte between full collections. Lossless here: outcomes hold
 * only strings, finite numbers, null, arrays and plain objects (what the store persists as JSON anyway).
 */
export function encodeReplies(replies: ExtractReply[]): EncodedReply[] {
  // Sentence texts, mention texts and evidence sentences are slices of the document text: they travel once, as
  // the text, and are sliced again on arrival (a copy each would more than double what the main thread parses
  // and then drops).
  return replies.map(({ seq, outcome }) => {
    if (outcome.kind !== 'read') return { seq, json: utf8.encode(JSON.stringify(outcome)) };
    const { doc, extraction } = outcome;
    const sentences = doc.sentences.map((sentence) => withoutSlice(sentence, doc.text));
    const slim =
      extraction === null
        ? null
        : {
            ...extraction,
            entities: extraction.entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => withoutSlice(m, doc.text)) })),
            events: extraction.events.map((e) => ({ ...e, evidence: e.evidence.map((v) => withoutSlice(v, doc.text, doc.id)) })),
            relations: extraction.relations.map((r) => ({ ...r, evidence: r.evidence.map((v) => withoutSlice(v, doc.text, doc.id)) })),
          };
    return { seq, json: utf8.encode(JSON.stringify({ ...outcome, doc: { ...doc, sentences }, extraction: slim })) };
  });
}

/**
 * A span whose text is exactly its slice of `source` (of this article), with the text nulled: the key stays in
 * its place, so the decoded object is the original one, key order included.
 */
function withoutSlice<T extends { text: string; start: number; end: number; articleId?: string }>(
  item: T,
  source: string,
  articleId?: string,
): T | (Omit<T, 'text'> & { text: null }) {
  if (item.articleId !== articleId || source.slice(item.start, item.end) !== item.text) return item;
  return { ...item, text: null };
}

/** Puts back a span's text nulled by `withoutSlice`. */
function restoreSlice(item: { text: string | null; start: number; end: number }, source: string): void {
  if (item.text === null) item.text = source.slice(item.start, item.end);
}

/** The outcome of one reply encoded by `encodeReplies`, with every text left out restored. */
export function decodeOutcome(json: Uint8Array): ReadOutcome {
  const outcome: ReadOutcome = JSON.parse(Buffer.from(json.buffer, json.byteOffset, json.byteLength).toString('utf8'));
  if (outcome.kind !== 'read') return outcome;
  const { doc, extraction } = outcome;
  for (const sentence of doc.sentences) restoreSlice(sentence, doc.text);
  if (extraction === null) return outcome;
  for (const entity of extraction.entities) for (const mention of entity.mentions) restoreSlice(mention, doc.text);
  for (const event of extraction.events) for (const evidence of event.evidence) restoreSlice(evidence, doc.text);
  for (const relation of extraction.relations) for (const evidence of relation.evidence) restoreSlice(evidence, doc.text);
  return outcome;
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

/**
 * Reads an article file and extracts it, with the outcomes the main thread would give: a file that cannot be
 * loaded (missing, not a file, too large, unreadable) is rejected exactly as a failed `load` of its item is.
 */
export function readFileAndExtract(
  file: FileInput,
  options: { maxBytes: number; now: Date; extract?: (doc: ArticleDocument) => ArticleExtraction },
): ReadOutcome {
  let raw: RawArticle;
  try {
    raw = readFileInput(file);
  } catch (error) {
    return { kind: 'unreadable', status: 'rejected', ...loadFailure(error), diagnostics: [] };
  }
  return readAndExtract(raw, options);
}

/** The outcome of one task in a worker. */
function runExtractTask(task: ExtractTask, maxBytes: number): ReadOutcome {
  const options = { maxBytes, now: new Date(task.now) };
  return task.file !== undefined ? readFileAndExtract(task.file, options) : readAndExtract(task.raw, options);
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
      outcome: runExtractTask(task, maxBytes),
    }));
    const encoded = encodeReplies(replies);
    port.postMessage(encoded, encoded.map((reply) => reply.json.buffer));
  });
}
