/**
 * LOCATED_IN between places: comma chains ("Ash Shaddadi, Hasakah province, Syria", "Fire Base Bell, Iraq"),
 * "X in (northern) Y", "the Syrian town of Shaddadi". A lexicon city merely named in the same sentence as
 * its country is not used (LEXICON_PAIRS): the annotation records containment the text states.
 */
import { entityOf, sentenceMentions } from './coref';
import { entityForCanonical, addRelation } from './find-roles';
import { demonymCountry } from './lexicon-access';
import type { Extractor, SentenceInfo, WorkingEntity, WorkingState } from './state';
import { PLACE_CLASS_NOUNS } from './word-lists';

/** Direction words between "in" and a region ("in northern Iraq"). */
const DIRECTIONS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north', 'south', 'east', 'west']);

/** Whether `inner` may lie in `outer` (never a country inside something, never a contradiction of the lexicon). */
function canContain(outer: WorkingEntity, inner: WorkingEntity): boolean {
  if (outer === inner || outer.label !== 'Place' || inner.label !== 'Place') return false;
  const innerKind = inner.place?.kind;
  const outerKind = outer.place?.kind;
  if (innerKind === 'country' || innerKind === 'continent' || innerKind === 'region') return false;
  if (outerKind === 'city') return false;
  if (outerKind === 'country' && inner.place?.country && inner.place.country !== outer.name) return false;
  if (!outerKind && !/\b(province|governorate|region|district|state|county|oblast)$/i.test(outer.name)) return false;
  return true;
}

function commaChains(state: WorkingState, s: SentenceInfo): void {
  const list = sentenceMentions(state, s.index).filter((m) => entityOf(state, m)?.label === 'Place');
  for (let i = 0; i + 1 < list.length; i++) {
    const a = list[i];
    const b = list[i + 1];
    if (!a || !b) continue;
    // "Ash Shaddadi, Hasakah province" or "Jilib in southern Somalia".
    let gap = a.tokEnd + 1;
    let link = s.tokens[a.tokEnd]?.lower;
    // "the village of X, also in Aleppo province": the comma and "also" before "in".
    if (link === ',' && s.tokens[gap]?.lower === 'also' && s.tokens[gap + 1]?.lower === 'in') {
      link = 'in';
      gap += 2;
    }
    if (link === 'in' && DIRECTIONS.has(s.tokens[gap]?.lower ?? '')) gap++;
    if ((link !== ',' && link !== 'in') || b.tokStart !== gap) continue;
    const ea = entityOf(state, a);
    const eb = entityOf(state, b);
    if (ea && eb && canContain(eb, ea)) addRelation(state, 'LOCATED_IN', ea.index, eb.index, s.index);
  }
}

/**
 * "Syria's Idlib province", "Kabul's Sherpur neighborhood" (a possessive place before another) and
 * "Barisha, a village in Idlib province" (an apposition naming the class and where).
 */
function possessiveAndApposition(state: WorkingState, s: SentenceInfo): void {
  const list = sentenceMentions(state, s.index).filter((m) => entityOf(state, m)?.label === 'Place');
  for (let i = 0; i + 1 < list.length; i++) {
    const a = list[i];
    const b = list[i + 1];
    if (!a || !b) continue;
    const ea = entityOf(state, a);
    const eb = entityOf(state, b);
    if (!ea || !eb) continue;
    if (a.possessive && b.tokStart === a.tokEnd + 1) {
      // A city holds an unlisted neighbourhood ("Kabul's Sherpur neighborhood"), never a listed place.
      const cityHolds = ea.place?.kind === 'city' && !eb.place && eb !== ea;
      if (canContain(ea, eb) || cityHolds) addRelation(state, 'LOCATED_IN', eb.index, ea.index, s.index);
      continue;
    }
    let j = a.tokEnd;
    if (s.tokens[j]?.text !== ',' || !/^(a|an|the)$/.test(s.tokens[j + 1]?.lower ?? '')) continue;
    j += 2;
    if (/^(small|large|remote|major|northern|southern|eastern|western|border|key|strategic)$/.test(s.tokens[j]?.lower ?? '')) j++;
    if (!PLACE_CLASS_NOUNS.has(s.tokens[j]?.lower ?? '') || !/^(in|of)$/.test(s.tokens[j + 1]?.lower ?? '')) continue;
    j += 2;
    if (s.tokens[j]?.lower === 'the') j++;
    if (DIRECTIONS.has(s.tokens[j]?.lower ?? '')) j++;
    if (b.tokStart === j && canContain(eb, ea)) {
      addRelation(state, 'LOCATED_IN', ea.index, eb.index, s.index);
    }
  }
}

/** "the Syrian town of Shaddadi", "the Iraqi city of Mosul". */
function demonymClass(state: WorkingState, s: SentenceInfo): void {
  for (let k = 0; k + 2 < s.tokens.length; k++) {
    const noun = s.tokens[k + 1];
    if (!noun || !PLACE_CLASS_NOUNS.has(noun.lower) || s.tokens[k + 2]?.lower !== 'of') continue;
    const word = s.tokens[k];
    const country = word ? demonymCountry(word.text) : null;
    if (!country) continue;
    const m = sentenceMentions(state, s.index).find((x) => x.tokStart === k + 3);
    const place = entityOf(state, m);
    if (!place || place.label !== 'Place') continue;
    const outer = entityForCanonical(state, country.name);
    if (outer && canContain(outer, place)) addRelation(state, 'LOCATED_IN', place.index, outer.index, s.index);
  }
}

/** A lexicon place and its lexicon country named in the same sentence. */
function lexiconPairs(state: WorkingState, s: SentenceInfo): void {
  const places = sentenceMentions(state, s.index)
    .map((m) => entityOf(state, m))
    .filter((e): e is WorkingEntity => e?.label === 'Place');
  for (const inner of places) {
    const country = inner.place?.country;
    if (!country || inner.place?.kind !== 'city') continue;
    const outer = places.find((p) => p.name === country);
    if (outer) addRelation(state, 'LOCATED_IN', inner.index, outer.index, s.index);
  }
}

/** Whether same-sentence lexicon pairs are reported (see the report: the annotation rarely records them). */
const LEXICON_PAIRS = false;

/** Extractor: LOCATED_IN relations between places. */
export const findLocations: Extractor = {
  name: 'find-locations',
  requires: ['sentences', 'entities'],
  assigns: ['locations'],
  run(state: WorkingState): void {
    for (const s of state.sentences) {
      commaChains(state, s);
      demonymClass(state, s);
      possessiveAndApposition(state, s);
      if (LEXICON_PAIRS) lexiconPairs(state, s);
    }
  },
};
