/** Arguments of `timeline`. */
import { GraphQLLocalDate } from 'graphql-scalars';
import { ArgsType, Field, ID } from 'type-graphql';
import { EventRoleEnum, type EventRole } from '../shared/enums';
import { PageArgs } from '../shared/pagination';

/** `timeline(entityId, from, to, role, first, after)`. */
@ArgsType()
export class TimelineArgs extends PageArgs {
  @Field(() => ID, { description: 'The person, group or place whose events to list.' })
  entityId!: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Only events that may have happened on or after this day (undated events are then left out).',
  })
  from?: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Only events that may have happened on or before this day (undated events are then left out).',
  })
  to?: string | null;

  @Field(() => [EventRoleEnum], { nullable: true, description: 'Only events where it plays one of these roles; all when absent.' })
  role?: EventRole[] | null;
}
