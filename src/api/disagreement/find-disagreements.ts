/**
 * Where the sources of a fact disagree, as pure functions over stored nodes and edges: event dates that do not
 * overlap, figures given differently, a fact disputed by one source and reported as true by another. Every
 * version is kept with the articles that give it; nothing is resolved in favour of one side.
 */
import type { DateRange } from '../../model/extraction';
import type { EventNode, SourceStatus } from '../../model/graph';
import { FACT_STATUSES, type FactStatus } from '../../model/vocabulary';
import { eventDate, type EventDateValue } from '../event/event.type';
import type { DisagreementKind } from '../shared/enums';

/** One version of a disputed value and the articles that give it. */
export interface VersionValue {
  /** The value as written: an ISO day or `start/end` interval, a figure, or a status. */
  value: string;
  date: EventDateValue | null;
  status: FactStatus | null;
  /** For a role-holder disagreement, the person this version names; else null. */
  entityId: string | null;
  /** Sorted, distinct. */
  articleIds: string[];
}

/** One point of disagreement about one fact, before the fact is weighed. */
export interface Conflict {
  kind: DisagreementKind;
  /** "date", "status", the figure's name ("killed"), or "leader". */
  field: string;
  versions: VersionValue[];
  /** What the disagreement is about when that is not the fact alone (a role holder: the node led and its holders). */
  subjectId?: string;
}

/** True when every source's range overlaps every other's (for intervals: no start after any end). */
export function datesAgree(dates: readonly { date: Pick<DateRange, 'start' | 'end'> }[]): boolean {
  if (dates.length < 2) return true;
  const latestStart = dates.reduce((max, { date }) => (date.start > max ? date.start : max), '');
  const earliestEnd = dates.reduce((min, { date }) => (date.end < min ? date.end : min), '\uffff');
  return latestStart <= earliestEnd;
}

// One version per key with the articles that give it, in order of value (for dates: earliest first); the first
// source's wording stands for the version.
function group<T extends { articleId: string }>(
  items: readonly T[],
  keyOf: (item: T) => string,
  versionOf: (item: T) => Omit<VersionValue, 'articleIds'>,
): VersionValue[] {
  const versions = new Map<string, VersionValue>();
  for (const item of items) {
    const version = versions.get(keyOf(item)) ?? { ...versionOf(item), articleIds: [] };
    if (!version.articleIds.includes(item.articleId)) version.articleIds.push(item.articleId);
    versions.set(keyOf(item), version);
  }
  return [...versions.values()]
    .map((version) => ({ ...version, articleIds: [...version.articleIds].sort() }))
    .sort((a, b) => a.value.localeCompare(b.value));
}

/** The dates of an event when its sources' ranges do not all overlap: one version per distinct range, earliest first. */
export function dateConflict(event: Pick<EventNode, 'datesBySource'>): Conflict | null {
  if (datesAgree(event.datesBySource)) return null;
  const versions = group(
    event.datesBySource,
    ({ date }) => `${date.start}/${date.end}`,
    ({ date }) => ({
      value: date.start === date.end ? date.start : `${date.start}/${date.end}`,
      date: eventDate(date),
      status: null,
      entityId: null,
    }),
  );
  return { kind: 'date', field: 'date', versions };
}

// "At least  31" and "at least 31" are one version; "31" and "at least 31" are two, and both are kept.
function figureKey(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Every figure of an event that sources give differently, one conflict per figure name, by name. */
export function figureConflicts(event: Pick<EventNode, 'figuresBySource'>): Conflict[] {
  const byName = new Map<string, { articleId: string; value: string }[]>();
  for (const { articleId, figures } of event.figuresBySource) {
    for (const [name, value] of Object.entries(figures)) byName.set(name, [...(byName.get(name) ?? []), { articleId, value }]);
  }
  return [...byName.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([name, given]) => {
      const versions = group(
        given,
        ({ value }) => figureKey(value),
        ({ value }) => ({ value, date: null, status: null, entityId: null }),
      );
      return versions.length > 1 ? [{ kind: 'figure' as const, field: name, versions }] : [];
    });
}

/**
 * The statuses of a fact when one source disputes it and another (a different article) reports it as true:
 * stated, attributed or hedged. One version per status, in the vocabulary's order.
 */
export function statusConflict(fact: { statuses: readonly SourceStatus[] }): Conflict | null {
  // Each article has one status for a fact, so a disputing article and a reporting one are always two sources.
  const versions = FACT_STATUSES.flatMap((status) => {
    const articleIds = [...new Set(fact.statuses.filter((s) => s.status === status).map((s) => s.articleId))].sort();
    return articleIds.length > 0 ? [{ value: status, date: null, status, entityId: null, articleIds }] : [];
  });
  const disputed = versions.some((v) => v.status === 'disputed');
  return disputed && versions.length > 1 ? { kind: 'status', field: 'status', versions } : null;
}

/** Every conflict about an event: its date, its figures, its status. */
export function eventConflicts(event: EventNode): Conflict[] {
  return [dateConflict(event), ...figureConflicts(event), statusConflict(event)].filter((c): c is Conflict => c !== null);
}
