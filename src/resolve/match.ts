/**
 * The merge rule of cross-article resolution: a score for "this article's entity is that existing
 * node", or null when they must stay apart. Scores (higher wins):
 * - 3    an exact `nameKey` match on an informative form, or the same lexicon id (ISIS / ISIL / Daesh);
 * - 2.5  an equal canonical key (particles and doubled letters ignored: "Ash Shaddadi" / "Shadadi",
 *        "Abd ar-Rahman Mustafa al-Qaduli" / "Abd al-Rahman Mustafa al-Qaduli"); for people only on
 *        names of two or more tokens and at least 8 letters;
 * - 2    organisations whose canonical keys differ only in vowel spelling, when transliterated (with an
 *        article: "al-Qaida" / "Al-Queda") or at least 8 letters long;
 *        people whose names have the same number of tokens, each within one edit, at least 8 letters,
 *        corroborated by another shared form or a shared role ("Haji Iman" / "Haji Imam");
 *        people whose names are transliteration variants ("Qassem Soleimani" / "Qassim Suleimani", see
 *        `transliteration.ts`; middle names may be written by one side only), corroborated by the graph:
 *        a shared form, a shared specific role ("commander of the Quds Force" / "head of the Qods Force")
 *        or shared facts (both lead or belong to the same node, both killed by the same agent or in the
 *        same year; see `corroboration.ts`);
 * - 1.5  people with the same surname and compatible given names ("Ash" / "Ashton", "Joe" / "Joseph");
 * - 1    a bare surname and the full name with that surname leading the same node ("President Trump" /
 *        "Donald Trump", both leading the United States; see `corroboratedBareMatch`).
 * Never: a person with a group or place; a bare one-word person name ("Carter") across articles, unless
 * it leads the same node as the one full name with that surname (`corroboratedBareMatch`); the same
 * surname with different given names ("Phil" / "Vincent Stewart"); differing middle initials
 * ("George W. Bush" / "George H. W. Bush"). Place and Group are compatible (a country that acts).
 */
import type { EntityLabel } from '../model/vocabulary';
import { nameKey } from '../util/normalize';
import {
  canonicalKey,
  givenNamesCompatible,
  hasArticle,
  isUninformative,
  parsePersonName,
  personNamesConflict,
  vowelFoldedKey,
  type PersonName,
} from './names';
import { editDistance } from './similarity';
import { leadSameNode, shareSpecificRole, sharesContext } from './corroboration';
import { tokensAreVariants, transliterationVariants } from './transliteration';

/** What the rule compares: an existing node (a candidate) or this article's entity. */
export interface EntityView {
  label: EntityLabel;
  name: string;
  forms: readonly string[];
  roles: readonly string[];
  keys: readonly string[];
}

/** Minimum letters of a name before spelling variation counts as evidence (short names collide). */
const MIN_VARIANT_LETTERS = 8;

function labelsCompatible(a: EntityLabel, b: EntityLabel): boolean {
  return a === b || (a !== 'Person' && b !== 'Person');
}

function letters(key: string): number {
  return key.replace(/ /g, '').length;
}

/** Forms that identify: not a bare surname, not a generic group name ("the army"). */
function informativeForms(view: EntityView): string[] {
  return profileOf(view).informative;
}

/**
 * What the rule reads of a view again and again: `matchScore` runs for every candidate of every entity of
 * every article, and the same stored nodes (views cached by the store until they change) come back as
 * candidates article after article.
 */
interface ViewProfile {
  /** The view's label, name, forms and keys when this was computed: a changed view gets a new profile. */
  label: EntityLabel;
  name: string;
  forms: readonly string[];
  keys: readonly string[];
  informative: string[];
  /** `nameKey` of each informative form. */
  exact: Set<string>;
  /** Lexicon ids (`x:` keys). */
  external: Set<string>;
  /** Canonical keys of informative forms long enough to compare, by the label whose rules made them. */
  canonical: Map<EntityLabel, Set<string>>;
  parsedName: PersonName | null;
}

/**
 * Profiles by the view's forms array: a store hands out a new view object when a node's counts change, but the
 * same forms and keys arrays while its forms and keys stay the same, so the profile survives those changes.
 */
const profiles = new WeakMap<readonly string[], ViewProfile>();

function profileOf(view: EntityView): ViewProfile {
  const held = profiles.get(view.forms);
  if (held && held.name === view.name && held.forms === view.forms && held.keys === view.keys && held.label === view.label) {
    return held;
  }
  const informative = [...new Set([view.name, ...view.forms])].filter((f) => !isUninformative(f, view.label));
  const profile: ViewProfile = {
    label: view.label,
    name: view.name,
    forms: view.forms,
    keys: view.keys,
    informative,
    exact: new Set(informative.map(nameKey).filter((k) => k !== '')),
    external: new Set(view.keys.filter((k) => k.startsWith('x:'))),
    canonical: new Map(),
    parsedName: parsePersonName(view.name),
  };
  profiles.set(view.forms, profile);
  return profile;
}

/** Canonical keys of a view's informative forms under `label`'s rules (people: only long enough ones). */
function canonicalKeys(profile: ViewProfile, label: EntityLabel): Set<string> {
  let keys = profile.canonical.get(label);
  if (!keys) {
    keys = new Set();
    for (const form of profile.informative) {
      const key = canonicalKey(form, label);
      if (key !== '' && (label !== 'Person' || letters(key) >= MIN_VARIANT_LETTERS)) keys.add(key);
    }
    profile.canonical.set(label, keys);
  }
  return keys;
}

/** How many values two sets share. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let count = 0;
  for (const value of small) if (large.has(value)) count++;
  return count;
}

function sharedCount(a: readonly string[], b: readonly string[], key: (s: string) => string): number {
  const left = new Set(a.map(key).filter((k) => k !== ''));
  let count = 0;
  for (const k of new Set(b.map(key))) if (left.has(k)) count++;
  return count;
}

/** True when every token pair is within one edit, over at least `MIN_VARIANT_LETTERS` letters. */
function spellingVariants(a: string, b: string): boolean {
  const ta = a.split(' ');
  const tb = b.split(' ');
  if (ta.length < 2 || ta.length !== tb.length || letters(a) < MIN_VARIANT_LETTERS) return false;
  return ta.every((t, i) => editDistance(t, tb[i] ?? '', 1) <= 1);
}

function personConflict(local: EntityView, candidate: EntityView): boolean {
  const a = profileOf(local).parsedName;
  const b = profileOf(candidate).parsedName;
  return a !== null && b !== null && personNamesConflict(a, b);
}

/** True when two person names are incompatible (used to refuse a tie between two different people). */
export function distinctPeople(a: EntityView, b: EntityView): boolean {
  return a.label === 'Person' && b.label === 'Person' && personConflict(a, b);
}

function personStructureScore(a: PersonName | null, b: PersonName | null): number | null {
  if (a === null || b === null || a.given === null || b.given === null) return null;
  return a.surname === b.surname && !personNamesConflict(a, b) ? 1.5 : null;
}

/** Score of merging `local` into `candidate` (see the file comment), or null when they must stay apart. */
export function matchScore(local: EntityView, candidate: EntityView): number | null {
  if (!labelsCompatible(local.label, candidate.label)) return null;
  const person = local.label === 'Person';
  if (person && personConflict(local, candidate)) return null;
  const mine = informativeForms(local);
  const theirs = informativeForms(candidate);
  // A bare surname is the full name only with its post (resolution asks `corroboratedBareMatch`; this
  // score lets re-resolution see that a bare node stored earlier can join a full name stored later).
  if (person && mine.length === 0 && theirs.length > 0) return bareJoins(local, candidate) ? BARE_SCORE : null;
  if (mine.length === 0 || theirs.length === 0) return null;

  const own = profileOf(local);
  const other = profileOf(candidate);
  const exact = overlap(own.exact, other.exact);
  if (exact > 0) return 3 + Math.min(exact - 1, 9) / 10;
  if (overlap(own.external, other.external) > 0) return 3;

  // Both sides are people, or both places/groups: one label's article rules fit both.
  const canon = (f: string) => canonicalKey(f, local.label);
  if (overlap(canonicalKeys(own, local.label), canonicalKeys(other, local.label)) > 0) return 2.5;

  if (local.label === 'Group' && candidate.label === 'Group') {
    // Vowel spellings vary by transliteration convention ("al-Qaida" / "al-Qaeda"); elsewhere only long
    // names are safe to compare without vowels ("Mitsui" / "Matsui" are two companies).
    const folded = (f: string) =>
      letters(canon(f)) >= MIN_VARIANT_LETTERS || (letters(canon(f)) >= 5 && hasArticle(f, 'Group'))
        ? vowelFoldedKey(canon(f))
        : '';
    if (sharedCount(mine, theirs, folded) > 0) return 2;
  }

  if (person) {
    // Names first (memoised, cheap); the corroboration sets are built only for a pair of variant names.
    const slip = mine.some((f) => theirs.some((g) => spellingVariants(canon(f), canon(g))));
    if (slip || variantNames(mine, theirs)) {
      if (corroborated(local, candidate)) return 2;
      // Any shared role, even a generic one, corroborates a one-letter slip ("Haji Iman" / "Haji Imam").
      if (slip && sharedCount(local.roles, candidate.roles, nameKey) > 0) return 2;
    }
    return personStructureScore(parsePersonName(local.name), parsePersonName(candidate.name));
  }
  return null;
}

/**
 * What the graph says about both people beyond their names: a shared form, a shared specific role, or the
 * same facts (both lead or belong to the same node, both killed by the same agent or in the same year).
 */
function corroborated(local: EntityView, candidate: EntityView): boolean {
  return (
    sharedCount([local.name, ...local.forms], [candidate.name, ...candidate.forms], nameKey) > 0 ||
    shareSpecificRole(local.roles, candidate.roles) ||
    sharesContext(local.keys, candidate.keys)
  );
}

/** A parsed person form long enough for spelling variation to count, else null. */
function variantCandidate(form: string): PersonName | null {
  const parsed = parsePersonName(form);
  return parsed !== null && letters(parsed.tokens.join('')) >= MIN_VARIANT_LETTERS ? parsed : null;
}

/**
 * True when a form of each side is a transliteration variant of the other (see `transliteration.ts`), or
 * has the same given name and a variant surname with middle names written by one side only ("Akhtar
 * Mohammad Mansour" / "Akhtar Mansoor"); both over at least 8 letters.
 */
function variantNames(mine: readonly string[], theirs: readonly string[]): boolean {
  for (const f of mine) {
    const a = variantCandidate(f);
    if (a === null) continue;
    for (const g of theirs) {
      const b = variantCandidate(g);
      if (b === null || personNamesConflict(a, b)) continue;
      if (transliterationVariants(a.tokens, b.tokens) || middleNamesOmitted(a, b)) return true;
    }
  }
  return false;
}

function middleNamesOmitted(a: PersonName, b: PersonName): boolean {
  if (a.given === null || b.given === null || a.tokens.length === b.tokens.length) return false;
  if (a.initials.length > 0 && b.initials.length > 0) return false;
  return (givenNamesCompatible(a.given, b.given) || tokensAreVariants(a.given, b.given)) && tokensAreVariants(a.surname, b.surname);
}

/**
 * Across articles, a bare person name ("Trump", "President Trump") is the one full-named candidate with
 * that surname who leads the same group or place (in the same year when both reports are dated): a
 * single word identifies nobody, but a surname with the post it holds does. Null when none or several
 * different people qualify ("Bush" who led the United States, in an undated report).
 */
export function corroboratedBareMatch(bare: EntityView, candidates: readonly (EntityView & { id: string })[]): string | null {
  const ids = new Set<string>();
  for (const candidate of candidates) if (!ids.has(candidate.id) && bareJoins(bare, candidate)) ids.add(candidate.id);
  const [only] = ids;
  return ids.size === 1 && only !== undefined ? only : null;
}

/** Below every name-based score: a bare surname with its post is the weakest evidence that still merges. */
const BARE_SCORE = 1;

/** True when a full-named person has the bare name's surname and leads the same node (see `corroboratedBareMatch`). */
function bareJoins(bare: EntityView, candidate: EntityView): boolean {
  if (bare.label !== 'Person' || candidate.label !== 'Person') return false;
  const surname = parsePersonName(bare.name)?.surname;
  const full = parsePersonName(candidate.name);
  if (surname === undefined || full === null || full.given === null || full.surname !== surname) return false;
  return leadSameNode(bare.keys, candidate.keys);
}

/**
 * Within one article only: a bare person name ("Carter", "Mr. Carter") is the full name in the same
 * article whose surname it is. Across articles a bare name merges only with its post (`corroboratedBareMatch`).
 */
export function bareNameMatches(bare: EntityView, full: EntityView): boolean {
  if (bare.label !== 'Person' || full.label !== 'Person') return false;
  const b = parsePersonName(bare.name);
  const f = parsePersonName(full.name);
  if (b === null || f === null || b.given !== null || f.given === null) return false;
  return b.surname === f.surname || b.surname === f.given;
}
