/** Arguments of the curation mutations and of `curations`. */
import { ArrayMaxSize, ArrayMinSize, MaxLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { PageArgs } from '../shared/pagination';

/** Most ids or forms one action may name (a curator's action, not a bulk job). */
export const MAX_CURATION_ITEMS = 100;

/** `mergeEntities(ids, note)`. */
@ArgsType()
export class MergeEntitiesArgs {
  @Field(() => [ID], { description: 'The entity nodes that are one; at least two, all of one label.' })
  @ArrayMinSize(2)
  @ArrayMaxSize(MAX_CURATION_ITEMS)
  ids!: string[];

  @Field(() => String, { nullable: true, description: 'Why, for the record.' })
  @MaxLength(2000)
  note?: string | null;
}

/** `splitEntity(id, aliases, note)`. */
@ArgsType()
export class SplitEntityArgs {
  @Field(() => ID, { description: 'The entity node to split.' })
  id!: string;

  @Field(() => [String], { description: 'Its surface forms that name someone or something else.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CURATION_ITEMS)
  @MaxLength(500, { each: true })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'Why, for the record.' })
  @MaxLength(2000)
  note?: string | null;
}

/** `undoCuration(id)`. */
@ArgsType()
export class UndoCurationArgs {
  @Field(() => ID, { description: 'The curation action to undo.' })
  id!: string;
}

/** `curations(first, after)`. */
@ArgsType()
export class CurationsArgs extends PageArgs {}
