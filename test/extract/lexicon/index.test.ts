import {
  isGivenName,
  lookupDemonym,
  lookupOrganization,
  lookupPlace,
  lookupPlaces,
} from '../../../src/extract/lexicon';
import { GIVEN_NAMES, NAME_PARTICLES, NAME_PREFIX_WORDS, SURNAME_SUFFIXES } from '../../../src/extract/lexicon/names';
import { ORGANIZATIONS } from '../../../src/extract/lexicon/organizations';
import { PLACES } from '../../../src/extract/lexicon/places';
import { isNonNameWord, STOPWORDS } from '../../../src/extract/lexicon/words';
import { nameKey } from '../../../src/util/normalize';

const place = (text: string): string | undefined => lookupPlace(nameKey(text))?.name;
const org = (text: string): string | undefined => lookupOrganization(nameKey(text))?.name;

describe('lexicon sizes', () => {
  it('lists every country, many cities and the regions of the news', () => {
    expect(PLACES.filter((p) => p.kind === 'country').length).toBeGreaterThanOrEqual(195);
    expect(PLACES.filter((p) => p.kind === 'city').length).toBeGreaterThanOrEqual(600);
    expect(PLACES.filter((p) => p.kind === 'continent').length).toBeGreaterThanOrEqual(6);
    expect(PLACES.filter((p) => p.kind === 'province' && p.country === 'United States').length).toBeGreaterThanOrEqual(50);
  });

  it('lists organisations of every kind and at least 150 companies', () => {
    expect(ORGANIZATIONS.filter((o) => o.kind === 'company').length).toBeGreaterThanOrEqual(150);
    const kinds = new Set(ORGANIZATIONS.map((o) => o.kind));
    for (const k of ['ministry', 'agency', 'military', 'militant', 'media', 'intergovernmental', 'party', 'think-tank', 'legislature']) {
      expect(kinds).toContain(k);
    }
  });

  it('knows at least 2,000 given names and the usual particles and suffixes', () => {
    expect(GIVEN_NAMES.size).toBeGreaterThanOrEqual(2000);
    for (const p of ['al', 'bin', 'ibn', 'van', 'von', 'de', 'ould']) expect(NAME_PARTICLES).toContain(p);
    expect(NAME_PREFIX_WORDS).toContain('abu');
    expect(NAME_PREFIX_WORDS).toContain('haji');
    expect(SURNAME_SUFFIXES).toContain('jr');
  });
});

describe('lexicon keys', () => {
  it('has no key that maps two places of different countries unless the ambiguity is documented', () => {
    const seen = new Map<string, typeof PLACES[number]>();
    const clashes: string[] = [];
    for (const p of PLACES) {
      for (const form of [p.name, ...p.aliases]) {
        const key = nameKey(form);
        const other = seen.get(key);
        if (!other) { seen.set(key, p); continue; }
        if (other === p) continue;
        // City and province of one country sharing a name: the city wins (documented in index.ts).
        if (other.country === p.country && other.kind !== p.kind) continue;
        clashes.push(`${key}: ${other.name}/${other.country ?? '-'} vs ${p.name}/${p.country ?? '-'}`);
      }
    }
    const documented = ['georgia', 'tripoli', 'victoria', 'san jose', 'punjab', 'hyderabad', 'new york'];
    expect(clashes.filter((c) => !documented.some((d) => c.startsWith(`${d}:`)))).toEqual([]);
  });

  it('has no key shared by two organisations', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const o of ORGANIZATIONS) {
      for (const form of [o.name, ...o.aliases]) {
        const key = nameKey(form);
        const other = seen.get(key);
        if (other && other !== o.name) clashes.push(`${key}: ${other} vs ${o.name}`);
        else seen.set(key, o.name);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('lookups', () => {
  it('finds countries by their common aliases', () => {
    for (const form of ['U.S.', 'US', 'United States of America', 'America', 'the United States']) expect(place(form)).toBe('United States');
    for (const form of ['U.K.', 'Britain', 'Great Britain']) expect(place(form)).toBe('United Kingdom');
    expect(place('UAE')).toBe('United Arab Emirates');
    expect(place('DRC')).toBe('Democratic Republic of the Congo');
  });

  it('reads spelling variants of places in the news', () => {
    expect(place('Kiev')).toBe(place('Kyiv'));
    expect(place('Deir al-Zour')).toBe('Deir ez-Zor');
    expect(place('Raqqah')).toBe('Raqqa');
    expect(place('Al-Raqqa')).toBe('Raqqa');
    expect(place('Mideast')).toBe('Middle East');
    expect(place('Shaddadi')).toBe('Ash Shaddadi');
  });

  it('reaches a province by its name with "province" or "governorate"', () => {
    expect(lookupPlace(nameKey('Hasakah province'))).toMatchObject({ kind: 'province', country: 'Syria' });
    expect(lookupPlace(nameKey('Anbar'))).toMatchObject({ kind: 'province', country: 'Iraq' });
    expect(lookupPlace(nameKey('Nineveh governorate'))?.name).toBe('Nineveh');
    expect(lookupPlace(nameKey('Kandahar'))?.kind).toBe('city');
    expect(lookupPlace(nameKey('Kandahar province'))?.kind).toBe('province');
  });

  it('reads AP state abbreviations as US states', () => {
    expect(lookupPlace(nameKey('Nev.'))).toMatchObject({ name: 'Nevada', country: 'United States' });
    expect(place('Calif.')).toBe('California');
    expect(place('N.Y.')).toBe('New York');
  });

  it('keeps the country reading of "Georgia" and the state among the candidates', () => {
    expect(lookupPlace('georgia')?.kind).toBe('country');
    expect(lookupPlaces('georgia').map((p) => p.kind)).toEqual(['country', 'province']);
  });

  it('guards keys that are ordinary words with the written form', () => {
    expect(lookupPlace('us', 'U.S.')?.name).toBe('United States');
    expect(lookupPlace('us', 'us')).toBeUndefined();
    expect(lookupPlace('us', 'Us')).toBeUndefined();
    expect(lookupOrganization('is', 'IS')?.name).toBe('Islamic State');
    expect(lookupOrganization('is', 'Is')).toBeUndefined();
    expect(lookupPlace('ill', 'Ill.')?.name).toBe('Illinois');
    expect(lookupPlace('ill', 'ill')).toBeUndefined();
    expect(lookupPlace('ill', 'Ill')).toBeUndefined();
    expect(lookupOrganization('let', 'LeT')?.name).toBe('Lashkar-e-Taiba');
    expect(lookupOrganization('let', 'Let')).toBeUndefined();
    expect(lookupOrganization('rand', 'Rand')).toBeUndefined();
    expect(lookupOrganization('who', 'WHO')?.name).toBe('World Health Organization');
    expect(lookupOrganization('who', 'Who')).toBeUndefined();
    expect(lookupPlace('nice', 'Nice')?.country).toBe('France');
    expect(lookupPlace('nice', 'nice')).toBeUndefined();
  });

  it('maps demonyms, singular and plural, to their country', () => {
    expect(lookupDemonym('belgian')?.name).toBe('Belgium');
    expect(lookupDemonym('iraqis')?.name).toBe('Iraq');
    expect(lookupDemonym('americans')?.name).toBe('United States');
    for (const d of ['syrian', 'russian', 'georgian', 'american']) expect(lookupDemonym(d)?.kind).toBe('country');
    expect(lookupDemonym('swiss')?.name).toBe('Switzerland');
  });

  it('finds organisations by informal names and acronyms', () => {
    for (const form of ['Pentagon', 'the Pentagon', 'Defense Department', 'Department of Defense', 'DoD']) {
      expect(org(form)).toBe('U.S. Department of Defense');
    }
    for (const form of ['ISIS', 'ISIL', 'Daesh', 'Islamic State of Iraq and the Levant', 'Islamic State in Iraq and Syria']) {
      expect(org(form)).toBe('Islamic State');
    }
    for (const form of ['al-Qaida', 'al Qaeda', "al-Qa'ida", 'Al Qaeda']) expect(org(form)).toBe('al-Qaeda');
    expect(org('AQI')).toBe('al-Qaeda in Iraq');
    expect(org('al-Shabab')).toBe('al-Shabaab');
    expect(org('Hizbollah')).toBe('Hezbollah');
    expect(org('Jabhat al-Nusra')).toBe('Nusra Front');
    expect(org('Ansar Allah')).toBe('Houthis');
    expect(org('U.S. Marines')).toBe('U.S. Marine Corps');
    expect(org('Treasury Department')).toBe('U.S. Department of the Treasury');
    expect(org('CENTCOM')).toBe('U.S. Central Command');
    expect(org('Daily Beast')).toBe('The Daily Beast');
    expect(org('GOP')).toBe('Republican Party');
    expect(org('Tories')).toBe('Conservative Party');
  });

  it('answers given-name questions whatever the case or possessive', () => {
    expect(isGivenName('Joe')).toBe(true);
    expect(isGivenName("Carter's")).toBe(true);
    expect(isGivenName('Mohammed')).toBe(true);
    expect(isGivenName('Sergei')).toBe(true);
    expect(isGivenName('Pentagon')).toBe(false);
  });
});

describe('words', () => {
  it('knows capitalised words that are not names', () => {
    for (const w of ['However', 'Friday', 'March', 'They', 'Advertisement']) expect(isNonNameWord(w)).toBe(true);
    expect(isNonNameWord('Carter')).toBe(false);
    expect(STOPWORDS).toContain('the');
  });
});
