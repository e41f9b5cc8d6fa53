/**
 * Name analysis for cross-article resolution: comparison keys that absorb the spelling variation outlets
 * show (transliteration particles, doubled consonants, vowel spellings), person-name structure (given
 * name, middle initials, surname), and the blocking keys resolution looks candidates up by.
 *
 * Blocking keys (each prefixed so kinds never collide):
 * - `n:` the plain `nameKey` of the name and of every alias;
 * - `c:` the canonical key: transliteration particles (al-, ar-, ash-, el-, …) dropped, doubled
 *   letters collapsed and, for organisations, a trailing legal form dropped ("Ash Shaddadi",
 *   "Shadadi" → "shadadi"; "Abd ar-Rahman" ~ "Abd al-Rahman"; "Acme Corp." ~ "Acme");
 * - `v:` the canonical key with every vowel run folded to "a" ("al-Qaida", "al-Queda" → "qada");
 * - `w:` for people's full names of at least 8 letters, the canonical key with one token replaced by
 *   `*`, so a name with one misspelt token ("Hami Imam" ~ "Haji Imam") still meets its variant. A key
 *   shared by very many nodes ("john *") carries no information; stores may skip such blocks;
 * - `si:` for people, surname plus first initial ("Ash Carter", "Ashton Carter" → "carter a");
 * - `t:` for people's full names of at least 8 letters, the consonant skeleton of each token
 *   ("Qassem Soleimani", "Qassim Suleimani" → "qsm slmn"; see `transliteration.ts`), and of the given
 *   name and surname alone when there are middle names;
 * - `x:` an external canonical id (well-known organisations and places from the lexicon).
 * Keys only gather candidates; `match.ts` decides merges.
 */
import { nameKey } from '../util/normalize';
import { memoizeString } from '../util/memo';
import { transliterationKey } from './transliteration';

/** Arabic article and sun-letter assimilations ("al-", "ar-", "ash-", "el-"). */
const PARTICLE_WORDS = 'al|el|ar|as|ash|ad|adh|an|at|ath|az|ul|ud';
/** A particle hyphen-attached to the next word ("al-Qaduli", "Abd ar-Rahman", "Al-Queda"). */
const ATTACHED_PARTICLE = new RegExp(`(^|[\\s(])(?:${PARTICLE_WORDS})[-\u2010\u2011]\\s*`, 'gi');
/** A particle written lowercase as its own word ("al Qaeda"). */
const LOWERCASE_PARTICLE = new RegExp(`(^|\\s)(?:${PARTICLE_WORDS})\\s+(?=\\S)`, 'g');
/** Any particle as its own word, whatever its case ("Ash Shaddadi"): only for places and groups. */
const ANY_PARTICLE = new RegExp(`(^|\\s)(?:${PARTICLE_WORDS})\\s+(?=\\S)`, 'gi');

/**
 * A form without its transliteration articles. For people a capitalised separate word is kept: "Ash
 * Carter" and "Al Gore" are given names, while "al-Qaduli" and "Abd ar-Rahman" carry articles.
 */
function withoutArticles(form: string, label: string): string {
  const stripped = form.replace(ATTACHED_PARTICLE, '$1').replace(LOWERCASE_PARTICLE, '$1');
  return label === 'Person' ? stripped : stripped.replace(ANY_PARTICLE, '$1');
}

/** Legal-form words that trail company names ("Apple Inc.", "Toyota Motor Corp.", "BP plc"). */
const CORPORATE_SUFFIXES = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'plc', 'ag', 'sa',
  'nv', 'bv', 'gmbh', 'spa', 'lp', 'llp', 'holdings',
]);

/**
 * Names that every country or company has one of ("the army", "Interior Ministry", "parliament"): as a
 * group's only name they identify nothing across articles, like a bare surname.
 */
const GENERIC_GROUP_NAMES = new Set([
  'government', 'army', 'military', 'navy', 'air force', 'police', 'security forces', 'armed forces', 'forces',
  'parliament', 'congress', 'senate', 'cabinet', 'ministry', 'court', 'supreme court', 'high court', 'coalition',
  'opposition', 'rebels', 'militants', 'insurgents', 'board', 'committee', 'council', 'central bank', 'authorities',
  'administration', 'regime', 'party', 'ruling party', 'embassy', 'state media', 'company', 'group', 'agency',
  'interior ministry', 'foreign ministry', 'defense ministry', 'defence ministry', 'finance ministry',
  'health ministry', 'justice ministry', 'ministry of defense', 'ministry of defence', 'ministry of interior',
  'ministry of foreign affairs', 'presidency', 'election commission', 'electoral commission', 'prosecutors',
  'special forces', 'intelligence services', 'junta', 'monarchy', 'legislature', 'national assembly',
]);

/** True for a group or place form that names nothing specific ("the army", "Interior Ministry"). */
export function isGenericName(form: string, label: string): boolean {
  return label !== 'Person' && GENERIC_GROUP_NAMES.has(nameKey(form));
}

/** True when a form identifies nobody across articles: a bare person name or a generic group name. */
export function isUninformative(form: string, label: string): boolean {
  return label === 'Person' ? isBareName(form) : isGenericName(form, label);
}

/** A word list as canonical tokens spell it (doubled letters collapsed: "commander" → "comander", "iii" → "i"). */
function collapsedSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(collapseDoubles));
}

/** Titles and honorifics that may lead a person's surface form ("Mr. Carter", "Gen. Dunford"). */
const HONORIFICS = collapsedSet([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'prof', 'gen', 'general', 'lt', 'col', 'maj', 'capt', 'adm',
  'sgt', 'rep', 'sen', 'gov', 'president', 'secretary', 'minister', 'prime', 'chancellor', 'king', 'queen',
  'prince', 'princess', 'sheikh', 'rev', 'father', 'pope', 'judge', 'justice', 'mayor', 'ambassador',
  // Religious titles written before Muslim clerics' and commanders' names ("Mullah Omar", "Grand Ayatollah Sistani").
  'mullah', 'mulla', 'maulana', 'mawlawi', 'maulvi', 'mufti', 'ayatollah', 'grand', 'hojatoleslam',
  // Words of titles written before a name ("Defense Secretary Carter", "Army Gen. Joseph Votel").
  'defense', 'defence', 'foreign', 'interior', 'finance', 'state', 'deputy', 'vice', 'chief', 'acting', 'former',
  'late', 'senior', 'admiral', 'colonel', 'commander', 'captain', 'major', 'lieutenant', 'sergeant', 'marine',
  'army', 'navy', 'air', 'spokesman', 'spokeswoman', 'spokesperson', 'senator', 'representative', 'governor',
  'chairman', 'chairwoman', 'chair', 'ceo', 'director', 'leader', 'premier', 'speaker', 'attorney', 'officer',
  'us', 'u', 's', 'uk', 'british', 'american', 'iraqi', 'syrian', 'russian', 'chinese', 'french', 'german',
]);

/** Suffixes that follow a surname and are not it ("Martin Luther King Jr."). */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Common English given-name short forms, so "Joe Dunford" meets "Joseph Dunford". */
const NICKNAMES: Record<string, readonly string[]> = {
  joseph: ['joe', 'jo'], william: ['bill', 'will', 'billy', 'willy'], robert: ['bob', 'rob', 'bobby', 'robbie'],
  richard: ['dick', 'rick', 'rich', 'ricky'], michael: ['mike', 'mick', 'mickey'], james: ['jim', 'jimmy', 'jamie'],
  thomas: ['tom', 'tommy'], charles: ['charlie', 'chuck'], edward: ['ed', 'eddie', 'ted', 'ned'],
  elizabeth: ['liz', 'beth', 'betty', 'lizzie', 'eliza'], margaret: ['maggie', 'meg', 'peggy'],
  katherine: ['kate', 'kathy', 'katie'], catherine: ['kate', 'cathy', 'katie'], john: ['jack', 'johnny'],
  anthony: ['tony'], daniel: ['dan', 'danny'], david: ['dave'], steven: ['steve'], stephen: ['steve'],
  christopher: ['chris'], nicholas: ['nick'], alexander: ['alex'], benjamin: ['ben'], samuel: ['sam'],
  jennifer: ['jen', 'jenny'], patricia: ['pat', 'patty'], patrick: ['pat'], susan: ['sue'], deborah: ['debbie', 'deb'],
  andrew: ['andy', 'drew'], gregory: ['greg'], matthew: ['matt'], timothy: ['tim'], kenneth: ['ken'],
  lawrence: ['larry'], leonard: ['len', 'lenny'], donald: ['don'], ronald: ['ron'], gerald: ['jerry'],
  raymond: ['ray'], frederick: ['fred'], albert: ['al'], henry: ['hank', 'harry'], peter: ['pete'],
  philip: ['phil'], phillip: ['phil'], vincent: ['vince'], abraham: ['abe'], zachary: ['zach'],
  jacob: ['jake'], joshua: ['josh'], jonathan: ['jon'], nathaniel: ['nate', 'nat'], rebecca: ['becky'],
  victoria: ['vicky'], alexandra: ['alex', 'sasha'], theodore: ['ted', 'teddy'], ashton: ['ash'],
};

const NICKNAME_PAIRS = new Set<string>();
for (const [full, shorts] of Object.entries(NICKNAMES)) for (const s of shorts) NICKNAME_PAIRS.add(`${full}|${s}`);

/** The tokens of a name's `nameKey`. */
export function tokensOf(form: string): string[] {
  const key = nameKey(form);
  return key === '' ? [] : key.split(' ');
}

/** Collapses runs of one letter ("Shaddadi" → "shadadi", "Muhammad" → "muhamad"). */
function collapseDoubles(token: string): string {
  return token.replace(/([a-z])\1+/g, '$1');
}

/**
 * The canonical key of a form: `nameKey` tokens without transliteration articles, doubled letters
 * collapsed. Falls back to the plain key when only articles remain.
 */
export function canonicalKey(form: string, label: string): string {
  return label === 'Person' ? personCanonicalKey(form) : otherCanonicalKey(`${label}\u0000${form}`);
}

const personCanonicalKey = memoizeString((form: string) => computeCanonicalKey(form, 'Person'));
const otherCanonicalKey = memoizeString((labelled: string) => {
  const cut = labelled.indexOf('\u0000');
  return computeCanonicalKey(labelled.slice(cut + 1), labelled.slice(0, cut));
});

/**
 * Patronymic particles written apart or joined to the name they belong to ("Yusuf Ben Ali" / "Yusuf
 * Benali", "Osama bin Laden" / "Osama binLaden").
 */
const JOINABLE_PARTICLES = new Set(['ben', 'bin', 'ibn', 'bint', 'ould']);

/** A form that starts with a particle written lowercase ("bin Laden", "ben Ali"): a surname, not a given name. */
const LOWERCASE_LEADING_PARTICLE = /^\s*(?:ben|bin|ibn|bint|ould)\s+\p{Lu}/u;

/**
 * Joins a patronymic particle to the next token. A capitalised first token is left alone: there "Ben" is
 * as often a given name ("Ben Carson") as a particle, and joining it would make a full name look bare.
 */
function joinParticles(tokens: readonly string[], fromFirst: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const next = tokens[i + 1];
    if ((i > 0 || fromFirst) && next !== undefined && JOINABLE_PARTICLES.has(token)) {
      out.push(token + next);
      i++;
    } else {
      out.push(token);
    }
  }
  return out;
}

/** An Irish or Romance prefix glued by an apostrophe ("O'Toole", "D'Souza"): one surname, not two words. */
const APOSTROPHE_PREFIX = /(^|[\s-])([OoDd])['\u2019\u02bc](?=\p{Lu})/gu;

function computeCanonicalKey(form: string, label: string): string {
  const joined = label === 'Person' ? form.replace(APOSTROPHE_PREFIX, '$1$2') : form;
  let kept = tokensOf(withoutArticles(joined, label));
  if (label !== 'Person') {
    while (kept.length > 1 && CORPORATE_SUFFIXES.has(kept[kept.length - 1] ?? '')) kept = kept.slice(0, -1);
  } else {
    kept = joinParticles(kept, LOWERCASE_LEADING_PARTICLE.test(form));
  }
  return (kept.length > 0 ? kept : tokensOf(form)).map(collapseDoubles).join(' ');
}

/** True when the form carries a transliteration article ("al-Qaida", "Ash Shaddadi"). */
export function hasArticle(form: string, label: string): boolean {
  return tokensOf(withoutArticles(form, label)).length < tokensOf(form).length;
}

/** The canonical key with vowel runs folded: "qaeda", "qaida", "queda" → "qada". */
export function vowelFoldedKey(canonical: string): string {
  return canonical.replace(/[aeiou]+/g, 'a');
}

/** A person's name split into parts, honorifics and suffixes removed. */
export interface PersonName {
  /** Canonical tokens of the whole name. */
  readonly tokens: readonly string[];
  readonly given: string | null;
  /**
   * Initials of the middle names, written out or not ("George H. W. Bush" and "George Herbert Walker
   * Bush" → ["h", "w"]; "Abu Omar al-Shishani" → ["o"]).
   */
  readonly initials: readonly string[];
  readonly surname: string;
}

/** Splits a person's surface form; null when nothing is left after titles. Memoised, hence read-only. */
export const parsePersonName: (form: string) => PersonName | null = memoizeString(computePersonName);

function computePersonName(form: string): PersonName | null {
  let tokens = canonicalKey(form, 'Person').split(' ').filter((t) => t !== '');
  while (tokens.length > 1 && HONORIFICS.has(tokens[0] ?? '')) tokens = tokens.slice(1);
  while (tokens.length > 1 && SUFFIXES.has(tokens[tokens.length - 1] ?? '')) tokens = tokens.slice(0, -1);
  const canonical = tokens;
  const surname = canonical[canonical.length - 1];
  if (surname === undefined) return null;
  if (canonical.length === 1) return { tokens: canonical, given: null, initials: [], surname };
  return {
    tokens: canonical,
    given: canonical[0] ?? null,
    initials: canonical.slice(1, -1).map((t) => t.charAt(0)),
    surname,
  };
}

/** True for a person form that is one name only after titles ("Carter", "Mr. Carter", "Imam"). */
export function isBareName(form: string): boolean {
  const parsed = parsePersonName(form);
  return parsed === null || parsed.given === null;
}

/** True when two given names can be the same person's: equal, a nickname pair, or one a 3+ letter prefix. */
export function givenNamesCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (NICKNAME_PAIRS.has(`${a}|${b}`) || NICKNAME_PAIRS.has(`${b}|${a}`)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short);
}

/**
 * True when two person forms cannot name one person: same surname with incompatible given names
 * ("Phil Stewart" / "Vincent Stewart"), or middle names both given with different initials
 * ("George W. Bush" / "George H. W. Bush"; "Abu Bakr al-Baghdadi" / "Abu Omar al-Baghdadi").
 */
export function personNamesConflict(a: PersonName, b: PersonName): boolean {
  if (a.given === null || b.given === null) return false;
  if (a.surname !== b.surname) return false;
  if (!givenNamesCompatible(a.given, b.given)) return true;
  return a.initials.length > 0 && b.initials.length > 0 && a.initials.join(' ') !== b.initials.join(' ');
}

/** Letters a person's full name needs before spelling-tolerant keys are made for it (short names collide). */
const MIN_KEYED_LETTERS = 8;

/**
 * The name with each token in turn replaced by `*`: two names differing in one token share a key.
 * Only names of two or more tokens and at least 8 letters (shorter ones collide too easily).
 */
function wildcardVariants(tokens: readonly string[]): string[] {
  if (tokens.length < 2 || tokens.join('').length < MIN_KEYED_LETTERS) return [];
  return tokens.map((_, i) => tokens.map((t, j) => (j === i ? '*' : t)).join(' '));
}

/** The blocking keys of an entity's forms (see the file comment); sorted, without duplicates. */
export function blockingKeys(
  label: string,
  forms: readonly string[],
  externalIds: readonly string[] = [],
): string[] {
  const keys = new Set<string>();
  for (const form of forms) {
    const plain = nameKey(form);
    // A bare surname or generic name is never merge evidence, and as a key it would gather every Carter.
    if (plain === '' || isUninformative(form, label)) continue;
    keys.add(`n:${plain}`);
    const canonical = canonicalKey(form, label);
    keys.add(`c:${canonical}`);
    if (label !== 'Person') keys.add(`v:${vowelFoldedKey(canonical)}`);
    if (label === 'Person') {
      const person = parsePersonName(form);
      if (person?.given) {
        keys.add(`si:${person.surname} ${person.given[0] ?? ''}`);
        for (const variant of wildcardVariants(person.tokens)) keys.add(`w:${variant}`);
        if (person.tokens.join('').length >= MIN_KEYED_LETTERS) {
          keys.add(`t:${transliterationKey(person.tokens)}`);
          // Given name and surname alone, for variants that leave out a middle name ("Akhtar Mansoor").
          if (person.tokens.length > 2) keys.add(`t:${transliterationKey([person.given, person.surname])}`);
        }
      }
    }
  }
  for (const id of externalIds) keys.add(`x:${id}`);
  return [...keys].sort();
}
