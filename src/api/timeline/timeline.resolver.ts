/** The `timeline` query. */
import { Args, Query, Resolver } from 'type-graphql';
import type { Page } from '../shared/pagination';
import { TimelineArgs } from './timeline.args';
import { TimelineService } from './timeline.service';
import { TimelineConnection, TimelineEntry, type TimelineEntryValue } from './timeline.type';

/** Resolves `timeline`. */
@Resolver(() => TimelineEntry)
export class TimelineResolver {
  constructor(private readonly timelineService: TimelineService) {}

  @Query(() => TimelineConnection, {
    description:
      'An entity\'s events in date order (oldest first; by start, then end, so a DAY comes before a RANGE that ' +
      'starts the same day; UNKNOWN dates last), each with its roles in it. NOT_FOUND when no entity has the id.',
  })
  timeline(@Args() args: TimelineArgs): Promise<Page<TimelineEntryValue>> {
    return this.timelineService.timeline(args);
  }
}
