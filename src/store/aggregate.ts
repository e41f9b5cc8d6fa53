/**
 * Pure aggregation of per-article contributions into graph nodes and edges, shared by every store so
 * that all backends present the same node for the same contributions. Every result is independent of
 * the order contributions arrive in.
 */
import type {
  ArticleContribution,
  EdgeContribution,
  EntityCandidate,
  EntityContribution,
  EntityNode,
  EventContribution,
  EventNode,
  GraphEdge,
  SourceStatus,
  SurfaceForm,
} from '../model/graph';
import type { DateRange, Evidence } from '../model/extraction';
import { ENTITY_LABELS, type EntityLabel } from '../model/vocabulary';

/** One article's contribution to a node or edge, tagged with the article. */
export interface Sourced<C> {
  articleId: string;
  c: C;
}

/** Code-unit string order, identical on every platform (unlike `localeCompare`). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorted distinct strings. */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareText);
}

/**
 * The preferred of several candidate names, given how many articles used each: most articles first,
 * then the longest (the fullest form), then alphabetical. Null when there is none.
 */
export function pickPreferred(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count <= 0) continue;
    if (
      best === null ||
      count > bestCount ||
      (count === bestCount &&
        (value.length > best.length || (value.length === best.length && compareText(value, best) < 0)))
    ) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The majority entity label; ties go to the earlier label of `ENTITY_LABELS` so the answer never
 * depends on order. A country typed Place by one outlet and Group by another stays one node either way.
 */
export function pickLabel(counts: ReadonlyMap<EntityLabel, number>): EntityLabel {
  let best: EntityLabel = ENTITY_LABELS[0];
  let bestCount = -1;
  for (const label of ENTITY_LABELS) {
    const count = counts.get(label) ?? 0;
    if (count > bestCount) {
      best = label;
      bestCount = count;
    }
  }
  return best;
}

function countBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function byArticle<C>(contribs: readonly Sourced<C>[]): Sourced<C>[] {
  return [...contribs].sort((a, b) => compareText(a.articleId, b.articleId));
}

/** Evidence sorted by article, then position, without duplicates. */
export function mergeEvidence(lists: readonly (readonly Evidence[])[]): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const list of lists) {
    for (const e of list) seen.set(`${e.articleId}\u001f${e.start}\u001f${e.end}\u001f${e.text}`, e);
  }
  return [...seen.values()].sort(
    (a, b) => compareText(a.articleId, b.articleId) || a.start - b.start || a.end - b.end || compareText(a.text, b.text),
  );
}

function statusesOf(contribs: readonly Sourced<{ status: SourceStatus['status'] }>[]): SourceStatus[] {
  const byId = new Map<string, SourceStatus>();
  for (const { articleId, c } of byArticle(contribs)) {
    if (!byId.has(articleId)) byId.set(articleId, { articleId, status: c.status });
  }
  return [...byId.values()];
}

/** The entity node made of every article's contribution to it. */
export function aggregateEntity(id: string, contribs: readonly Sourced<EntityContribution>[]): EntityNode {
  const sorted = byArticle(contribs);
  const label = pickLabel(countBy(sorted, (s) => s.c.label));
  // Count each article once per name, even if it (wrongly) contributed the node twice.
  const namesByArticle = new Map<string, Set<string>>();
  for (const { articleId, c } of sorted) {
    namesByArticle.set(c.name, (namesByArticle.get(c.name) ?? new Set<string>()).add(articleId));
  }
  const name = pickPreferred(new Map([...namesByArticle].map(([n, ids]) => [n, ids.size]))) ?? id;
  const formArticles = new Map<string, Set<string>>();
  for (const { articleId, c } of sorted) {
    for (const form of [c.name, ...c.forms]) {
      const set = formArticles.get(form) ?? new Set<string>();
      set.add(articleId);
      formArticles.set(form, set);
    }
  }
  const forms: SurfaceForm[] = [...formArticles.keys()]
    .sort(compareText)
    .map((form) => ({ form, articleIds: sortedUnique(formArticles.get(form) ?? []) }));
  return {
    id,
    label,
    name,
    aliases: forms.map((f) => f.form).filter((f) => f !== name),
    roles: sortedUnique(sorted.flatMap((s) => s.c.roles)),
    forms,
    sources: sortedUnique(sorted.map((s) => s.articleId)),
    mentionCount: sorted.reduce((sum, s) => sum + s.c.mentionCount, 0),
  };
}

/** The one article supporting a node, or null when there are none or several (what re-resolution looks for). */
export function soleSource(sources: readonly string[]): string | null {
  return sources.length === 1 ? (sources[0] ?? null) : null;
}

/** The resolution candidate (label, name, forms, roles, keys) made of some of an entity's contributions. */
export function aggregateCandidate(id: string, contribs: readonly Sourced<EntityContribution>[]): EntityCandidate {
  const node = aggregateEntity(id, contribs);
  return {
    id,
    label: node.label,
    name: node.name,
    forms: node.forms.map((f) => f.form),
    roles: node.roles,
    keys: sortedUnique(contribs.flatMap((s) => s.c.keys)),
    sourceCount: node.sources.length,
    soleSource: soleSource(node.sources),
  };
}

function width(range: DateRange): number {
  return Date.parse(range.end) - Date.parse(range.start);
}

/**
 * The date every source allows: the intersection of the sources' ranges when they all overlap,
 * otherwise the narrowest range (the most specific claim), earliest first on ties.
 */
export function combineDates(dates: readonly { articleId: string; date: DateRange }[]): DateRange | null {
  const narrowestFirst = [...dates].sort(
    (a, b) =>
      width(a.date) - width(b.date) ||
      compareText(a.date.start, b.date.start) ||
      compareText(a.articleId, b.articleId),
  );
  const narrowest = narrowestFirst[0]?.date;
  if (narrowest === undefined) return null;
  let { start, end } = narrowest;
  for (const { date } of dates) {
    if (compareText(date.start, start) > 0) start = date.start;
    if (compareText(date.end, end) < 0) end = date.end;
  }
  if (compareText(start, end) > 0) return { ...narrowest };
  // Words of the source that already says exactly this range, else of the narrowest source.
  const exact = narrowestFirst.find((d) => d.date.start === start && d.date.end === end);
  return { start, end, text: (exact?.date ?? narrowest).text };
}

/** The event node made of every article's contribution to it. */
export function aggregateEvent(id: string, contribs: readonly Sourced<EventContribution>[]): EventNode {
  const sorted = byArticle(contribs);
  const typeVotes = countBy(sorted, (s) => s.c.eventType);
  const eventType = [...typeVotes.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0];
  if (eventType === undefined) throw new Error(`aggregateEvent(${id}): no contributions`);
  const datesBySource: { articleId: string; date: DateRange }[] = [];
  const figuresBySource: { articleId: string; figures: Record<string, string> }[] = [];
  for (const { articleId, c } of sorted) {
    if (c.date && !datesBySource.some((d) => d.articleId === articleId)) datesBySource.push({ articleId, date: c.date });
    if (Object.keys(c.figures).length > 0 && !figuresBySource.some((f) => f.articleId === articleId)) {
      const figures: Record<string, string> = {};
      for (const [key, value] of Object.entries(c.figures).sort((a, b) => compareText(a[0], b[0]))) {
        figures[key] = value;
      }
      figuresBySource.push({ articleId, figures });
    }
  }
  return {
    id,
    eventType,
    name: pickPreferred(countBy(sorted, (s) => s.c.name)) ?? id,
    date: combineDates(datesBySource),
    datesBySource,
    statuses: statusesOf(sorted),
    evidence: mergeEvidence(sorted.map((s) => s.c.evidence)),
    figuresBySource,
    sources: sortedUnique(sorted.map((s) => s.articleId)),
  };
}

/** The edge made of every article's support for it. */
export function aggregateEdge(id: string, contribs: readonly Sourced<EdgeContribution>[]): GraphEdge {
  const sorted = byArticle(contribs);
  const first = sorted[0];
  if (first === undefined) throw new Error(`aggregateEdge(${id}): no contributions`);
  return {
    id,
    type: first.c.type,
    source: first.c.source,
    target: first.c.target,
    evidence: mergeEvidence(sorted.map((s) => s.c.evidence)),
    statuses: statusesOf(sorted),
    sources: sortedUnique(sorted.map((s) => s.articleId)),
  };
}

function foldById<C extends { id: string }>(items: readonly C[], merge: (a: C, b: C) => C): C[] {
  const byId = new Map<string, C>();
  for (const item of items) {
    const seen = byId.get(item.id);
    byId.set(item.id, seen ? merge(seen, item) : item);
  }
  return [...byId.values()];
}

function longer(a: string, b: string): string {
  return b.length > a.length || (b.length === a.length && compareText(b, a) < 0) ? b : a;
}

/**
 * One contribution per id: when two local entities (or events, or edges) of an article resolve to the
 * same global id, their forms, roles, keys, mentions and evidence are folded together, so an article
 * counts once per node. Returns the input unchanged when nothing repeats.
 */
export function foldContribution(contribution: ArticleContribution): ArticleContribution {
  const repeats = (items: readonly { id: string }[]) => new Set(items.map((i) => i.id)).size !== items.length;
  if (!repeats(contribution.entities) && !repeats(contribution.events) && !repeats(contribution.edges)) {
    return contribution;
  }
  return {
    articleId: contribution.articleId,
    entities: foldById(contribution.entities, (a, b) => ({
      ...a,
      name: longer(a.name, b.name),
      forms: sortedUnique([...a.forms, ...b.forms]),
      roles: sortedUnique([...a.roles, ...b.roles]),
      keys: sortedUnique([...a.keys, ...b.keys]),
      mentionCount: a.mentionCount + b.mentionCount,
    })),
    events: foldById(contribution.events, (a, b) => ({
      ...a,
      name: longer(a.name, b.name),
      date: a.date ?? b.date,
      evidence: mergeEvidence([a.evidence, b.evidence]),
      figures: { ...b.figures, ...a.figures },
    })),
    edges: foldById(contribution.edges, (a, b) => ({ ...a, evidence: mergeEvidence([a.evidence, b.evidence]) })),
  };
}
