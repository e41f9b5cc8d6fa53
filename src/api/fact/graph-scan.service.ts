/**
 * Whole-graph reads for the analyst queries (`facts`, `disagreements`), made once per request: the store
 * contract has no "list every edge", so edges are read as the out-edges of every entity and event, in one call.
 */
import type { EntityNode, EventNode, GraphEdge } from '../../model/graph';
import { RequestContext } from '../context';
import { Service } from '../shared/container';

/** Every event and every edge of the graph, read at most once per request. */
@Service()
export class GraphScanService {
  private entitiesOnce: Promise<EntityNode[]> | null = null;
  private eventsOnce: Promise<EventNode[]> | null = null;
  private edgesOnce: Promise<GraphEdge[]> | null = null;

  constructor(private readonly context: RequestContext) {}

  /** Every entity (primed into the request's loader, so resolving relation ends reads nothing more). */
  entities(): Promise<EntityNode[]> {
    this.entitiesOnce ??= this.context.store.listEntities().then((entities) => {
      for (const entity of entities) this.context.loaders.entities.prime(entity.id, entity);
      return entities;
    });
    return this.entitiesOnce;
  }

  /** Every event (primed into the request's loader). */
  events(): Promise<EventNode[]> {
    this.eventsOnce ??= this.context.store.listEvents({}).then((events) => {
      for (const event of events) this.context.loaders.events.prime(event.id, event);
      return events;
    });
    return this.eventsOnce;
  }

  /** Every edge: each starts at an entity or an event, so the out-edges of all of them are all of them. */
  edges(): Promise<GraphEdge[]> {
    this.edgesOnce ??= Promise.all([this.entities(), this.events()]).then(([entities, events]) => {
      const nodeIds = [...entities.map((e) => e.id), ...events.map((e) => e.id)];
      return nodeIds.length === 0 ? [] : this.context.store.getEdges({ nodeIds, direction: 'out' });
    });
    return this.edgesOnce;
  }
}
