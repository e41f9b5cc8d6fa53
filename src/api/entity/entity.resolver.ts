/** Entity queries and the fields that walk from an entity into the graph. */
import { Arg, Args, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { ArticleRecord, EntityNode, SurfaceForm } from '../../model/graph';
import { ArticleConnection } from '../article/article.type';
import { ArticleService } from '../article/article.service';
import { RelationArgs } from '../relation/relation.args';
import { RelationService } from '../relation/relation.service';
import { SupportPageArgs, SupportService } from '../relation/support.service';
import { RelationConnection, type RelationValue } from '../relation/relation.type';
import { CHECKED_BY_PAGE_SIZE, PageArgs, type Page } from '../shared/pagination';
import { EntitiesArgs, EntityEventsArgs } from './entity.args';
import { EntityService } from './entity.service';
import {
  Entity,
  EntityConnection,
  EventParticipationConnection,
  SurfaceFormType,
  type EventParticipationValue,
} from './entity.type';

/** Resolves `entity`, `entities` and the graph fields every entity type shares. */
@Resolver(() => Entity)
export class EntityResolver {
  constructor(
    private readonly entities: EntityService,
    private readonly relationService: RelationService,
    private readonly articleService: ArticleService,
  ) {}

  @Query(() => Entity, { nullable: true, description: 'A person, group or place by id; null when none has it.' })
  entity(@Arg('id', () => ID, { description: 'The entity id.' }) id: string): Promise<EntityNode | null> {
    return this.entities.get(id);
  }

  @Query(() => EntityConnection, {
    name: 'entities',
    description: 'Every entity (optionally of some labels), most reported first.',
  })
  listEntities(@Args() args: EntitiesArgs): Promise<Page<EntityNode>> {
    return this.entities.list(args);
  }

  @FieldResolver(() => RelationConnection, {
    description: 'Its relations, best supported first, each with the other end, evidence and sources.',
  })
  relations(@Root() entity: EntityNode, @Args(CHECKED_BY_PAGE_SIZE) args: RelationArgs): Promise<Page<RelationValue>> {
    return this.relationService.relations(entity.id, args);
  }

  @FieldResolver(() => ArticleConnection, { description: 'The articles that mention it.' })
  articles(@Root() entity: EntityNode, @Args(CHECKED_BY_PAGE_SIZE) args: PageArgs): Promise<Page<ArticleRecord>> {
    return this.entities.articles(entity, args);
  }

  @FieldResolver(() => EventParticipationConnection, {
    description: 'The events it takes part in, with its role, most recent first.',
  })
  events(@Root() entity: EntityNode, @Args(CHECKED_BY_PAGE_SIZE) args: EntityEventsArgs): Promise<Page<EventParticipationValue>> {
    return this.entities.events(entity, args);
  }

  @FieldResolver(() => Int, { description: 'How many distinct articles mention it.' })
  supportCount(@Root() entity: EntityNode): number {
    return entity.sources.length;
  }

  @FieldResolver(() => Int, { description: 'How many distinct outlets published the articles that mention it (each article of unknown outlet counts as one).' })
  outletCount(@Root() entity: EntityNode): Promise<number> {
    return this.articleService.outletCount(entity.sources);
  }
}

/** Resolves the articles behind a surface form. */
@Resolver(() => SurfaceFormType)
export class SurfaceFormResolver {
  constructor(private readonly support: SupportService) {}

  @FieldResolver(() => ArticleConnection, {
    description: 'The articles that use this form, by id (`totalCount`: how many; a common form has thousands).',
  })
  articles(@Root() form: SurfaceForm, @Args(CHECKED_BY_PAGE_SIZE) args: SupportPageArgs): Promise<Page<ArticleRecord>> {
    return this.support.sources({ sources: form.articleIds }, args);
  }
}
