import { isSpeechVerb, tokenize } from '../../src/extract/tokenize';

describe('tokenize', () => {
  it('keeps abbreviations and Arabic names whole and splits the possessive off', () => {
    const tokens = tokenize("The U.S. envoy met al-Rashidi and Hezbollah's chief.");
    expect(tokens.map((t) => t.text)).toEqual(['The', 'U.S.', 'envoy', 'met', 'al-Rashidi', 'and', 'Hezbollah', "'s", 'chief', '.']);
    expect(tokens.find((t) => t.text === 'al-Rashidi')?.cap).toBe(true);
    expect(tokens.find((t) => t.text === "'s")?.kind).toBe('possessive');
  });

  it('separates a name from a lower-case hyphen suffix or prefix', () => {
    const texts = tokenize('U.S.-backed fighters and anti-NATO protesters near Kirkuk-based units').map((t) => t.text);
    expect(texts).toEqual(['U.S.', '-backed', 'fighters', 'and', 'anti-', 'NATO', 'protesters', 'near', 'Kirkuk', '-based', 'units']);
  });

  it('gives offsets into the text it was given, shifted by the base', () => {
    const text = 'Gen. Mark Olsen spoke.';
    for (const t of tokenize(text, 100)) expect(text.slice(t.start - 100, t.end - 100)).toBe(t.text);
  });

  it('reads a speech verb only in lower case ("States" in a country name is not one)', () => {
    const tokens = tokenize('The United States states it said so.');
    expect(tokens.filter(isSpeechVerb).map((t) => t.text)).toEqual(['states', 'said']);
  });
});
