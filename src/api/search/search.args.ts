/** Arguments of `search`. */
import { MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import type { EntityLabel } from '../../model/vocabulary';
import { EntityLabelEnum } from '../shared/enums';
import { PageArgs } from '../shared/pagination';

/** `search(text, types, first, after)`. */
@ArgsType()
export class SearchArgs extends PageArgs {
  @Field({ description: 'A name or alias, or part of one; case, accents and hyphens do not matter.' })
  @MinLength(1)
  @MaxLength(200)
  text!: string;

  @Field(() => [EntityLabelEnum], { nullable: true, description: 'Only entities with these labels; all when absent.' })
  types?: EntityLabel[] | null;
}
