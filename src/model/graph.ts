/**
 * The resolved graph. Each article contributes facts under global ids (its `ArticleContribution`);
 * a node or edge is the aggregate of every contribution that names it, so deleting or updating an
 * article removes exactly what it supported.
 */
import type { ArticleFormat } from './article';
import type { DateRange, Evidence } from './extraction';
import type { EdgeType, EntityLabel, EventType, FactStatus } from './vocabulary';

/** One article's view of an entity, under its global id. */
export interface EntityContribution {
  id: string;
  label: EntityLabel;
  /** The article's fullest name for it. */
  name: string;
  /** Every surface form the article uses, name included. */
  forms: string[];
  roles: string[];
  /** Blocking keys the resolver computed; stores index nodes by them (see `ResolutionIndex`). */
  keys: string[];
  mentionCount: number;
}

/** One article's view of an event, under its global id. */
export interface EventContribution {
  id: string;
  eventType: EventType;
  name: string;
  date: DateRange | null;
  status: FactStatus;
  evidence: Evidence[];
  figures: Record<string, string>;
}

/** One article's support for an edge (a relation or an event role). */
export interface EdgeContribution {
  /** Deterministic: derived from type, source and target. */
  id: string;
  type: EdgeType;
  source: string;
  target: string;
  status: FactStatus;
  evidence: Evidence[];
}

/** Everything one article adds to the graph, already resolved to global ids. */
export interface ArticleContribution {
  articleId: string;
  entities: EntityContribution[];
  events: EventContribution[];
  edges: EdgeContribution[];
}

/** An article as stored: metadata, cleaned text and sentences, so clients can highlight evidence. */
export interface ArticleRecord {
  id: string;
  contentHash: string;
  format: ArticleFormat;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  language: string | null;
  source: string | null;
  text: string;
  sentences: { start: number; end: number }[];
  /** ISO timestamp of the ingest that stored this version. */
  ingestedAt: string;
}

/** Where a surface form was seen. */
export interface SurfaceForm {
  form: string;
  articleIds: string[];
}

/** An entity node: the aggregate of its contributions. */
export interface EntityNode {
  id: string;
  label: EntityLabel;
  name: string;
  /** Every other form, sorted. */
  aliases: string[];
  roles: string[];
  /** Which article used which form, so a wrong merge can be seen and undone. */
  forms: SurfaceForm[];
  /** Ids of the articles that mention it, sorted. */
  sources: string[];
  mentionCount: number;
}

/** What one source says about an event or edge. */
export interface SourceStatus {
  articleId: string;
  status: FactStatus;
}

/** An event node: the aggregate of its contributions. */
export interface EventNode {
  id: string;
  eventType: EventType;
  name: string;
  /** The range every dated source allows (their intersection), null when none dates it. */
  date: DateRange | null;
  /** Each source's own date, to show disagreements. */
  datesBySource: { articleId: string; date: DateRange }[];
  statuses: SourceStatus[];
  evidence: Evidence[];
  figuresBySource: { articleId: string; figures: Record<string, string> }[];
  sources: string[];
}

/** An edge: the aggregate of its contributions. */
export interface GraphEdge {
  id: string;
  type: EdgeType;
  source: string;
  target: string;
  evidence: Evidence[];
  statuses: SourceStatus[];
  /** Ids of the supporting articles, sorted. */
  sources: string[];
}

/** A candidate node returned by the resolution index. */
export interface EntityCandidate {
  id: string;
  label: EntityLabel;
  name: string;
  forms: string[];
  roles: string[];
  keys: string[];
  /** Distinct articles supporting the node. */
  sourceCount: number;
  /** The supporting article when there is exactly one (re-resolution looks for these), else null. */
  soleSource: string | null;
}

/** How many articles support a node (entity or event), and which one when it is only one. */
export interface NodeSupport {
  id: string;
  sourceCount: number;
  soleSource: string | null;
}

/** Looks up existing entity nodes by blocking keys, so resolution never compares all pairs. */
export interface ResolutionIndex {
  candidatesByKeys(keys: readonly string[]): Promise<EntityCandidate[]>;
}
