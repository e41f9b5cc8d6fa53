/**
 * Date expressions in news prose: finding them in a sentence and resolving them to inclusive ISO ranges.
 *
 * Absolute dates ("March 18, 2016", "2016-03-18", "March 2016", "in 2015") resolve without a publication
 * date. Relative ones ("Friday", "this week", "in March", "two days ago") need it and resolve to null
 * without it: a date is never invented.
 *
 * Conventions (documented because news usage is loose):
 * - A bare weekday is the most recent such day on or before publication (AP style dates the past week by
 *   weekday); "last Friday" is the most recent one strictly before publication.
 * - Weeks run Monday..Sunday, so a story published on a Saturday or Sunday still has "this week" from the
 *   preceding Monday.
 * - A month or day without a year is the most recent one that does not start after publication; a range
 *   that would run past publication ("in March" in a story of March 25) ends on the publication date.
 * - Parts of a month: beginning/start/early = 1st..10th, mid/middle = 11th..20th, late/end = 21st..last.
 *   Parts of a year: early/beginning = Jan..Apr, mid = May..Aug, late/end = Sep..Dec.
 * - Vague spans end on the publication date: "recently" = last 30 days, "in recent weeks" = 28 days,
 *   "in recent months" = 90 days, "in recent days" = 7 days.
 * - "N weeks ago" is the 7-day window centred on publication minus N weeks (clipped to publication);
 *   "N months ago"/"N years ago" are the whole calendar month/year that many before.
 */
import type { DateRange } from '../model/extraction';

/** A span of a sentence that reads as a date expression. */
export interface DateExpression {
  text: string;
  start: number;
  end: number;
}

/** One kind of date expression: a global regex to find it and a resolver over its match. */
export interface DatePattern {
  name: string;
  /** Global, compiled once; use with `String.prototype.matchAll` (which does not touch `lastIndex`). */
  regex: RegExp;
  /** Inclusive range as epoch-day numbers, or null when it cannot be resolved (e.g. no publication date). */
  resolve(match: RegExpExecArray | RegExpMatchArray, published: number | null): [number, number] | null;
}

// ---------------------------------------------------------------------------------------------------------
// Day arithmetic on UTC epoch-day numbers: no time zones, no clock.

const DAY_MS = 86_400_000;

function dayNumber(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function parts(day: number): { y: number; m: number; d: number; weekday: number } {
  const date = new Date(day * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate(), weekday: date.getUTCDay() };
}

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A valid calendar day, or null (Feb 30, month 13). */
function validDay(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return dayNumber(y, m, d);
}

function monthRange(y: number, m: number): [number, number] {
  return [dayNumber(y, m, 1), dayNumber(y, m, daysInMonth(y, m))];
}

function yearRange(y: number): [number, number] {
  return [dayNumber(y, 1, 1), dayNumber(y, 12, 31)];
}

/** Monday of the week holding `day`. */
function mondayOf(day: number): number {
  return day - ((parts(day).weekday + 6) % 7);
}

/** Ends a range no later than publication, when it starts on or before it. */
function clip(range: [number, number], published: number | null): [number, number] {
  if (published === null || range[0] > published) return range;
  return [range[0], Math.min(range[1], published)];
}

/** Reads "2016-03-25" or "2016-03-25T10:00:00Z" as an epoch day; null for anything else. */
function parsePublished(published: string | null): number | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  if (!m) return null;
  return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

// ---------------------------------------------------------------------------------------------------------
// Vocabulary

const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;
const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, 'a couple of': 2, couple: 2,
};

/** Month number of "March", "Mar.", "Sept" (1..12), or null. */
function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = MONTH_NAMES.indexOf(w as (typeof MONTH_NAMES)[number]);
  if (full >= 0) return full + 1;
  return MONTH_ABBREVIATIONS[w] ?? null;
}

function weekdayNumber(word: string): number | null {
  const i = WEEKDAY_NAMES.indexOf(word.toLowerCase() as (typeof WEEKDAY_NAMES)[number]);
  return i >= 0 ? i : null;
}

function countOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? null;
}

/** A count as a range: "a few"/"several" are 2..5, a number is itself. */
function countRange(word: string): [number, number] | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'a few' || w === 'several') return [2, 5];
  const n = countOf(w);
  return n === null ? null : [n, n];
}

/** The season of year `y` starting in month `start` (winter runs into the next year). */
function seasonRange(y: number, start: number): [number, number] {
  const endMonth = start === 12 ? 2 : start + 2;
  const endYear = start === 12 ? y + 1 : y;
  return [dayNumber(y, start, 1), dayNumber(endYear, endMonth, daysInMonth(endYear, endMonth))];
}

// A month written out, or abbreviated with a dot; "Mar"/"Jan" without a dot only before a day number.
const MONTH_FULL = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const MONTH_ABBR = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const MONTH_WORD = `(${MONTH_FULL}|${MONTH_ABBR}\\.)(?![A-Za-z])`;
const MONTH_BEFORE_DAY = `(${MONTH_FULL}|${MONTH_ABBR}\\.?)(?![A-Za-z])`;
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DAY_NUM = '([0-3]?\\d)(?:st|nd|rd|th)?(?![\\d:])';
const YEAR = '((?:1[89]|20)\\d\\d)(?!\\d)';
const COUNT = '(\\d{1,3}|a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const PART_OF_MONTH =
  '(at the (?:beginning|start|end) of|the (?:beginning|start|end|middle) of|in the middle of|(?:in |by )?(?:early|mid|late)(?:-|\\s+))';
const TIME_OF_DAY = '(?:\\s+(?:morning|afternoon|evening|night))?';
const OPTIONAL_WEEKDAY_PREFIX = `(?:${WEEKDAY},?\\s+)?`;
// Named days are holidays or events, not "the most recent Friday"; newspapers are not dates either.
const NOT_AFTER = '(?<!(?:Good|Black|Bloody|Ash|Super|Cyber|Holy|Palm|Easter|Maundy|Giving|Spy)\\s)';
const NOT_NEWSPAPER = '(?!\\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Independent|Mail|Star|Tribune|Observer|Sport|People)\\b)';
const SEASON = '(spring|summer|fall|autumn|winter)';
/** First month of each season (Northern Hemisphere, meteorological: winter runs December..February). */
const SEASON_START: Readonly<Record<string, number>> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };

/** Which third of a month or year a qualifier names: 0 early, 1 middle, 2 late. */
function partIndex(qualifier: string): 0 | 1 | 2 {
  const q = qualifier.toLowerCase();
  if (/end|late/.test(q)) return 2;
  if (/mid/.test(q)) return 1;
  return 0;
}

function monthPart(y: number, m: number, part: 0 | 1 | 2): [number, number] {
  if (part === 0) return [dayNumber(y, m, 1), dayNumber(y, m, 10)];
  if (part === 1) return [dayNumber(y, m, 11), dayNumber(y, m, 20)];
  return [dayNumber(y, m, 21), dayNumber(y, m, daysInMonth(y, m))];
}

function yearPart(y: number, part: 0 | 1 | 2): [number, number] {
  if (part === 0) return [dayNumber(y, 1, 1), dayNumber(y, 4, 30)];
  if (part === 1) return [dayNumber(y, 5, 1), dayNumber(y, 8, 31)];
  return [dayNumber(y, 9, 1), dayNumber(y, 12, 31)];
}

/** The most recent year in which month `m` (or its range via `build`) starts on or before publication. */
function mostRecent(published: number, build: (y: number) => [number, number] | null): [number, number] | null {
  const { y } = parts(published);
  const thisYear = build(y);
  if (thisYear && thisYear[0] <= published) return clip(thisYear, published);
  return build(y - 1);
}

/** The most recent `weekday` on or before (or strictly before) publication. */
function recentWeekday(published: number, weekday: number, strict: boolean): number {
  let back = (parts(published).weekday - weekday + 7) % 7;
  if (strict && back === 0) back = 7;
  return published - back;
}

function group(match: RegExpExecArray | RegExpMatchArray, i: number): string {
  return match[i] ?? '';
}

// ---------------------------------------------------------------------------------------------------------
// Patterns, most specific first: when two matches overlap the longer (then earlier-listed) one wins.

function pattern(
  name: string,
  source: string,
  resolve: DatePattern['resolve'],
): DatePattern {
  return { name, regex: new RegExp(`(?<![\\w-])(?:${source})(?![\\w])`, 'gi'), resolve };
}

const relative = (f: (published: number) => [number, number] | null): DatePattern['resolve'] =>
  (_m, published) => (published === null ? null : f(published));

/** Every date-expression pattern, compiled once. */
export const DATE_PATTERNS: readonly DatePattern[] = [
  pattern('iso-date', '(\\d{4})-(\\d{2})-(\\d{2})', (m) => {
    const day = validDay(Number(m[1]), Number(m[2]), Number(m[3]));
    return day === null ? null : [day, day];
  }),
  pattern('us-numeric-date', '(\\d{1,2})/(\\d{1,2})/(\\d{4})', (m) => {
    const day = validDay(Number(m[3]), Number(m[1]), Number(m[2]));
    return day === null ? null : [day, day];
  }),
  // "9/11" and "the Sept. 11 attacks" name one day in 2001, not the most recent September 11; the noun is
  // kept in the span so the resolver sees it.
  pattern('nine-eleven', `9/11|(?:Sept?\\.?|September)\\s+11(?:th)?\\s+(?:attacks?|hijackers?|hijackings?|terror attacks?|terrorist attacks?|plot|commission)`, () => {
    const day = dayNumber(2001, 9, 11);
    return [day, day];
  }),
  pattern('month-day-range', `${MONTH_BEFORE_DAY}\\s+${DAY_NUM}\\s*(?:-|\u2013|to|and)\\s*${DAY_NUM}(?:,?\\s+${YEAR})?`, (m, published) => {
    const month = monthNumber(group(m, 1));
    const [d1, d2] = [Number(m[2]), Number(m[3])];
    if (month === null || d2 < d1) return null;
    const build = (y: number): [number, number] | null => {
      const a = validDay(y, month, d1);
      const b = validDay(y, month, d2);
      return a === null || b === null ? null : [a, b];
    };
    if (m[4]) return build(Number(m[4]));
    return published === null ? null : mostRecent(published, build);
  }),
  pattern('month-day-year', `${OPTIONAL_WEEKDAY_PREFIX}${MONTH_BEFORE_DAY}\\s+${DAY_NUM},?\\s+${YEAR}`, (m) => {
    const day = validDay(Number(m[4]), monthNumber(group(m, 2)) ?? 0, Number(m[3]));
    return day === null ? null : [day, day];
  }),
  pattern('day-month-year', `${OPTIONAL_WEEKDAY_PREFIX}(?:the\\s+)?${DAY_NUM}\\s+(?:of\\s+)?${MONTH_WORD},?\\s+${YEAR}`, (m) => {
    const day = validDay(Number(m[4]), monthNumber(group(m, 3)) ?? 0, Number(m[2]));
    return day === null ? null : [day, day];
  }),
  pattern('month-day', `${OPTIONAL_WEEKDAY_PREFIX}${MONTH_BEFORE_DAY}\\s+${DAY_NUM}`, (m, published) => {
    const month = monthNumber(group(m, 2));
    const d = Number(m[3]);
    if (published === null || month === null) return null;
    const day = mostRecent(published, (y) => {
      const v = validDay(y, month, d);
      return v === null ? null : [v, v];
    });
    return day;
  }),
  pattern('day-month', `${OPTIONAL_WEEKDAY_PREFIX}(?:the\\s+)?${DAY_NUM}\\s+(?:of\\s+)?${MONTH_WORD}`, (m, published) => {
    const month = monthNumber(group(m, 3));
    const d = Number(m[2]);
    if (published === null || month === null) return null;
    return mostRecent(published, (y) => {
      const v = validDay(y, month, d);
      return v === null ? null : [v, v];
    });
  }),
  pattern('part-of-month-year', `${PART_OF_MONTH}\\s*${MONTH_WORD},?\\s+(?:of\\s+)?${YEAR}`, (m) => {
    const month = monthNumber(group(m, 2));
    return month === null ? null : monthPart(Number(m[3]), month, partIndex(group(m, 1)));
  }),
  pattern('part-of-month', `${PART_OF_MONTH}\\s*${MONTH_WORD}`, (m, published) => {
    const month = monthNumber(group(m, 2));
    if (published === null || month === null) return null;
    const part = partIndex(group(m, 1));
    return mostRecent(published, (y) => monthPart(y, month, part));
  }),
  pattern('month-year', `${MONTH_WORD},?\\s+(?:of\\s+)?${YEAR}`, (m) => {
    const month = monthNumber(group(m, 1));
    return month === null ? null : monthRange(Number(m[2]), month);
  }),
  pattern('last-this-month-name', `(last|this past|this|earlier this)\\s+${MONTH_WORD}`, (m, published) => {
    const month = monthNumber(group(m, 2));
    if (published === null || month === null) return null;
    const { y, m: pm } = parts(published);
    const qualifier = group(m, 1).toLowerCase();
    if (qualifier === 'this' || qualifier === 'earlier this') return clip(monthRange(y, month), published);
    return monthRange(month < pm ? y : y - 1, month);
  }),
  pattern('in-month', `(?:in|during|throughout)\\s+${MONTH_WORD}`, (m, published) => {
    const month = monthNumber(group(m, 1));
    if (published === null || month === null) return null;
    return mostRecent(published, (y) => monthRange(y, month));
  }),
  pattern('part-of-year', `${PART_OF_MONTH}\\s*${YEAR}`, (m) => yearPart(Number(m[2]), partIndex(group(m, 1)))),
  pattern('decade', '(?:in|during|throughout)\\s+the\\s+((?:19|20)\\d)0s', (m) => {
    const start = Number(m[1]) * 10;
    return [dayNumber(start, 1, 1), dayNumber(start + 9, 12, 31)];
  }),
  pattern('season-year', `(?:the\\s+)?${SEASON}\\s+(?:of\\s+)?${YEAR}`, (m) =>
    seasonRange(Number(m[2]), SEASON_START[group(m, 1).toLowerCase()] ?? 0)),
  pattern('season-relative', `(last|this past|this|next|earlier this)\\s+${SEASON}`, (m, published) => {
    const start = SEASON_START[group(m, 2).toLowerCase()];
    if (published === null || start === undefined) return null;
    const q = group(m, 1).toLowerCase();
    const { y } = parts(published);
    // The season of the publication year, or the one before when it starts later (winter: Dec of last year).
    let current = seasonRange(y, start);
    if (current[0] > published) current = seasonRange(y - 1, start);
    if (q === 'next') return seasonRange(parts(current[0]).y + 1, start);
    if (q === 'last' || q === 'this past') {
      return current[1] < published ? current : seasonRange(parts(current[0]).y - 1, start);
    }
    return clip(current, published);
  }),
  pattern('in-year', `(?:in|during|throughout)\\s+(?:the\\s+year\\s+)?${YEAR}`, (m) => yearRange(Number(m[1]))),
  pattern('part-of-relative', `${PART_OF_MONTH}\\s*(last|this|next)\\s+(month|year)`, (m, published) => {
    if (published === null) return null;
    const part = partIndex(group(m, 1));
    const shift = { last: -1, this: 0, next: 1 }[group(m, 2).toLowerCase()] ?? 0;
    const { y, m: pm } = parts(published);
    if (group(m, 3).toLowerCase() === 'year') return clip(yearPart(y + shift, part), published);
    const total = y * 12 + (pm - 1) + shift;
    return clip(monthPart(Math.floor(total / 12), (total % 12) + 1, part), published);
  }),
  pattern('today', '(?<!USA\\s)(?:earlier\\s+|later\\s+)?(?:today|tonight|this (?:morning|afternoon|evening))', relative((p) => [p, p])),
  pattern('yesterday', 'yesterday' + TIME_OF_DAY + '|last night', relative((p) => [p - 1, p - 1])),
  pattern('overnight', 'overnight', relative((p) => [p - 1, p])),
  pattern('tomorrow', 'tomorrow' + TIME_OF_DAY, relative((p) => [p + 1, p + 1])),
  pattern(
    'weekday',
    `${NOT_AFTER}(?:(last|this past|past|this|next|early|late|earlier|later)\\s+)?${WEEKDAY}${NOT_NEWSPAPER}${TIME_OF_DAY}`,
    (m, published) => {
      const weekday = weekdayNumber(group(m, 2));
      if (published === null || weekday === null) return null;
      const qualifier = group(m, 1).toLowerCase();
      if (qualifier === 'next') {
        const ahead = ((weekday - parts(published).weekday + 7) % 7) || 7;
        return [published + ahead, published + ahead];
      }
      const strict = qualifier === 'last' || qualifier === 'this past' || qualifier === 'past';
      const day = recentWeekday(published, weekday, strict);
      return [day, day];
    },
  ),
  pattern('this-week', '(?:earlier )?this week|earlier in the week', relative((p) => [mondayOf(p), p])),
  // "later this week/month/year": from publication to the period's end (a step still to come).
  pattern('later-this-week', 'later this week|later in the week', relative((p) => [p, mondayOf(p) + 6])),
  pattern('last-week', '(?:early |late |earlier )?last week', relative((p) => [mondayOf(p) - 7, mondayOf(p) - 1])),
  pattern('next-week', 'next week', relative((p) => [mondayOf(p) + 7, mondayOf(p) + 13])),
  pattern('weekend', '(this|last|over the|on the|this past|during the) weekend', (m, published) => {
    if (published === null) return null;
    const q = group(m, 1).toLowerCase();
    // The most recent Saturday..Sunday that has begun; "last weekend" skips one in progress.
    let saturday = recentWeekday(published, 6, q === 'last');
    if (q !== 'last' && parts(published).weekday === 0) saturday = published - 1;
    return [saturday, saturday + 1];
  }),
  pattern('this-month', '(?:earlier )?this month|earlier in the month', relative((p) => [dayNumber(parts(p).y, parts(p).m, 1), p])),
  pattern('later-this-month', 'later this month|later in the month', relative((p) => [p, monthRange(parts(p).y, parts(p).m)[1]])),
  pattern('last-month', 'earlier last month|last month', relative((p) => {
    const { y, m } = parts(p);
    return m === 1 ? monthRange(y - 1, 12) : monthRange(y, m - 1);
  })),
  pattern('next-month', 'next month', relative((p) => {
    const { y, m } = parts(p);
    return m === 12 ? monthRange(y + 1, 1) : monthRange(y, m + 1);
  })),
  pattern('this-year', '(?:earlier )?this year|earlier in the year', relative((p) => [dayNumber(parts(p).y, 1, 1), p])),
  pattern('later-this-year', 'later this year|later in the year', relative((p) => [p, yearRange(parts(p).y)[1]])),
  pattern('last-year', 'earlier last year|last year', relative((p) => yearRange(parts(p).y - 1))),
  pattern('next-year', 'next year', relative((p) => yearRange(parts(p).y + 1))),
  pattern('ago', `${COUNT}\\s+(days?|weeks?|months?|years?)\\s+ago`, (m, published) => {
    const count = countRange(group(m, 1));
    if (published === null || count === null) return null;
    const [lo, hi] = count;
    const unit = group(m, 2).toLowerCase().replace(/s$/, '');
    if (unit === 'day') return [published - hi, published - lo];
    if (unit === 'week') return clip([published - 7 * hi - 3, published - 7 * lo + 3], published);
    const { y, m: pm } = parts(published);
    if (unit === 'month') {
      const first = y * 12 + (pm - 1) - hi;
      const last = y * 12 + (pm - 1) - lo;
      return [monthRange(Math.floor(first / 12), (first % 12) + 1)[0], monthRange(Math.floor(last / 12), (last % 12) + 1)[1]];
    }
    return [yearRange(y - hi)[0], yearRange(y - lo)[1]];
  }),
  pattern(
    'past-span',
    `(?:over |during |in |within )?(?:the )?(?:past|last)\\s+(?:${COUNT}\\s+(days?|weeks?|months?|years?)|(day|week|month|year))`,
    (m, published) => {
      const n = m[1] ? countOf(m[1]) : 1;
      if (published === null || n === null) return null;
      const unit = (m[2] || m[3] || '').toLowerCase().replace(/s$/, '');
      const days = unit === 'day' ? n : unit === 'week' ? 7 * n : unit === 'month' ? 30 * n : 365 * n;
      return [published - days, published];
    },
  ),
  pattern('recent', '(?:in |over |during )?(?:the )?(?:recent|past|last) (?:few )?(days|weeks|months)|recently|lately', (m, published) => {
    if (published === null) return null;
    const unit = group(m, 1).toLowerCase();
    const days = unit === 'days' ? 7 : unit === 'weeks' ? 28 : unit === 'months' ? 90 : 30;
    return [published - days, published];
  }),
];

// ---------------------------------------------------------------------------------------------------------

const CAPITALISED_NAMES = new RegExp(
  `\\b(?:${[...MONTH_NAMES, ...Object.keys(MONTH_ABBREVIATIONS), ...WEEKDAY_NAMES].join('|')})\\b`,
  'gi',
);

/** Month and weekday names count only when capitalised ("may", "march" are verbs). */
function namesCapitalised(text: string): boolean {
  for (const m of text.matchAll(CAPITALISED_NAMES)) {
    const first = m[0][0];
    if (first === undefined || first !== first.toUpperCase()) return false;
  }
  return true;
}

// A leading preposition is context, not part of the expression ("on Friday" → "Friday").
const LEADING_PREPOSITION = /^(?:on|in|during|since|until|through|throughout|by|of|from|at)\s+/i;

interface Candidate extends DateExpression {
  order: number;
}

/** Every date expression in a sentence, non-overlapping, in text order (longest wins on overlap). */
export function findDateExpressions(sentence: string): DateExpression[] {
  const candidates: Candidate[] = [];
  DATE_PATTERNS.forEach((p, order) => {
    for (const m of sentence.matchAll(p.regex)) {
      if (!namesCapitalised(m[0])) continue;
      let start = m.index ?? 0;
      let text = m[0];
      const lead = LEADING_PREPOSITION.exec(text);
      // Keep the preposition where it carries the meaning: a bare year or month is only a date after one.
      if (lead && p.name !== 'in-year' && p.name !== 'in-month') {
        start += lead[0].length;
        text = text.slice(lead[0].length);
      }
      candidates.push({ text, start, end: start + text.length, order });
    }
  });
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const c of candidates) {
    if (chosen.every((o) => c.end <= o.start || c.start >= o.end)) chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start).map(({ text, start, end }) => ({ text, start, end }));
}

const ANCHORED: readonly { pattern: DatePattern; regex: RegExp }[] = DATE_PATTERNS.map((p) => ({
  pattern: p,
  regex: new RegExp(`^(?:${p.regex.source})$`, 'i'),
}));

/**
 * Resolves one date expression (as found by `findDateExpressions`, with or without a leading preposition)
 * against the publication date (ISO, may carry a time). Null when unreadable, or relative with no date.
 */
export function resolveDateExpression(text: string, published: string | null): DateRange | null {
  const trimmed = text.trim().replace(/\s+/g, ' ').replace(/[,;:]$/, '');
  const pub = parsePublished(published);
  const variants = [trimmed, trimmed.replace(LEADING_PREPOSITION, ''), `in ${trimmed.replace(LEADING_PREPOSITION, '')}`];
  for (const variant of variants) {
    for (const { pattern: p, regex } of ANCHORED) {
      const m = regex.exec(variant);
      if (!m) continue;
      const range = p.resolve(m, pub);
      if (range === null) continue;
      const [a, b] = range[0] <= range[1] ? range : [range[1], range[0]];
      return { start: isoOf(a), end: isoOf(b), text: text.trim() };
    }
  }
  return null;
}
