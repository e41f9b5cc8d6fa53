/** Arguments of article lists. */
import { MaxLength } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../shared/pagination';

/** `articles(outlet, from, to, first, after)`. */
@ArgsType()
export class ArticlesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only articles from this outlet.' })
  @MaxLength(200)
  outlet?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Only articles published on or after this day.' })
  from?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Only articles published on or before this day.' })
  to?: string | null;
}
