/** Reads entities with the articles that mention them and the events they take part in. */
import type { ArticleRecord, EntityNode } from '../../model/graph';
import { RequestContext, loadAll, loadPresent } from '../context';
import { byDateDesc, readRoleEdge } from '../event/event-roles';
import { RelationService } from '../relation/relation.service';
import { Service } from '../shared/container';
import { paginate, paginateThenLoad, type Page, type PageArgs } from '../shared/pagination';
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
    return paginateThenLoad(entity.sources, args, this.context.config.api.maxPageSize, (id) => id, (ids) =>
      loadAll(this.context.loaders.articles, ids),
    );
  }

  /** One page of the events an entity takes part in, with its role, most recent first. */
  async events(entity: EntityNode, args: EntityEventsArgs): Promise<Page<EventParticipationValue>> {
    const wanted = args.role && args.role.length > 0 ? new Set(args.role) : null;
    const roles = (await this.relations.edges(entity.id, 'both')).flatMap((edge) => {
      const read = readRoleEdge(edge);
      return read !== null && read.entityId === entity.id && (wanted === null || wanted.has(read.role))
        ? [{ ...read, edge }]
        : [];
    });
    const events = new Map(
      (await loadPresent(this.context.loaders.events, roles.map((r) => r.eventId))).map((event) => [event.id, event]),
    );
    const participations = roles.flatMap(({ role, eventId, edge }) => {
      const event = events.get(eventId);
      return event ? [{ role, event, relation: { ...edge, viewedFrom: entity.id } }] : [];
    });
    participations.sort((a, b) => byDateDesc(a.event, b.event) || a.role.localeCompare(b.role));
    return paginate(participations, args, this.context.config.api.maxPageSize, (p) => `${p.role}:${p.event.id}`);
  }
}
