import { STATUS_WEIGHTS, confidence } from '../../../src/api/fact/fact-weight';
import { FACT_STATUSES, type FactStatus } from '../../../src/model/vocabulary';

const statuses = (...list: FactStatus[]) => list.map((status) => ({ status }));

describe('confidence', () => {
  it('rises with each further independent outlet and stays below 1', () => {
    const byOutlets = [1, 2, 3, 6].map((outletCount) =>
      confidence({ outletCount, statuses: statuses(...Array<FactStatus>(outletCount).fill('stated')) }),
    );
    expect(byOutlets).toEqual([0.5, 0.75, 0.875, 0.984]);
  });

  it('weighs a hedged report below an attributed one, and that below a stated one', () => {
    const one = (status: FactStatus) => confidence({ outletCount: 1, statuses: statuses(status) });
    expect(one('hedged')).toBeLessThan(one('attributed'));
    expect(one('attributed')).toBeLessThan(one('stated'));
  });

  it('is lowered by a source that disputes the fact', () => {
    const agreed = confidence({ outletCount: 2, statuses: statuses('stated', 'stated') });
    const disputed = confidence({ outletCount: 2, statuses: statuses('stated', 'disputed') });
    expect(disputed).toBeLessThan(agreed);
    expect(disputed).toBe(0.45);
  });

  it('stays within [0, 1] and is 0 without any outlet', () => {
    expect(confidence({ outletCount: 0, statuses: [] })).toBe(0);
    for (const status of FACT_STATUSES) {
      const value = confidence({ outletCount: 50, statuses: statuses(status) });
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
      expect(value).toBeCloseTo(STATUS_WEIGHTS[status], 3);
    }
  });
});
