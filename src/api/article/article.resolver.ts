/** Article queries and the fields derived from an article (sentences, extraction, highlights). */
import { Arg, Args, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ArticleRecord, EdgeContribution, EntityNode, EventNode } from '../../model/graph';
import type { EventType } from '../../model/vocabulary';
import { EventTypeEnum } from '../shared/enums';
import { Entity } from '../entity/entity.type';
import { Event, EventDate, Figure, eventDate, figureValues, type EventDateValue, type FigureValue } from '../event/event.type';
import { NodeService } from '../node/node.service';
import { Node } from '../node/node.type';
import { Relation, type RelationValue } from '../relation/relation.type';
import type { Page } from '../shared/pagination';
import { ArticlesArgs } from './article.args';
import { ArticleService } from './article.service';
import {
  Article,
  ArticleConnection,
  ArticleEntity,
  ArticleEvent,
  ArticleExtraction,
  ArticleRelation,
  Sentence,
  TextSpan,
  type ArticleEntityValue,
  type ArticleEventValue,
  type ArticleExtractionValue,
  type SentenceValue,
} from './article.type';

/** Resolves `article`, `articles` and the derived fields of `Article`. */
@Resolver(() => Article)
export class ArticleResolver {
  constructor(private readonly articles: ArticleService) {}

  @Query(() => Article, { nullable: true, description: 'An article by id; null when it is not stored.' })
  article(@Arg('id', () => ID, { description: 'The article id.' }) id: string): Promise<ArticleRecord | null> {
    return this.articles.get(id);
  }

  @Query(() => ArticleConnection, { name: 'articles', description: 'Stored articles, newest first (undated last).' })
  listArticles(@Args() args: ArticlesArgs): Promise<Page<ArticleRecord>> {
    return this.articles.list(args);
  }

  @Mutation(() => Boolean, {
    description:
      'Retracts an article: facts only it supported disappear, shared ones lose it as a source. Needs the API ' +
      'key. NOT_FOUND when it is not stored.',
  })
  deleteArticle(@Arg('id', () => ID, { description: 'The article id.' }) id: string): Promise<boolean> {
    return this.articles.delete(id);
  }

  @FieldResolver(() => [Sentence], { description: 'The sentences of the cleaned text, with offsets.' })
  sentences(@Root() article: ArticleRecord): SentenceValue[] {
    return this.articles.sentences(article);
  }

  @FieldResolver(() => ArticleExtraction, { description: 'What was extracted from this article.' })
  extraction(@Root() article: ArticleRecord): Promise<ArticleExtractionValue> {
    return this.articles.extraction(article);
  }
}

/** Resolves the graph side of what an article says about an entity. */
@Resolver(() => ArticleEntity)
export class ArticleEntityResolver {
  constructor(
    private readonly articles: ArticleService,
    private readonly nodes: NodeService,
  ) {}

  @FieldResolver(() => Entity, { nullable: true, description: 'The entity as merged across all articles.' })
  entity(@Root() value: ArticleEntityValue): Promise<EntityNode | null> {
    return this.nodes.entity(value.id);
  }

  @FieldResolver(() => [TextSpan], {
    description: 'Where this article writes one of its forms for the entity (whole words), to highlight.',
  })
  mentions(@Root() value: ArticleEntityValue): TextSpan[] {
    return this.articles.mentions(value);
  }
}

/** Resolves the graph side of what an article says about an event. */
@Resolver(() => ArticleEvent)
export class ArticleEventResolver {
  constructor(private readonly nodes: NodeService) {}

  @FieldResolver(() => Event, { nullable: true, description: 'The event as merged across all articles.' })
  event(@Root() value: ArticleEventValue): Promise<EventNode | null> {
    return this.nodes.event(value.id);
  }

  @FieldResolver(() => EventTypeEnum, { description: 'What kind of event.' })
  type(@Root() value: ArticleEventValue): EventType {
    return value.eventType;
  }

  @FieldResolver(() => EventDate, { description: 'When this article says it happened.' })
  date(@Root() value: ArticleEventValue): EventDateValue {
    return eventDate(value.date);
  }

  @FieldResolver(() => [Figure], { description: 'Figures this article gives ("killed": "at least 31").' })
  figures(@Root() value: ArticleEventValue): FigureValue[] {
    return figureValues(value.articleId, value.figures);
  }
}

/** Resolves the graph side of what an article says about a relation. */
@Resolver(() => ArticleRelation)
export class ArticleRelationResolver {
  constructor(private readonly nodes: NodeService) {}

  @FieldResolver(() => Relation, { nullable: true, description: 'The relation as merged across all articles.' })
  relation(@Root() value: EdgeContribution): Promise<RelationValue | null> {
    return this.nodes.relation(value);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'Where the relation starts.' })
  source(@Root() value: EdgeContribution): Promise<EntityNode | EventNode | null> {
    return this.nodes.endOf(value, value.source);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'Where the relation ends.' })
  target(@Root() value: EdgeContribution): Promise<EntityNode | EventNode | null> {
    return this.nodes.endOf(value, value.target);
  }
}
