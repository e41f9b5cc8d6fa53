/**
 * `newsgraph ingest`: files, directories, JSON Lines dumps, web pages and feeds into the graph, with
 * progress and a summary.
 */
import type { ArticleFormat, MetadataOverrides } from '../../model/article';
import { ARTICLE_FORMATS } from '../../model/article';
import { isOneOf } from '../../model/vocabulary';
import { DEFAULT_CONCURRENCY, inputItems, type InputOptions } from '../../ingest/inputs';
import { withMetadata } from '../../ingest/source-items';
import { DEFAULT_FETCH_LIMITS } from '../../ingest/http-fetch';
import { NewsgraphError } from '../../errors';
import { ingestBatch, type BatchItem, type BatchSummary } from '../../pipeline/batch';
import { createIngestor, type IngestOutcome } from '../../pipeline/ingest';
import { ingestBatchParallel, workerCount } from '../../pipeline/worker-pool';
import { openStore } from '../../store/open-store';
import type { GraphStats } from '../../store/graph-store';
import { configFrom, type CommonOptions } from '../common';
import { createProgress } from '../progress';

/** Flags of `ingest`. */
export interface IngestOptions extends CommonOptions {
  format?: string;
  title?: string;
  outlet?: string;
  url?: string;
  published?: string;
  quiet?: boolean;
  /** Feed URLs (`--feed`, repeatable): every item of each is ingested. */
  feed?: string[];
  /** Requests in flight at once (`--concurrency`, default 4). */
  concurrency?: string;
  /** Seconds before a request is abandoned (`--timeout`, default 20). */
  timeout?: string;
}

/** Web fetching settings of `batchItems`: feeds to read, pool size, time limit. */
export type WebInputOptions = Pick<InputOptions, 'feeds' | 'concurrency' | 'timeoutMs' | 'signal'>;

/**
 * Turns the command's inputs (paths, JSON Lines files, URLs, feeds) into batch items that load lazily, applying
 * flag metadata to each: flags win over what the inputs state.
 */
export async function* batchItems(
  inputs: readonly string[],
  maxBytes: number,
  overrides: MetadataOverrides,
  format: ArticleFormat | undefined,
  web: WebInputOptions = {},
): AsyncGenerator<BatchItem> {
  // Files keep their path (with the flags), so a worker thread reads them instead of this thread.
  for await (const item of inputItems(inputs, { maxBytes, ...web })) yield withMetadata(item, overrides, format);
}

/** A whole number flag within bounds, or a BAD_USER_INPUT error saying what is expected. */
function intFlag(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new NewsgraphError('BAD_USER_INPUT', `${name} must be a whole number from ${min} to ${max}, got "${value}".`);
  }
  return n;
}

/** Runs the command; returns the process exit code. */
export async function runIngest(paths: string[], options: IngestOptions): Promise<number> {
  const config = configFrom(options);
  const overrides: MetadataOverrides = {};
  if (options.title !== undefined) overrides.title = options.title;
  if (options.outlet !== undefined) overrides.outlet = options.outlet;
  if (options.url !== undefined) overrides.url = options.url;
  if (options.published !== undefined) overrides.published = options.published;
  const format = options.format !== undefined && isOneOf(ARTICLE_FORMATS, options.format) ? options.format : undefined;
  const concurrency = intFlag('--concurrency', options.concurrency, DEFAULT_CONCURRENCY, 1, 64);
  const timeoutMs = intFlag('--timeout', options.timeout, DEFAULT_FETCH_LIMITS.timeoutMs / 1000, 1, 3600) * 1000;
  if (paths.length === 0 && !options.feed?.length) {
    throw new NewsgraphError('BAD_USER_INPUT', 'Nothing to ingest: give files, directories, URLs or --feed <url>.');
  }

  const store = await openStore(config);
  // Stops requests still in flight when the batch ends early (a store failure).
  const requests = new AbortController();
  try {
    const progress = options.quiet ? null : createProgress({ stream: process.stderr, now: () => performance.now() });
    const web: WebInputOptions = { feeds: options.feed ?? [], concurrency, timeoutMs, signal: requests.signal };
    const items = batchItems(paths, config.ingest.maxArticleBytes, overrides, format, web);
    const onProgress = (done: number, last: IngestOutcome) => progress?.update(done, last);
    const workers = workerCount(config.ingest.workers);
    // Worker threads read and extract; this thread resolves and writes in input order, so the graph is
    // the same whatever the worker count (tested). One worker gains nothing over doing it here.
    const summary =
      workers > 1
        ? await ingestBatchParallel(items, { store, maxArticleBytes: config.ingest.maxArticleBytes, workers, onProgress })
        : await ingestBatch(items, createIngestor({ store, maxArticleBytes: config.ingest.maxArticleBytes }), { onProgress });
    progress?.done();
    await store.flush();
    process.stdout.write(formatSummary(summary, await store.stats()));
    const succeeded = summary.byStatus.ingested + summary.byStatus.unchanged + summary.byStatus.duplicate;
    return summary.read > 0 && succeeded === 0 ? 1 : 0;
  } finally {
    requests.abort();
    await store.close();
  }
}

/** The closing report: what was read, what failed and why, and what the graph holds now. */
export function formatSummary(summary: BatchSummary, stats: GraphStats): string {
  const s = summary.byStatus;
  const lines = [
    `Read ${summary.read} article(s) in ${summary.seconds.toFixed(1)} s: ${s.ingested} ingested, ${s.unchanged} unchanged, ` +
      `${s.duplicate} duplicate, ${s.rejected} rejected, ${s.failed} failed.`,
    `Extracted from the ingested articles: ${summary.entities} entities, ${summary.events} events, ${summary.relations} relations.`,
  ];
  for (const p of summary.problems) {
    lines.push(`  ${p.status} ${p.source ?? '(no source)'}: ${p.reason}${p.message ? ` - ${p.message}` : ''}`);
  }
  for (const note of summary.notes) lines.push(`  note ${note}`);
  if (summary.unlisted > 0) lines.push(`  (${summary.unlisted} more problems and notes not listed)`);
  const nodes = Object.entries(stats.nodesByLabel)
    .map(([label, n]) => `${n} ${label}`)
    .join(', ');
  const edges = Object.values(stats.edgesByType).reduce((a, b) => a + b, 0);
  lines.push(`The graph now holds ${stats.articles} article(s); nodes: ${nodes || 'none'}; ${edges} edges.`);
  return `${lines.join('\n')}\n`;
}
