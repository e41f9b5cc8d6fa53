/** The `search` query. */
import { Args, Query, Resolver } from 'type-graphql';
import type { Page } from '../shared/pagination';
import { SearchArgs } from './search.args';
import { SearchService } from './search.service';
import { SearchHit, SearchHitConnection, type SearchHitValue } from './search.type';

/** Resolves `search`. */
@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Query(() => SearchHitConnection, {
    description:
      `People, groups and places by name or alias (misspellings tolerated), best match first, one hit per ` +
      `entity; at most the best 1000 are ranked.`,
  })
  search(@Args() args: SearchArgs): Promise<Page<SearchHitValue>> {
    return this.searchService.search(args);
  }
}
