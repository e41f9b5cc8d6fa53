/**
 * O(1) lookups over the lexicons, built once at module load and keyed by `nameKey` (src/util/normalize.ts).
 *
 * Ambiguity is intended and resolved by order: the first entry registered for a key wins, and every
 * candidate stays reachable through `lookupPlaces`. Countries come first ("Georgia" is the country; the US
 * state is reachable as "Ga." or through `lookupPlaces`), then territories, regions, US states, cities, and
 * provinces (a bare "Kandahar" is the city; "Kandahar province" the province). PLACE_PREFERENCES overrides
 * the order where the first-listed is not the usual reading ("Tripoli" is Libya's, "Victoria" Australia's).
 *
 * Guarded forms: a key that is also an ordinary English word, a given name or a short acronym ("us" for
 * "US", "is" for "IS", "who" for "WHO", "let" for "LeT", "rand" for "RAND", "ill" for "Ill.", "nice" for
 * Nice) only matches when the caller's written form, if given, looks like the lexicon form: acronyms exactly
 * as listed, abbreviations with their dot, words capitalised.
 */
import { nameKey } from '../../util/normalize';
import { GIVEN_NAMES } from './names';
import { ORGANIZATIONS, type OrganizationEntry } from './organizations';
import { PLACES, type PlaceEntry } from './places';
import { NON_NAME_WORDS, STOPWORDS } from './words';

export type { PlaceEntry } from './places';
export type { OrganizationEntry } from './organizations';
export type { TitleEntry } from './titles';

/** Keys whose usual reading is not the first-listed place: key → [name, country]. */
const PLACE_PREFERENCES: Readonly<Record<string, readonly [string, string]>> = {
  tripoli: ['Tripoli', 'Libya'],
  victoria: ['Victoria', 'Australia'],
  'san jose': ['San Jose', 'United States'],
  punjab: ['Punjab', 'Pakistan'],
};

/** Ordinary words that are also place or organisation names; they need a capitalised written form. */
const COMMON_WORD_NAMES: ReadonlySet<string> = new Set([
  'hit', 'nice', 'male', 'tyre', 'bay', 'reading', 'mobile', 'target', 'visa', 'orange', 'delta', 'united',
  'shell', 'apple', 'meta', 'amazon', 'time', 'hill', 'economist', 'independent', 'guardian', 'telegraph',
  'fed', 'treasury', 'senate', 'house', 'congress', 'labour', 'likud', 'zoom', 'snap', 'arm', 'hamas', 'wagner',
]);

/** Suffixes written after a province name that still name the province ("Hasakah province"). */
const PROVINCE_SUFFIXES = ['province', 'governorate', 'state', 'region', 'oblast', 'district', 'county', 'prefecture'];

/** Countries where "al-X" and "X" name the same place, so both keys are registered. */
const ARABIC_ARTICLE_COUNTRIES: ReadonlySet<string> = new Set([
  'Iraq', 'Syria', 'Yemen', 'Libya', 'Egypt', 'Saudi Arabia', 'Jordan', 'Lebanon', 'Palestine', 'Kuwait',
  'Qatar', 'Bahrain', 'United Arab Emirates', 'Oman', 'Sudan', 'Tunisia', 'Algeria', 'Morocco', 'Mauritania',
]);
const ARABIC_ARTICLE = /^(?:al|el|ar|as|ash|ad|an|at|az|ath) (?=\S)/;

interface Registered<T> {
  entry: T;
  /** The lexicon forms that produced this key (for the written-form guard). */
  forms: string[];
  guarded: boolean;
}

function isGuardedKey(key: string, form: string): boolean {
  if (STOPWORDS.has(key) || NON_NAME_WORDS.has(key) || COMMON_WORD_NAMES.has(key) || GIVEN_NAMES.has(key)) return true;
  if (key.length <= 3 && !key.includes(' ')) return true;
  // Short dotted abbreviations ("Ill.", "Wash.", "Miss.") only count with their dot.
  return /^[^\s]{1,6}\.$/.test(form.trim()) && !key.includes(' ');
}

class KeyIndex<T> {
  readonly map = new Map<string, Registered<T>>();
  readonly all = new Map<string, T[]>();

  add(key: string, entry: T, form: string): void {
    if (!key) return;
    const list = this.all.get(key);
    if (!list) this.all.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
    const existing = this.map.get(key);
    if (!existing) {
      this.map.set(key, { entry, forms: [form], guarded: isGuardedKey(key, form) });
    } else if (existing.entry === entry && !existing.forms.includes(form)) {
      existing.forms.push(form);
    }
  }

  prefer(key: string, entry: T): void {
    const registered = this.map.get(key);
    if (registered && registered.entry !== entry) this.map.set(key, { ...registered, entry });
  }

  get(key: string, written: string | undefined): T | undefined {
    const registered = this.map.get(key);
    if (!registered) return undefined;
    if (written === undefined || !registered.guarded) return registered.entry;
    return registered.forms.some((form) => writtenLike(form, written)) ? registered.entry : undefined;
  }
}

const stripArticle = (s: string): string => s.trim().replace(/^the\s+/i, '').replace(/['\u2019]s$/, '');

/** Whether text as written has the shape of a lexicon form (see the module comment). */
function writtenLike(form: string, written: string): boolean {
  const f = stripArticle(form);
  const w = stripArticle(written);
  if (/^[^\s]{1,6}\.$/.test(f) && !/^[A-Z](?:\.[A-Z])+\.$/.test(f)) return w === f;
  const letters = f.replace(/[^A-Za-z]/g, '');
  // Acronyms, all capitals or mixed ("ISIS", "U.S.", "LeT", "DoD"), must be written exactly so.
  const acronym = letters.length > 1 && (letters === letters.toUpperCase() || (!/\s/.test(f) && /[A-Z]/.test(letters.slice(1))));
  if (acronym) return w.replace(/\./g, '') === f.replace(/\./g, '');
  return /^\p{Lu}/u.test(w) && nameKey(w) === nameKey(f);
}

function pluralDemonyms(demonym: string): string[] {
  const d = demonym.toLowerCase();
  if (/(?:ese|ss|sh|ch|ois)$/.test(d)) return [demonym];
  if (/man$/.test(d)) return [demonym, demonym.replace(/man$/, 'men')];
  return [demonym, `${demonym}s`];
}

const places = new KeyIndex<PlaceEntry>();
const demonyms = new KeyIndex<PlaceEntry>();
const organizations = new KeyIndex<OrganizationEntry>();

for (const place of PLACES) {
  for (const form of [place.name, ...place.aliases]) places.add(nameKey(form), place, form);
}
// Derived keys come after every explicit one, so they never displace a listed form.
for (const place of PLACES) {
  for (const form of [place.name, ...place.aliases]) {
    const key = nameKey(form);
    if (place.kind === 'province') {
      for (const suffix of PROVINCE_SUFFIXES) {
        if (!key.endsWith(` ${suffix}`)) places.add(`${key} ${suffix}`, place, `${form} ${suffix}`);
      }
    }
    if (place.country && ARABIC_ARTICLE_COUNTRIES.has(place.country)) {
      if (ARABIC_ARTICLE.test(key)) places.add(key.replace(ARABIC_ARTICLE, ''), place, form);
      else places.add(`al ${key}`, place, `al-${form}`);
    }
  }
  for (const demonym of place.demonyms) {
    for (const form of pluralDemonyms(demonym)) demonyms.add(nameKey(form), place, form);
  }
}
for (const [key, [name, country]] of Object.entries(PLACE_PREFERENCES)) {
  const wanted = places.all.get(key)?.find((p) => p.name === name && (p.country ?? p.name) === country);
  if (wanted) places.prefer(key, wanted);
}
for (const org of ORGANIZATIONS) {
  for (const form of [org.name, ...org.aliases]) organizations.add(nameKey(form), org, form);
}

/**
 * The place a name key denotes ("kyiv", "deir al zour", "hasakah province"); the preferred reading when
 * several share the key. `written`, when given, guards keys that are ordinary words ("US" vs "us").
 */
export function lookupPlace(key: string, written?: string): PlaceEntry | undefined {
  return places.get(key, written);
}

/** Every place a key can denote, preferred first (for callers that disambiguate by context). */
export function lookupPlaces(key: string): readonly PlaceEntry[] {
  const all = places.all.get(key) ?? [];
  const first = places.map.get(key)?.entry;
  return first && all[0] !== first ? [first, ...all.filter((p) => p !== first)] : all;
}

/** The organisation a name key denotes ("pentagon", "isil", "al qaida"); `written` guards as for places. */
export function lookupOrganization(key: string, written?: string): OrganizationEntry | undefined {
  return organizations.get(key, written);
}

/** Every organisation a key can denote, first-listed first. */
export function lookupOrganizations(key: string): readonly OrganizationEntry[] {
  return organizations.all.get(key) ?? [];
}

/** The place a demonym names ("belgian" → Belgium, "iraqis" → Iraq); `written` guards as for places. */
export function lookupDemonym(key: string, written?: string): PlaceEntry | undefined {
  return demonyms.get(key, written);
}

/** Whether a word is a common given name (any case; accents, possessive and trailing punctuation ignored). */
export function isGivenName(word: string): boolean {
  const w = word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]s$/, '')
    .replace(/[.,;:!?"')\]]+$/, '');
  return GIVEN_NAMES.has(w);
}
