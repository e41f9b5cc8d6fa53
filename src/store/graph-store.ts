/**
 * The storage contract every backend implements (embedded in-process store, Neo4j).
 * Writes are per article and idempotent: putting an article replaces what its previous version supported.
 */
import type {
  ArticleContribution,
  ArticleRecord,
  EntityNode,
  EventNode,
  GraphEdge,
  ResolutionIndex,
} from '../model/graph';
import type { EdgeType, EntityLabel, EventType } from '../model/vocabulary';

/** Which edges to read around a set of nodes. */
export interface EdgeQuery {
  nodeIds: readonly string[];
  direction: 'out' | 'in' | 'both';
  /** Only these types; all when absent or empty. */
  types?: readonly EdgeType[];
}

/** A search over entity names and aliases. */
export interface EntitySearch {
  text: string;
  labels?: readonly EntityLabel[];
  limit: number;
}

/** Filters for listing events; dates are ISO `YYYY-MM-DD`, inclusive. */
export interface EventFilter {
  types?: readonly EventType[];
  from?: string;
  to?: string;
  /** Events with this entity in any role. */
  participantId?: string;
  /** Events that occurred in this place. */
  placeId?: string;
}

/** Filters for listing articles. */
export interface ArticleFilter {
  outlet?: string;
  from?: string;
  to?: string;
}

/** Counts for `stats`. */
export interface GraphStats {
  nodesByLabel: Record<string, number>;
  edgesByType: Record<string, number>;
  articles: number;
  /** ISO timestamp of the last write, null when empty. */
  lastIngestAt: string | null;
}

/** A whole-graph snapshot, in deterministic order (by id). */
export interface GraphSnapshot {
  articles: ArticleRecord[];
  entities: EntityNode[];
  events: EventNode[];
  edges: GraphEdge[];
}

/** One article to write with what it contributes. */
export interface ArticleWrite {
  article: ArticleRecord;
  contribution: ArticleContribution;
}

/** A graph backend. */
export interface GraphStore extends ResolutionIndex {
  /** 'embedded' or 'neo4j'. */
  readonly kind: string;
  /** Opens the store (loads files, applies schema); call once before anything else. */
  init(): Promise<void>;
  /** Flushes and releases everything; the store is unusable afterwards. */
  close(): Promise<void>;
  /** Makes every write so far durable. */
  flush(): Promise<void>;

  /** Content hash of the stored version of an article, null when absent. */
  articleHash(id: string): Promise<string | null>;
  /** Id of a stored article with this content hash (deduplication by content), null when none. */
  articleIdByHash(contentHash: string): Promise<string | null>;
  /** Writes articles with their contributions, each replacing its previous version. */
  putArticles(writes: readonly ArticleWrite[]): Promise<void>;
  /** Retracts an article: facts only it supported disappear. False when it was not stored. */
  deleteArticle(id: string): Promise<boolean>;

  getArticles(ids: readonly string[]): Promise<(ArticleRecord | null)[]>;
  listArticles(filter: ArticleFilter): Promise<ArticleRecord[]>;
  getContributions(articleIds: readonly string[]): Promise<(ArticleContribution | null)[]>;
  getEntities(ids: readonly string[]): Promise<(EntityNode | null)[]>;
  getEvents(ids: readonly string[]): Promise<(EventNode | null)[]>;
  searchEntities(search: EntitySearch): Promise<EntityNode[]>;
  listEntities(labels?: readonly EntityLabel[]): Promise<EntityNode[]>;
  listEvents(filter: EventFilter): Promise<EventNode[]>;
  getEdges(query: EdgeQuery): Promise<GraphEdge[]>;
  stats(): Promise<GraphStats>;
  snapshot(): Promise<GraphSnapshot>;
}
