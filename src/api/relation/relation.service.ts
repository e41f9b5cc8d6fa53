/** Reads relations around nodes, batched through the request's edge loader. */
import type { GraphEdge } from '../../model/graph';
import type { EdgeType } from '../../model/vocabulary';
import { compareText } from '../../store/aggregate';
import { RequestContext } from '../context';
import { Service } from '../shared/container';
import type { Direction } from '../shared/enums';
import { mapPage, paginateSorted, type Page } from '../shared/pagination';
import type { RelationArgs } from './relation.args';
import type { RelationValue } from './relation.type';

// Best-supported relations first: what most outlets report is what an analyst reads first. Ties in code-unit
// order (types and ids are ASCII): localeCompare on hundreds of ties per request showed in profiles.
function bySupport(a: GraphEdge, b: GraphEdge): number {
  return b.sources.length - a.sources.length || compareText(a.type, b.type) || compareText(a.id, b.id);
}

/** Relations around a node. */
@Service()
export class RelationService {
  constructor(private readonly context: RequestContext) {}

  /** Edges touching a node in a direction, optionally of some types, in no particular order. */
  async unordered(nodeId: string, direction: Direction, types?: readonly EdgeType[] | null): Promise<GraphEdge[]> {
    const edges = await this.context.loaders.edges.load({ nodeId, direction });
    const wanted = types && types.length > 0 ? new Set(types) : null;
    return edges.filter((edge) => wanted === null || wanted.has(edge.type));
  }

  /** Edges touching a node in a direction, optionally of some types, best supported first. */
  async edges(nodeId: string, direction: Direction, types?: readonly EdgeType[] | null): Promise<GraphEdge[]> {
    return (await this.unordered(nodeId, direction, types)).sort(bySupport);
  }

  /** One page of a node's relations, best supported first (the first page without sorting them all). */
  async relations(nodeId: string, args: RelationArgs): Promise<Page<RelationValue>> {
    const edges = await this.unordered(nodeId, args.direction, args.types);
    // Only the page's relations get a view: a node can have thousands.
    const page = paginateSorted(edges, args, this.context.config.api.maxPageSize, (edge) => edge.id, bySupport);
    return mapPage(page, (edge) => ({ ...edge, viewedFrom: nodeId }));
  }
}
