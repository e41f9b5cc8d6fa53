/** Runs the ingest pipeline for API input, one article or a batch where one bad article never fails the rest. */
import { validate } from 'class-validator';
import type { RawArticle } from '../../model/article';
import type { EntityNode, EventNode } from '../../model/graph';
import type { IngestOutcome } from '../../pipeline/ingest';
import { NewsgraphError } from '../../errors';
import { RequestContext, loadPresent } from '../context';
import { Service } from '../shared/container';
import { badUserInput } from '../shared/errors';
import type { IngestArticleInput } from './ingest.input';

/** A batch's outcomes with their tallies. */
export interface IngestBatchValue {
  results: IngestOutcome[];
  ingested: number;
  notIngested: number;
}

/** The pipeline's input for an API article: given metadata overrides what the document states. */
export function toRawArticle(input: IngestArticleInput): RawArticle {
  const overrides = {
    ...(input.title ? { title: input.title } : {}),
    ...(input.outlet ? { outlet: input.outlet } : {}),
    ...(input.url ? { url: input.url } : {}),
    ...(input.published ? { published: input.published } : {}),
  };
  return { content: input.content, source: input.url ?? null, overrides, ...(input.format ? { format: input.format } : {}) };
}

function notIngested(input: IngestArticleInput, status: 'rejected' | 'failed', reason: string, message: string): IngestOutcome {
  return {
    articleId: null,
    source: input.url ?? null,
    status,
    reason,
    message,
    title: input.title ?? null,
    entities: 0,
    events: 0,
    relations: 0,
  };
}

/** Ingestion through the API. */
@Service()
export class IngestService {
  constructor(private readonly context: RequestContext) {}

  /** Ingests one article; a failure of the store propagates as an error. */
  async ingestOne(input: IngestArticleInput): Promise<IngestOutcome> {
    try {
      return await this.context.ingest(toRawArticle(input));
    } finally {
      this.context.forgetReads();
    }
  }

  /**
   * Ingests articles in order (each may resolve against the ones before it). Invalid metadata or an error
   * while ingesting one article is reported in its result; the others go on.
   */
  async ingestMany(inputs: readonly IngestArticleInput[]): Promise<IngestBatchValue> {
    const limit = this.context.config.api.maxPageSize;
    if (inputs.length > limit) {
      throw badUserInput(`A batch holds at most ${limit} articles; this one holds ${inputs.length}. Split it.`);
    }
    const results: IngestOutcome[] = [];
    try {
      for (const input of inputs) results.push(await this.ingestChecked(input));
    } finally {
      this.context.forgetReads();
    }
    const ingested = results.filter((result) => result.status === 'ingested').length;
    const notIngestedCount = results.filter((r) => r.status === 'rejected' || r.status === 'failed').length;
    return { results, ingested, notIngested: notIngestedCount };
  }

  private async ingestChecked(input: IngestArticleInput): Promise<IngestOutcome> {
    const problems = await validate(input, { skipMissingProperties: true, forbidUnknownValues: false });
    if (problems.length > 0) {
      const detail = problems.flatMap((p) => Object.values(p.constraints ?? {})).join('; ');
      return notIngested(input, 'rejected', 'invalid-input', `Invalid metadata: ${detail}.`);
    }
    try {
      return await this.context.ingest(toRawArticle(input));
    } catch (error) {
      // Only named errors carry a message meant for clients; anything else may expose internals.
      const message =
        error instanceof NewsgraphError || this.context.config.mode === 'development'
          ? error instanceof Error
            ? error.message
            : String(error)
          : 'Internal error while ingesting this article; the server log has details.';
      return notIngested(input, 'failed', 'error', message);
    }
  }

  /** The entities and events an outcome's article contributes (empty when it is not stored). */
  async contributed(outcome: IngestOutcome): Promise<{ entities: EntityNode[]; events: EventNode[] }> {
    if (outcome.articleId === null) return { entities: [], events: [] };
    const contribution = await this.context.loaders.contributions.load(outcome.articleId);
    if (contribution === null) return { entities: [], events: [] };
    const [entities, events] = await Promise.all([
      loadPresent(this.context.loaders.entities, contribution.entities.map((entity) => entity.id)),
      loadPresent(this.context.loaders.events, contribution.events.map((event) => event.id)),
    ]);
    return { entities, events };
  }
}
