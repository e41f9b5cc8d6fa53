/** The `stats` query. */
import { Query, Resolver } from 'type-graphql';
import { StatsService } from './stats.service';
import { Stats } from './stats.type';

/** Resolves `stats`. */
@Resolver(() => Stats)
export class StatsResolver {
  constructor(private readonly statsService: StatsService) {}

  @Query(() => Stats, { description: 'Counts over the whole graph and when it last changed.' })
  stats(): Promise<Stats> {
    return this.statsService.stats();
  }
}
