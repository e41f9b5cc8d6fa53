/**
 * Shortest paths between two entities: a bidirectional breadth-first search that expands the smaller frontier
 * one whole level at a time (one store read per level), keeping every shortest way into each node so that all
 * shortest paths, not just the first found, can be listed.
 */
import type { GraphEdge } from '../../model/graph';
import { RequestContext, loadAll } from '../context';
import { Service } from '../shared/container';
import { notFound } from '../shared/errors';
import type { PathArgs } from './graph.args';
import type { GraphPathValue, PathHopValue } from './graph.type';
import { GraphWalkService, otherEnd } from './graph-walk.service';

/** How a node was first reached from one side: through which edge, from which node one step nearer that side. */
interface Parent {
  edge: GraphEdge;
  from: string;
}

/** One side of the search. */
interface Side {
  distance: Map<string, number>;
  parents: Map<string, Parent[]>;
  frontier: string[];
}

// Enough candidates to rank before keeping `limit`; caps the work when many equally short paths exist.
const MAX_CANDIDATE_PATHS = 2000;

function side(start: string): Side {
  return { distance: new Map([[start, 0]]), parents: new Map(), frontier: [start] };
}

/** Every chain of parents from `node` back to the side's start, as hops walked away from the start. */
function* chains(from: Side, node: string): Generator<PathHopValue[]> {
  const parents = from.parents.get(node);
  if (parents === undefined) {
    yield [];
    return;
  }
  for (const { edge, from: previous } of parents) {
    for (const chain of chains(from, previous)) yield [...chain, hop(edge, previous, node)];
  }
}

function hop(edge: GraphEdge, fromId: string, toId: string): PathHopValue {
  return {
    fromId,
    toId,
    direction: edge.source === fromId ? 'out' : 'in',
    relation: { ...edge, viewedFrom: fromId },
  };
}

function reversed(hops: readonly PathHopValue[]): PathHopValue[] {
  return [...hops].reverse().map((h) => hop(h.relation, h.toId, h.fromId));
}

function pathOf(start: string, hops: PathHopValue[]): GraphPathValue {
  return { nodeIds: [start, ...hops.map((h) => h.toId)], hops };
}

// Strongest weakest link first, then the most support overall; then by the hops' ids so the order is stable.
function byStrength(a: GraphPathValue, b: GraphPathValue): number {
  const weakest = (p: GraphPathValue) => Math.min(...p.hops.map((h) => h.relation.sources.length));
  const total = (p: GraphPathValue) => p.hops.reduce((sum, h) => sum + h.relation.sources.length, 0);
  const key = (p: GraphPathValue) => p.hops.map((h) => h.relation.id).join(' ');
  return weakest(b) - weakest(a) || total(b) - total(a) || key(a).localeCompare(key(b));
}

/** Every shortest path through the meeting nodes (up to a cap), strongest first, `limit` of them. */
function join(start: string, forward: Side, backward: Side, meetings: readonly string[], limit: number): GraphPathValue[] {
  const found: GraphPathValue[] = [];
  outer: for (const meeting of meetings) {
    for (const head of chains(forward, meeting)) {
      for (const tail of chains(backward, meeting)) {
        found.push(pathOf(start, [...head, ...reversed(tail)]));
        if (found.length >= MAX_CANDIDATE_PATHS) break outer;
      }
    }
  }
  return found.sort(byStrength).slice(0, limit);
}

/** Paths between entities. */
@Service()
export class PathService {
  constructor(
    private readonly context: RequestContext,
    private readonly walk: GraphWalkService,
  ) {}

  /** The shortest paths of at most `maxHops` hops, strongest first; empty when none is that short. */
  async paths(args: PathArgs): Promise<GraphPathValue[]> {
    const [from, to] = await loadAll(this.context.loaders.entities, [args.from, args.to]);
    if (!from) throw notFound('entity (from)', args.from);
    if (!to) throw notFound('entity (to)', args.to);
    if (from.id === to.id) return [{ nodeIds: [from.id], hops: [] }];
    const forward = side(from.id);
    const backward = side(to.id);
    for (let hops = 0; hops < args.maxHops; hops += 1) {
      // Expanding the smaller frontier keeps the levels read as small as the graph allows.
      const [near, far] = forward.frontier.length <= backward.frontier.length ? [forward, backward] : [backward, forward];
      if (near.frontier.length === 0) return [];
      const meetings = await this.advance(near, far, args.relationTypes);
      if (meetings.length > 0) return join(from.id, forward, backward, meetings, args.limit);
    }
    return [];
  }

  /**
   * Expands one side by a whole level; returns the new nodes the other side has already reached. Before this
   * level no node was reached from both sides, so every meeting lies at the far side's current depth (a node the
   * far side reached earlier would have led it to this side's frontier already): all meetings found here give
   * paths of one and the same, shortest, length.
   */
  private async advance(near: Side, far: Side, types: PathArgs['relationTypes']): Promise<string[]> {
    const onFrontier = new Set(near.frontier);
    const next = new Map<string, Parent[]>();
    for (const edge of await this.walk.expand(near.frontier, types)) {
      for (const end of [edge.source, edge.target]) {
        const previous = otherEnd(edge, end);
        if (near.distance.has(end) || !onFrontier.has(previous)) continue;
        next.set(end, [...(next.get(end) ?? []), { edge, from: previous }]);
      }
    }
    const level = (near.distance.get(near.frontier[0] ?? '') ?? 0) + 1;
    for (const [node, parents] of next) {
      near.distance.set(node, level);
      near.parents.set(node, parents);
    }
    near.frontier = [...next.keys()].sort();
    return near.frontier.filter((node) => far.distance.has(node));
  }
}
