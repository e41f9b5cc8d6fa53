import fc from 'fast-check';
import { BySource } from '../../../src/store/embedded/by-source';

describe('BySource', () => {
  it('behaves like a Map through one, a few and many entries (order, replace, delete, first)', () => {
    const op = fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 40 }));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.array(op, { maxLength: 120 }), (first, ops) => {
        const expected = new Map<string, { n: number }>([[`a${first}`, { n: -1 }]]);
        const actual = new BySource(`a${first}`, { n: -1 });
        ops.forEach(([add, k], step) => {
          const key = `a${k}`;
          if (add) {
            expected.set(key, { n: step });
            actual.set(key, { n: step });
          } else {
            expected.delete(key);
            actual.delete(key);
          }
          expect(actual.size).toBe(expected.size);
        });
        expect([...actual.entries()]).toEqual([...expected.entries()]);
        expect([...actual.keys()]).toEqual([...expected.keys()]);
        expect([...actual.values()]).toEqual([...expected.values()]);
        expect(actual.firstKey()).toBe([...expected.keys()][0]);
        expect(actual.firstValue()).toEqual([...expected.values()][0]);
      }),
    );
  });

  it('keeps a replaced entry in its place', () => {
    const sources = new BySource('a', { n: 1 });
    sources.set('b', { n: 2 });
    sources.set('a', { n: 3 });
    expect([...sources.entries()]).toEqual([
      ['a', { n: 3 }],
      ['b', { n: 2 }],
    ]);
  });
});
