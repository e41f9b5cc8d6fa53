/**
 * Inputs as a stream of items for the batch pipeline: one item per article to load, or a source that failed
 * with a reason. Shared by files, JSON Lines and the web; plus the small concurrency tools they need.
 */
import { ArticleRejectedError, describeError } from '../errors';
import type { ArticleFormat, MetadataOverrides, RawArticle } from '../model/article';
import { readArticleFileSync } from './sources';

/**
 * An article file named by path, for a consumer that reads it elsewhere (a worker thread) instead of calling
 * `load`: `readFileInput` gives what `load` gives, errors included. The item's `source` is `path`.
 */
export interface FileInput {
  /** Absolute path of the article file. */
  path: string;
  /** The size limit `load` applies to the file (`readArticleFile`'s `maxBytes`). */
  maxBytes: number;
  overrides?: MetadataOverrides;
  format?: ArticleFormat;
}

/**
 * One input: an article to load lazily (a file also says which, in `file`), or a source that could not be
 * opened (message and reason word). Structurally the pipeline's `BatchItem`; declared here so `src/ingest`
 * does not depend on `src/pipeline`.
 */
export type SourceItem =
  | { source: string; load: () => Promise<RawArticle>; file?: FileInput; error?: undefined }
  | { source: string; error: string; reason: string };

/** A raw article with caller metadata merged over its own (caller wins) and a forced format, if any. */
export function applyMetadata(raw: RawArticle, overrides?: MetadataOverrides, format?: ArticleFormat): RawArticle {
  return { ...raw, overrides: { ...raw.overrides, ...overrides }, ...(format ? { format } : {}) };
}

/** Reads a file input synchronously (in a worker thread) into exactly the raw article its item's `load` gives. */
export function readFileInput(file: FileInput): RawArticle {
  const raw = readArticleFileSync(file.path, { maxBytes: file.maxBytes });
  if (file.overrides === undefined && file.format === undefined) return raw;
  return applyMetadata(raw, file.overrides, file.format);
}

/**
 * An item whose article gets caller metadata (command-line flags) and format: applied by its `load` and
 * carried by its `file`, so a worker thread reading the file applies them too.
 */
export function withMetadata(item: SourceItem, overrides: MetadataOverrides, format?: ArticleFormat): SourceItem {
  if (item.error !== undefined) return item;
  const { load, file } = item;
  const source = item.source;
  const withLoad = async (): Promise<RawArticle> => applyMetadata(await load(), overrides, format);
  if (file === undefined) return { source, load: withLoad };
  // Merged the way a second applyMetadata over the first would merge them.
  const fileFormat = format ?? file.format;
  const merged: FileInput = { ...file, overrides: { ...file.overrides, ...overrides } };
  if (fileFormat) merged.format = fileFormat;
  return { source, load: withLoad, file: merged };
}

/** The failed item for a thrown value: an ArticleRejectedError keeps its reason, anything else is `fallbackReason`. */
export function failedItem(source: string, error: unknown, fallbackReason = 'unreadable'): SourceItem {
  const reason = error instanceof ArticleRejectedError ? error.reason : fallbackReason;
  return { source, error: describeError(error), reason };
}

/** Runs async tasks with at most `limit` running at once; the rest wait in FIFO order. */
export interface Limiter {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks running now (for tests and diagnostics). */
  readonly active: number;
  /** Tasks allowed at once. */
  readonly size: number;
}

/** Creates a FIFO limiter allowing `limit` tasks at once. */
export function createLimiter(limit: number): Limiter {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`createLimiter: limit must be a positive integer, got ${String(limit)}`);
  }
  let active = 0;
  const waiting: Array<() => void> = [];
  const release = (): void => {
    active -= 1;
    const next = waiting.shift();
    if (next) next();
  };
  return {
    size: limit,
    get active() {
      return active;
    },
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
      active += 1;
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}

type Settled = { ok: true; value: RawArticle } | { ok: false; error: unknown };

/**
 * Starts an item's load at once, as a settled result so a load failing before its turn is not an unhandled
 * rejection. Files are not started: a local read gains nothing from overlapping, and a worker pool reads them
 * in its own threads (starting the load here would read every file on the main thread as well).
 */
function startLoad(item: SourceItem): Promise<Settled> | null {
  if (item.error !== undefined || item.file !== undefined) return null;
  return item.load().then(
    (value): Settled => ({ ok: true, value }),
    (error: unknown): Settled => ({ ok: false, error }),
  );
}

/**
 * Starts loading up to `ahead` items before the consumer asks for them, yielding items in their original
 * order whose `load` returns the load already under way. Network fetches then overlap with extraction while
 * memory stays bounded (at most `ahead` loaded articles wait). Failures surface when the item's `load` is
 * awaited, exactly as without prefetching. The source is read in the background, so a slow source (a feed
 * being fetched) does not hold back items already loaded.
 */
export async function* prefetchLoads(items: AsyncIterable<SourceItem>, ahead: number): AsyncGenerator<SourceItem> {
  if (ahead <= 0) {
    yield* items;
    return;
  }
  const queue: Array<{ item: SourceItem; settled: Promise<Settled> | null }> = [];
  const iterator = items[Symbol.asyncIterator]();
  let exhausted = false;
  let stopped = false;
  // Held in an object: TypeScript does not see the closure assigning it and would narrow a plain `let` to null.
  const failure: { error?: unknown; failed: boolean } = { failed: false };
  let filling: Promise<void> | null = null;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    const resume = wake;
    wake = null;
    resume?.();
  };
  const fill = async (): Promise<void> => {
    try {
      while (!exhausted && !stopped && queue.length <= ahead) {
        const next = await iterator.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        queue.push({ item: next.value, settled: startLoad(next.value) });
        notify();
      }
    } catch (error) {
      failure.failed = true;
      failure.error = error;
      exhausted = true;
    } finally {
      filling = null;
      notify();
    }
  };
  try {
    for (;;) {
      if (filling === null && !exhausted && queue.length <= ahead) filling = fill();
      const head = queue.shift();
      if (!head) {
        if (exhausted) {
          if (failure.failed) throw failure.error;
          return;
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      const { item, settled } = head;
      if (settled === null) {
        yield item;
        continue;
      }
      yield {
        source: item.source,
        load: async () => {
          const result = await settled;
          if (result.ok) return result.value;
          throw result.error;
        },
      };
    }
  } finally {
    // The consumer stopped early (a store failure): let the source finish its step, then clean up its streams.
    stopped = true;
    if (filling !== null) await filling;
    if (!exhausted) await iterator.return?.();
  }
}
