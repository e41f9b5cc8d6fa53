/** The ingest mutations and the graph side of their outcomes. */
import { Arg, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { ArticleRecord, EntityNode, EventNode } from '../../model/graph';
import type { IngestOutcome } from '../../pipeline/ingest';
import { Article } from '../article/article.type';
import { ArticleService } from '../article/article.service';
import { Entity } from '../entity/entity.type';
import { Event } from '../event/event.type';
import { IngestArticleInput } from './ingest.input';
import { IngestService, type IngestBatchValue } from './ingest.service';
import { IngestBatchResult, IngestCounts, IngestResult } from './ingest.type';

/** Resolves `ingestArticle`, `ingestArticles` and the fields of `IngestResult`. */
@Resolver(() => IngestResult)
export class IngestResolver {
  constructor(
    private readonly ingestService: IngestService,
    private readonly articleService: ArticleService,
  ) {}

  @Mutation(() => IngestResult, {
    description:
      'Reads one article, extracts what it reports and merges it into the graph. Needs the API key. ' +
      'Content problems are reported in the result, not as errors.',
  })
  ingestArticle(@Arg('input', () => IngestArticleInput, { description: 'The article.' }) input: IngestArticleInput): Promise<IngestOutcome> {
    return this.ingestService.ingestOne(input);
  }

  @Mutation(() => IngestBatchResult, {
    description:
      'Ingests several articles in order; one bad article is reported in its result and never fails the rest. ' +
      'At most the server\'s page limit per batch. Needs the API key.',
  })
  ingestArticles(
    // Validated per article in the service, so invalid metadata rejects that article only.
    @Arg('inputs', () => [IngestArticleInput], { validate: false, description: 'The articles, in order.' })
    inputs: IngestArticleInput[],
  ): Promise<IngestBatchValue> {
    return this.ingestService.ingestMany(inputs);
  }

  @FieldResolver(() => IngestCounts, { description: 'How much it contributed (zeros unless INGESTED).' })
  counts(@Root() outcome: IngestOutcome): IngestCounts {
    return { entities: outcome.entities, events: outcome.events, relations: outcome.relations };
  }

  @FieldResolver(() => Article, { nullable: true, description: 'The stored article (null when not stored).' })
  article(@Root() outcome: IngestOutcome): Promise<ArticleRecord | null> | null {
    return outcome.articleId === null ? null : this.articleService.get(outcome.articleId);
  }

  @FieldResolver(() => [Entity], { description: 'The entities the stored article contributes, as merged.' })
  async entities(@Root() outcome: IngestOutcome): Promise<EntityNode[]> {
    return (await this.ingestService.contributed(outcome)).entities;
  }

  @FieldResolver(() => [Event], { description: 'The events the stored article contributes, as merged.' })
  async events(@Root() outcome: IngestOutcome): Promise<EventNode[]> {
    return (await this.ingestService.contributed(outcome)).events;
  }
}
