import { tokensAreVariants, transliterationKey, transliterationVariants } from '../../src/resolve/transliteration';
import { blockingKeys, canonicalKey, isBareName, parsePersonName } from '../../src/resolve/names';

describe('transliteration variants of name tokens', () => {
  it.each([
    ['zawahiri', 'zawahri'],
    ['soleimani', 'suleimani'],
    ['qasem', 'qasim'],
    ['ghani', 'qani'],
    ['yusuf', 'yousef'],
    ['mohamed', 'muhamad'],
    ['maruni', 'marouni'],
    ['warsameh', 'warsame'],
  ])('takes %s and %s for one name', (a, b) => {
    expect(tokensAreVariants(a, b)).toBe(true);
  });

  it.each([
    ['hasan', 'husein'],
    ['salim', 'karim'],
    ['omar', 'amir'],
    ['imam', 'iman'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(tokensAreVariants(a, b)).toBe(false);
  });

  it('asks every token of two names of the same length to be variants', () => {
    expect(transliterationVariants(['qasem', 'soleimani'], ['qasim', 'suleimani'])).toBe(true);
    expect(transliterationVariants(['ali', 'hasan'], ['ali', 'husein'])).toBe(false);
    expect(transliterationVariants(['ayman', 'zawahiri'], ['zawahri'])).toBe(false);
  });

  it('gives variants one blocking key: the consonant skeleton of each token', () => {
    expect(transliterationKey(['qasem', 'soleimani'])).toBe('qsm slmn');
    const key = (name: string) => blockingKeys('Person', [name]).filter((k) => k.startsWith('t:'));
    expect(key('Gen. Qassim Suleimani')).toEqual(key('Qassem Soleimani'));
    expect(key('Esmail Ghaani')).toEqual(key('Esmail Qaani'));
    // Short names collide too easily to be looked up by their consonants.
    expect(key('Ali Reza')).toEqual([]);
  });
});

describe('canonical keys of people', () => {
  it("keep an apostrophe prefix with its surname: 'O'Toole' is one name, bare like 'Carter'", () => {
    expect(canonicalKey("Erin O'Toole", 'Person')).toBe('erin otole');
    expect(isBareName("O'Toole")).toBe(true);
  });

  it("drop a religious title before a name, however its letters are doubled ('Mullah Omar' is a bare 'Omar')", () => {
    expect(parsePersonName('Mullah Mohammad Omar')?.given).toBe('mohamad');
    expect(isBareName('Mullah Omar')).toBe(true);
    expect(parsePersonName('Commander Ahmed Diriye')?.given).toBe('ahmed');
  });


  it("joins 'Ben Ali' and 'bin Laden' after a given name, never a leading 'Ben'", () => {
    expect(canonicalKey('Yusuf Ben Ali', 'Person')).toBe('yusuf benali');
    expect(canonicalKey('Osama bin Laden', 'Person')).toBe('osama binladen');
    expect(canonicalKey('Ben Carson', 'Person')).toBe('ben carson');
    // Written lowercase, a leading particle starts a surname: "bin Laden" is bare like "Laden" would be.
    expect(canonicalKey('bin Laden', 'Person')).toBe('binladen');
    expect(isBareName('bin Laden')).toBe(true);
    expect(isBareName('Ben Carson')).toBe(false);
  });
});
