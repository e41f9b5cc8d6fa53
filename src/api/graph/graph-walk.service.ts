/**
 * What breadth-first walks over the graph share: one store read per level for a whole frontier (never one per
 * node), and reading the nodes a walk reached with one batch per kind (see `kindAt` in `event-roles.ts`).
 */
import type { EntityNode, EventNode, GraphEdge } from '../../model/graph';
import type { EdgeType } from '../../model/vocabulary';
import { RequestContext, loadPresent } from '../context';
import type { NodeKind } from '../event/event-roles';
import { Service } from '../shared/container';

/** The end of `edge` that is not `nodeId` (`nodeId` itself for a loop). */
export function otherEnd(edge: GraphEdge, nodeId: string): string {
  return edge.source === nodeId ? edge.target : edge.source;
}

/** Reads for graph walks. */
@Service()
export class GraphWalkService {
  constructor(private readonly context: RequestContext) {}

  /** Every edge touching any node of the frontier, of the given types: one store call. */
  async expand(frontier: readonly string[], types?: readonly EdgeType[] | null): Promise<GraphEdge[]> {
    if (frontier.length === 0) return [];
    return this.context.store.getEdges({ nodeIds: frontier, direction: 'both', ...(types && types.length > 0 ? { types } : {}) });
  }

  /** The nodes with these ids, read by kind (one batch per kind), keyed by id; missing ones left out. */
  async nodes(kinds: ReadonlyMap<string, NodeKind>): Promise<Map<string, EntityNode | EventNode>> {
    const ids = (kind: NodeKind) => [...kinds].filter(([, k]) => k === kind).map(([id]) => id);
    const [entities, events] = await Promise.all([
      loadPresent(this.context.loaders.entities, ids('entity')),
      loadPresent(this.context.loaders.events, ids('event')),
    ]);
    return new Map<string, EntityNode | EventNode>([...entities, ...events].map((node) => [node.id, node]));
  }
}
