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
  NodeSupport,
  ResolutionIndex,
} from '../model/graph';
import type { EdgeType, EntityLabel, EventType } from '../model/vocabulary';

/** An article without its text and sentences: what counting outlets or listing sources needs. */
export type ArticleMeta = Omit<ArticleRecord, 'text' | 'sentences'>;

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

/** What a snapshot leaves out. */
export interface SnapshotOptions {
  /** False: `articles` is empty (an exporter pages them in with `listArticles` and `getArticles`). Default true. */
  articles?: boolean;
}

/** A whole-graph snapshot, in deterministic order (by id). */
export interface GraphSnapshot {
  articles: ArticleRecord[];
  entities: EntityNode[];
  events: EventNode[];
  edges: GraphEdge[];
}

/**
 * The resolution-index rule both backends follow (see `candidatesByKeys`): a spelling-tolerant key shared
 * by more than this many nodes identifies nothing and would make every lookup slow, so it is skipped.
 */
export const MAX_FUZZY_BLOCK = 64;

/** Prefixes of blocking keys that are always used, however many nodes share them: exact names and lexicon ids. */
export const ALWAYS_USED_KEY_PREFIXES: readonly string[] = ['n:', 'x:'];

/** True when `candidatesByKeys` uses this key whatever the size of its block (`n:` and `x:` keys). */
export function alwaysUsedKey(key: string): boolean {
  return ALWAYS_USED_KEY_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/** What a curation action does: merge several entity nodes into one, or split surface forms off a node. */
export type CurationKind = 'merge' | 'split';

/**
 * One recorded curation action: a rule the resolver applies to every later resolution until it is undone.
 * Lists only, no nested objects, so Neo4j can hold it as plain properties.
 */
export interface CurationAction {
  id: string;
  kind: CurationKind;
  /** merge: the node ids made one (sorted); split: the one node split. */
  entityIds: string[];
  /** split: the surface forms moved to the new node (sorted); merge: empty. */
  aliases: string[];
  /** The node the action yields: the surviving id of a merge, the new node of a split. */
  resultId: string;
  note: string | null;
  /** Who asked for it: the API caller's label or 'cli'. */
  actor: string;
  /** ISO timestamp from the curation clock. */
  at: string;
  /** When it was undone (ISO), null while active. */
  undoneAt: string | null;
  undoneBy: string | null;
  /** Articles that supported the affected nodes when it was applied (re-resolved on apply and undo). */
  articleIds: string[];
  /**
   * merge only: the surface forms each merged node had before, as parallel lists (`priorForms[i]` belonged
   * to `priorFormOwners[i]`), so undo can part an article's folded entity again.
   */
  priorForms: string[];
  priorFormOwners: string[];
}

/** Which curation actions to list. */
export interface CurationFilter {
  /** Only actions not undone: the rules resolution applies. */
  activeOnly?: boolean;
}

/** One article to write with what it contributes. */
export interface ArticleWrite {
  article: ArticleRecord;
  contribution: ArticleContribution;
}

/**
 * A graph backend. `candidatesByKeys` returns the nodes indexed under any key, except that a key not
 * `alwaysUsedKey` and shared by more than `MAX_FUZZY_BLOCK` nodes is ignored, identically in every backend.
 */
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
  /** Articles by id without their text and sentences (a metadata-only read), null where absent. */
  getArticleMeta(ids: readonly string[]): Promise<(ArticleMeta | null)[]>;
  /** Metadata of the articles matching the filter, sorted by id (`getArticles` reads their texts). */
  listArticles(filter: ArticleFilter): Promise<ArticleMeta[]>;
  getContributions(articleIds: readonly string[]): Promise<(ArticleContribution | null)[]>;
  getEntities(ids: readonly string[]): Promise<(EntityNode | null)[]>;
  getEvents(ids: readonly string[]): Promise<(EventNode | null)[]>;
  /**
   * Support counts of entity or event nodes by id, null where absent: what re-resolution needs, without
   * aggregating nodes that thousands of articles mention.
   */
  nodeSupport(ids: readonly string[]): Promise<(NodeSupport | null)[]>;
  searchEntities(search: EntitySearch): Promise<EntityNode[]>;
  listEntities(labels?: readonly EntityLabel[]): Promise<EntityNode[]>;
  listEvents(filter: EventFilter): Promise<EventNode[]>;
  getEdges(query: EdgeQuery): Promise<GraphEdge[]>;
  stats(): Promise<GraphStats>;
  snapshot(options?: SnapshotOptions): Promise<GraphSnapshot>;

  /** Records a curation action, replacing the stored one with the same id (undo writes it again). */
  putCuration(action: CurationAction): Promise<void>;
  /** Recorded curation actions, oldest first (by `at`, then id); undone ones too unless `activeOnly`. */
  listCurations(filter?: CurationFilter): Promise<CurationAction[]>;
}
