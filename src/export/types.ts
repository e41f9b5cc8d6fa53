/**
 * The JSON export of the whole graph, in the shape `../shared/eval/score.mjs` reads: entity, event and
 * article nodes, and edges carrying their evidence. Keys are plain JSON values so the export is a
 * stable, diffable file.
 */
import type { EdgeType, EntityLabel, EventType, FactStatus } from '../model/vocabulary';

/** A sentence supporting an edge: article id, the sentence text and its offsets in the cleaned text. */
export interface ExportEvidence {
  article: string;
  text: string;
  start: number;
  end: number;
}

/** What one source says about a fact. */
export interface ExportStatus {
  article: string;
  status: FactStatus;
}

/** A person, group or place. */
export interface ExportEntityNode {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  properties: {
    roles: string[];
    sources: string[];
    /** Article id → the forms that article used, so a wrong merge can be traced. */
    formsByArticle: Record<string, string[]>;
    mentionCount: number;
  };
}

/** An event; roles are edges (CARRIED_OUT, TARGETED, OCCURRED_IN, ANNOUNCED). */
export interface ExportEventNode {
  id: string;
  label: 'Event';
  name: string;
  aliases: string[];
  properties: {
    eventType: EventType;
    /** ISO dates of the range every dated source allows; null when undated. */
    dateStart: string | null;
    dateEnd: string | null;
    dateText: string | null;
    datesBySource: { article: string; start: string; end: string; text: string }[];
    figuresBySource: { article: string; figures: Record<string, string> }[];
    sources: string[];
    statuses: ExportStatus[];
  };
}

/** A source article (the scorer ignores these). */
export interface ExportArticleNode {
  id: string;
  label: 'Article';
  /** The title, or the id when the article has none. */
  name: string;
  aliases: string[];
  properties: {
    outlet: string | null;
    url: string | null;
    published: string | null;
    contentHash: string;
  };
}

/** Any exported node. */
export type ExportNode = ExportEntityNode | ExportEventNode | ExportArticleNode;

/** An exported edge with its evidence and supporting sources. */
export interface ExportEdge {
  id: string;
  type: EdgeType;
  source: string;
  target: string;
  properties: {
    evidence: ExportEvidence[];
    sources: string[];
    statuses: ExportStatus[];
    /** How many articles support it. */
    supportCount: number;
  };
}

/** The whole exported graph, nodes and edges sorted by id. */
export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}
