/**
 * A read-side index of the embedded store: the edges around each node, sorted by id, kept from one read to
 * the next until the store writes again. Popular nodes have thousands of edges; collecting and sorting them
 * on every request for them showed in profiles of the GraphQL API.
 */
import type { GraphEdge } from '../../model/graph';

/** Which edges of a node: leaving it, entering it, or both. */
export type EdgeDirection = 'out' | 'in' | 'both';

/** Per-node edge lists, valid for one write generation of the store. */
export class EdgeLists {
  private generation = -1;
  private readonly lists = new Map<string, readonly GraphEdge[]>();

  /** @param maxLists how many lists to keep before starting over (memory stays bounded on huge graphs). */
  constructor(private readonly maxLists = 100_000) {}

  /**
   * The edges of one node in one direction, sorted by id: kept ones while `generation` (the store's write
   * count) is unchanged, otherwise read with `read` (which must return them sorted by id).
   */
  around(generation: number, nodeId: string, direction: EdgeDirection, read: () => GraphEdge[]): readonly GraphEdge[] {
    if (generation !== this.generation) {
      this.lists.clear();
      this.generation = generation;
    }
    const key = `${direction}\u001f${nodeId}`;
    let list = this.lists.get(key);
    if (list === undefined) {
      if (this.lists.size >= this.maxLists) this.lists.clear();
      list = read();
      this.lists.set(key, list);
    }
    return list;
  }
}

/** Two lists sorted by id merged into one, an edge in both (between two of the nodes asked about) once. */
function mergeTwo(a: readonly GraphEdge[], b: readonly GraphEdge[]): GraphEdge[] {
  const merged: GraphEdge[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const left = a[i] as GraphEdge;
    const right = b[j] as GraphEdge;
    if (left.id < right.id) {
      merged.push(left);
      i++;
    } else if (right.id < left.id) {
      merged.push(right);
      j++;
    } else {
      merged.push(left);
      i++;
      j++;
    }
  }
  for (; i < a.length; i++) merged.push(a[i] as GraphEdge);
  for (; j < b.length; j++) merged.push(b[j] as GraphEdge);
  return merged;
}

/**
 * Lists sorted by id merged into one sorted list without repeats, pairwise (no comparator callbacks). A single
 * list comes back as it is: callers must not change the result.
 */
export function mergeById(lists: readonly (readonly GraphEdge[])[]): readonly GraphEdge[] {
  let round = lists.filter((list) => list.length > 0);
  if (round.length === 0) return [];
  while (round.length > 1) {
    const next: (readonly GraphEdge[])[] = [];
    for (let k = 0; k < round.length; k += 2) {
      const second = round[k + 1];
      next.push(second === undefined ? (round[k] as readonly GraphEdge[]) : mergeTwo(round[k] as readonly GraphEdge[], second));
    }
    round = next;
  }
  return round[0] as readonly GraphEdge[];
}
