/** Facts with their weight: a relation or an event, how many articles and outlets report it, and how. */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { EventNode, SourceStatus as SourceStatusValue } from '../../model/graph';
import { Event } from '../event/event.type';
import { Relation, type RelationValue } from '../relation/relation.type';
import { FactKindEnum, type FactKind } from '../shared/enums';
import { connectionOf } from '../shared/pagination';
import { CONFIDENCE_DESCRIPTION } from './fact-weight';

/** A fact as resolvers pass it around, already weighed. */
export interface FactValue {
  id: string;
  kind: FactKind;
  relation: RelationValue | null;
  event: EventNode | null;
  supportCount: number;
  outletCount: number;
  confidence: number;
  statuses: SourceStatusValue[];
}

/** The `Fact` type. */
@ObjectType('Fact', {
  description: 'A relation or an event with its weight: how many articles and outlets report it, how, and how confident to be.',
})
export class Fact {
  @Field(() => ID, { description: 'Id of the relation or event.' })
  id!: string;

  @Field(() => FactKindEnum, { description: 'RELATION or EVENT; the matching field below is set.' })
  kind!: FactKind;

  @Field(() => Relation, { nullable: true, description: 'The relation, when the fact is one.' })
  relation!: RelationValue | null;

  @Field(() => Event, { nullable: true, description: 'The event, when the fact is one.' })
  event!: EventNode | null;

  @Field(() => Int, { description: 'How many distinct articles report it.' })
  supportCount!: number;

  @Field(() => Int, {
    description: 'How many distinct outlets published those articles (each article of unknown outlet counts as one).',
  })
  outletCount!: number;

  @Field(() => Float, { description: CONFIDENCE_DESCRIPTION })
  confidence!: number;
}

/** The `FactConnection` type. */
@ObjectType('FactConnection', { description: 'A page of facts.' })
export class FactConnection extends connectionOf<FactValue>('Fact', Fact) {}
