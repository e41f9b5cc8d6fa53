/**
 * The per-request context: the store, configuration, the caller, the ingest function, DataLoaders created
 * fresh for this request (so a request sees one consistent batch of reads and nothing is cached across
 * requests), and the request's dependency-injection container.
 */
import DataLoader from 'dataloader';
import type { Config } from '../config';
import type { ArticleContribution, ArticleRecord, EntityNode, EventNode, GraphEdge } from '../model/graph';
import type { IngestArticleFn } from '../pipeline/ingest';
import type { GraphStore } from '../store/graph-store';
import { callerFrom, type Caller, type RequestHeaders } from './shared/auth';
import { RequestContainer } from './shared/container';
import type { Direction } from './shared/enums';

/** Edges around one node in one direction. */
export interface EdgeKey {
  nodeId: string;
  direction: Direction;
}

/** Batched, per-request readers over the store. */
export interface Loaders {
  entities: DataLoader<string, EntityNode | null>;
  events: DataLoader<string, EventNode | null>;
  articles: DataLoader<string, ArticleRecord | null>;
  contributions: DataLoader<string, ArticleContribution | null>;
  edges: DataLoader<EdgeKey, GraphEdge[], string>;
}

/** A node's edges in each direction, in the store's order (by id); a self-loop appears once in `both`. */
type EdgesAround = Record<Direction, GraphEdge[]>;

/** Creates the loaders of one request; every batch is one store call. */
export function createLoaders(store: GraphStore): Loaders {
  return {
    entities: new DataLoader((ids) => store.getEntities(ids)),
    events: new DataLoader((ids) => store.getEvents(ids)),
    articles: new DataLoader((ids) => store.getArticles(ids)),
    contributions: new DataLoader((ids) => store.getContributions(ids)),
    // One store call per batch whatever the mix of directions: read both ways, then split per key in one pass
    // (a batch of popular nodes can hold thousands of edges).
    edges: new DataLoader(
      async (keys) => {
        const nodeIds = [...new Set(keys.map((key) => key.nodeId))];
        const edges = await store.getEdges({ nodeIds, direction: 'both' });
        const around = new Map<string, EdgesAround>(nodeIds.map((id) => [id, { out: [], in: [], both: [] }]));
        for (const edge of edges) {
          const from = around.get(edge.source);
          const to = around.get(edge.target);
          from?.out.push(edge);
          from?.both.push(edge);
          to?.in.push(edge);
          if (to !== from) to?.both.push(edge);
        }
        return keys.map((key) => around.get(key.nodeId)?.[key.direction] ?? []);
      },
      { cacheKeyFn: (key) => `${key.direction}\u001f${key.nodeId}` },
    ),
  };
}

/** What the API is built over. */
export interface ApiDeps {
  store: GraphStore;
  config: Config;
  ingest: IngestArticleFn;
  /** The clock curation actions are stamped with (default: the system clock). */
  clock?: () => Date;
}

/** Everything a resolver or service may use while answering one request. */
export class RequestContext {
  /** DataLoaders of this request. */
  readonly loaders: Loaders;
  /** Builds this request's resolvers and services. */
  readonly container: RequestContainer;

  constructor(
    readonly store: GraphStore,
    readonly config: Config,
    readonly caller: Caller,
    readonly ingest: IngestArticleFn,
    readonly clock: () => Date = () => new Date(),
  ) {
    this.loaders = createLoaders(store);
    this.container = new RequestContainer(new Map<Function, unknown>([[RequestContext, this]]));
  }

  /** Drops everything this request has read, after it wrote to the store, so later fields see the writes. */
  forgetReads(): void {
    for (const loader of Object.values(this.loaders)) loader.clearAll();
  }
}

/** Creates the context of one request from its headers. */
export function createRequestContext(deps: ApiDeps, headers: RequestHeaders): RequestContext {
  return new RequestContext(deps.store, deps.config, callerFrom(headers, deps.config.api.apiKey), deps.ingest, deps.clock);
}

/** Loads many keys in order (null where the store has none); a failed read throws instead of vanishing. */
export async function loadAll<K, V, C>(loader: DataLoader<K, V | null, C>, keys: readonly K[]): Promise<(V | null)[]> {
  const found = await loader.loadMany(keys);
  return found.map((value) => {
    if (value instanceof Error) throw value;
    return value;
  });
}

/** Loads many keys, leaving out the ones the store no longer has. */
export async function loadPresent<K, V, C>(loader: DataLoader<K, V | null, C>, keys: readonly K[]): Promise<V[]> {
  return (await loadAll(loader, keys)).filter((value): value is V => value !== null);
}
