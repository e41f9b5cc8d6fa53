/**
 * Mapping between the graph model and Neo4j properties. Everything is stored as plain, Cypher-queryable
 * properties: lists of strings and integers, with parallel lists where a value has parts (evidence is
 * `evidenceArticles[i]`, `evidenceTexts[i]`, `evidenceStarts[i]`, `evidenceEnds[i]`), never JSON text.
 */
import { int, isInt } from 'neo4j-driver';
import { NewsgraphError } from '../../errors';
import { ARTICLE_FORMATS, type ArticleFormat } from '../../model/article';
import type { DateRange, Evidence } from '../../model/extraction';
import type {
  ArticleContribution,
  ArticleRecord,
  EdgeContribution,
  EntityCandidate,
  EntityContribution,
  EntityNode,
  EventContribution,
  EventNode,
  GraphEdge,
  NodeSupport,
  SourceStatus,
} from '../../model/graph';
import {
  EDGE_TYPES,
  ENTITY_LABELS,
  EVENT_TYPES,
  FACT_STATUSES,
  isOneOf,
  type EdgeType,
  type EntityLabel,
  type FactStatus,
} from '../../model/vocabulary';
import { sha256 } from '../../util/hash';
import { nameKey } from '../../util/normalize';
import { soleSource, sortedUnique, type Sourced } from '../aggregate';

/** A property value as written: integers go in as Neo4j integers so Browser users see 12, not 12.0. */
export type PropValue = string | boolean | ReturnType<typeof int> | string[] | ReturnType<typeof int>[] | null;
/** The properties of one node or relationship. */
export type Props = Record<string, PropValue>;
/** Properties as read back: anything the driver returns, checked field by field. */
export type StoredProps = Readonly<Record<string, unknown>>;

function corrupt(what: string): NewsgraphError {
  return new NewsgraphError('STORE_CORRUPT', `Neo4j holds ${what}; was the graph edited by hand? Re-ingest the articles involved.`);
}

/** The value as a plain object of properties (driver maps, `properties(n)`). */
export function asProps(value: unknown, what: string): StoredProps {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw corrupt(`no property map for ${what}`);
  // Checked to be a non-array object just above; its fields are validated one by one when read.
  return value as StoredProps;
}

function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (isInt(value)) return value.toNumber();
  return null;
}

/** A required string property. */
export function str(props: StoredProps, key: string): string {
  const value = props[key];
  if (typeof value !== 'string') throw corrupt(`a node or relationship without string \`${key}\` (id ${String(props.id)})`);
  return value;
}

/** An optional string property (absent means null). */
export function optStr(props: StoredProps, key: string): string | null {
  const value = props[key];
  return typeof value === 'string' ? value : null;
}

/** A required integer property (absent counts as 0). */
export function num(props: StoredProps, key: string): number {
  return toNumber(props[key]) ?? 0;
}

/** A list of strings (absent means empty). */
export function strs(props: StoredProps, key: string): string[] {
  const value = props[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) {
    throw corrupt(`\`${key}\` that is not a list of strings (id ${String(props.id)})`);
  }
  return value;
}

function nums(props: StoredProps, key: string): number[] {
  const value = props[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw corrupt(`\`${key}\` that is not a list of numbers (id ${String(props.id)})`);
  return value.map((v) => {
    const n = toNumber(v);
    if (n === null) throw corrupt(`\`${key}\` that is not a list of numbers (id ${String(props.id)})`);
    return n;
  });
}

function oneOf<T extends string>(list: readonly T[], value: string, what: string): T {
  if (!isOneOf(list, value)) throw corrupt(`${what} ${JSON.stringify(value)} outside the vocabulary`);
  return value;
}

/** The entity label among a node's labels (it also carries `Entity`). */
export function entityLabelOf(labels: unknown, id: string): EntityLabel {
  const list = Array.isArray(labels) ? labels : [];
  const label = ENTITY_LABELS.find((l) => list.includes(l));
  if (label === undefined) throw corrupt(`entity ${id} without a Person, Group or Place label`);
  return label;
}

/** A relationship type read back, checked against the vocabulary. */
export function edgeTypeOf(value: unknown): EdgeType {
  return oneOf(EDGE_TYPES, String(value), 'relationship type');
}

const ints = (values: readonly number[]) => values.map((v) => int(v));

function evidenceProps(evidence: readonly Evidence[]): Props {
  return {
    evidenceArticles: evidence.map((e) => e.articleId),
    evidenceTexts: evidence.map((e) => e.text),
    evidenceStarts: ints(evidence.map((e) => e.start)),
    evidenceEnds: ints(evidence.map((e) => e.end)),
  };
}

function evidenceFrom(props: StoredProps): Evidence[] {
  const articles = strs(props, 'evidenceArticles');
  const texts = strs(props, 'evidenceTexts');
  const starts = nums(props, 'evidenceStarts');
  const ends = nums(props, 'evidenceEnds');
  return articles.map((articleId, i) => ({ articleId, text: texts[i] ?? '', start: starts[i] ?? 0, end: ends[i] ?? 0 }));
}

function statusProps(statuses: readonly SourceStatus[]): Props {
  return { statusArticles: statuses.map((s) => s.articleId), statuses: statuses.map((s) => s.status) };
}

function statusesFrom(props: StoredProps): SourceStatus[] {
  const statuses = strs(props, 'statuses');
  return strs(props, 'statusArticles').map((articleId, i) => ({
    articleId,
    status: oneOf(FACT_STATUSES, statuses[i] ?? '', 'status'),
  }));
}

function dateProps(date: DateRange | null): Props {
  return { dateStart: date?.start ?? null, dateEnd: date?.end ?? null, dateText: date?.text ?? null };
}

function dateFrom(props: StoredProps): DateRange | null {
  const start = optStr(props, 'dateStart');
  const end = optStr(props, 'dateEnd');
  return start === null || end === null ? null : { start, end, text: optStr(props, 'dateText') ?? '' };
}

// ---- entities ----

/** Properties of an entity node: the aggregate plus the blocking and name keys its lookups use. */
export function entityProps(node: EntityNode, keys: readonly string[]): Props {
  const formPairs = node.forms.flatMap((f) => f.articleIds.map((articleId) => [f.form, articleId] as const));
  return {
    id: node.id,
    name: node.name,
    aliases: node.aliases,
    roles: node.roles,
    formTexts: formPairs.map(([form]) => form),
    formArticles: formPairs.map(([, articleId]) => articleId),
    sources: node.sources,
    supportCount: int(node.sources.length),
    mentionCount: int(node.mentionCount),
    keys: sortedUnique(keys),
    nameKeys: sortedUnique([node.name, ...node.aliases].map(nameKey).filter((k) => k.length > 0)),
  };
}

/** An entity node read back. */
export function entityFrom(props: StoredProps, labels: unknown): EntityNode {
  const id = str(props, 'id');
  const formTexts = strs(props, 'formTexts');
  const formArticles = strs(props, 'formArticles');
  const byForm = new Map<string, string[]>();
  formTexts.forEach((form, i) => {
    const list = byForm.get(form) ?? [];
    list.push(formArticles[i] ?? '');
    byForm.set(form, list);
  });
  return {
    id,
    label: entityLabelOf(labels, id),
    name: str(props, 'name'),
    aliases: strs(props, 'aliases'),
    roles: strs(props, 'roles'),
    forms: [...byForm].map(([form, articleIds]) => ({ form, articleIds })),
    sources: strs(props, 'sources'),
    mentionCount: num(props, 'mentionCount'),
  };
}

/** A resolution candidate read from an entity node. */
export function candidateFrom(props: StoredProps, labels: unknown): EntityCandidate {
  const node = entityFrom(props, labels);
  return {
    id: node.id,
    label: node.label,
    name: node.name,
    forms: sortedUnique(node.forms.map((f) => f.form)),
    roles: node.roles,
    keys: strs(props, 'keys'),
    sourceCount: node.sources.length,
    soleSource: soleSource(node.sources),
  };
}

/** A `read-node-support` row (id, sourceCount, soleSource) as node support. */
export function nodeSupportFrom(record: { get(key: string): unknown }): NodeSupport {
  const row = { id: record.get('id'), sourceCount: record.get('sourceCount'), soleSource: record.get('soleSource') };
  return { id: str(row, 'id'), sourceCount: num(row, 'sourceCount'), soleSource: optStr(row, 'soleSource') };
}

/** Properties of a MENTIONS relationship carrying an article's contribution to an entity. */
export function entityMentionProps(c: EntityContribution, ord: number): Props {
  return {
    label: c.label,
    name: c.name,
    forms: c.forms,
    roles: c.roles,
    keys: c.keys,
    mentionCount: int(c.mentionCount),
    ord: int(ord),
  };
}

/** An article's entity contribution read back from its MENTIONS relationship. */
export function entityContributionFrom(id: string, props: StoredProps): EntityContribution {
  return {
    id,
    label: oneOf(ENTITY_LABELS, str(props, 'label'), 'entity label'),
    name: str(props, 'name'),
    forms: strs(props, 'forms'),
    roles: strs(props, 'roles'),
    keys: strs(props, 'keys'),
    mentionCount: num(props, 'mentionCount'),
  };
}

// ---- events ----

function figureProps(figures: Record<string, string>): Props {
  const keys = Object.keys(figures);
  return { figureKeys: keys, figureValues: keys.map((k) => figures[k] ?? '') };
}

/** Properties of an event node: the aggregate, with per-source dates and figures as parallel lists. */
export function eventProps(node: EventNode): Props {
  const figureRows = node.figuresBySource.flatMap((f) =>
    Object.keys(f.figures).map((key) => [f.articleId, key, f.figures[key] ?? ''] as const),
  );
  return {
    id: node.id,
    eventType: node.eventType,
    name: node.name,
    ...dateProps(node.date),
    dateArticles: node.datesBySource.map((d) => d.articleId),
    dateStarts: node.datesBySource.map((d) => d.date.start),
    dateEnds: node.datesBySource.map((d) => d.date.end),
    dateTexts: node.datesBySource.map((d) => d.date.text),
    ...statusProps(node.statuses),
    ...evidenceProps(node.evidence),
    figureArticles: figureRows.map(([articleId]) => articleId),
    figureKeys: figureRows.map(([, key]) => key),
    figureValues: figureRows.map(([, , value]) => value),
    sources: node.sources,
    supportCount: int(node.sources.length),
  };
}

/** An event node read back. */
export function eventFrom(props: StoredProps): EventNode {
  const dateStarts = strs(props, 'dateStarts');
  const dateEnds = strs(props, 'dateEnds');
  const dateTexts = strs(props, 'dateTexts');
  const figureKeys = strs(props, 'figureKeys');
  const figureValues = strs(props, 'figureValues');
  const figuresBySource: EventNode['figuresBySource'] = [];
  strs(props, 'figureArticles').forEach((articleId, i) => {
    let entry = figuresBySource.find((f) => f.articleId === articleId);
    if (!entry) {
      entry = { articleId, figures: {} };
      figuresBySource.push(entry);
    }
    entry.figures[figureKeys[i] ?? ''] = figureValues[i] ?? '';
  });
  return {
    id: str(props, 'id'),
    eventType: oneOf(EVENT_TYPES, str(props, 'eventType'), 'event type'),
    name: str(props, 'name'),
    date: dateFrom(props),
    datesBySource: strs(props, 'dateArticles').map((articleId, i) => ({
      articleId,
      date: { start: dateStarts[i] ?? '', end: dateEnds[i] ?? '', text: dateTexts[i] ?? '' },
    })),
    statuses: statusesFrom(props),
    evidence: evidenceFrom(props),
    figuresBySource,
    sources: strs(props, 'sources'),
  };
}

/** Properties of a MENTIONS relationship carrying an article's contribution to an event. */
export function eventMentionProps(c: EventContribution, ord: number): Props {
  return {
    eventType: c.eventType,
    name: c.name,
    ...dateProps(c.date),
    status: c.status,
    ...evidenceProps(c.evidence),
    ...figureProps(c.figures),
    ord: int(ord),
  };
}

/** An article's event contribution read back from its MENTIONS relationship. */
export function eventContributionFrom(id: string, props: StoredProps): EventContribution {
  const keys = strs(props, 'figureKeys');
  const values = strs(props, 'figureValues');
  const figures: Record<string, string> = {};
  keys.forEach((key, i) => {
    figures[key] = values[i] ?? '';
  });
  return {
    id,
    eventType: oneOf(EVENT_TYPES, str(props, 'eventType'), 'event type'),
    name: str(props, 'name'),
    date: dateFrom(props),
    status: oneOf(FACT_STATUSES, str(props, 'status'), 'status'),
    evidence: evidenceFrom(props),
    figures,
  };
}

// ---- edges ----

/** Properties of an edge relationship: the aggregate's sources, statuses and evidence. */
export function edgeProps(edge: GraphEdge): Props {
  return {
    id: edge.id,
    sources: edge.sources,
    supportCount: int(edge.sources.length),
    ...statusProps(edge.statuses),
    ...evidenceProps(edge.evidence),
  };
}

/** Where an edge runs, as the queries that find it by its endpoints need it. */
export interface EdgeRef {
  id: string;
  type: EdgeType;
  source: string;
  target: string;
}

/** An edge read back. */
export function edgeFrom(ref: EdgeRef, props: StoredProps): GraphEdge {
  return { ...ref, evidence: evidenceFrom(props), statuses: statusesFrom(props), sources: strs(props, 'sources') };
}

/**
 * Each source's support for a stored edge, recovered from the aggregate: an edge's aggregate keeps every
 * article's status and evidence, so it is lossless apart from the order and duplicates of one article's
 * evidence, which aggregation discards anyway.
 */
export function edgeSupportFrom(edge: GraphEdge): Sourced<EdgeContribution>[] {
  const status = new Map(edge.statuses.map((s) => [s.articleId, s.status] as const));
  return edge.sources.map((articleId) => ({
    articleId,
    c: {
      id: edge.id,
      type: edge.type,
      source: edge.source,
      target: edge.target,
      status: status.get(articleId) ?? defaultStatus,
      evidence: edge.evidence.filter((e) => e.articleId === articleId),
    },
  }));
}

const defaultStatus: FactStatus = 'stated';

// ---- articles ----

/** A fingerprint of a contribution, so putting an unchanged article again can be recognised and skipped. */
export function contributionHash(contribution: ArticleContribution): string {
  return sha256(JSON.stringify(contribution));
}

/** Properties of an article node, with the list of edges its contribution supports (ids, types, ends). */
export function articleProps(article: ArticleRecord, contribution: ArticleContribution): Props {
  return {
    id: article.id,
    contentHash: article.contentHash,
    format: article.format,
    title: article.title,
    outlet: article.outlet,
    outletKey: article.outlet === null ? null : nameKey(article.outlet),
    url: article.url,
    published: article.published,
    language: article.language,
    source: article.source,
    text: article.text,
    sentenceStarts: ints(article.sentences.map((s) => s.start)),
    sentenceEnds: ints(article.sentences.map((s) => s.end)),
    ingestedAt: article.ingestedAt,
    contributionHash: contributionHash(contribution),
    edgeIds: contribution.edges.map((e) => e.id),
    edgeTypes: contribution.edges.map((e) => e.type),
    edgeSources: contribution.edges.map((e) => e.source),
    edgeTargets: contribution.edges.map((e) => e.target),
  };
}

/** An article read back. */
export function articleFrom(props: StoredProps): ArticleRecord {
  const ends = nums(props, 'sentenceEnds');
  const format: ArticleFormat = oneOf(ARTICLE_FORMATS, str(props, 'format'), 'article format');
  return {
    id: str(props, 'id'),
    contentHash: str(props, 'contentHash'),
    format,
    title: optStr(props, 'title'),
    outlet: optStr(props, 'outlet'),
    url: optStr(props, 'url'),
    published: optStr(props, 'published'),
    language: optStr(props, 'language'),
    source: optStr(props, 'source'),
    text: str(props, 'text'),
    sentences: nums(props, 'sentenceStarts').map((start, i) => ({ start, end: ends[i] ?? start })),
    ingestedAt: str(props, 'ingestedAt'),
  };
}

/** The edges an article's stored node says it supports. */
export function articleEdgeRefs(row: {
  edgeIds: unknown;
  edgeTypes: unknown;
  edgeSources: unknown;
  edgeTargets: unknown;
}): EdgeRef[] {
  const lists = asProps(row, 'article edges');
  const types = strs(lists, 'edgeTypes');
  const sources = strs(lists, 'edgeSources');
  const targets = strs(lists, 'edgeTargets');
  return strs(lists, 'edgeIds').map((id, i) => ({
    id,
    type: edgeTypeOf(types[i]),
    source: sources[i] ?? '',
    target: targets[i] ?? '',
  }));
}
