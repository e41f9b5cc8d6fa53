/** An entity's events in date order, one entry per event with every role it plays. */
import { RequestContext } from '../context';
import { EntityService } from '../entity/entity.service';
import { byDateAsc, checkWindow, mayFallWithin } from '../event/event-order';
import { eventDate } from '../event/event.type';
import { Service } from '../shared/container';
import { EVENT_ROLES } from '../shared/enums';
import { notFound } from '../shared/errors';
import { paginate, type Page } from '../shared/pagination';
import type { TimelineArgs } from './timeline.args';
import type { TimelineEntryValue } from './timeline.type';

/** Timelines. */
@Service()
export class TimelineService {
  constructor(
    private readonly context: RequestContext,
    private readonly entities: EntityService,
  ) {}

  /** One page of an entity's events, oldest first, undated last (the order `events(...)` reverses). */
  async timeline(args: TimelineArgs): Promise<Page<TimelineEntryValue>> {
    checkWindow(args.from, args.to);
    if ((await this.entities.get(args.entityId)) === null) throw notFound('entity', args.entityId);
    const entries = new Map<string, TimelineEntryValue>();
    for (const { role, event, relation } of await this.entities.participations(args.entityId, args.role)) {
      if (!mayFallWithin(event.date, args.from, args.to)) continue;
      const entry = entries.get(event.id) ?? { event, date: eventDate(event.date), roles: [], relations: [] };
      if (!entry.roles.includes(role)) entry.roles.push(role);
      entry.relations.push(relation);
      entries.set(event.id, entry);
    }
    const ordered = [...entries.values()].sort((a, b) => byDateAsc(a.event, b.event));
    for (const entry of ordered) entry.roles.sort((a, b) => EVENT_ROLES.indexOf(a) - EVENT_ROLES.indexOf(b));
    return paginate(ordered, args, this.context.config.api.maxPageSize, (entry) => entry.event.id);
  }
}
