/**
 * Engine-side access to the lexicons: whole-span lookups of places and organisations, a first-word index
 * so the gazetteer only tries spans that can match, and a fast guard in front of `matchTitleBefore`.
 */
import { nameKey } from '../util/normalize';
import { lookupDemonym, lookupOrganization, lookupPlace } from './lexicon';
import { ORGANIZATIONS, type OrganizationEntry } from './lexicon/organizations';
import { PLACES, type PlaceEntry } from './lexicon/places';
import { matchTitleBefore, TITLES, titleKey, type TitleEntry } from './lexicon/titles';
import type { Token } from './state';

const MEMO_LIMIT = 50_000;

/** Memoises a string function (bounded: the table is dropped when it grows past MEMO_LIMIT). */
function memo(fn: (text: string) => string): (text: string) => string {
  let table = new Map<string, string>();
  return (text: string): string => {
    let v = table.get(text);
    if (v === undefined) {
      if (table.size >= MEMO_LIMIT) table = new Map();
      v = fn(text);
      table.set(text, v);
    }
    return v;
  };
}

/** `nameKey`, memoised: names repeat within and across articles. */
export const keyOf: (text: string) => string = memo(nameKey);

/** `titleKey`, memoised. */
const titleKeyOf: (text: string) => string = memo(titleKey);

/** What the lexicons know about a written span. */
export interface LexiconHit {
  place: PlaceEntry | null;
  org: OrganizationEntry | null;
}

/** First words (nameKey space) of every lexicon form, with the most words any form starting so has. */
const FIRST_WORDS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  const add = (form: string): void => {
    const words = nameKey(form).split(' ');
    const first = words[0];
    if (!first) return;
    map.set(first, Math.max(map.get(first) ?? 0, words.length));
  };
  for (const p of PLACES) [p.name, ...p.aliases].forEach(add);
  for (const o of ORGANIZATIONS) [o.name, ...o.aliases].forEach(add);
  return map;
})();

/** Last words of every title, so `matchTitleBefore` is only called where a title can end. */
const TITLE_LAST_WORDS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const t of TITLES) {
    const words = titleKey(t.title).split(' ');
    const last = words[words.length - 1];
    if (last) out.add(last);
  }
  return out;
})();

/** The lexicon entry for a written form (place first for countries, organisation otherwise). */
export function lookupForm(text: string): LexiconHit | null {
  const key = keyOf(text);
  if (!key) return null;
  const org = lookupOrganization(key, text) ?? null;
  const place = lookupPlace(key, text) ?? null;
  if (!org && !place) return null;
  // A country is a place even when an organisation shares its name; otherwise the organisation wins
  // ("Hezbollah", "Congress" are not places).
  if (place && org) return place.kind === 'country' ? { place, org: null } : { place: null, org };
  return { place, org };
}

/** Most words a lexicon form starting with this token can have (0: none starts so). */
export function gazetteerReach(token: Token): number {
  const key = keyOf(token.text);
  const space = key.indexOf(' ');
  const first = space < 0 ? key : key.slice(0, space);
  return first ? FIRST_WORDS.get(first) ?? 0 : 0;
}

/** The country a demonym names ("Belgian" → Belgium), or null. */
export function demonymCountry(word: string): PlaceEntry | null {
  return lookupDemonym(keyOf(word), word) ?? null;
}

/** The longest title ending right before token `end`, or null; cheap when no title can end there. */
export function titleBefore(tokens: readonly Token[], texts: readonly string[], end: number): { entry: TitleEntry; start: number } | null {
  // Several steps ask about the same positions: answers are kept per token list.
  let cache = TITLE_CACHE.get(tokens);
  if (!cache) {
    cache = new Map();
    TITLE_CACHE.set(tokens, cache);
  }
  const known = cache.get(end);
  if (known !== undefined) return known;
  const found = titleBeforeUncached(tokens, texts, end);
  cache.set(end, found);
  return found;
}

const TITLE_CACHE = new WeakMap<readonly Token[], Map<number, { entry: TitleEntry; start: number } | null>>();

function titleBeforeUncached(tokens: readonly Token[], texts: readonly string[], end: number): { entry: TitleEntry; start: number } | null {
  const last = tokens[end - 1];
  if (!last || last.kind !== 'word') return null;
  const key = titleKeyOf(last.text);
  // A hyphenated token ("co-founder", "second-in-command") ends with its last part.
  const space = key.lastIndexOf(' ');
  if (!TITLE_LAST_WORDS.has(space < 0 ? key : key.slice(space + 1))) return null;
  return matchTitleBefore(texts, end);
}
