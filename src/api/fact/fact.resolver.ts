/** The `facts` query. */
import { Args, Query, Resolver } from 'type-graphql';
import type { Page } from '../shared/pagination';
import { FactsArgs } from './fact.args';
import { FactService } from './fact.service';
import { Fact, FactConnection, type FactValue } from './fact.type';

/** Resolves `facts`. */
@Resolver(() => Fact)
export class FactResolver {
  constructor(private readonly factService: FactService) {}

  @Query(() => FactConnection, {
    description:
      'Relations (and, with includeEvents, events) with their weight, filtered by support, outlets, confidence, ' +
      'status and type; highest confidence first, then most articles.',
  })
  facts(@Args() args: FactsArgs): Promise<Page<FactValue>> {
    return this.factService.list(args);
  }
}
