/** Fields of relations, evidence and source statuses that need the graph (ends, source articles, counts). */
import { Args, FieldResolver, Float, ID, Int, Resolver, Root } from 'type-graphql';
import type { Evidence as EvidenceValue } from '../../model/extraction';
import type { ArticleRecord, EntityNode, EventNode, SourceStatus as SourceStatusValue } from '../../model/graph';
import { Article, ArticleConnection } from '../article/article.type';
import { ArticleService } from '../article/article.service';
import { CONFIDENCE_DESCRIPTION } from '../fact/fact-weight';
import { FactService } from '../fact/fact.service';
import { NodeService } from '../node/node.service';
import { Node } from '../node/node.type';
import { DirectionEnum, type Direction } from '../shared/enums';
import { CHECKED_BY_PAGE_SIZE, type Page } from '../shared/pagination';
import { Evidence, EvidenceConnection, Relation, SourceStatus, SourceStatusConnection, type RelationValue } from './relation.type';
import { SupportPageArgs, SupportService } from './support.service';

/** Resolves the ends and sources of a relation. */
@Resolver(() => Relation)
export class RelationResolver {
  constructor(
    private readonly nodes: NodeService,
    private readonly articles: ArticleService,
    private readonly facts: FactService,
    private readonly support: SupportService,
  ) {}

  @FieldResolver(() => ID, { description: 'Id of the node where the relation starts (to draw it without reading the node).' })
  sourceId(@Root() relation: RelationValue): string {
    return relation.source;
  }

  @FieldResolver(() => ID, { description: 'Id of the node where the relation ends.' })
  targetId(@Root() relation: RelationValue): string {
    return relation.target;
  }

  @FieldResolver(() => Node, { nullable: true, description: 'Where the relation starts.' })
  source(@Root() relation: RelationValue): Promise<EntityNode | EventNode | null> {
    return this.nodes.endOf(relation, relation.source);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'Where the relation ends.' })
  target(@Root() relation: RelationValue): Promise<EntityNode | EventNode | null> {
    return this.nodes.endOf(relation, relation.target);
  }

  @FieldResolver(() => Node, {
    nullable: true,
    description: 'The end that is not the node this relation was reached from (null when not reached from a node).',
  })
  other(@Root() relation: RelationValue): Promise<EntityNode | EventNode | null> | null {
    if (relation.viewedFrom === null) return null;
    return this.nodes.endOf(relation, relation.viewedFrom === relation.source ? relation.target : relation.source);
  }

  @FieldResolver(() => DirectionEnum, {
    nullable: true,
    description: 'OUT when the node it was reached from is the source, IN when it is the target.',
  })
  direction(@Root() relation: RelationValue): Direction | null {
    if (relation.viewedFrom === null) return null;
    return relation.viewedFrom === relation.source ? 'out' : 'in';
  }

  @FieldResolver(() => EvidenceConnection, {
    description: 'The sentences that support it, across articles, by article then position (`totalCount`: all of them).',
  })
  evidence(@Root() relation: RelationValue, @Args(CHECKED_BY_PAGE_SIZE) args: SupportPageArgs): Page<EvidenceValue> {
    return this.support.evidence(relation, args);
  }

  @FieldResolver(() => SourceStatusConnection, { description: 'How each source presents it, by article id.' })
  statuses(@Root() relation: RelationValue, @Args(CHECKED_BY_PAGE_SIZE) args: SupportPageArgs): Page<SourceStatusValue> {
    return this.support.statuses(relation, args);
  }

  @FieldResolver(() => ArticleConnection, { description: 'The articles that support it, by id.' })
  sources(@Root() relation: RelationValue, @Args(CHECKED_BY_PAGE_SIZE) args: SupportPageArgs): Promise<Page<ArticleRecord>> {
    return this.support.sources(relation, args);
  }

  @FieldResolver(() => Int, { description: 'How many distinct articles support it.' })
  supportCount(@Root() relation: RelationValue): number {
    return relation.sources.length;
  }

  @FieldResolver(() => Int, { description: 'How many distinct outlets published the articles that support it (each article of unknown outlet counts as one).' })
  outletCount(@Root() relation: RelationValue): Promise<number> {
    return this.articles.outletCount(relation.sources);
  }

  @FieldResolver(() => Float, { description: CONFIDENCE_DESCRIPTION })
  confidence(@Root() relation: RelationValue): Promise<number> {
    return this.facts.confidenceOf(relation);
  }
}

/** Resolves the article of a piece of evidence. */
@Resolver(() => Evidence)
export class EvidenceResolver {
  constructor(private readonly articles: ArticleService) {}

  @FieldResolver(() => Article, { nullable: true, description: 'The article the sentence is in.' })
  article(@Root() evidence: Evidence): Promise<ArticleRecord | null> {
    return this.articles.get(evidence.articleId);
  }
}

/** Resolves the article of a source status. */
@Resolver(() => SourceStatus)
export class SourceStatusResolver {
  constructor(private readonly articles: ArticleService) {}

  @FieldResolver(() => Article, { nullable: true, description: 'The source article.' })
  article(@Root() status: SourceStatus): Promise<ArticleRecord | null> {
    return this.articles.get(status.articleId);
  }
}
