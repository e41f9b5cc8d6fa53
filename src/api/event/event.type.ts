/** Events (killings, attacks, appointments…) with their date, participants and the sources that report them. */
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import type { DateRange } from '../../model/extraction';
import type { EntityNode, EventNode } from '../../model/graph';
import type { EventType } from '../../model/vocabulary';
import { Entity } from '../entity/entity.type';
import { Node } from '../node/node.type';
import { DatePrecisionEnum, EventTypeEnum, type DatePrecision } from '../shared/enums';
import { connectionOf } from '../shared/pagination';

/** A date as the API serves it: always present, with nulls and UNKNOWN precision when nothing dates it. */
export interface EventDateValue {
  start: string | null;
  end: string | null;
  text: string | null;
  precision: DatePrecision;
}

/** The API's view of a model date range. */
export function eventDate(range: DateRange | null): EventDateValue {
  if (range === null) return { start: null, end: null, text: null, precision: 'unknown' };
  return { ...range, precision: range.start === range.end ? 'day' : 'range' };
}

/** When an event happened. */
@ObjectType('EventDate', { description: 'When an event happened, as precisely as its sources allow.' })
export class EventDate {
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'First possible day (inclusive).' })
  start!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last possible day (inclusive); equals start for one day.' })
  end!: string | null;

  @Field(() => String, { nullable: true, description: 'The words it was read from ("Friday", "this week").' })
  text!: string | null;

  @Field(() => DatePrecisionEnum, { description: 'DAY, RANGE, or UNKNOWN when no source dates it.' })
  precision!: DatePrecision;
}

/** One source's own date for an event, as resolvers pass it around. */
export interface SourceDateValue {
  articleId: string;
  date: EventDateValue;
}

/** What one source says about when an event happened. */
@ObjectType('SourceDate', { description: 'The date one source gives an event (to show where sources disagree).' })
export class SourceDate {
  @Field(() => ID, { description: 'Id of the source article.' })
  articleId!: string;

  @Field(() => EventDate, { description: 'The date that article gives.' })
  date!: EventDateValue;
}

/** A figure an article gives, as resolvers pass it around. */
export interface FigureValue {
  articleId: string;
  name: string;
  value: string;
}

/** The figures one article gives, one per name. */
export function figureValues(articleId: string, figures: Record<string, string>): FigureValue[] {
  return Object.entries(figures).map(([name, value]) => ({ articleId, name, value }));
}

/** A figure reported about an event ("killed": "at least 31"). */
@ObjectType('Figure', { description: 'A figure an article reports about an event, kept as written.' })
export class Figure {
  @Field(() => ID, { description: 'Id of the article that gives it.' })
  articleId!: string;

  @Field({ description: 'What is counted ("killed", "wounded").' })
  name!: string;

  @Field({ description: 'The figure as written ("at least 31").' })
  value!: string;
}

/** The participants of an event by role, as resolvers pass them around. */
export interface EventParticipantsValue {
  agents: EntityNode[];
  targets: EntityNode[];
  places: EntityNode[];
  announcers: EntityNode[];
}

/** Who took part in an event, by role. */
@ObjectType('EventParticipants', { description: 'Who took part in an event, by role.' })
export class EventParticipants {
  @Field(() => [Entity], { description: 'Who carried it out.' })
  agents!: EntityNode[];

  @Field(() => [Entity], { description: 'Who or what it was aimed at.' })
  targets!: EntityNode[];

  @Field(() => [Entity], { description: 'Where it happened.' })
  places!: EntityNode[];

  @Field(() => [Entity], { description: 'Who announced it.' })
  announcers!: EntityNode[];
}

/** The `Event` type. */
@ObjectType('Event', {
  implements: Node,
  description: 'Something that happened, merged across the articles that report it.',
})
export class Event extends Node {
  @Field(() => EventTypeEnum, { description: 'What kind of event.' })
  type!: EventType;

  @Field({ description: 'A readable name ("Killing of Haji Imam").' })
  name!: string;
}

/** The `EventConnection` type. */
@ObjectType('EventConnection', { description: 'A page of events.' })
export class EventConnection extends connectionOf<EventNode>('Event', Event) {}

/** The `SourceDateConnection` type. */
@ObjectType('SourceDateConnection', { description: 'A page of the dates sources give an event, by article id.' })
export class SourceDateConnection extends connectionOf<SourceDateValue>('SourceDate', SourceDate) {}

/** The `FigureConnection` type. */
@ObjectType('FigureConnection', { description: 'A page of the figures sources give an event, by article id.' })
export class FigureConnection extends connectionOf<FigureValue>('Figure', Figure) {}
