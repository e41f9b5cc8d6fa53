/** The `facts` query. */
import { Args, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { SourceStatus as SourceStatusValue } from '../../model/graph';
import { SourceStatusConnection } from '../relation/relation.type';
import { SupportPageArgs, SupportService } from '../relation/support.service';
import { CHECKED_BY_PAGE_SIZE, type Page } from '../shared/pagination';
import { FactsArgs } from './fact.args';
import { FactService } from './fact.service';
import { Fact, FactConnection, type FactValue } from './fact.type';

/** Resolves `facts`. */
@Resolver(() => Fact)
export class FactResolver {
  constructor(
    private readonly factService: FactService,
    private readonly support: SupportService,
  ) {}

  @Query(() => FactConnection, {
    description:
      'Relations (and, with includeEvents, events) with their weight, filtered by support, outlets, confidence, ' +
      'status and type; highest confidence first, then most articles.',
  })
  facts(@Args() args: FactsArgs): Promise<Page<FactValue>> {
    return this.factService.list(args);
  }

  @FieldResolver(() => SourceStatusConnection, { description: 'How each source presents it, by article id.' })
  statuses(@Root() fact: FactValue, @Args(CHECKED_BY_PAGE_SIZE) args: SupportPageArgs): Page<SourceStatusValue> {
    return this.support.statuses(fact, args);
  }
}
