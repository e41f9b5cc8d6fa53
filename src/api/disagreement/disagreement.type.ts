/** Facts the outlets disagree on, each with every version and the articles that give it. */
import { Field, ID, ObjectType } from 'type-graphql';
import type { FactStatus } from '../../model/vocabulary';
import { EventDate, type EventDateValue } from '../event/event.type';
import { Fact, type FactValue } from '../fact/fact.type';
import { DisagreementKindEnum, FactStatusEnum, type DisagreementKind } from '../shared/enums';
import { connectionOf } from '../shared/pagination';
import type { VersionValue } from './find-disagreements';

/** A disagreement as resolvers pass it around. */
export interface DisagreementValue {
  id: string;
  kind: DisagreementKind;
  field: string;
  fact: FactValue;
  versions: VersionValue[];
}

/** One version of a disputed value. */
@ObjectType('FactVersion', { description: 'One version of a value the sources disagree on, with the articles that give it.' })
export class FactVersion {
  @Field({
    description:
      'The version as given: an ISO day or `start/end` interval, a figure as written, a status, or the name of ' +
      'the person said to hold the role.',
  })
  value!: string;

  @Field(() => EventDate, { nullable: true, description: 'For a DATE disagreement, this version\'s date with its precision.' })
  date!: EventDateValue | null;

  @Field(() => FactStatusEnum, { nullable: true, description: 'For a STATUS disagreement, how these sources present the fact.' })
  status!: FactStatus | null;

  @Field(() => ID, { nullable: true, description: 'For a ROLE_HOLDER disagreement, the id of the person this version names.' })
  entityId!: string | null;

  @Field(() => [ID], { description: 'Ids of the articles that give this version, sorted.' })
  articleIds!: string[];
}

/** The `Disagreement` type. */
@ObjectType('Disagreement', {
  description:
    'A fact the sources disagree on. Every version is listed with its sources; none is chosen over the others.',
})
export class Disagreement {
  @Field(() => ID, { description: 'Stable id: kind, fact id (ROLE_HOLDER: the node led and its holders) and field.' })
  id!: string;

  @Field(() => DisagreementKindEnum, { description: 'What the sources disagree about.' })
  kind!: DisagreementKind;

  @Field({ description: '"date", "status", the name of the figure ("killed"), or "leader" (ROLE_HOLDER).' })
  field!: string;

  @Field(() => Fact, {
    description: 'The event or relation, with its weight (ROLE_HOLDER: the LEADS relation of the best-supported holder).',
  })
  fact!: FactValue;

  @Field(() => [FactVersion], { description: 'Every version, each with the articles that give it (at least two).' })
  versions!: VersionValue[];
}

/** The `DisagreementConnection` type. */
@ObjectType('DisagreementConnection', { description: 'A page of disagreements.' })
export class DisagreementConnection extends connectionOf<DisagreementValue>('Disagreement', Disagreement) {}
