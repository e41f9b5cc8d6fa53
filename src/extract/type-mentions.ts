/**
 * Mention typing from the mention's own words and its context: organisation and place head words, titles,
 * given names and Arabic name shapes, speech verbs, appositions with a role, "X of the ORG", place
 * prepositions and "the town of X". Lexicon matches are already typed; cues only fill in the rest.
 */
import { GIVEN_NAMES, NAME_PREFIX_WORDS } from './lexicon/names';
import { isNonNameWord } from './lexicon/words';
import { lookupForm, titleBefore } from './lexicon-access';
import { isSpeechVerb, tokLower } from './tokenize';
import type { Extractor, MentionSpan, SentenceInfo, Token, WorkingState } from './state';
import {
  ARABIC_NAME_STARTS,
  COMPANY_ANAPHORS,
  INNER_NAME_PARTICLES,
  ORG_HEADS,
  PLACE_CLASS_NOUNS,
  PLACE_HEADS,
  PLACE_PREPOSITIONS,
  GROUP_FIRST_WORDS,
  THING_FIRST,
  THING_LAST,
} from './word-lists';

type Label = NonNullable<MentionSpan['label']>;

/** Lower-case nouns for a state's own bodies after a possessive ("Karvenia's defence ministry"). */
const STATE_BODIES = new Set(['government', 'defence', 'defense', 'interior', 'foreign', 'ministry', 'army', 'military', 'armed', 'parliament', 'capital', 'border', 'borders', 'navy', 'president', 'prime', 'embassy', 'constitution', 'economy', 'currency']);

/** First words of broadcasters' and agencies' names. */
const MEDIA_FIRST_WORDS = new Set(['radio', 'television', 'tv', 'channel', 'agence', 'agencia', 'agenzia']);

/** Verbs whose object is an organisation ("ran Rockwell Collins", "acquired Activision Blizzard"). */
const ORG_OBJECT_VERBS = new Set(['ran', 'runs', 'heads', 'headed', 'founded', 'co-founded', 'acquired', 'acquire', 'bought', 'buy', 'sold', 'owns', 'owned', 'joined', 'joins', 'leads', 'chairs', 'chaired']);

/** Lower-case nouns that make the name before them a group's ("the Yakutumba militia"). */
const GROUP_NOUNS_AFTER = new Set(['militia', 'militias', 'group', 'movement', 'rebels', 'faction', 'organization', 'organisation', 'network', 'party', 'brigade', 'brigades', 'gang', 'cartel', 'company', 'firm', 'clan', 'insurgents', 'militants', 'coalition', 'alliance']);

function setLabel(m: MentionSpan, label: Label, confidence: number): void {
  if (confidence > m.confidence) {
    m.label = label;
    m.confidence = confidence;
  }
}

/** Words of the mention (its own tokens). */
function words(s: SentenceInfo, m: MentionSpan): Token[] {
  return s.tokens.slice(m.tokStart, m.tokEnd).filter((t) => t.kind === 'word' || t.kind === 'number');
}

function hasArabicNameShape(ws: readonly Token[]): boolean {
  if (ws.length < 2) return false;
  const first = ws[0];
  if (first && (ARABIC_NAME_STARTS.has(first.lower) || NAME_PREFIX_WORDS.has(first.lower))) return true;
  return ws.some((t, i) => i > 0 && (/^(al|el|ar|ash|as|ad|at|az|an)-/.test(t.lower) || INNER_NAME_PARTICLES.has(t.lower)));
}

/** A word that can be part of a personal name (not a common word, not an -ly adverb). */
function nameLike(t: Token): boolean {
  if (isNonNameWord(t.text)) return false;
  // Capitalised adverbs and participles ("Reportedly", "Speaking") are long; short "-ly" names are common ("Ghaly", "Kelly").
  if ((/(ing|ed)$/.test(t.lower) || (t.lower.endsWith('ly') && t.lower.length >= 7)) && !GIVEN_NAMES.has(t.lower)) return false;
  return t.cap && !t.upper;
}

/** Token index after an apposition comma plus article/adjectives, when a title follows: "X, a former CIA analyst". */
function appositionTitle(s: SentenceInfo, texts: readonly string[], from: number): boolean {
  if (s.tokens[from]?.text !== ',') return false;
  const opener = s.tokens[from + 1];
  if (!opener || /^(and|or|but|who|which|that|said|says|according)$/.test(opener.lower) || opener.kind !== 'word') return false;
  for (let k = from + 2; k <= Math.min(s.tokens.length, from + 7); k++) {
    const t = s.tokens[k - 1];
    if (!t || t.text === ',' || t.text === '.') return false;
    // The title must not be the start of a name ("the Justice Department").
    if (titleBefore(s.tokens, texts, k) && !s.tokens[k]?.cap) return true;
  }
  return false;
}

function typeMention(state: WorkingState, m: MentionSpan, texts: readonly string[], next: (m: MentionSpan) => MentionSpan | undefined): void {
  const s = state.sentences[m.sentence];
  if (!s) return;
  const ws = words(s, m);
  if (ws.length === 0) return;
  const last = ws[ws.length - 1];
  const first = ws[0];
  if (!last || !first) return;
  const before = s.tokens[m.tokStart - 1];
  const before2 = s.tokens[m.tokStart - 2];
  const after = m.possessive ? undefined : s.tokens[m.tokEnd];

  // Named things that are neither people, groups nor places ("Operation Inherent Resolve", "the Paris
  // Agreement", "Hurricane Maria"): settled as no entity, so no weaker cue can make them one.
  if (ws.length >= 2 && (THING_FIRST.has(first.lower) || THING_LAST.has(last.lower))) {
    m.label = null;
    m.confidence = 3;
    return;
  }
  // "Jaish al-Adl", "Lashkar-e-Taiba": organisation names built on "army of", "front of", "party of".
  const firstPart = first.lower.split('-')[0] ?? '';
  if (GROUP_FIRST_WORDS.has(firstPart)) setLabel(m, 'Group', 2.5);
  // "Radio Okapi", "Television Maroc": a broadcaster's name, not a person's ("told Radio Okapi").
  if (ws.length >= 2 && MEDIA_FIRST_WORDS.has(first.lower)) setLabel(m, 'Group', 2.5);
  // Own words: organisation heads, place heads, titles, name shapes.
  // "Council on Foreign Relations", "Bank of Lagos": the head may sit before a connector.
  const headBeforeConnector = ws.some((t, i) => ORG_HEADS.has(t.lower) && i + 1 < ws.length && /^(of|on|for)$/.test(ws[i + 1]?.lower ?? ''));
  if (ORG_HEADS.has(last.lower) || headBeforeConnector || ws.some((t) => t.lower === 'force' || t.lower === 'forces' || t.lower === 'corps')) {
    setLabel(m, 'Group', 2);
  } else if (ws.some((t, i) => PLACE_HEADS.has(t.lower) && (i > 0 || ws.length > 1))) {
    setLabel(m, 'Place', 2);
  }
  // "Karvenia's defence ministry", "Karvenia's government": a possessor of a state's own bodies is a country.
  if (m.possessive && ws.length <= 2 && STATE_BODIES.has(tokLower(s, m.tokEnd + 1))) setLabel(m, 'Place', 2);
  // "the Karvenian capital", "Karvenia-based": a capital's country, a base's place.
  if (after?.text === '-based' || (after?.kind === 'word' && after.lower === 'capital' && before?.lower === 'the')) setLabel(m, 'Place', 2);
  // "mayor of Port Caldwell", "governor of Lisk": what a place's office is "of" is a place.
  if (before?.lower === 'of' && !(ws.length === 1 && after?.cap)) {
    const office = titleBefore(s.tokens, texts, m.tokStart - 1);
    if (office && office.entry.scope === 'country' && office.entry.kind === 'office') setLabel(m, 'Place', 2);
  }
  // "Kabul's Sherpur neighborhood", "the Barisha village": a lower-case place noun after the name.
  if (after && after.kind === 'word' && !after.cap && PLACE_CLASS_NOUNS.has(after.lower) && after.lower !== 'state' && after.lower !== 'country') setLabel(m, 'Place', 2);
  // "the payments company Square", "the shipbuilder Kestrel Yards": a company noun right before the name.
  if (before && before.kind === 'word' && !before.cap && COMPANY_ANAPHORS.has(before.lower)) setLabel(m, 'Group', 2);
  // "chairman of Genentech", "an analyst at Bernstein": an organisation's post before "of" or "at".
  if ((before?.lower === 'of' || before?.lower === 'at') && !after?.cap) {
    const title = titleBefore(s.tokens, texts, m.tokStart - 1);
    if (title && title.entry.scope === 'org' && (title.entry.kind === 'office' || (before?.lower === 'at' && title.entry.kind === 'role'))) setLabel(m, 'Group', 2);
  }
  // "Booking.com", "Salon.com": a name with a web domain's ending is a company's.
  if (/\.(com|net|org|co\.uk|io)$/i.test(last.text)) setLabel(m, 'Group', 2);
  // "previously ran Rockwell Collins", "acquired Twitter": the object of these verbs is an organisation.
  if (before && before.kind === 'word' && ORG_OBJECT_VERBS.has(before.lower)) setLabel(m, 'Group', 1.5);
  // "the Mai-Mai Yakutumba militia", "the Wagner group": a lower-case group noun after the name.
  if (after && after.kind === 'word' && !after.cap && GROUP_NOUNS_AFTER.has(after.lower)) setLabel(m, 'Group', 2.5);
  if (m.confidence >= 2) return;
  // "X, a village in ...", "X, the capital of ...": an apposition that says it is a place.
  const comma = after?.text === ',' ? m.tokEnd : -1;
  if (comma >= 0 && /^(a|an|the)$/.test(s.tokens[comma + 1]?.lower ?? '')) {
    const noun = s.tokens[comma + 2]?.lower === 'small' ? s.tokens[comma + 3] : s.tokens[comma + 2];
    if (noun && PLACE_CLASS_NOUNS.has(noun.lower)) setLabel(m, 'Place', 2.5);
  }
  // "Tal Hamis, Hasakah province, Syria": a name followed by a known province or country is a place in it.
  const outer = comma >= 0 ? next(m) : undefined;
  if (outer && outer.tokStart === comma + 1 && outer.place && (outer.place.kind === 'country' || outer.place.kind === 'province') && !m.role) {
    setLabel(m, 'Place', 2.5);
  }
  if (m.confidence >= 2) return;
  if (m.role) setLabel(m, 'Person', 2);
  if (hasArabicNameShape(ws)) setLabel(m, 'Person', 2);
  if (ws.length >= 2 && GIVEN_NAMES.has(first.lower)) setLabel(m, 'Person', 2);
  if (m.confidence >= 2) return;

  // Context: a title right before ("ISIS leader X", "analyst X").
  if (titleBefore(s.tokens, texts, m.tokStart)) setLabel(m, 'Person', 2);
  // "X said", "X told", "said X,".
  if (isSpeechVerb(after)) setLabel(m, 'Person', 1);
  // "..., said X." (but "told X" names the listener).
  if (isSpeechVerb(before) && !/^(told|tells|tell)$/.test(before?.lower ?? '') && (!after || after.kind === 'punct')) setLabel(m, 'Person', 1);
  if (before?.lower === 'to' && before2?.lower === 'according') setLabel(m, 'Person', 1);
  if (appositionTitle(s, texts, m.tokEnd)) setLabel(m, 'Person', 1);
  // "Micah Zenko of the Council ...", "The Daily Beast's Nancy Youssef", "reporting by X", "Georgian-born X".
  if (ws.length >= 2 && after?.lower === 'of' && s.tokens[m.tokEnd + 1]?.lower === 'the' && s.tokens[m.tokEnd + 2]?.cap) setLabel(m, 'Person', 1);
  if (ws.length >= 2 && before?.kind === 'possessive') setLabel(m, 'Person', 1);
  if (before?.lower === 'by' && ws.length >= 2) setLabel(m, 'Person', 1);
  if (before?.lower === '-born') setLabel(m, 'Person', 1);
  // "the Assad regime", "the Maduro government".
  if (after && /^(regime|administration|government|loyalists)$/.test(after.lower) && before?.lower === 'the' && ws.length === 1) {
    setLabel(m, 'Person', 1);
  }
  // Places: "the town of X", "in X", "X province".
  if (before?.lower === 'of' && before2 && PLACE_CLASS_NOUNS.has(before2.lower)) setLabel(m, 'Place', 2);
  if (before && PLACE_PREPOSITIONS.has(before.lower) && m.confidence < 1) setLabel(m, 'Place', 0.5);
  // "across the Sahara", "near the Euphrates": a lone name after a place preposition and "the".
  if (ws.length === 1 && before?.lower === 'the' && before2 && PLACE_PREPOSITIONS.has(before2.lower) && m.confidence < 0.5) setLabel(m, 'Place', 0.5);
  if (m.confidence > 0) return;
  // A multi-word name of plain name-like words with no other cue is most often a person, unless an article
  // or quotes show it is a thing ("the World Cup", a report titled "Global Risk Index").
  const quoted = /^["\u201c\u2018']$/.test(before?.text ?? '') || /^["\u201d\u2019']$/.test(s.tokens[m.tokEnd]?.text ?? '');
  // "said that X Y would ...": "that" opens a clause whose subject the name is, it does not determine it.
  const clauseThat = before?.lower === 'that' && /^(would|will|has|had|was|is|could|should|may|might|can|must|did|does|said|says)$/.test(s.tokens[m.tokEnd]?.lower ?? '');
  const determined = /^(the|a|an|this|that|its|their|his|her)$/.test(before?.lower ?? '') && !clauseThat;
  if (ws.length >= 2 && ws.length <= 4 && ws.every(nameLike) && !quoted && !determined) setLabel(m, 'Person', 0.5);
  // "Houston Rockets", "Galway United": a known city's name heading a name that is no person's names is the
  // name of something based there, most often a club, team or company.
  const home = ws.length >= 2 && !quoted ? lookupForm(first.text)?.place : undefined;
  if (m.confidence === 0 && home && home.kind !== 'country') setLabel(m, 'Group', 0.4);
}

/** Extractor: labels mentions that the lexicons did not type. */
export const typeMentions: Extractor = {
  name: 'type-mentions',
  requires: ['sentences', 'mentions'],
  assigns: ['labels'],
  run(state: WorkingState): void {
    let textsFor = -1;
    let texts: string[] = [];
    for (const m of state.mentions) {
      if (m.confidence >= 3) continue;
      if (m.sentence !== textsFor) {
        textsFor = m.sentence;
        texts = state.sentences[m.sentence]?.texts ?? [];
      }
      typeMention(state, m, texts, (x) => {
        const after = state.mentions[x.id + 1];
        return after && after.sentence === x.sentence ? after : undefined;
      });
    }
  },
};
