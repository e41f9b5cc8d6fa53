/** Reads entities with the articles that mention them and the events they take part in. */
import type { ArticleRecord, EntityNode } from '../../model/graph';
import { RequestContext, loadPresent } from '../context';
import { byDateDesc } from '../event/event-order';
import { readRoleEdge } from '../event/event-roles';
import { RelationService } from '../relation/relation.service';
import { SupportService } from '../relation/support.service';
import { Service } from '../shared/container';
import type { EventRole } from '../shared/enums';
import { paginate, paginateSorted, type Page, type PageArgs } from '../shared/pagination';
import type { EntitiesArgs, EntityEventsArgs } from './entity.args';
import type { EventParticipationValue } from './entity.type';

// Most reported first: the entities an analyst is most likely looking for.
function bySupport(a: EntityNode, b: EntityNode): number {
  return b.sources.length - a.sources.length || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

/** Entities and their surroundings. */
@Service()
export class EntityService {
  constructor(
    private readonly context: RequestContext,
    private readonly relations: RelationService,
    private readonly support: SupportService,
  ) {}

  /** An entity by id; null when absent. */
  get(id: string): Promise<EntityNode | null> {
    return this.context.loaders.entities.load(id);
  }

  /** One page of all entities (optionally of some labels), most reported first. */
  async list(args: EntitiesArgs): Promise<Page<EntityNode>> {
    const entities = await this.context.store.listEntities(args.label ?? undefined);
    return paginate([...entities].sort(bySupport), args, this.context.config.api.maxPageSize, (e) => e.id);
  }

  /** One page of the articles that mention an entity, in id order (only the page's articles are read). */
  articles(entity: EntityNode, args: PageArgs): Promise<Page<ArticleRecord>> {
    return this.support.articles(entity.sources, args);
  }

  /** One page of the events an entity takes part in, with its role, most recent first. */
  async events(entity: EntityNode, args: EntityEventsArgs): Promise<Page<EventParticipationValue>> {
    const participations = await this.participations(entity.id, args.role);
    // Total (one entry per event and role), so the first page of a place with thousands of events is picked
    // without sorting them all.
    return paginateSorted(
      participations,
      args,
      this.context.config.api.maxPageSize,
      (p) => `${p.role}:${p.event.id}`,
      (a, b) => byDateDesc(a.event, b.event) || a.role.localeCompare(b.role),
    );
  }

  /**
   * Every part an entity plays in an event (one entry per role and event), optionally only some roles, unordered:
   * one read of its edges, one of the events.
   */
  async participations(entityId: string, roles?: readonly EventRole[] | null): Promise<EventParticipationValue[]> {
    const wanted = roles && roles.length > 0 ? new Set(roles) : null;
    const found = (await this.relations.unordered(entityId, 'both')).flatMap((edge) => {
      const read = readRoleEdge(edge);
      return read !== null && read.entityId === entityId && (wanted === null || wanted.has(read.role))
        ? [{ ...read, edge }]
        : [];
    });
    const events = new Map(
      (await loadPresent(this.context.loaders.events, found.map((r) => r.eventId))).map((event) => [event.id, event]),
    );
    return found.flatMap(({ role, eventId, edge }) => {
      const event = events.get(eventId);
      return event ? [{ role, event, relation: { ...edge, viewedFrom: entityId } }] : [];
    });
  }
}
