/** Arguments of relation lists. */
import { ArgsType, Field } from 'type-graphql';
import type { EdgeType } from '../../model/vocabulary';
import { DirectionEnum, RelationTypeEnum, type Direction } from '../shared/enums';
import { PageArgs } from '../shared/pagination';

/** `relations(direction, types, first, after)`. */
@ArgsType()
export class RelationArgs extends PageArgs {
  @Field(() => DirectionEnum, { defaultValue: 'both', description: 'Which way to follow relations from this node.' })
  direction!: Direction;

  @Field(() => [RelationTypeEnum], { nullable: true, description: 'Only these types; every type when absent or empty.' })
  types?: EdgeType[] | null;
}
