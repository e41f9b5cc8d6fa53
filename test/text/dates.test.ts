import { findDateInText, parsePublicationDate, publicationDateProblem } from '../../src/text/dates';

const NOW = new Date('2024-06-01T12:00:00Z');

describe('findDateInText', () => {
  it.each([
    ['2016-03-26 07:12:04', '2016-03-26'],
    ['2016-03-25T23:30:00-04:00', '2016-03-25'],
    ['March 25, 2016', '2016-03-25'],
    ['Published Mar. 25, 2016 at 10:00', '2016-03-25'],
    ['25 March 2016', '2016-03-25'],
    ['Fri, 25 Mar 2016 10:00:00 GMT', '2016-03-25'],
  ])('reads %p as %s', (input, expected) => {
    expect(findDateInText(input)).toBe(expected);
  });

  it('rejects impossible calendar dates', () => {
    expect(findDateInText('2016-02-30')).toBeNull();
    expect(findDateInText('February 30, 2016')).toBeNull();
  });
});

describe('parsePublicationDate', () => {
  it('drops values that are not dates, such as a WordPress status flag', () => {
    expect(parsePublicationDate(true, NOW)).toBeNull();
    expect(parsePublicationDate('yesterday-ish', NOW)).toBeNull();
  });

  it('drops a date in the future rather than keeping it', () => {
    expect(parsePublicationDate('2031-01-01', NOW)).toBeNull();
  });

  it('takes the first date of a list and accepts Date values', () => {
    expect(parsePublicationDate(['nonsense', '2020-05-04'], NOW)).toBe('2020-05-04');
    expect(parsePublicationDate(new Date('2020-05-04T10:00:00Z'), NOW)).toBe('2020-05-04');
  });
});

describe('publicationDateProblem', () => {
  it('says why a stated value was not used: not a calendar date, or in the future', () => {
    expect(publicationDateProblem('2023-13-45', NOW)).toBe('"2023-13-45" is not a calendar date');
    expect(publicationDateProblem('sometime last spring', NOW)).toBe('"sometime last spring" is not a calendar date');
    expect(publicationDateProblem('2031-01-01', NOW)).toBe('"2031-01-01" lies in the future');
  });

  it('has nothing to say about usable dates and about values that state no date', () => {
    expect(publicationDateProblem('2020-05-04', NOW)).toBeNull();
    expect(publicationDateProblem(['nonsense', '2020-05-04'], NOW)).toBeNull();
    expect(publicationDateProblem(true, NOW)).toBeNull();
    expect(publicationDateProblem('  ', NOW)).toBeNull();
  });
});
