/**
 * GraphML export of a snapshot for networkx (`read_graphml`), Gephi and yEd: entities and events as nodes,
 * relations and event roles as directed edges, every attribute declared with its type, lists joined with
 * '; ', XML-escaped, in a deterministic order (nodes and edges by id), so two exports of one graph are equal.
 */
import type { EntityNode, EventNode, GraphEdge, SourceStatus } from '../model/graph';
import type { ArticleMeta, GraphSnapshot } from '../store/graph-store';
import { compareText } from '../store/aggregate';

type AttrType = 'string' | 'int' | 'double';

interface KeySpec {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: AttrType;
}

/** Every attribute the export may write; `label` is what Gephi shows (a node's name, an edge's type). */
const KEYS: readonly KeySpec[] = [
  { id: 'n_label', for: 'node', name: 'label', type: 'string' },
  { id: 'n_kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'n_aliases', for: 'node', name: 'aliases', type: 'string' },
  { id: 'n_roles', for: 'node', name: 'roles', type: 'string' },
  { id: 'n_event_type', for: 'node', name: 'eventType', type: 'string' },
  { id: 'n_date_start', for: 'node', name: 'dateStart', type: 'string' },
  { id: 'n_date_end', for: 'node', name: 'dateEnd', type: 'string' },
  { id: 'n_date_text', for: 'node', name: 'dateText', type: 'string' },
  { id: 'n_statuses', for: 'node', name: 'statuses', type: 'string' },
  { id: 'n_sources', for: 'node', name: 'sources', type: 'string' },
  { id: 'n_outlets', for: 'node', name: 'outlets', type: 'string' },
  { id: 'n_support', for: 'node', name: 'supportCount', type: 'int' },
  { id: 'n_mentions', for: 'node', name: 'mentionCount', type: 'int' },
  { id: 'e_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'e_type', for: 'edge', name: 'type', type: 'string' },
  { id: 'e_statuses', for: 'edge', name: 'statuses', type: 'string' },
  { id: 'e_sources', for: 'edge', name: 'sources', type: 'string' },
  { id: 'e_outlets', for: 'edge', name: 'outlets', type: 'string' },
  { id: 'e_support', for: 'edge', name: 'supportCount', type: 'int' },
  { id: 'e_weight', for: 'edge', name: 'weight', type: 'double' },
  { id: 'e_evidence', for: 'edge', name: 'evidence', type: 'string' },
];

/** Separator of list values inside one attribute. */
export const LIST_SEPARATOR = '; ';

// XML 1.0 cannot carry these code points even escaped; they never belong in names or sentences anyway.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text escaped for XML content and attribute values. */
export function xmlEscape(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

type Data = Record<string, string | number | null>;

function data(prefix: 'n' | 'e', values: Data): string[] {
  const lines: string[] = [];
  for (const key of KEYS) {
    if (key.id.charAt(0) !== prefix) continue;
    const value = values[key.name];
    if (value === null || value === undefined || value === '') continue;
    lines.push(`      <data key="${key.id}">${xmlEscape(String(value))}</data>`);
  }
  return lines;
}

const joined = (values: readonly string[]) => values.join(LIST_SEPARATOR);
const statusText = (statuses: readonly SourceStatus[]) => joined(statuses.map((s) => `${s.articleId}: ${s.status}`));

function outletsOf(sources: readonly string[], outletByArticle: ReadonlyMap<string, string>): string {
  const outlets = new Set<string>();
  for (const id of sources) {
    const outlet = outletByArticle.get(id);
    if (outlet) outlets.add(outlet);
  }
  return joined([...outlets].sort(compareText));
}

function entityData(node: EntityNode, outlets: ReadonlyMap<string, string>): Data {
  return {
    label: node.name,
    kind: node.label,
    aliases: joined(node.aliases),
    roles: joined(node.roles),
    sources: joined(node.sources),
    outlets: outletsOf(node.sources, outlets),
    supportCount: node.sources.length,
    mentionCount: node.mentionCount,
  };
}

function eventData(node: EventNode, outlets: ReadonlyMap<string, string>): Data {
  return {
    label: node.name,
    kind: 'Event',
    eventType: node.eventType,
    dateStart: node.date?.start ?? null,
    dateEnd: node.date?.end ?? null,
    dateText: node.date?.text ?? null,
    statuses: statusText(node.statuses),
    sources: joined(node.sources),
    outlets: outletsOf(node.sources, outlets),
    supportCount: node.sources.length,
  };
}

function edgeData(edge: GraphEdge, outlets: ReadonlyMap<string, string>): Data {
  return {
    label: edge.type,
    type: edge.type,
    statuses: statusText(edge.statuses),
    sources: joined(edge.sources),
    outlets: outletsOf(edge.sources, outlets),
    supportCount: edge.sources.length,
    weight: edge.sources.length,
    evidence: joined(edge.evidence.map((e) => e.text)),
  };
}

const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => compareText(a.id, b.id));

/** What the GraphML export reads: a snapshot whose articles need only their metadata (outlets). */
export type GraphmlSource = Omit<GraphSnapshot, 'articles'> & { articles: readonly ArticleMeta[] };

/**
 * The GraphML document a piece at a time, each piece whole lines without their final newline: joined with
 * newlines, exactly `toGraphml`. Edges whose endpoints are not in the snapshot are left out, since GraphML
 * readers would otherwise invent attribute-less nodes for them.
 */
export function* graphmlPieces(source: GraphmlSource): Generator<string> {
  const outlets = new Map<string, string>();
  for (const a of source.articles) if (a.outlet) outlets.set(a.id, a.outlet);
  const nodes = [
    ...source.entities.map((n) => ({ id: n.id, data: () => entityData(n, outlets) })),
    ...source.events.map((n) => ({ id: n.id, data: () => eventData(n, outlets) })),
  ];
  const present = new Set(nodes.map((n) => n.id));
  yield '<?xml version="1.0" encoding="UTF-8"?>';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
  yield '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">';
  for (const k of KEYS) yield `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`;
  yield '  <graph id="newsgraph" edgedefault="directed">';
  for (const node of byId(nodes)) {
    yield [`    <node id="${xmlEscape(node.id)}">`, ...data('n', node.data()), '    </node>'].join('\n');
  }
  for (const edge of byId(source.edges)) {
    if (!present.has(edge.source) || !present.has(edge.target)) continue;
    yield [
      `    <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}">`,
      ...data('e', edgeData(edge, outlets)),
      '    </edge>',
    ].join('\n');
  }
  yield '  </graph>';
  yield '</graphml>';
}

/** The snapshot as one GraphML document (see `graphmlPieces`, which writes it without holding it whole). */
export function toGraphml(source: GraphmlSource): string {
  return `${[...graphmlPieces(source)].join('\n')}\n`;
}
