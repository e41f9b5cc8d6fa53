/**
 * Ingest orchestration for one article: read → extract → resolve → write. Content problems become an
 * outcome with a reason (the batch goes on); only store failures propagate.
 */
import type { ArticleDocument, RawArticle } from '../model/article';
import type { ArticleExtraction } from '../model/extraction';
import type { ArticleContribution, ArticleRecord } from '../model/graph';
import type { GraphStore } from '../store/graph-store';
import { RELATION_TYPES, isOneOf } from '../model/vocabulary';
import { ArticleRejectedError, describeError } from '../errors';
import { readArticle } from '../ingest/read-article';
import { extractArticle } from '../extract';
import { reresolveAround, resolveArticle } from '../resolve';

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

function outcome(raw: RawArticle, partial: Partial<IngestOutcome> & { status: IngestStatus }): IngestOutcome {
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

/** Creates the function that ingests one article into the store. */
export function createIngestor(deps: IngestorDeps): IngestArticleFn {
  const clock = deps.clock ?? (() => new Date());
  const extract = deps.extract ?? extractArticle;
  return async function ingestArticle(raw: RawArticle): Promise<IngestOutcome> {
    let doc: ArticleDocument;
    const diagnostics: string[] = [];
    try {
      doc = readArticle(raw, {
        maxBytes: deps.maxArticleBytes,
        now: clock(),
        onDiagnostic: (message) => diagnostics.push(message),
      });
    } catch (error) {
      if (error instanceof ArticleRejectedError) {
        return outcome(raw, { status: 'rejected', reason: error.reason, message: error.message });
      }
      return outcome(raw, { status: 'failed', reason: 'read-error', message: describeError(error) });
    }
    const base = { articleId: doc.id, title: doc.meta.title, diagnostics };
    if (doc.meta.language !== null && doc.meta.language !== 'en') {
      return outcome(raw, {
        ...base,
        status: 'rejected',
        reason: 'not-english',
        message: `The article reads as language '${doc.meta.language}'; only English is extracted.`,
      });
    }
    if ((await deps.store.articleHash(doc.id)) === doc.contentHash) {
      return outcome(raw, { ...base, status: 'unchanged' });
    }
    const twin = await deps.store.articleIdByHash(doc.contentHash);
    if (twin !== null && twin !== doc.id) {
      return outcome(raw, {
        ...base,
        status: 'duplicate',
        reason: 'same-content',
        message: `Same text as article ${twin}, already stored.`,
      });
    }
    let extraction: ArticleExtraction;
    try {
      extraction = extract(doc);
    } catch (error) {
      // A bug in an extractor must not stop the batch: report it with the article.
      return outcome(raw, { ...base, status: 'failed', reason: 'extract-error', message: describeError(error) });
    }
    const contribution = await storeArticle(deps.store, doc, extraction, clock());
    return outcome(raw, {
      ...base,
      status: 'ingested',
      entities: contribution.entities.length,
      events: contribution.events.length,
      relations: contribution.edges.filter((e) => isOneOf(RELATION_TYPES, e.type)).length,
    });
  };
}
