/** Reads events with their participants, dates and figures. */
import type { EventNode } from '../../model/graph';
import type { EventFilter } from '../../store/graph-store';
import { RequestContext, loadPresent } from '../context';
import { RelationService } from '../relation/relation.service';
import { Service } from '../shared/container';
import { notFound } from '../shared/errors';
import { paginate, type Page } from '../shared/pagination';
import { byDateDesc, checkWindow } from './event-order';
import { readRoleEdge } from './event-roles';
import type { EventsArgs } from './event.args';
import { eventDate, figureValues, type EventParticipantsValue, type FigureValue, type SourceDateValue } from './event.type';

/** Events and their participants. */
@Service()
export class EventService {
  constructor(
    private readonly context: RequestContext,
    private readonly relations: RelationService,
  ) {}

  /** An event by id; null when absent. */
  get(id: string): Promise<EventNode | null> {
    return this.context.loaders.events.load(id);
  }

  /** One page of the events matching the filters, most recent first. */
  async list(args: EventsArgs): Promise<Page<EventNode>> {
    checkWindow(args.from, args.to);
    // Naming an entity that does not exist is a mistake worth reporting, not an empty list.
    for (const [argument, id] of [['place', args.place], ['participant', args.participant]] as const) {
      if (id && (await this.context.loaders.entities.load(id)) === null) throw notFound(`entity (${argument})`, id);
    }
    const filter: EventFilter = {
      ...(args.type && args.type.length > 0 ? { types: args.type } : {}),
      ...(args.from ? { from: args.from } : {}),
      ...(args.to ? { to: args.to } : {}),
      ...(args.place ? { placeId: args.place } : {}),
      ...(args.participant ? { participantId: args.participant } : {}),
    };
    const events = await this.context.store.listEvents(filter);
    return paginate([...events].sort(byDateDesc), args, this.context.config.api.maxPageSize, (e) => e.id);
  }

  /** Who took part in an event, by role, in the order of their support. */
  async participants(event: EventNode): Promise<EventParticipantsValue> {
    const roles = (await this.relations.edges(event.id, 'both')).flatMap((edge) => {
      const read = readRoleEdge(edge);
      return read !== null && read.eventId === event.id ? [read] : [];
    });
    const entities = new Map(
      (await loadPresent(this.context.loaders.entities, roles.map((r) => r.entityId))).map((e) => [e.id, e]),
    );
    const result: EventParticipantsValue = { agents: [], targets: [], places: [], announcers: [] };
    const listOf = { agent: result.agents, target: result.targets, place: result.places, announcer: result.announcers };
    for (const { role, entityId } of roles) {
      const entity = entities.get(entityId);
      if (entity && !listOf[role].includes(entity)) listOf[role].push(entity);
    }
    return result;
  }

  /** Each source's own date for the event. */
  datesBySource(event: EventNode): SourceDateValue[] {
    return event.datesBySource.map(({ articleId, date }) => ({ articleId, date: eventDate(date) }));
  }

  /** Every figure every source gives. */
  figures(event: EventNode): FigureValue[] {
    return event.figuresBySource.flatMap(({ articleId, figures }) => figureValues(articleId, figures));
  }
}
