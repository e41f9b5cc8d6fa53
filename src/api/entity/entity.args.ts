/** Arguments of entity lists. */
import { ArgsType, Field } from 'type-graphql';
import type { EntityLabel } from '../../model/vocabulary';
import { EntityLabelEnum, EventRoleEnum, type EventRole } from '../shared/enums';
import { PageArgs } from '../shared/pagination';

/** `entities(label, first, after)`. */
@ArgsType()
export class EntitiesArgs extends PageArgs {
  @Field(() => [EntityLabelEnum], { nullable: true, description: 'Only entities with these labels; all when absent.' })
  label?: EntityLabel[] | null;
}

/** `events(role, first, after)` on an entity. */
@ArgsType()
export class EntityEventsArgs extends PageArgs {
  @Field(() => [EventRoleEnum], { nullable: true, description: 'Only events where it plays these roles; all when absent.' })
  role?: EventRole[] | null;
}
