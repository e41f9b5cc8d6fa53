/**
 * Event dates: the date expression nearest the trigger, resolved against the publication date; a date
 * attached to a speech verb ("said on Friday") is when it was reported and only bounds the event.
 */
import type { DateRange } from '../model/extraction';
import type { EventType } from '../model/vocabulary';
import { findDateExpressions, resolveDateExpression } from './dates';
import { MONTHS, WEEKDAYS } from './lexicon/words';
import type { SentenceInfo, WorkingState } from './state';

/** Words without which a sentence holds no date expression (a cheap test before the date patterns run). */
const DATE_HINTS = new Set([
  ...WEEKDAYS, ...MONTHS, 'today', 'yesterday', 'tonight', 'week', 'weeks', 'month', 'months', 'year', 'years', 'day', 'days',
  'ago', 'recently', 'recent', 'weekend', 'morning', 'evening', 'afternoon', 'night', 'earlier', 'last', 'mid-march',
]);

/** Resolved date expressions per publication date. */
const RESOLVED = new Map<string, DateRange | null>();

/** `resolveDateExpression`, memoised on (expression, publication date). */
function resolveCached(text: string, published: string | null): DateRange | null {
  const key = `${published ?? ''}\u001f${text}`;
  let r = RESOLVED.get(key);
  if (r === undefined) {
    if (RESOLVED.size > 20_000) RESOLVED.clear();
    r = resolveDateExpression(text, published);
    RESOLVED.set(key, r);
  }
  return r;
}

/** Date expressions found per sentence. */
const DATE_CACHE = new WeakMap<SentenceInfo, ReturnType<typeof findDateExpressions>>();

/** Date expressions of a sentence, found once however many events it holds. */
function dateExpressionsOf(s: SentenceInfo): ReturnType<typeof findDateExpressions> {
  let found = DATE_CACHE.get(s);
  if (!found) {
    found = findDateExpressions(s.text);
    DATE_CACHE.set(s, found);
  }
  return found;
}

/** The date of an event from its sentence: nearest expression to the trigger; report dates only bound it. */
export function dateOf(state: WorkingState, s: SentenceInfo, k: number, type: EventType): DateRange | null {
  const published = state.doc.meta.published;
  if (!s.tokens.some((t) => t.kind === 'number' || DATE_HINTS.has(t.lower))) return null;
  const exprs = dateExpressionsOf(s);
  if (exprs.length === 0) return null;
  const trigger = s.tokens[k];
  if (!trigger) return null;
  const at = trigger.start - s.start;
  let best: { range: DateRange; dist: number } | null = null;
  let report: DateRange | null = null;
  for (const x of exprs) {
    const range = resolveCached(x.text, published);
    if (!range) continue;
    // "said on Friday", "announced Friday", "told reporters Friday": when it was said, not when it happened.
    const before = s.text.slice(Math.max(0, x.start - 24), x.start).toLowerCase();
    if (/\b(said|says|announced|told reporters|told|confirmed|disclosed|added)\s+(on\s+)?$/.test(before)) {
      report = range;
      continue;
    }
    const dist = x.start > at ? x.start - at : at - x.end;
    if (!best || dist < best.dist) best = { range, dist };
  }
  // An appointment, resignation, election result or arrest is usually announced the day it happens; one that
  // takes effect "later this year" is dated by its announcement, as the naming is the news.
  const announcedKind = type === 'Appointment' || type === 'Resignation' || type === 'Arrest';
  const laterStep = !!best && !!published && best.range.end > published.slice(0, 10);
  if (announcedKind && report && (!best || laterStep)) best = { range: report, dist: 0 };
  if (!best) return null;
  let { start, end } = best.range;
  const limit = report?.end ?? (published ? published.slice(0, 10) : null);
  if (limit && end > limit && start <= limit) end = limit;
  // An attack is one moment: a week or a month is too loose to date it.
  if (type === 'Attack' && start !== end) return null;
  return { start, end, text: best.range.text };
}

