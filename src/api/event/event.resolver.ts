/** Event queries and the fields that walk from an event into the graph. */
import { Arg, Args, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Evidence as EvidenceValue } from '../../model/extraction';
import type { ArticleRecord, EventNode, SourceStatus as SourceStatusValue } from '../../model/graph';
import type { EventType } from '../../model/vocabulary';
import { Article, ArticleConnection } from '../article/article.type';
import { ArticleService } from '../article/article.service';
import { datesAgree } from '../disagreement/find-disagreements';
import { CONFIDENCE_DESCRIPTION } from '../fact/fact-weight';
import { FactService } from '../fact/fact.service';
import { RelationArgs } from '../relation/relation.args';
import { RelationService } from '../relation/relation.service';
import { EvidenceConnection, RelationConnection, SourceStatusConnection, type RelationValue } from '../relation/relation.type';
import { SupportPageArgs, SupportService } from '../relation/support.service';
import { EventTypeEnum } from '../shared/enums';
import { CHECKED_BY_PAGE_SIZE, type Page } from '../shared/pagination';
import { EventsArgs } from './event.args';
import { EventService } from './event.service';
import {
  Event,
  EventConnection,
  EventDate,
  EventParticipants,
  Figure,
  FigureConnection,
  SourceDate,
  SourceDateConnection,
  eventDate,
  type EventDateValue,
  type EventParticipantsValue,
  type FigureValue,
  type SourceDateValue,
} from './event.type';

/** Resolves `event`, `events` and the graph fields of `Event`. */
@Resolver(() => Event)
export class EventResolver {
  constructor(
    private readonly events: EventService,
    private readonly relationService: RelationService,
    private readonly articleService: ArticleService,
    private readonly facts: FactService,
    private readonly support: SupportService,
  ) {}

  @Query(() => Event, { nullable: true, description: 'An event by id; null when none has it.' })
  event(@Arg('id', () => ID, { description: 'The event id.' }) id: string): Promise<EventNode | null> {
    return this.events.get(id);
  }

  @Query(() => EventConnection, {
    name: 'events',
    description:
      'Events matching every filter given, most recent first (by start, then end: the reverse of `timeline`), ' +
      'undated last.',
  })
  listEvents(@Args() args: EventsArgs): Promise<Page<EventNode>> {
    return this.events.list(args);
  }

  @FieldResolver(() => EventTypeEnum, { description: 'What kind of event.' })
  type(@Root() event: EventNode): EventType {
    return event.eventType;
  }

  @FieldResolver(() => EventDate, {
    description:
      'When it happened: the range every dated source allows (UNKNOWN when none dates it). When the sources\' ' +
      'dates do not overlap (datesAgree is false) this is the narrowest of them: read datesBySource or ' +
      '`disagreements` for every version.',
  })
  date(@Root() event: EventNode): EventDateValue {
    return eventDate(event.date);
  }

  @FieldResolver(() => Boolean, {
    description: 'False when some sources give dates that do not overlap (see datesBySource and `disagreements`).',
  })
  datesAgree(@Root() event: EventNode): boolean {
    return datesAgree(event.datesBySource);
  }

  @FieldResolver(() => SourceDateConnection, {
    description: 'The date each source gives, to show disagreements, by article id (`totalCount`: how many sources date it).',
  })
  datesBySource(@Root() event: EventNode, @Args(CHECKED_BY_PAGE_SIZE) args: SupportPageArgs): Page<SourceDateValue> {
    return this.support.page(this.events.datesBySource(event), args, (value) => value.articleId);
  }

  @FieldResolver(() => FigureConnection, {
    description: 'Figures the sources give ("killed": "at least 31"), per source, by article id then name.',
  })
  figures(@Root() event: EventNode, @Args(CHECKED_BY_PAGE_SIZE) args: SupportPageArgs): Page<FigureValue> {
    return this.support.page(this.events.figures(event), args, (value) => `${value.articleId}\u001f${value.name}`);
  }

  @FieldResolver(() => EventParticipants, { description: 'Who took part, by role.' })
  participants(@Root() event: EventNode): Promise<EventParticipantsValue> {
    return this.events.participants(event);
  }

  @FieldResolver(() => RelationConnection, {
    description: 'Its relations (role edges and ANNOUNCED), best supported first, with evidence.',
  })
  relations(@Root() event: EventNode, @Args(CHECKED_BY_PAGE_SIZE) args: RelationArgs): Promise<Page<RelationValue>> {
    return this.relationService.relations(event.id, args);
  }

  @FieldResolver(() => EvidenceConnection, {
    description: 'The sentences that report it, across articles, by article then position (`totalCount`: all of them).',
  })
  evidence(@Root() event: EventNode, @Args(CHECKED_BY_PAGE_SIZE) args: SupportPageArgs): Page<EvidenceValue> {
    return this.support.evidence(event, args);
  }

  @FieldResolver(() => SourceStatusConnection, { description: 'How each source presents it (stated, hedged…), by article id.' })
  statuses(@Root() event: EventNode, @Args(CHECKED_BY_PAGE_SIZE) args: SupportPageArgs): Page<SourceStatusValue> {
    return this.support.statuses(event, args);
  }

  @FieldResolver(() => ArticleConnection, { description: 'The articles that report it, by id.' })
  sources(@Root() event: EventNode, @Args(CHECKED_BY_PAGE_SIZE) args: SupportPageArgs): Promise<Page<ArticleRecord>> {
    return this.support.sources(event, args);
  }

  @FieldResolver(() => Int, { description: 'How many distinct articles report it.' })
  supportCount(@Root() event: EventNode): number {
    return event.sources.length;
  }

  @FieldResolver(() => Int, { description: 'How many distinct outlets published the articles that report it (each article of unknown outlet counts as one).' })
  outletCount(@Root() event: EventNode): Promise<number> {
    return this.articleService.outletCount(event.sources);
  }

  @FieldResolver(() => Float, { description: CONFIDENCE_DESCRIPTION })
  confidence(@Root() event: EventNode): Promise<number> {
    return this.facts.confidenceOf(event);
  }
}

/** Resolves the article behind a source's date. */
@Resolver(() => SourceDate)
export class SourceDateResolver {
  constructor(private readonly articleService: ArticleService) {}

  @FieldResolver(() => Article, { nullable: true, description: 'The source article.' })
  article(@Root() value: SourceDateValue): Promise<ArticleRecord | null> {
    return this.articleService.get(value.articleId);
  }
}

/** Resolves the article behind a figure. */
@Resolver(() => Figure)
export class FigureResolver {
  constructor(private readonly articleService: ArticleService) {}

  @FieldResolver(() => Article, { nullable: true, description: 'The article that gives it.' })
  article(@Root() value: FigureValue): Promise<ArticleRecord | null> {
    return this.articleService.get(value.articleId);
  }
}
