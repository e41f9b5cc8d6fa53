/**
 * Ingest orchestration for one article: read → extract → resolve → write. Content problems become an
 * outcome with a reason (the batch goes on); only store failures propagate.
 */
import type { ArticleDocument, RawArticle } from '../model/article';
import type { ArticleExtraction } from '../model/extraction';
import type { ArticleContribution, ArticleRecord } from '../model/graph';
import type { GraphStore } from '../store/graph-store';
import { RELATION_TYPES, isOneOf } from '../model/vocabulary';
import { reresolveAround, resolveArticle } from '../resolve';
import { readAndExtract, type ReadOutcome } from './extract-worker';

/** What happened to one article. */
export type IngestStatus = 'ingested' | 'unchanged' | 'duplicate' | 'rejected' | 'failed';

/** The result of ingesting one article; `reason` is a stable word, `message` a sentence for people. */
export interface IngestOutcome {
  articleId: string | null;
  source: string | null;
  status: IngestStatus;
  reason: string | null;
  message: string | null;
  title: string | null;
  entities: number;
  events: number;
  relations: number;
  /** Recoverable problems met while reading (e.g. front matter that is not valid YAML). */
  diagnostics?: string[];
}

/** Ingests one raw article (the GraphQL mutation and the CLI both use it). */
export type IngestArticleFn = (raw: RawArticle) => Promise<IngestOutcome>;

/** What the ingestor needs; the clock and extractor are injectable for tests and worker pools. */
export interface IngestorDeps {
  store: GraphStore;
  maxArticleBytes: number;
  clock?: () => Date;
  extract?: (doc: ArticleDocument) => ArticleExtraction;
}

/** Builds the stored record of an article. */
export function toArticleRecord(doc: ArticleDocument, ingestedAt: Date): ArticleRecord {
  return {
    id: doc.id,
    contentHash: doc.contentHash,
    format: doc.format,
    title: doc.meta.title,
    outlet: doc.meta.outlet,
    url: doc.meta.url,
    published: doc.meta.published,
    language: doc.meta.language,
    source: doc.source,
    text: doc.text,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    ingestedAt: ingestedAt.toISOString(),
  };
}

/**
 * The write half of an ingest, shared by the single-threaded and the worker-pool paths: resolve the
 * extraction against the store, write it, then re-resolve around it. Resolution is greedy, one article at a
 * time, so this article may bridge nodes that earlier ones created apart ("Haji Iman" and "Haji Imam" meet
 * through a shared full name); re-resolving after every write keeps the graph independent of batch
 * boundaries, worker counts and crashes.
 */
export async function storeArticle(
  store: GraphStore,
  doc: ArticleDocument,
  extraction: ArticleExtraction,
  ingestedAt: Date,
): Promise<ArticleContribution> {
  const contribution = await resolveArticle(doc, extraction, store);
  await store.putArticles([{ article: toArticleRecord(doc, ingestedAt), contribution }]);
  await reresolveAround(store, [doc.id], { includeSelf: false });
  return contribution;
}

/** What the main thread needs to finish articles that a worker has read and extracted. */
export interface ApplyDeps {
  store: GraphStore;
  clock: () => Date;
}

function finished(raw: RawArticle, partial: Partial<IngestOutcome> & { status: IngestStatus }): IngestOutcome {
  return {
    articleId: null,
    source: raw.source,
    reason: null,
    message: null,
    title: null,
    entities: 0,
    events: 0,
    relations: 0,
    diagnostics: [],
    ...partial,
  };
}

/**
 * The store half of `createIngestor`, in the same order of checks: language, unchanged, duplicate content,
 * extractor error, then resolve against the store and write.
 */
export async function applyReadOutcome(raw: RawArticle, read: ReadOutcome, deps: ApplyDeps): Promise<IngestOutcome> {
  if (read.kind === 'unreadable') {
    return finished(raw, { status: read.status, reason: read.reason, message: read.message, diagnostics: read.diagnostics });
  }
  const { doc } = read;
  const base = { articleId: doc.id, title: doc.meta.title, diagnostics: read.diagnostics };
  if (doc.meta.language !== null && doc.meta.language !== 'en') {
    return finished(raw, {
      ...base,
      status: 'rejected',
      reason: 'not-english',
      message: `The article reads as language '${doc.meta.language}'; only English is extracted.`,
    });
  }
  if ((await deps.store.articleHash(doc.id)) === doc.contentHash) return finished(raw, { ...base, status: 'unchanged' });
  const twin = await deps.store.articleIdByHash(doc.contentHash);
  if (twin !== null && twin !== doc.id) {
    return finished(raw, {
      ...base,
      status: 'duplicate',
      reason: 'same-content',
      message: `Same text as article ${twin}, already stored.`,
    });
  }
  if (read.extraction === null) {
    return finished(raw, { ...base, status: 'failed', reason: 'extract-error', message: read.extractError ?? 'not extracted' });
  }
  const contribution = await storeArticle(deps.store, doc, read.extraction, deps.clock());
  return finished(raw, {
    ...base,
    status: 'ingested',
    entities: contribution.entities.length,
    events: contribution.events.length,
    relations: contribution.edges.filter((e) => isOneOf(RELATION_TYPES, e.type)).length,
  });
}

/** Creates the function that ingests one article into the store: read and extract, then the store half. */
export function createIngestor(deps: IngestorDeps): IngestArticleFn {
  const clock = deps.clock ?? (() => new Date());
  return async function ingestArticle(raw: RawArticle): Promise<IngestOutcome> {
    const read = readAndExtract(raw, {
      maxBytes: deps.maxArticleBytes,
      now: clock(),
      ...(deps.extract ? { extract: deps.extract } : {}),
    });
    return applyReadOutcome(raw, read, { store: deps.store, clock });
  };
}
