/** Arguments of event lists. */
import { GraphQLLocalDate } from 'graphql-scalars';
import { ArgsType, Field, ID } from 'type-graphql';
import type { EventType } from '../../model/vocabulary';
import { EventTypeEnum } from '../shared/enums';
import { PageArgs } from '../shared/pagination';

/** `events(type, from, to, place, participant, first, after)`. */
@ArgsType()
export class EventsArgs extends PageArgs {
  @Field(() => [EventTypeEnum], { nullable: true, description: 'Only events of these types (one or a list).' })
  type?: EventType[] | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Only events that may have happened on or after this day.' })
  from?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Only events that may have happened on or before this day.' })
  to?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events that happened in this place (an entity id).' })
  place?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events this entity takes part in, in any role.' })
  participant?: string | null;
}
