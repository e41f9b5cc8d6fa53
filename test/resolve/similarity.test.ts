import { editDistance } from '../../src/resolve/similarity';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('imam', 'iman')).toBe(1);
    expect(editDistance('shadadi', 'shaddadi')).toBe(1);
    expect(editDistance('qaeda', 'queda')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('stops at the bound with bound + 1', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
  });

  it('gives the same answer after comparing a longer pair (its buffers are reused)', () => {
    const long = 'x'.repeat(200);
    expect(editDistance(long, `${long}y`)).toBe(1);
    expect(editDistance('haji', 'hami')).toBe(1);
  });
});
