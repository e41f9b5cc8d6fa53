// Tests of src/store/aggregate.ts (shared by every store; kept here, beside the store that uses it most).
import fc from 'fast-check';
import {
  aggregateEdge,
  aggregateEntity,
  aggregateEvent,
  combineDates,
  foldContribution,
  type Sourced,
} from '../../../src/store/aggregate';
import type { EntityContribution, EventContribution } from '../../../src/model/graph';
import { edgeFixture, entityFixture, eventFixture } from '../contract';

const range = (start: string, end: string, text = `${start}..${end}`) => ({ start, end, text });

describe('aggregateEntity', () => {
  it('names the node by the form most articles use as name, then the longest, then alphabetically', () => {
    const contribs: Sourced<EntityContribution>[] = [
      { articleId: 'a', c: entityFixture('p', 'Person', 'Haji Imam') },
      { articleId: 'b', c: entityFixture('p', 'Person', 'Haji Imam') },
      { articleId: 'c', c: entityFixture('p', 'Person', 'Abd al-Rahman Mustafa al-Qaduli') },
    ];
    expect(aggregateEntity('p', contribs).name).toBe('Haji Imam');
    expect(aggregateEntity('p', contribs.slice(1)).name).toBe('Abd al-Rahman Mustafa al-Qaduli');
    const tie = [
      { articleId: 'a', c: entityFixture('p', 'Person', 'Haji Iman') },
      { articleId: 'b', c: entityFixture('p', 'Person', 'Haji Imam') },
    ];
    expect(aggregateEntity('p', tie).name).toBe('Haji Imam');
  });

  it('takes the majority label, Person before Group before Place on a tie', () => {
    const node = aggregateEntity('x', [
      { articleId: 'a', c: entityFixture('x', 'Place', 'United States') },
      { articleId: 'b', c: entityFixture('x', 'Group', 'United States') },
    ]);
    expect(node.label).toBe('Group');
  });

  it('gives the same node whatever order the contributions come in', () => {
    const names = ['Ash Carter', 'Ashton Carter', 'Carter', 'Secretary Carter', 'Mr. Carter'];
    const contribution = fc.record({
      articleId: fc.constantFrom('a1', 'a2', 'a3', 'a4'),
      name: fc.constantFrom(...names),
      aliases: fc.subarray(names),
      roles: fc.subarray(['Defense Secretary', 'secretary of defense']),
    });
    fc.assert(
      fc.property(fc.uniqueArray(contribution, { minLength: 1, maxLength: 4, selector: (c) => c.articleId }), (list) => {
        const sourced = list.map((x) => ({
          articleId: x.articleId,
          c: entityFixture('p', 'Person', x.name, x.aliases, { roles: x.roles }),
        }));
        expect(aggregateEntity('p', [...sourced].reverse())).toEqual(aggregateEntity('p', sourced));
      }),
    );
  });
});

describe('combineDates', () => {
  it('intersects overlapping ranges, keeping the words of the narrowest source', () => {
    expect(
      combineDates([
        { articleId: 'a', date: range('2016-03-19', '2016-03-25', 'this week') },
        { articleId: 'b', date: range('2016-03-01', '2016-03-31', 'in March') },
      ]),
    ).toEqual(range('2016-03-19', '2016-03-25', 'this week'));
    expect(
      combineDates([
        { articleId: 'a', date: range('2016-03-19', '2016-03-25', 'this week') },
        { articleId: 'b', date: range('2016-03-24', '2016-03-31', 'since Thursday') },
      ]),
    ).toEqual(range('2016-03-24', '2016-03-25', 'this week'));
  });

  it('falls back to the narrowest range when the sources disagree', () => {
    expect(
      combineDates([
        { articleId: 'a', date: range('2015-01-01', '2015-12-31', 'last year') },
        { articleId: 'b', date: range('2016-03-22', '2016-03-22', 'Tuesday') },
      ]),
    ).toEqual(range('2016-03-22', '2016-03-22', 'Tuesday'));
    expect(combineDates([])).toBeNull();
  });
});

describe('aggregateEvent and aggregateEdge', () => {
  it('keeps every source date, status and figure, sorted by article', () => {
    const a: EventContribution = { ...eventFixture('e', 'a', 'Attack', 'Brussels attacks', range('2016-03-22', '2016-03-22')), figures: { killed: '31' } };
    const b: EventContribution = { ...eventFixture('e', 'b', 'Attack', 'Brussels attacks', range('2016-03-21', '2016-03-27')), status: 'hedged', figures: { killed: 'at least 31', injured: '300' } };
    const event = aggregateEvent('e', [{ articleId: 'b', c: b }, { articleId: 'a', c: a }]);
    expect(event.date).toEqual(range('2016-03-22', '2016-03-22'));
    expect(event.datesBySource.map((d) => d.articleId)).toEqual(['a', 'b']);
    expect(event.statuses).toEqual([{ articleId: 'a', status: 'stated' }, { articleId: 'b', status: 'hedged' }]);
    expect(event.figuresBySource).toEqual([
      { articleId: 'a', figures: { killed: '31' } },
      { articleId: 'b', figures: { injured: '300', killed: 'at least 31' } },
    ]);
    expect(event.evidence.map((e) => e.articleId)).toEqual(['a', 'b']);
  });

  it('merges the evidence of an edge without repeating a sentence', () => {
    const edge = aggregateEdge('r', [
      { articleId: 'b', c: edgeFixture('b', 'KILLED', 's', 't') },
      { articleId: 'a', c: edgeFixture('a', 'KILLED', 's', 't', 'hedged') },
      { articleId: 'a', c: edgeFixture('a', 'KILLED', 's', 't', 'hedged') },
    ]);
    expect(edge.sources).toEqual(['a', 'b']);
    expect(edge.evidence).toHaveLength(2);
    expect(edge.statuses).toEqual([{ articleId: 'a', status: 'hedged' }, { articleId: 'b', status: 'stated' }]);
  });
});

describe('foldContribution', () => {
  it('folds two entities of one article with the same id into one, summing mentions', () => {
    const folded = foldContribution({
      articleId: 'a',
      entities: [entityFixture('p', 'Person', 'Ash Carter'), entityFixture('p', 'Person', 'Carter')],
      events: [],
      edges: [edgeFixture('a', 'LEADS', 'p', 'g'), edgeFixture('a', 'LEADS', 'p', 'g')],
    });
    expect(folded.entities).toEqual([
      expect.objectContaining({ id: 'p', name: 'Ash Carter', forms: ['Ash Carter', 'Carter'], mentionCount: 2 }),
    ]);
    expect(folded.edges).toHaveLength(1);
  });
});
