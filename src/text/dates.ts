/** Publication dates as articles state them: metadata values, ISO stamps and English datelines → `YYYY-MM-DD`. */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

/** Earliest year taken as a real publication date; older values are typos or epoch defaults. */
const MIN_YEAR = 1900;

const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?=$|[T\s_,]|\d{2}:)/;
const MONTH_FIRST = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
const DAY_FIRST = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;

/** Formats a validated calendar date as `YYYY-MM-DD`, or null when the day does not exist. */
function isoDate(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase()] ?? null;
}

/**
 * Finds a full calendar date written in a string: ISO (`2016-03-26 07:12:04`, `2016-03-25T14:00:00Z`),
 * "March 25, 2016", "Mar. 25, 2016", "25 March 2016", "Fri, 25 Mar 2016 10:00:00 GMT". The calendar date is
 * taken as written (the publisher's local date), without time-zone shifting. Null when none is stated.
 */
export function findDateInText(value: string): string | null {
  const text = value.trim();
  const iso = ISO_DATE.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) {
    const month = monthNumber(monthFirst[1] ?? '');
    if (month !== null) return isoDate(Number(monthFirst[3]), month, Number(monthFirst[2]));
  }
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const month = monthNumber(dayFirst[2] ?? '');
    if (month !== null) return isoDate(Number(dayFirst[3]), month, Number(dayFirst[1]));
  }
  return null;
}

/** True when an ISO date lies after `now` (with a day of slack for time zones ahead of the reader's). */
export function isFutureDate(iso: string, now: Date): boolean {
  const limit = new Date(now.getTime() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  return iso > limit;
}

/**
 * A publication date from a metadata value (string, Date, or list of them), or null when it does not parse
 * or lies in the future: a date is dropped rather than invented.
 */
export function parsePublicationDate(value: unknown, now: Date): string | null {
  let iso: string | null = null;
  if (Array.isArray(value)) {
    for (const item of value) {
      iso = parsePublicationDate(item, now);
      if (iso) return iso;
    }
    return null;
  }
  if (value instanceof Date) {
    iso = Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  } else if (typeof value === 'string') {
    iso = findDateInText(value);
  }
  if (iso === null || isFutureDate(iso, now)) return null;
  return iso;
}

/**
 * Why a stated publication date was not used, for a diagnostic ("\"2031-01-01\" lies in the future"), or
 * null when it is usable or states no date at all (a flag like `published: true`, an empty value).
 */
export function publicationDateProblem(value: unknown, now: Date): string | null {
  if (Array.isArray(value)) {
    if (parsePublicationDate(value, now) !== null) return null;
    for (const item of value) {
      const problem = publicationDateProblem(item, now);
      if (problem !== null) return problem;
    }
    return null;
  }
  let iso: string | null;
  let shown: string;
  if (value instanceof Date) {
    iso = Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
    shown = iso ?? 'an invalid date';
  } else if (typeof value === 'string' && value.trim() !== '') {
    iso = findDateInText(value);
    shown = value.trim().slice(0, 80);
  } else {
    return null;
  }
  if (iso === null) return `"${shown}" is not a calendar date`;
  if (isFutureDate(iso, now)) return `"${shown}" lies in the future`;
  return null;
}
