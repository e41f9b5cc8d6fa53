/** The JSON export: a store snapshot in the scorer's node/edge shape, sorted so output is byte-stable. */
import type { EntityNode, EventNode, GraphEdge, SourceStatus } from '../model/graph';
import type { Evidence } from '../model/extraction';
import type { ArticleMeta, GraphSnapshot } from '../store/graph-store';
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

function articleNode(article: ArticleMeta): ExportArticleNode {
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

/** What the export reads: a snapshot, whose articles need only their metadata (the export has no texts). */
export type ExportSource = Omit<GraphSnapshot, 'articles'> & { articles: readonly ArticleMeta[] };

/** A node or edge of the export, made only when it is written (a large graph is never held converted). */
interface Pending<T> {
  id: string;
  make: () => T;
}

function byIdOf<T>(items: Pending<T>[]): Pending<T>[] {
  return items.sort((a, b) => compareText(a.id, b.id));
}

function pendingNodes(source: ExportSource): Pending<ExportNode>[] {
  return byIdOf<ExportNode>([
    ...source.entities.map((n) => ({ id: n.id, make: () => entityNode(n) })),
    ...source.events.map((n) => ({ id: n.id, make: () => eventNode(n) })),
    ...source.articles.map((a) => ({ id: a.id, make: () => articleNode(a) })),
  ]);
}

function pendingEdges(source: ExportSource): Pending<ExportEdge>[] {
  return byIdOf(source.edges.map((e) => ({ id: e.id, make: () => edge(e) })));
}

/** The exportable graph of a snapshot; nodes of every kind and edges, each sorted by id. */
export function toExportGraph(source: ExportSource): ExportGraph {
  return { nodes: pendingNodes(source).map((n) => n.make()), edges: pendingEdges(source).map((e) => e.make()) };
}

/** `JSON.stringify(list, null, 2)` as the value of a top-level key, one piece per item (whole lines each). */
function* arrayPieces<T>(key: string, items: Pending<T>[], last: boolean): Generator<string> {
  const close = last ? '' : ',';
  if (items.length === 0) {
    yield `  ${JSON.stringify(key)}: []${close}`;
    return;
  }
  yield `  ${JSON.stringify(key)}: [`;
  for (let i = 0; i < items.length; i++) {
    const text = JSON.stringify((items[i] as Pending<T>).make(), null, 2).replace(/\n/g, '\n    ');
    yield `    ${text}${i < items.length - 1 ? ',' : ''}`;
  }
  yield `  ]${close}`;
}

/**
 * The export text a piece at a time, each piece whole lines without the final newline: joined with newlines
 * and ended by one, exactly `exportJsonText`. A graph of a few hundred thousand articles makes a text longer
 * than V8's longest string, and holding it whole cost gigabytes long before that.
 */
export function* exportJsonPieces(source: ExportSource): Generator<string> {
  yield '{';
  yield* arrayPieces('nodes', pendingNodes(source), false);
  yield* arrayPieces('edges', pendingEdges(source), true);
  yield '}';
}

/** The export as text: two-space indented JSON with a final newline, identical for identical graphs. */
export function exportJsonText(source: ExportSource): string {
  return `${JSON.stringify(toExportGraph(source), null, 2)}\n`;
}
