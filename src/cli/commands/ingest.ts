/** `newsgraph ingest`: files and directories into the graph, with progress and a summary. */
import type { ArticleFormat, MetadataOverrides } from '../../model/article';
import { ARTICLE_FORMATS, type RawArticle } from '../../model/article';
import { isOneOf } from '../../model/vocabulary';
import { walkArticlePaths, readArticleFile } from '../../ingest/sources';
import { ingestBatch, type BatchItem, type BatchSummary } from '../../pipeline/batch';
import { createIngestor } from '../../pipeline/ingest';
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
}

/** Turns the walked paths into batch items that load lazily, applying flag metadata to each. */
export async function* batchItems(
  paths: readonly string[],
  maxBytes: number,
  overrides: MetadataOverrides,
  format: ArticleFormat | undefined,
): AsyncGenerator<BatchItem> {
  for await (const entry of walkArticlePaths([...paths])) {
    if (entry.error !== undefined) {
      yield { source: entry.path, error: entry.error, reason: entry.reason };
      continue;
    }
    yield {
      source: entry.path,
      load: async (): Promise<RawArticle> => {
        const raw = await readArticleFile(entry.path, { maxBytes });
        return { ...raw, overrides: { ...raw.overrides, ...overrides }, ...(format ? { format } : {}) };
      },
    };
  }
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

  const store = await openStore(config);
  try {
    const ingest = createIngestor({ store, maxArticleBytes: config.ingest.maxArticleBytes });
    const progress = options.quiet ? null : createProgress({ stream: process.stderr, now: () => performance.now() });
    const summary = await ingestBatch(batchItems(paths, config.ingest.maxArticleBytes, overrides, format), ingest, {
      onProgress: (done, last) => progress?.update(done, last),
    });
    progress?.done();
    await store.flush();
    process.stdout.write(formatSummary(summary, await store.stats()));
    const succeeded = summary.byStatus.ingested + summary.byStatus.unchanged + summary.byStatus.duplicate;
    return summary.read > 0 && succeeded === 0 ? 1 : 0;
  } finally {
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
  const nodes = Object.entries(stats.nodesByLabel)
    .map(([label, n]) => `${n} ${label}`)
    .join(', ');
  const edges = Object.values(stats.edgesByType).reduce((a, b) => a + b, 0);
  lines.push(`The graph now holds ${stats.articles} article(s); nodes: ${nodes || 'none'}; ${edges} edges.`);
  return `${lines.join('\n')}\n`;
}
