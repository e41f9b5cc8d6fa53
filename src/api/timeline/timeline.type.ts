/** An entity's events in date order, each with its part in it. */
import { Field, ObjectType } from 'type-graphql';
import type { EventNode } from '../../model/graph';
import { Event, EventDate, type EventDateValue } from '../event/event.type';
import { Relation, type RelationValue } from '../relation/relation.type';
import { EventRoleEnum, type EventRole } from '../shared/enums';
import { connectionOf } from '../shared/pagination';

/** A timeline entry as resolvers pass it around. */
export interface TimelineEntryValue {
  event: EventNode;
  date: EventDateValue;
  roles: EventRole[];
  relations: RelationValue[];
}

/** The `TimelineEntry` type. */
@ObjectType('TimelineEntry', { description: 'One event of an entity\'s timeline, with the entity\'s part in it.' })
export class TimelineEntry {
  @Field(() => Event, { description: 'The event.' })
  event!: EventNode;

  @Field(() => EventDate, { description: 'When it happened, with its precision (DAY, RANGE or UNKNOWN).' })
  date!: EventDateValue;

  @Field(() => [EventRoleEnum], { description: 'Every part the entity plays in it (agent, target, place, announcer).' })
  roles!: EventRole[];

  @Field(() => [Relation], { description: 'The role edges, with the sentences that support them.' })
  relations!: RelationValue[];
}

/** The `TimelineConnection` type. */
@ObjectType('TimelineConnection', { description: 'A page of an entity\'s timeline.' })
export class TimelineConnection extends connectionOf<TimelineEntryValue>('TimelineEntry', TimelineEntry) {}
