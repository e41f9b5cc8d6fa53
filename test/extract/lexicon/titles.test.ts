import { lookupTitle, matchTitleBefore, TITLES, titleKey } from '../../../src/extract/lexicon/titles';

function match(sentence: string, beforeWord: string): { title: string; start: number; org: string | null; leads: boolean; kind: string; scope: string | null } | null {
  const tokens = sentence.split(' ');
  const end = tokens.indexOf(beforeWord);
  const m = matchTitleBefore(tokens, end);
  return m && { title: m.entry.title, start: m.start, org: m.entry.org, leads: m.entry.leads, kind: m.entry.kind, scope: m.entry.scope };
}

describe('matchTitleBefore', () => {
  it('reads an abbreviated rank', () => {
    expect(match('Lt. Gen. Vincent Stewart', 'Vincent')).toMatchObject({ title: 'lt. gen.', start: 0, kind: 'rank', leads: false });
  });

  it('takes the longest title, country qualifier included, and its department', () => {
    expect(match('U.S. Defense Secretary Ash Carter', 'Ash')).toMatchObject({
      start: 0,
      org: 'U.S. Department of Defense',
      leads: true,
    });
  });

  it('reads "Rep." as a member of the House', () => {
    expect(match('Rep. Joe Heck', 'Joe')).toMatchObject({ start: 0, org: 'U.S. House of Representatives', leads: false });
  });

  it('reads a title chain separated by a comma, one call per title', () => {
    const tokens = 'Chairman of the Joint Chiefs of Staff, Gen. Joe Dunford'.split(' ');
    const rank = matchTitleBefore(tokens, tokens.indexOf('Joe'));
    expect(rank).toMatchObject({ start: 7, entry: { kind: 'rank' } });
    const office = matchTitleBefore(tokens, rank?.start ?? 0);
    expect(office).toMatchObject({ start: 0, entry: { org: 'Joint Chiefs of Staff', leads: true } });
  });

  it('leaves the country to the demonym before a country-scoped office', () => {
    expect(match('Belgian Prime Minister Charles Michel', 'Charles')).toMatchObject({
      title: 'prime minister',
      start: 1,
      leads: true,
      scope: 'country',
    });
  });

  it('reads an organisation-prefixed spokesperson as a member of that department', () => {
    expect(match('Pentagon Spokesperson Peter Cook', 'Peter')).toMatchObject({
      start: 0,
      org: 'U.S. Department of Defense',
      leads: false,
      kind: 'role',
    });
  });

  it('finds a corporate title after a possessive and an adjective', () => {
    const tokens = ["Microsoft's", 'new', 'CEO'];
    expect(matchTitleBefore(tokens, 3)).toMatchObject({ start: 2, entry: { title: 'ceo', leads: true, scope: 'org' } });
  });

  it('turns "Deputy" before an office into a member role of the same department', () => {
    expect(match('Deputy Defense Secretary Bob Work', 'Bob')).toMatchObject({
      start: 0,
      org: 'U.S. Department of Defense',
      leads: false,
    });
  });

  it('reads combined corporate titles and election roles', () => {
    expect(match('President and Chief Executive Officer Jane Fraser', 'Jane')).toMatchObject({ start: 0, leads: true, scope: 'org' });
    expect(match('Democratic presidential nominee Hillary Clinton', 'Hillary')).toMatchObject({ title: 'presidential nominee', leads: false });
  });

  it("reads a militant group's provincial governor as leading", () => {
    expect(match('ISIS wali Abu Ali', 'Abu')).toMatchObject({ title: 'wali', start: 1, leads: true });
  });

  it('does not read a senior leader as leading', () => {
    const tokens = ['senior', 'leader'];
    expect(matchTitleBefore(tokens, 2)?.entry.leads).toBe(false);
  });

  it('returns null where no title ends', () => {
    expect(matchTitleBefore(['the', 'strike', 'killed'], 3)).toBeNull();
    expect(matchTitleBefore(['Carter'], 0)).toBeNull();
  });
});

describe('TITLES', () => {
  it('holds honorifics, ranks, offices and roles in lower case without duplicates', () => {
    const kinds = new Set(TITLES.map((t) => t.kind));
    expect([...kinds].sort()).toEqual(['honorific', 'office', 'rank', 'role']);
    for (const t of TITLES) expect(t.title).toBe(t.title.toLowerCase());
    expect(new Set(TITLES.map((t) => t.title)).size).toBe(TITLES.length);
    expect(TITLES.length).toBeGreaterThan(300);
  });

  it('keeps "Haji" out of the titles: it is part of the name', () => {
    expect(lookupTitle('Haji')).toBeUndefined();
    expect(lookupTitle('Sheikh')?.kind).toBe('honorific');
  });

  it('maps the cabinet offices named in the brief to their departments', () => {
    expect(lookupTitle('secretary of state')?.org).toBe('U.S. Department of State');
    expect(lookupTitle('Treasury Secretary')?.org).toBe('U.S. Department of the Treasury');
    expect(lookupTitle('attorney general')?.org).toBe('U.S. Department of Justice');
    expect(lookupTitle('Pentagon Press Secretary')?.org).toBe('U.S. Department of Defense');
    expect(lookupTitle('Iraqi')).toBeUndefined();
  });

  it('compares titles without case, dots or hyphens', () => {
    expect(titleKey('Lt.-Gen.')).toBe(titleKey('lt gen'));
    expect(lookupTitle('LT GEN')?.kind).toBe('rank');
  });
});
