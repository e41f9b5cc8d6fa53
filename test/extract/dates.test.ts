import { DATE_PATTERNS, findDateExpressions, resolveDateExpression } from '../../src/extract/dates';

// 2016-03-25 was a Friday; 2016-03-26 a Saturday; 2016-03-27 a Sunday.
const FRIDAY = '2016-03-25';
const SATURDAY = '2016-03-26';
const SUNDAY = '2016-03-27';

function range(text: string, published: string | null): [string, string] | null {
  const r = resolveDateExpression(text, published);
  return r === null ? null : [r.start, r.end];
}

function found(sentence: string): string[] {
  return findDateExpressions(sentence).map((e) => e.text);
}

describe('absolute dates', () => {
  it('reads month-day-year forms without a publication date', () => {
    expect(range('March 18, 2016', null)).toEqual(['2016-03-18', '2016-03-18']);
    expect(range('Feb. 18, 2016', null)).toEqual(['2016-02-18', '2016-02-18']);
    expect(range('Sept. 3, 2015', null)).toEqual(['2015-09-03', '2015-09-03']);
    expect(range('Friday, March 18, 2016', null)).toEqual(['2016-03-18', '2016-03-18']);
  });

  it('reads day-month-year and ISO dates', () => {
    expect(range('18 March 2016', null)).toEqual(['2016-03-18', '2016-03-18']);
    expect(range('the 18th of March, 2016', null)).toEqual(['2016-03-18', '2016-03-18']);
    expect(range('2016-03-18', null)).toEqual(['2016-03-18', '2016-03-18']);
  });

  it('reads a month with a year as the whole month', () => {
    expect(range('March 2016', null)).toEqual(['2016-03-01', '2016-03-31']);
    expect(range('February 2016', null)).toEqual(['2016-02-01', '2016-02-29']);
  });

  it("reads 'in 2015' as the whole year", () => {
    expect(range('in 2015', null)).toEqual(['2015-01-01', '2015-12-31']);
  });

  it('reads parts of a named year', () => {
    expect(range('late 2015', null)).toEqual(['2015-09-01', '2015-12-31']);
    expect(range('early March 2016', null)).toEqual(['2016-03-01', '2016-03-10']);
  });

  it("reads '9/11' and 'the Sept. 11 attacks' as 2001-09-11, other Sept. 11 dates as usual", () => {
    expect(found('Since the Sept. 11 attacks, and since 9/11 itself,')).toEqual(['Sept. 11 attacks', '9/11']);
    expect(range('9/11', FRIDAY)).toEqual(['2001-09-11', '2001-09-11']);
    expect(findDateExpressions('the Sept. 11 attacks').map((e) => resolveDateExpression(e.text, FRIDAY)?.start)).toEqual(['2001-09-11']);
    expect(range('Sept. 11', FRIDAY)).toEqual(['2015-09-11', '2015-09-11']);
  });

  it('rejects impossible calendar days', () => {
    expect(range('February 30, 2016', null)).toBeNull();
  });
});

describe('relative dates', () => {
  it("resolves 'Friday' against the publication date", () => {
    expect(range('Friday', FRIDAY)).toEqual([FRIDAY, FRIDAY]);
    expect(range('on Friday', SATURDAY)).toEqual([FRIDAY, FRIDAY]);
    expect(range('Thursday', FRIDAY)).toEqual(['2016-03-24', '2016-03-24']);
    expect(range('Saturday', FRIDAY)).toEqual(['2016-03-19', '2016-03-19']);
  });

  it("reads 'last Friday' as the one strictly before publication", () => {
    expect(range('last Friday', FRIDAY)).toEqual(['2016-03-18', '2016-03-18']);
  });

  it('returns null for relative expressions when the publication date is unknown', () => {
    for (const text of ['Friday', 'this week', 'yesterday', 'in March', 'March 20', 'last year', 'recently']) {
      expect(resolveDateExpression(text, null)).toBeNull();
    }
  });

  it("returns null for 'this week' when the publication date is unknown", () => {
    expect(resolveDateExpression('this week', null)).toBeNull();
  });

  it("reads 'this week' as Monday to the publication date, weekends included", () => {
    expect(range('this week', FRIDAY)).toEqual(['2016-03-21', FRIDAY]);
    expect(range('this week', SUNDAY)).toEqual(['2016-03-21', SUNDAY]);
    expect(range('earlier this week', SATURDAY)).toEqual(['2016-03-21', SATURDAY]);
  });

  it("reads 'last week' as the previous Monday to Sunday", () => {
    expect(range('last week', FRIDAY)).toEqual(['2016-03-14', '2016-03-20']);
  });

  it("reads 'today' and 'yesterday' as single days", () => {
    expect(range('today', FRIDAY)).toEqual([FRIDAY, FRIDAY]);
    expect(range('yesterday', FRIDAY)).toEqual(['2016-03-24', '2016-03-24']);
    expect(range('last night', '2016-03-01')).toEqual(['2016-02-29', '2016-02-29']);
  });

  it('reads months relative to publication', () => {
    expect(range('this month', FRIDAY)).toEqual(['2016-03-01', FRIDAY]);
    expect(range('earlier this month', FRIDAY)).toEqual(['2016-03-01', FRIDAY]);
    expect(range('last month', FRIDAY)).toEqual(['2016-02-01', '2016-02-29']);
    expect(range('last month', '2016-01-10')).toEqual(['2015-12-01', '2015-12-31']);
  });

  it("reads 'this year' from January 1 and 'last year' as the previous calendar year", () => {
    expect(range('earlier this year', FRIDAY)).toEqual(['2016-01-01', FRIDAY]);
    expect(range('this year', FRIDAY)).toEqual(['2016-01-01', FRIDAY]);
  });

  it("'last year' is the previous calendar year", () => {
    expect(range('last year', FRIDAY)).toEqual(['2015-01-01', '2015-12-31']);
    expect(range('late last year', FRIDAY)).toEqual(['2015-09-01', '2015-12-31']);
  });

  it("reads 'at the beginning of March' as March 1–10", () => {
    expect(range('at the beginning of March', FRIDAY)).toEqual(['2016-03-01', '2016-03-10']);
    expect(range('in early March', FRIDAY)).toEqual(['2016-03-01', '2016-03-10']);
  });

  it('reads mid- and late-month expressions as the middle and last thirds', () => {
    expect(range('mid-March', FRIDAY)).toEqual(['2016-03-11', '2016-03-20']);
    expect(range('in mid-February', FRIDAY)).toEqual(['2016-02-11', '2016-02-20']);
    expect(range('late February', FRIDAY)).toEqual(['2016-02-21', '2016-02-29']);
    // The current month's last third has not begun: it is last year's.
    expect(range('at the end of March', FRIDAY)).toEqual(['2016-03-21', FRIDAY]);
    expect(range('late April', FRIDAY)).toEqual(['2015-04-21', '2015-04-30']);
  });

  it('reads a month or day without a year as the most recent one not after publication', () => {
    expect(range('in March', FRIDAY)).toEqual(['2016-03-01', FRIDAY]);
    expect(range('in June', FRIDAY)).toEqual(['2015-06-01', '2015-06-30']);
    expect(range('March 20', FRIDAY)).toEqual(['2016-03-20', '2016-03-20']);
    expect(range('March 28', FRIDAY)).toEqual(['2015-03-28', '2015-03-28']);
    expect(range('20 March', FRIDAY)).toEqual(['2016-03-20', '2016-03-20']);
  });

  it("counts back for 'N days ago' and widens 'N weeks ago' to a week", () => {
    expect(range('two days ago', FRIDAY)).toEqual(['2016-03-23', '2016-03-23']);
    expect(range('3 days ago', FRIDAY)).toEqual(['2016-03-22', '2016-03-22']);
    expect(range('three weeks ago', FRIDAY)).toEqual(['2016-03-01', '2016-03-07']);
    expect(range('a year ago', FRIDAY)).toEqual(['2015-01-01', '2015-12-31']);
    expect(range('two months ago', FRIDAY)).toEqual(['2016-01-01', '2016-01-31']);
  });

  it('reads vague recency as a span ending on the publication date', () => {
    expect(range('in recent months', FRIDAY)).toEqual(['2015-12-26', FRIDAY]);
    expect(range('recently', FRIDAY)).toEqual(['2016-02-24', FRIDAY]);
    expect(range('over the past two weeks', FRIDAY)).toEqual(['2016-03-11', FRIDAY]);
  });

  it('reads a day range within a month', () => {
    expect(range('March 20-21, 2016', null)).toEqual(['2016-03-20', '2016-03-21']);
    expect(range('March 20 and 21', FRIDAY)).toEqual(['2016-03-20', '2016-03-21']);
  });

  it('reads decades and seasons', () => {
    expect(range('in the 1990s', null)).toEqual(['1990-01-01', '1999-12-31']);
    expect(range('the summer of 2015', null)).toEqual(['2015-06-01', '2015-08-31']);
    expect(range('winter 2015', null)).toEqual(['2015-12-01', '2016-02-29']);
    expect(range('last summer', FRIDAY)).toEqual(['2015-06-01', '2015-08-31']);
    expect(range('this winter', FRIDAY)).toEqual(['2015-12-01', '2016-02-29']);
    // A season that has ended is "last"; one still under way is not.
    expect(range('last winter', FRIDAY)).toEqual(['2015-12-01', '2016-02-29']);
    expect(range('last summer', '2016-07-10')).toEqual(['2015-06-01', '2015-08-31']);
  });

  it('reads parts of the current, previous and next month or year', () => {
    expect(range('at the end of last year', FRIDAY)).toEqual(['2015-09-01', '2015-12-31']);
    expect(range('early last month', FRIDAY)).toEqual(['2016-02-01', '2016-02-10']);
    expect(range('late last month', '2016-01-15')).toEqual(['2015-12-21', '2015-12-31']);
    expect(range('early this year', FRIDAY)).toEqual(['2016-01-01', FRIDAY]);
  });

  it("reads 'a few days ago' as a span of days", () => {
    expect(range('a few days ago', FRIDAY)).toEqual(['2016-03-20', '2016-03-23']);
    expect(range('several years ago', FRIDAY)).toEqual(['2011-01-01', '2014-12-31']);
  });

  it('accepts a publication date with a time of day', () => {
    expect(range('Friday', '2016-03-26T14:05:00Z')).toEqual([FRIDAY, FRIDAY]);
  });

  it('keeps the written text on the range', () => {
    expect(resolveDateExpression('this week', FRIDAY)?.text).toBe('this week');
  });
});

describe('findDateExpressions', () => {
  it('finds weekday, relative and absolute expressions with their offsets', () => {
    const sentence = 'Carter said on Friday that the raid, carried out earlier this week, followed a strike on March 4, 2016.';
    const expressions = findDateExpressions(sentence);
    expect(expressions.map((e) => e.text)).toEqual(['Friday', 'earlier this week', 'March 4, 2016']);
    for (const e of expressions) expect(sentence.slice(e.start, e.end)).toBe(e.text);
  });

  it('prefers the longest reading of overlapping expressions', () => {
    expect(found('He was killed on Friday, March 18, 2016, officials said.')).toEqual(['Friday, March 18, 2016']);
    expect(found('The offensive began at the beginning of March.')).toEqual(['the beginning of March']);
    expect(found('Fighting resumed in mid-February near Raqqa.')).toEqual(['mid-February']);
  });

  it('ignores lower-case month and weekday words used as ordinary words', () => {
    expect(found('Protesters may march 20 miles to the capital.')).toEqual([]);
    expect(found('Supporters will march in protest.')).toEqual([]);
  });

  it('keeps the preposition when a bare year or month is only a date after it', () => {
    expect(found('The group was founded in 2015 by 300 fighters.')).toEqual(['in 2015']);
    expect(found('He was appointed in March.')).toEqual(['in March']);
    expect(found('The battalion had 2015 soldiers.')).toEqual([]);
  });

  it('finds every expression a resolver can read', () => {
    const sentence = 'Officials said yesterday that two days ago, and again last month, strikes hit the city.';
    const expressions = findDateExpressions(sentence);
    expect(expressions.map((e) => e.text)).toEqual(['yesterday', 'two days ago', 'last month']);
    for (const e of expressions) expect(resolveDateExpression(e.text, FRIDAY)).not.toBeNull();
  });

  it('does not read named days or newspapers as weekdays', () => {
    expect(found('Attacks on Good Friday and a report in the Sunday Times drew anger.')).toEqual([]);
    expect(found('Markets fell on Black Friday.')).toEqual([]);
    expect(found('The Sunday attack killed four.')).toEqual(['Sunday']);
  });

  it('does not read the newspaper USA Today as a date', () => {
    expect(found('USA Today reported the strike.')).toEqual([]);
  });

  it('exports compiled global patterns', () => {
    expect(DATE_PATTERNS.length).toBeGreaterThan(10);
    for (const p of DATE_PATTERNS) expect(p.regex.global).toBe(true);
  });
});
