import 'reflect-metadata';
import { dateConflict, datesAgree, figureConflicts, statusConflict } from '../../../src/api/disagreement/find-disagreements';

const day = (articleId: string, start: string, end = start) => ({ articleId, date: { start, end, text: start } });

describe('datesAgree', () => {
  it('accepts ranges that all share a day and refuses any two that do not touch', () => {
    expect(datesAgree([day('a', '2024-05-10'), day('b', '2024-05-05', '2024-05-11')])).toBe(true);
    expect(datesAgree([day('a', '2024-05-10'), day('b', '2024-05-05', '2024-05-11'), day('c', '2024-05-12')])).toBe(false);
    expect(datesAgree([day('a', '2024-05-01', '2024-05-10'), day('b', '2024-05-10', '2024-05-20')])).toBe(true);
  });
});

describe('dateConflict', () => {
  it('groups sources that give the same range into one version', () => {
    const conflict = dateConflict({ datesBySource: [day('b', '2024-03-25'), day('a', '2024-03-12'), day('c', '2024-03-25')] });
    expect(conflict?.versions.map((v) => [v.value, v.articleIds])).toEqual([
      ['2024-03-12', ['a']],
      ['2024-03-25', ['b', 'c']],
    ]);
  });

  it('writes a range as an ISO interval', () => {
    const conflict = dateConflict({ datesBySource: [day('a', '2024-03-01', '2024-03-07'), day('b', '2024-04-02')] });
    expect(conflict?.versions.map((v) => v.value)).toEqual(['2024-03-01/2024-03-07', '2024-04-02']);
  });
});

describe('figureConflicts', () => {
  it('treats case and spacing as the same figure but a qualifier as another', () => {
    const figures = (articleId: string, killed: string) => ({ articleId, figures: { killed } });
    expect(figureConflicts({ figuresBySource: [figures('a', 'At least  31'), figures('b', 'at least 31')] })).toEqual([]);
    const [conflict] = figureConflicts({ figuresBySource: [figures('a', '31'), figures('b', 'at least 31')] });
    expect(conflict?.versions.map((v) => v.value)).toEqual(['31', 'at least 31']);
  });
});

describe('statusConflict', () => {
  it('needs one source disputing and another reporting the fact as true', () => {
    expect(statusConflict({ statuses: [{ articleId: 'a', status: 'stated' }, { articleId: 'b', status: 'hedged' }] })).toBeNull();
    expect(statusConflict({ statuses: [{ articleId: 'a', status: 'disputed' }] })).toBeNull();
    const conflict = statusConflict({
      statuses: [
        { articleId: 'c', status: 'disputed' },
        { articleId: 'a', status: 'attributed' },
        { articleId: 'b', status: 'attributed' },
      ],
    });
    expect(conflict?.versions.map((v) => [v.status, v.articleIds])).toEqual([
      ['attributed', ['a', 'b']],
      ['disputed', ['c']],
    ]);
  });
});
