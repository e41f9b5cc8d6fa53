import { corroboratedBareMatch, matchScore, type EntityView } from '../../src/resolve/match';
import { blockingKeys } from '../../src/resolve/names';
import type { EntityLabel } from '../../src/model/vocabulary';

/** A view as the resolver builds it: the name's blocking keys plus the context keys given (what the article says). */
function view(label: EntityLabel, name: string, options: { forms?: string[]; roles?: string[]; facts?: string[] } = {}): EntityView {
  const forms = [name, ...(options.forms ?? [])];
  return { label, name, forms, roles: options.roles ?? [], keys: [...blockingKeys(label, forms), ...(options.facts ?? [])].sort() };
}

const person = (name: string, options: { forms?: string[]; roles?: string[]; facts?: string[] } = {}) => view('Person', name, options);
const leadsQaeda = ['r:lead:qada'];

describe('matchScore: transliteration variants of people across articles', () => {
  it.each([
    ['Ayman al-Zawahiri', 'Ayman al-Zawahri'],
    ['Qassem Soleimani', 'Gen. Qassim Suleimani'],
    ['Esmail Ghaani', 'Esmail Qaani'],
    ['Abu Hafs al-Maruni', 'Abu Hafs al-Marouni'],
    ['Mohammed Yusuf', 'Muhammad Yousef'],
  ])('merges %s and %s when both lead the same group', (a, b) => {
    expect(matchScore(person(a, { facts: leadsQaeda }), person(b, { facts: leadsQaeda }))).toBe(2);
  });

  it('merges a variant that leaves out the middle name, when both were killed the same year', () => {
    const killed = { facts: ['k:@2016'] };
    expect(matchScore(person('Akhtar Mansoor', killed), person('Mullah Akhtar Mohammad Mansour', killed))).toBe(2);
    expect(matchScore(person('Akhtar Mansoor'), person('Akhtar Mohammad Mansour'))).toBeNull();
    expect(matchScore(person('Akhtar Mansoor', killed), person('Akhtar Mohammad Mansour', { facts: ['k:@2001'] }))).toBeNull();
  });

  it('merges variants corroborated by a shared specific role, written differently', () => {
    const a = person('Esmail Ghaani', { roles: ['commander of the Quds Force'] });
    const b = person('Esmail Qaani', { roles: ['head of the Qods Force'] });
    expect(matchScore(a, b)).toBe(2);
  });

  it('merges variants of a man killed by the same agent', () => {
    const a = person('Qassem Soleimani', { facts: ['k:by:united states'] });
    expect(matchScore(a, person('Qassim Suleimani', { facts: ['k:by:united states'] }))).toBe(2);
  });

  it('never merges variants without corroboration, nor with only a generic shared role', () => {
    expect(matchScore(person('Qassem Soleimani'), person('Qassim Suleimani'))).toBeNull();
    expect(matchScore(person('Esmail Ghaani', { roles: ['commander'] }), person('Esmail Qaani', { roles: ['commander'] }))).toBeNull();
    expect(matchScore(person('Ayman al-Zawahiri', { facts: ['r:lead:qada'] }), person('Ayman al-Zawahri', { facts: ['r:lead:taliban'] }))).toBeNull();
  });

  it('scores a variant below an exact or canonical match', () => {
    const local = person('Ayman al-Zawahiri', { facts: leadsQaeda });
    expect(matchScore(local, person('Ayman al-Zawahiri'))).toBeGreaterThan(2.5);
    expect(matchScore(local, person('Ayman az-Zawahiri'))).toBe(2.5);
    expect(matchScore(local, person('Ayman al-Zawahri', { facts: leadsQaeda }))).toBe(2);
  });
});

describe('matchScore: the traps stay apart whatever corroborates them', () => {
  const shared = { facts: ['r:member:hizbalah', 'k:by:israel', 'r:lead:hizbalah'], roles: ['leader'] };

  it('keeps Hassan and Hussein apart: different names, not spellings of one', () => {
    expect(matchScore(person('Ali Hassan', shared), person('Ali Hussein', shared))).toBeNull();
    expect(matchScore(person('Hassan Nasrallah', shared), person('Hussein Nasrallah', shared))).toBeNull();
  });

  it('keeps Phil and Vincent Stewart apart, and George W. and George H. W. Bush', () => {
    expect(matchScore(person('Phil Stewart', shared), person('Vincent Stewart', shared))).toBeNull();
    expect(matchScore(person('George W. Bush', shared), person('George H. W. Bush', shared))).toBeNull();
  });

  it('keeps Mitsui and Matsui apart as companies, and as people without corroboration', () => {
    expect(matchScore(view('Group', 'Mitsui'), view('Group', 'Matsui'))).toBeNull();
    expect(matchScore(view('Group', 'Mitsui & Co.'), view('Group', 'Matsui & Co.'))).toBeNull();
    expect(matchScore(person('Taro Mitsui'), person('Taro Matsui'))).toBeNull();
  });

  it('never merges names that differ in a consonant, however corroborated (Zarqawi / Zarkawi aside, q and k are one)', () => {
    expect(matchScore(person('Ahmad Salim', shared), person('Ahmad Karim', shared))).toBeNull();
    expect(matchScore(person('Abu Musab al-Zarqawi', shared), person('Abu Musab Zarkawi', shared))).toBe(2);
  });
});

describe('matchScore: particles written apart or joined', () => {
  it("merges 'Yusuf Ben Ali' and 'Yusuf Benali' as one canonical name", () => {
    expect(matchScore(person('Yusuf Ben Ali'), person('Yusuf Benali'))).toBe(2.5);
  });

  it("keeps a leading 'Ben' a given name: 'Ben Carson' is no bare surname", () => {
    expect(blockingKeys('Person', ['Ben Carson'])).toContain('n:ben carson');
    expect(matchScore(person('Ben Carson'), person('Ben Carson'))).toBe(3);
  });
});

describe('corroboratedBareMatch: a bare surname across articles', () => {
  const trump = { ...person('Donald Trump', { facts: ['r:lead:x:us', 'r:lead:x:us@2020'] }), id: 'p_trump' };

  it('joins the one full name with that surname who leads the same country in the same year', () => {
    expect(corroboratedBareMatch(person('President Trump', { facts: ['r:lead:x:us', 'r:lead:x:us@2020'] }), [trump])).toBe('p_trump');
  });

  it('joins it when either report is undated, but not when both are dated in different years', () => {
    expect(corroboratedBareMatch(person('Trump', { facts: ['r:lead:x:us'] }), [trump])).toBe('p_trump');
    expect(corroboratedBareMatch(person('Trump', { facts: ['r:lead:x:us', 'r:lead:x:us@2012'] }), [trump])).toBeNull();
  });

  it('never joins on the surname alone, another surname, or when two different people qualify', () => {
    expect(corroboratedBareMatch(person('Trump'), [trump])).toBeNull();
    expect(corroboratedBareMatch(person('Biden', { facts: ['r:lead:x:us'] }), [trump])).toBeNull();
    const bushes = [
      { ...person('George W. Bush', { facts: ['r:lead:x:us'] }), id: 'p_bush43' },
      { ...person('George H. W. Bush', { facts: ['r:lead:x:us'] }), id: 'p_bush41' },
    ];
    expect(corroboratedBareMatch(person('Bush', { facts: ['r:lead:x:us'] }), bushes)).toBeNull();
  });
});
