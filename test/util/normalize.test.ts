import { nameKey } from '../../src/util/normalize';
import { stableId } from '../../src/util/hash';

describe('nameKey', () => {
  it('folds case, accents, dots, a trailing possessive and a leading "the"', () => {
    expect(nameKey('The U.S. Department’s')).toBe('us department');
    expect(nameKey('Abd ar-Rahman Mustafa al-Qaduli')).toBe('abd ar rahman mustafa al qaduli');
    expect(nameKey('Zürich')).toBe('zurich');
  });
});

describe('stableId', () => {
  it('is deterministic and separates its parts', () => {
    expect(stableId('p_', 'a', 'bc')).toBe(stableId('p_', 'a', 'bc'));
    expect(stableId('p_', 'a', 'bc')).not.toBe(stableId('p_', 'ab', 'c'));
    expect(stableId('p_', 'x')).toMatch(/^p_[0-9a-f]{16}$/);
  });
});
