/** The subgraph around a node: a breadth-first walk with one store read per level, capped in nodes. */
import type { EntityNode, EventNode, GraphEdge } from '../../model/graph';
import { NodeService } from '../node/node.service';
import { Service } from '../shared/container';
import { notFound } from '../shared/errors';
import type { NeighbourhoodArgs } from './graph.args';
import type { SubgraphNodeValue, SubgraphValue } from './graph.type';
import { kindAt, type NodeKind } from '../event/event-roles';
import { GraphWalkService, otherEnd } from './graph-walk.service';

function subgraphNode(node: EntityNode | EventNode, depth: number): SubgraphNodeValue {
  return {
    id: node.id,
    label: 'label' in node ? node.label : 'Event',
    name: node.name,
    depth,
    supportCount: node.sources.length,
    node,
  };
}

/** Neighbourhoods. */
@Service()
export class NeighbourhoodService {
  constructor(
    private readonly walk: GraphWalkService,
    private readonly nodeService: NodeService,
  ) {}

  /**
   * Nodes within `depth` hops of the centre and every relation between them. Costs `depth + 1` edge reads at
   * most (one per level, one for the relations among the farthest nodes) and one node read per kind.
   */
  async neighbourhood(args: NeighbourhoodArgs): Promise<SubgraphValue> {
    const centre = await this.nodeService.endpoint(args.id);
    if (centre === null) throw notFound('entity or event', args.id);
    const depthOf = new Map<string, number>([[centre.id, 0]]);
    const kinds = new Map<string, NodeKind>();
    const edges = new Map<string, GraphEdge>();
    let frontier = [centre.id];
    let truncated = false;
    let reached = 0;
    for (let level = 1; level <= args.depth && frontier.length > 0 && depthOf.size < args.limit; level += 1) {
      const found = await this.walk.expand(frontier, args.relationTypes);
      reached = level;
      // The best-supported edge to each new node decides its rank when the limit forces a choice (ties: node id).
      const next = new Map<string, number>();
      for (const edge of found) {
        edges.set(edge.id, edge);
        for (const end of [edge.source, edge.target]) {
          if (depthOf.has(end) || depthOf.get(otherEnd(edge, end)) !== level - 1) continue;
          next.set(end, Math.max(next.get(end) ?? 0, edge.sources.length));
          kinds.set(end, kindAt(edge, end));
        }
      }
      const room = args.limit - depthOf.size;
      const ranked = [...next].sort(([a, sa], [b, sb]) => sb - sa || a.localeCompare(b));
      const kept = ranked.slice(0, room).map(([id]) => id);
      if (next.size > room) truncated = true;
      for (const id of kept) depthOf.set(id, level);
      frontier = kept;
    }
    // Relations among the farthest nodes (and, when the limit stopped the walk early, beyond them) are not read yet.
    if (frontier.length > 0 && args.depth > 0) {
      for (const edge of await this.walk.expand(frontier, args.relationTypes)) {
        edges.set(edge.id, edge);
        if (reached < args.depth && (!depthOf.has(edge.source) || !depthOf.has(edge.target))) truncated = true;
      }
    }
    // Only the kept nodes are read; candidates the limit dropped are not.
    const nodes = await this.walk.nodes(new Map([...kinds].filter(([id]) => depthOf.has(id) && id !== centre.id)));
    nodes.set(centre.id, centre);
    const kept = [...depthOf].flatMap(([id, depth]) => {
      const node = nodes.get(id);
      return node ? [subgraphNode(node, depth)] : [];
    });
    const present = new Set(kept.map((node) => node.id));
    return {
      nodes: kept,
      edges: [...edges.values()]
        .filter((edge) => present.has(edge.source) && present.has(edge.target))
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((edge) => ({ ...edge, viewedFrom: null })),
      truncated,
    };
  }
}
