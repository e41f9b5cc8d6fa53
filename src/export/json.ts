/** The JSON export: a store snapshot in the scorer's node/edge shape, sorted so output is byte-stable. */
import type { ArticleRecord, EntityNode, EventNode, GraphEdge, SourceStatus } from '../model/graph';
import type { Evidence } from '../model/extraction';
import type { GraphSnapshot } from '../store/graph-store';
import { compareText } from '../store/aggregate';
import type {
  ExportArticleNode,
  ExportEdge,
  ExportEntityNode,
  ExportEventNode,
  ExportEvidence,
  ExportGraph,
  ExportNode,
  ExportStatus,
} from './types';

const evidenceOf = (list: readonly Evidence[]): ExportEvidence[] =>
  list.map((e) => ({ article: e.articleId, text: e.text, start: e.start, end: e.end }));

const statusesOf = (list: readonly SourceStatus[]): ExportStatus[] =>
  list.map((s) => ({ article: s.articleId, status: s.status }));

function entityNode(node: EntityNode): ExportEntityNode {
  const formsByArticle = new Map<string, string[]>();
  for (const { form, articleIds } of node.forms) {
    for (const article of articleIds) formsByArticle.set(article, [...(formsByArticle.get(article) ?? []), form]);
  }
  const byArticle: Record<string, string[]> = {};
  for (const article of [...formsByArticle.keys()].sort(compareText)) {
    byArticle[article] = [...(formsByArticle.get(article) ?? [])].sort(compareText);
  }
  return {
    id: node.id,
    label: node.label,
    name: node.name,
    aliases: [...node.aliases],
    properties: {
      roles: [...node.roles],
      sources: [...node.sources],
      formsByArticle: byArticle,
      mentionCount: node.mentionCount,
    },
  };
}

function eventNode(node: EventNode): ExportEventNode {
  return {
    id: node.id,
    label: 'Event',
    name: node.name,
    aliases: [],
    properties: {
      eventType: node.eventType,
      dateStart: node.date?.start ?? null,
      dateEnd: node.date?.end ?? null,
      dateText: node.date?.text ?? null,
      datesBySource: node.datesBySource.map((d) => ({ article: d.articleId, ...d.date })),
      figuresBySource: node.figuresBySource.map((f) => ({ article: f.articleId, figures: { ...f.figures } })),
      sources: [...node.sources],
      statuses: statusesOf(node.statuses),
    },
  };
}

function articleNode(article: ArticleRecord): ExportArticleNode {
  return {
    id: article.id,
    label: 'Article',
    name: article.title ?? article.id,
    aliases: [],
    properties: {
      outlet: article.outlet,
      url: article.url,
      published: article.published,
      contentHash: article.contentHash,
    },
  };
}

function edge(e: GraphEdge): ExportEdge {
  return {
    id: e.id,
    type: e.type,
    source: e.source,
    target: e.target,
    properties: {
      evidence: evidenceOf(e.evidence),
      sources: [...e.sources],
      statuses: statusesOf(e.statuses),
      supportCount: e.sources.length,
    },
  };
}

/** The exportable graph of a snapshot; nodes of every kind and edges, each sorted by id. */
export function toExportGraph(snapshot: GraphSnapshot): ExportGraph {
  const nodes: ExportNode[] = [
    ...snapshot.entities.map(entityNode),
    ...snapshot.events.map(eventNode),
    ...snapshot.articles.map(articleNode),
  ].sort((a, b) => compareText(a.id, b.id));
  const edges = snapshot.edges.map(edge).sort((a, b) => compareText(a.id, b.id));
  return { nodes, edges };
}

/** The export as text: two-space indented JSON with a final newline, identical for identical graphs. */
export function exportJsonText(snapshot: GraphSnapshot): string {
  return `${JSON.stringify(toExportGraph(snapshot), null, 2)}\n`;
}
