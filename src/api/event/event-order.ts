/**
 * One date order for every list of events, so `events(...)` (most recent first), an entity's events and
 * `timeline(...)` (oldest first) agree: dated events by start then end, undated events last in both directions,
 * ties by id so pages are stable.
 */
import type { DateRange } from '../../model/extraction';
import { badUserInput } from '../shared/errors';

/** What the order reads from an event. */
export interface Dated {
  id: string;
  date: Pick<DateRange, 'start' | 'end'> | null;
}

function compareDated(a: Dated, b: Dated, direction: 1 | -1): number {
  if (a.date === null || b.date === null) {
    // Undated last whichever way the list runs: "no date" is not "long ago" nor "just now".
    if (a.date !== b.date) return a.date === null ? 1 : -1;
    return a.id.localeCompare(b.id);
  }
  // At one start the narrower range (a DAY before a RANGE) comes first when ascending, last when descending.
  const byDate = a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end);
  return direction * byDate || a.id.localeCompare(b.id);
}

/** Oldest first (by start, then end); undated last; ties by id. */
export function byDateAsc(a: Dated, b: Dated): number {
  return compareDated(a, b, 1);
}

/** Most recent first (the exact reverse of `byDateAsc` for dated events); undated last; ties by id. */
export function byDateDesc(a: Dated, b: Dated): number {
  return compareDated(a, b, -1);
}

/**
 * True when an event may have happened within `[from, to]` (inclusive ISO days, either open): its range
 * overlaps the window. Undated events fall outside any window, as the stores' `listEvents` treats them.
 */
export function mayFallWithin(date: Pick<DateRange, 'start' | 'end'> | null, from?: string | null, to?: string | null): boolean {
  if (!from && !to) return true;
  if (date === null) return false;
  return (!from || date.end >= from) && (!to || date.start <= to);
}

/** Refuses a window whose start is after its end (BAD_USER_INPUT), rather than answering an empty list. */
export function checkWindow(from?: string | null, to?: string | null): void {
  if (from && to && from > to) throw badUserInput(`'from' (${from}) is after 'to' (${to}).`);
}
