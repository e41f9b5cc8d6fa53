/**
 * Command-line inputs routed to their readers: files and directories (walked), JSON Lines files (one article
 * per line) and http(s) URLs (pages or feeds), merged into one lazy, ordered stream of items.
 */
import { readJsonLines, isJsonLinesPath } from './jsonl';
import { parseHttpUrl } from './http-fetch';
import { readArticleFile, walkArticlePaths } from './sources';
import { createLimiter, failedItem, prefetchLoads, type SourceItem } from './source-items';
import { webItems, type WebInput, type WebSourceOptions } from './web-sources';

/** How inputs are read. */
export interface InputOptions extends Partial<Omit<WebSourceOptions, 'maxBytes' | 'limiter'>> {
  /** Largest article (file, JSON line, page or feed) accepted, in bytes. */
  maxBytes: number;
  /** URLs that must be feeds (`--feed`), read after the positional inputs. */
  feeds?: readonly string[];
  /** Requests in flight at once, and articles loaded ahead of the one being ingested (default 4). */
  concurrency?: number;
}

/** Default size of the request pool: polite to one site, enough to hide network latency behind extraction. */
export const DEFAULT_CONCURRENCY = 4;

/** True when an argument names a URL (any scheme) rather than a path. */
export function isUrlArgument(arg: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(arg);
}

type Run = { kind: 'paths'; values: string[] } | { kind: 'web'; values: WebInput[] };

/** Consecutive arguments of the same kind grouped, so a walk sees all its paths and URLs are fetched together. */
function groupRuns(args: readonly string[], feeds: readonly string[]): Run[] {
  const runs: Run[] = [];
  const add = (kind: Run['kind'], arg: string, feed: boolean): void => {
    const last = runs[runs.length - 1];
    if (kind === 'paths') {
      if (last?.kind === 'paths') last.values.push(arg);
      else runs.push({ kind, values: [arg] });
    } else if (last?.kind === 'web') last.values.push({ url: arg, feed });
    else runs.push({ kind, values: [{ url: arg, feed }] });
  };
  for (const arg of args) add(isUrlArgument(arg) ? 'web' : 'paths', arg, false);
  for (const feed of feeds) add('web', feed, true);
  return runs;
}

/** Files and directories: article files load lazily, JSON Lines files expand to one item per line. */
async function* pathItems(paths: string[], maxBytes: number, now: Date): AsyncGenerator<SourceItem> {
  for await (const entry of walkArticlePaths(paths)) {
    if (entry.error !== undefined) {
      yield { source: entry.path, error: entry.error, reason: entry.reason };
    } else if (isJsonLinesPath(entry.path)) {
      yield* readJsonLines(entry.path, { maxBytes, now });
    } else {
      // `file` lets a worker pool read it in a worker thread; `load` reads it here.
      const file = { path: entry.path, maxBytes };
      yield { source: entry.path, load: () => readArticleFile(entry.path, { maxBytes }), file };
    }
  }
}

/**
 * Every input as one ordered stream of items. Loads run up to `concurrency` ahead of the consumer, and all
 * requests share one pool of that size, so memory and connections stay bounded for any number of inputs.
 */
export async function* inputItems(args: readonly string[], options: InputOptions): AsyncGenerator<SourceItem> {
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const limiter = createLimiter(concurrency);
  const now = options.now ?? (() => new Date());
  const web: WebSourceOptions = { ...options, limiter, now };
  async function* routed(): AsyncGenerator<SourceItem> {
    for (const run of groupRuns(args, options.feeds ?? [])) {
      if (run.kind === 'paths') {
        yield* pathItems(run.values, options.maxBytes, now());
        continue;
      }
      // Other schemes (ftp:, file:) are reported one by one; the http(s) ones are fetched together.
      const fetchable: WebInput[] = [];
      for (const input of run.values) {
        try {
          parseHttpUrl(input.url);
          fetchable.push(input);
        } catch (error) {
          if (fetchable.length) yield* webItems(fetchable.splice(0), web);
          yield failedItem(input.url, error, 'bad-url');
        }
      }
      if (fetchable.length) yield* webItems(fetchable, web);
    }
  }
  yield* prefetchLoads(routed(), concurrency);
}
