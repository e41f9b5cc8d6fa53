import { CurationRules } from '../../src/resolve/curation-rules';
import type { CurationAction } from '../../src/store/graph-store';

function action(id: string, kind: CurationAction['kind'], entityIds: string[], resultId: string, aliases: string[] = []): CurationAction {
  return {
    id,
    kind,
    entityIds,
    aliases,
    resultId,
    note: null,
    actor: 'cli',
    at: '2026-01-01T00:00:00.000Z',
    undoneAt: null,
    undoneBy: null,
    articleIds: [],
    priorForms: [],
    priorFormOwners: [],
  };
}

describe('CurationRules', () => {
  it('sends every id of connected merges to the smallest, whatever the order of the actions', () => {
    const first = action('c1', 'merge', ['p_b', 'p_c'], 'p_b');
    const second = action('c2', 'merge', ['p_a', 'p_c'], 'p_a');
    for (const actions of [
      [first, second],
      [second, first],
    ]) {
      const rules = new CurationRules(actions);
      expect(['p_a', 'p_b', 'p_c', 'p_d'].map((id) => rules.merged(id))).toEqual(['p_a', 'p_a', 'p_a', 'p_d']);
    }
  });

  it('ignores undone actions', () => {
    const rules = new CurationRules([{ ...action('c1', 'merge', ['p_a', 'p_b'], 'p_a'), undoneAt: '2026-01-02T00:00:00.000Z' }]);
    expect(rules.empty).toBe(true);
    expect(rules.merged('p_b')).toBe('p_b');
  });

  it('moves split forms to the split node; the entity key follows its name', () => {
    const rules = new CurationRules([action('c1', 'split', ['p_x'], 'p_new', ['Abu Omar'])]);
    expect(rules.place('p_x', 'Ahmed Saleh', ['Ahmed Saleh', 'abu omar'])).toEqual({
      id: 'p_x',
      forms: ['Ahmed Saleh'],
      part: { id: 'p_new', forms: ['abu omar'] },
    });
    expect(rules.place('p_x', 'Abu Omar', ['Abu Omar', 'Ahmed Saleh'])).toEqual({
      id: 'p_new',
      forms: ['Abu Omar'],
      part: { id: 'p_x', forms: ['Ahmed Saleh'] },
    });
    expect(rules.place('p_x', 'Abu Omar', ['Abu Omar'])).toEqual({ id: 'p_new', forms: ['Abu Omar'], part: null });
    // Another node keeps its own "Abu Omar" unless it is new (then it is the split node, as an exact name would be).
    expect(rules.place('p_y', 'Abu Omar', ['Abu Omar'])).toEqual({ id: 'p_y', forms: ['Abu Omar'], part: null });
    expect(rules.place('p_fresh', 'Abu Omar', ['Abu Omar'], true)).toEqual({ id: 'p_new', forms: ['Abu Omar'], part: null });
  });

  it('keeps split forms apart after the split node is merged into another', () => {
    const rules = new CurationRules([
      action('c1', 'split', ['p_x'], 'p_new', ['Abu Omar']),
      action('c2', 'merge', ['p_a', 'p_x'], 'p_a'),
    ]);
    expect(rules.place('p_x', 'Ahmed Saleh', ['Ahmed Saleh', 'Abu Omar'])).toEqual({
      id: 'p_a',
      forms: ['Ahmed Saleh'],
      part: { id: 'p_new', forms: ['Abu Omar'] },
    });
  });
});
