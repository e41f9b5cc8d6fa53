/** Reads nodes of any kind by id through the request's loaders. */
import type { EntityNode, EventNode, GraphEdge } from '../../model/graph';
import type { RelationValue } from '../relation/relation.type';
import { RequestContext, loadPresent } from '../context';
import { kindAt, type RoleEdgeEnds } from '../event/event-roles';
import { Service } from '../shared/container';
import type { NodeValue } from './node.type';

/** Looks nodes up by id when the kind is not known in advance. */
@Service()
export class NodeService {
  constructor(private readonly context: RequestContext) {}

  /** An entity, event or article by id; null when none has it. Looks in all three in one batch each. */
  async get(id: string): Promise<NodeValue | null> {
    const { entities, events, articles } = this.context.loaders;
    const [entity, event, article] = await Promise.all([entities.load(id), events.load(id), articles.load(id)]);
    return entity ?? event ?? article;
  }

  /** An entity by id; null when absent. */
  entity(id: string): Promise<EntityNode | null> {
    return this.context.loaders.entities.load(id);
  }

  /** An event by id; null when absent. */
  event(id: string): Promise<EventNode | null> {
    return this.context.loaders.events.load(id);
  }

  /** The aggregated relation an article's edge contributes to; null when it is gone. */
  async relation(edge: Pick<GraphEdge, 'id' | 'source'>): Promise<RelationValue | null> {
    const edges = await this.context.loaders.edges.load({ nodeId: edge.source, direction: 'out' });
    const found = edges.find((candidate) => candidate.id === edge.id);
    return found ? { ...found, viewedFrom: null } : null;
  }

  /** The node at one end of an edge (an entity or an event); null when it is gone. */
  async endpoint(id: string): Promise<EntityNode | EventNode | null> {
    const { entities, events } = this.context.loaders;
    const [entity, event] = await Promise.all([entities.load(id), events.load(id)]);
    return entity ?? event;
  }

  /** The node at one end of an edge, read only from the loader its kind needs (the edge type says which). */
  async endOf(edge: RoleEdgeEnds, id: string): Promise<EntityNode | EventNode | null> {
    return kindAt(edge, id) === 'event' ? this.context.loaders.events.load(id) : this.context.loaders.entities.load(id);
  }

  /** The entities with these ids, in order, leaving out ids that no longer exist. */
  async entities(ids: readonly string[]): Promise<EntityNode[]> {
    return loadPresent(this.context.loaders.entities, ids);
  }

  /** The events with these ids, in order, leaving out ids that no longer exist. */
  async events(ids: readonly string[]): Promise<EventNode[]> {
    return loadPresent(this.context.loaders.events, ids);
  }
}
