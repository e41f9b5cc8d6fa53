/**
 * Mention finding: capitalised runs (with name particles and organisation connectors) are cut into
 * title + name, matched against the lexicons (longest span first) and kept as name mentions. Sentence-
 * initial capitals, headlines and shouted lines only yield names that are known or seen elsewhere.
 */
import { GIVEN_NAMES } from './lexicon/names';
import { NAME_FORMING_TITLES } from './lexicon/titles';
import { isNonNameWord, MONTHS, WEEKDAYS } from './lexicon/words';
import { demonymCountry, gazetteerReach, lookupForm, titleBefore, type LexiconHit } from './lexicon-access';
import type { Extractor, MentionSpan, RoleCue, SentenceInfo, Token, WorkingState } from './state';
import { isClauseInitial, tokLower } from './tokenize';
import { ARABIC_NAME_STARTS, INNER_NAME_PARTICLES, ORG_CONNECTORS, ORG_HEADS, PLACE_HEADS, PLACE_SUFFIX_WORDS, SITE_HEADS, THING_LAST } from './word-lists';

const MAX_GAZETTEER_TOKENS = 8;
/** Company-form suffixes written after a company's name. */
const CORPORATE_SUFFIXES = new Set(['inc.', 'inc', 'corp.', 'corp', 'ltd.', 'ltd', 'llc', 'co.', 'plc', 'ag', 'sa', 'nv', 'se', 'gmbh', 'l.p.', 'lp']);
/** Lower-case group nouns a lexicon name may end with ("Haqqani network"). */
const LOWER_GROUP_HEADS = new Set(['network', 'movement']);
/** Lower-case words a lexicon name may contain ("Islamic State in Iraq and Syria", "Bank of America"). */
const GAZETTEER_INNER = new Set(['of', 'the', 'and', 'in', 'on', 'for', 'al', 'el', 'de', 'du', 'la', '&']);

function isCalendarWord(t: Token): boolean {
  const w = t.lower.replace(/\.$/, '');
  return WEEKDAYS.has(w) || MONTHS.has(w);
}

/** Time-zone codes written after a clock time ("5:12 a.m. PT", "09:30 GMT"). */
const TIME_ZONES = new Set(['pt', 'pst', 'pdt', 'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'gmt', 'bst', 'utc', 'cet', 'cest', 'ist', 'jst', 'aest']);

/** True when token `i` is a time zone after a clock time: "a.m. PT" names no party called PT. */
function isTimeZone(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !prev || !t.upper || !TIME_ZONES.has(t.lower)) return false;
  return /^[ap]\.?m\.?$/.test(prev.lower) || /^\d{1,2}[:.]\d{2}$/.test(prev.text);
}

/** A token that can be part of a capitalised run. */
function isNameWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.cap && !isCalendarWord(t);
}

function isOrdinal(t: Token | undefined): boolean {
  return !!t && t.kind === 'number' && /^\d+(st|nd|rd|th)$/i.test(t.text);
}

/** True when the run [a, b) has an organisation head or ends in a title, so "of"/"on"/"for" may continue it. */
function allowsConnector(s: SentenceInfo, texts: readonly string[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = s.tokens[k];
    if (t && ORG_HEADS.has(t.lower)) return true;
  }
  const title = titleBefore(s.tokens, texts, b);
  return !!title && title.start >= a;
}

/** End of the capitalised run starting at `i`. */
function runEnd(s: SentenceInfo, texts: readonly string[], i: number): number {
  const tokens = s.tokens;
  let j = i + 1;
  if (isOrdinal(tokens[i])) j = i + 1;
  for (;;) {
    const t = tokens[j];
    if (!t) break;
    const prev = tokens[j - 1];
    // "Abdullah II", "Elizabeth II": a regnal number ends the name it follows.
    if (t.kind === 'word' && /^(II|III|IV|VI|VII|VIII|IX|XI|XII)$/.test(t.text) && prev && isNameWord(prev) && !prev.upper) {
      j++;
      break;
    }
    // Shouted words and normal ones do not form one name ("WASHINGTON Islamic State").
    if (isNameWord(t) && prev && isNameWord(prev) && prev.upper !== t.upper && !prev.text.includes('.') && !t.text.includes('.') && (prev.text.length > 3 || t.text.length > 3)) break;
    if (isNameWord(t)) {
      j++;
      continue;
    }
    // "People's Party", "Women's Institute": a possessive right before an organisation head is inside the name.
    if (t.kind === 'possessive' && isNameWord(tokens[j + 1]) && ORG_HEADS.has(tokens[j + 1]?.lower ?? '') && j === i + 1) {
      j += 2;
      continue;
    }
    if (t.kind === 'word' && INNER_NAME_PARTICLES.has(t.lower)) {
      // "bin Laden", "von der Leyen": one or two particles, then the rest of the name.
      let p = j + 1;
      if (tokens[p]?.kind === 'word' && INNER_NAME_PARTICLES.has(tokens[p]?.lower ?? '')) p++;
      if (isNameWord(tokens[p])) {
        j = p + 1;
        continue;
      }
    }
    // "Group for Preaching and Combat": inside an organisation's "of/for" complement, "and" joins one more word
    // when it is no known name of its own ("... of Defense and NATO officials" stays two names).
    const next = tokens[j + 1];
    if (t.kind === 'word' && t.lower === 'and' && next && isNameWord(next) && !isNameWord(tokens[j + 2]) && !next.upper && !lookupForm(next.text) && !demonymCountry(next.text)) {
      if (tokens.slice(i, j).some((x) => ORG_CONNECTORS.has(x.lower)) && allowsConnector(s, texts, i, j)) {
        j += 2;
        continue;
      }
    }
    // "the Free Democratic Party of Christian Lindner": "of" before a given name and a surname names a person.
    const personAfter = t.lower === 'of' && GIVEN_NAMES.has(tokens[j + 1]?.lower ?? '') && isNameWord(tokens[j + 2]);
    if (t.kind === 'word' && ORG_CONNECTORS.has(t.lower) && !personAfter && allowsConnector(s, texts, i, j)) {
      if (isNameWord(tokens[j + 1])) {
        j += 2;
        continue;
      }
      if (tokens[j + 1]?.lower === 'the' && isNameWord(tokens[j + 2])) {
        j += 3;
        continue;
      }
    }
    break;
  }
  return j;
}

/** Longest lexicon span starting at `i` (it may run over lower-case inner words), or null. */
function gazetteerAt(s: SentenceInfo, i: number): { end: number; hit: LexiconHit } | null {
  const tokens = s.tokens;
  const first = tokens[i];
  if (!first || !(first.cap || first.lower === 'al' || first.lower === 'el')) return null;
  // Two-letter forms ("IS", "US") only as written in capitals.
  const reach = gazetteerReach(first);
  if (reach === 0) return null;
  let limit = i;
  for (let k = i; k < tokens.length && k - i < Math.min(MAX_GAZETTEER_TOKENS, reach + 2); k++) {
    const t = tokens[k];
    if (!t || t.kind === 'punct' || t.kind === 'possessive') break;
    // "the Haqqani network": a lexicon name may end in a lower-case group noun.
    if (!t.cap && !GAZETTEER_INNER.has(t.lower) && t.kind !== 'number' && !(k > i && LOWER_GROUP_HEADS.has(t.lower))) break;
    limit = k + 1;
    if (!t.cap && LOWER_GROUP_HEADS.has(t.lower)) break;
  }
  for (let end = limit; end > i; end--) {
    const last = tokens[end - 1];
    if (!last || !(last.cap || (end - 1 > i && LOWER_GROUP_HEADS.has(last.lower)))) continue;
    const text = s.text.slice(first.start - s.start, last.end - s.start);
    if (text.length <= 2 && !(first.upper && end === i + 1)) continue;
    const hit = lookupForm(text);
    if (hit) return { end, hit };
  }
  return null;
}

/** Tokens of a lower-case site noun at `k` ("air base", "airbase", "airfield", "airport"), or 0. */
function siteSuffixAt(s: SentenceInfo, k: number): number {
  const t = s.tokens[k];
  if (!t || t.kind !== 'word' || t.cap) return 0;
  if (t.lower === 'air' && s.tokens[k + 1]?.lower === 'base') return 2;
  return t.lower === 'airbase' || t.lower === 'airfield' || t.lower === 'airport' ? 1 : 0;
}

interface Builder {
  state: WorkingState;
  s: SentenceInfo;
  texts: string[];
}

function addMention(b: Builder, a: number, e: number, found: LexiconHit | null, role: RoleCue | null, titledFrom: number | null): MentionSpan | null {
  const { s, state } = b;
  let end = e;
  let hit = found;
  const first = s.tokens[a];
  let last = s.tokens[end - 1];
  if (!first || !last) return null;
  // "Hasakah province": the class word is part of the place's name.
  const next = s.tokens[end];
  if (next && next.kind === 'word' && PLACE_SUFFIX_WORDS.has(next.lower) && (!hit || hit.place)) {
    end++;
    last = next;
    // "Hasakah province" is the province, not the city of the same name.
    const wider = lookupForm(s.text.slice(first.start - s.start, last.end - s.start));
    if (wider?.place) hit = wider;
  }
  // "Ain al-Asad air base", "the Bagram airfield": a lower-case site noun after a place names the site.
  const siteWords = siteSuffixAt(s, end);
  if (siteWords > 0 && (!hit || hit.place)) {
    end += siteWords;
    last = s.tokens[end - 1] ?? last;
    hit = null;
  }
  const text = s.text.slice(first.start - s.start, last.end - s.start);
  const titledStart = titledFrom !== null ? s.tokens[titledFrom] : undefined;
  const mention: MentionSpan = {
    id: state.mentions.length,
    sentence: s.index,
    tokStart: a,
    tokEnd: end,
    text,
    start: first.start,
    end: last.end,
    label: hit?.org ? 'Group' : hit?.place ? 'Place' : null,
    confidence: hit ? 3 : 0,
    place: hit?.place ?? null,
    org: hit?.org ?? null,
    role,
    titledForm: titledStart && end - a === 1 ? s.text.slice(titledStart.start - s.start, last.end - s.start) : null,
    possessive: s.tokens[end]?.kind === 'possessive',
    entity: -1,
  };
  state.mentions.push(mention);
  return mention;
}

/** True when an earlier mention begins with this word ("Veltra" after "Veltra Mining Corp."). */
function startsEarlierName(state: WorkingState, t: Token): boolean {
  const prefix = `${t.text} `;
  return state.mentions.some((m) => m.text.startsWith(prefix));
}

/** True when an earlier personal name ends with this word ("Trump ordered ..." after "President Donald Trump"). */
function endsEarlierName(state: WorkingState, t: Token): boolean {
  const suffix = ` ${t.text}`;
  const nisba = `-${t.text}`;
  return state.mentions.some((m) => m.label !== 'Place' && m.org === null && (m.text.endsWith(suffix) || m.text.endsWith(nisba)));
}

/** A stretch with no lexicon match: kept when it can be a name here. */
function addGeneric(b: Builder, a: number, e: number, role: RoleCue | null, titledFrom: number | null): void {
  const { s, state } = b;
  let start = a;
  let end = e;
  // Trim connectors and particles left at the edges by a cut.
  while (start < end && !s.tokens[start]?.cap && !isOrdinal(s.tokens[start])) start++;
  while (end > start && !s.tokens[end - 1]?.cap) end--;
  if (start >= end) return;
  const first = s.tokens[start];
  if (!first) return;
  if (isClauseInitial(s.tokens, start) && role === null) {
    // "The", "However", "Speaking": drop leading words that are never names.
    while (start < end && isNonNameWord(s.tokens[start]?.text ?? '')) start++;
    if (start >= end) return;
    const lone = s.tokens[start];
    if (end - start === 1 && lone && isClauseInitial(s.tokens, start) && !state.midCapitals.has(lone.lower) && !lone.upper && !startsEarlierName(state, lone) && !endsEarlierName(state, lone)) return;
  }
  if (end - start === 1) {
    const t = s.tokens[start];
    if (!t) return;
    if (isNonNameWord(t.text)) return;
    // A demonym alone is not an entity ("Iraqi", "Georgian-born").
    if (demonymCountry(t.text)) return;
    // A long shouted word that is not a known name ("BREAKING").
    if (t.upper && !t.text.includes('.') && t.text.replace(/[^A-Za-z]/g, '').length > 5) return;
  }
  if (s.headline || s.shouting) {
    // Headlines and section heads capitalise every word: only single names seen in running text.
    if (end - start !== 1 || !state.midCapitals.has(s.tokens[start]?.lower ?? '')) {
      if (!(end - start === 1 && s.tokens[start]?.upper)) return;
    }
  }
  addMention(b, start, end, null, role, titledFrom);
}

/** True when tokens [from, to) are capitalised words with no lexicon match, place class word or corporate suffix. */
function unknownNameWords(s: SentenceInfo, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = s.tokens[k];
    if (!t || t.kind !== 'word' || !t.cap || t.upper || t.text.includes('.')) return false;
    if (PLACE_SUFFIX_WORDS.has(t.lower) || PLACE_HEADS.has(t.lower) || CORPORATE_SUFFIXES.has(t.lower) || gazetteerAt(s, k)) return false;
    // "In Kabul Afghan officials said": a demonym or a common word after the place starts no name with it.
    if (demonymCountry(t.text) || isNonNameWord(t.text)) return false;
  }
  return true;
}

/** Cuts a stretch into lexicon matches and generic names. */
function addStretch(b: Builder, a: number, e: number, role: RoleCue | null, titledFrom: number | null): void {
  // "Atlantic Policy Institute", "Qatar Airways", "Munich Security Conference": a known place at the start
  // of an organisation's or event's name is part of it, not a separate place.
  const head = b.s.tokens[e - 1];
  const g0 = gazetteerAt(b.s, a);
  const orgHeaded = !!head && ORG_HEADS.has(head.lower);
  if (head && (orgHeaded || THING_LAST.has(head.lower) || SITE_HEADS.has(head.lower)) && g0 && g0.end < e && g0.hit.place && !role) {
    addGeneric(b, a, e, role, titledFrom);
    return;
  }
  // "Tata Consultancy Services", "Toyota Research Institute": a known company's name heading a longer
  // organisation name is part of that name (the division or school is another organisation).
  const suffixOnly = !!g0 && b.s.tokens.slice(g0.end, e).every((t) => CORPORATE_SUFFIXES.has(t.lower));
  if (orgHeaded && g0 && g0.end < e && g0.hit.org && !suffixOnly && !role && !gazetteerAt(b.s, g0.end)) {
    addGeneric(b, a, e, role, titledFrom);
    return;
  }
  // "Paris Hilton", "Jordan Henderson", "Houston Rockets": a place name followed by capitalised words that are
  // neither known names, calendar words nor a place's class word is the first word of another name.
  let lead = a;
  while (lead < e - 1 && isNonNameWord(b.s.tokens[lead]?.text ?? '')) lead++;
  const gl = lead === a ? g0 : gazetteerAt(b.s, lead);
  if (gl && gl.hit.place && gl.end < e && !b.s.headline && !b.s.shouting && unknownNameWords(b.s, gl.end, e)) {
    addGeneric(b, a, e, role, titledFrom);
    return;
  }
  // "Constitutional Democratic Party", "Liberal Democratic Party": unknown words before a known party's or
  // body's name, all under one organisation head, make another organisation, not a prefix and a known one.
  if (orgHeaded && !role && !b.s.headline) {
    for (let k = a + 1; k < e; k++) {
      const g = gazetteerAt(b.s, k);
      if (!g || g.end !== e || !g.hit.org) continue;
      if (unknownNameWords(b.s, a, k)) {
        addGeneric(b, a, e, role, titledFrom);
        return;
      }
      break;
    }
  }
  let pos = a;
  let genericFrom = a;
  while (pos < e) {
    const g = gazetteerAt(b.s, pos);
    // A city or province name right after other name words is part of a personal name ("Omar al-Baghdadi").
    // ("In Kabul": a sentence's opening word before the place is no name word.)
    const nameBefore = b.s.tokens.slice(genericFrom, pos).some((t) => !isNonNameWord(t.text));
    const inName = pos > genericFrom && nameBefore && !!g && !g.hit.org && g.hit.place?.kind !== 'country';
    // "Egyptian Islamic Jihad" is not "(Palestinian) Islamic Jihad": another country's demonym before a
    // known organisation's short name makes a different organisation.
    const owner = pos === genericFrom + 1 && g?.hit.org ? demonymCountry(b.s.tokens[genericFrom]?.text ?? '') : null;
    if (g && owner && owner.name !== g.hit.org?.country && !b.s.text.slice((b.s.tokens[genericFrom]?.start ?? 0) - b.s.start).toLowerCase().startsWith(g.hit.org?.name.toLowerCase() ?? '\u0000')) {
      addGeneric(b, genericFrom, e, role, titledFrom);
      return;
    }
    if (g && g.end <= e && !inName) {
      if (pos > genericFrom) addGeneric(b, genericFrom, pos, role, titledFrom);
      // "Twitter Inc.": a corporate suffix belongs to the name it follows.
      let end = g.end;
      while (end < e && CORPORATE_SUFFIXES.has(b.s.tokens[end]?.lower ?? '')) end++;
      addMention(b, pos, end, g.hit, role, titledFrom);
      pos = end;
      genericFrom = pos;
      continue;
    }
    pos++;
  }
  if (genericFrom < e) addGeneric(b, genericFrom, e, role, titledFrom);
}

/** Splits a leading title off a run ("U.S. Defense Secretary Ash Carter" → "U.S." + title + "Ash Carter"). */
function handleRun(b: Builder, i: number, j: number): void {
  const { s, texts } = b;
  // "Justice Department", "Chief Executive Group": a lexicon or head-word organisation is not title + name.
  const whole = gazetteerAt(s, i);
  const lastWord = s.tokens[j - 1]?.lower ?? '';
  // "General Dynamics Corp.": a known organisation's name with only a corporate suffix after it.
  let wholeEnd = whole?.end ?? -1;
  while (whole?.hit.org && wholeEnd < j && CORPORATE_SUFFIXES.has(s.tokens[wholeEnd]?.lower ?? '')) wholeEnd++;
  // "whose real name was Amir ...", "born Haji ...": a full name follows, so a title word in it is a name.
  const nameFollows = tokLower(s, i - 1) === 'born' || (/^(was|is)$/.test(tokLower(s, i - 1)) && tokLower(s, i - 2) === 'name');
  const orgShaped = (whole !== null && wholeEnd >= j) || (ORG_HEADS.has(lastWord) && j - i <= 2) || nameFollows;
  for (let k = j - 1; k > i && !orgShaped; k--) {
    const m = titleBefore(s.tokens, texts, k);
    if (!m || m.start < i) continue;
    // "General Electric Foundation": no title starts inside a known organisation's name.
    if (whole?.hit.org && m.start < whole.end && k < whole.end) continue;
    const nameFirst = s.tokens[k];
    if (!nameFirst || !nameFirst.cap) continue;
    const titleText = s.text.slice((s.tokens[m.start]?.start ?? 0) - s.start, (s.tokens[k - 1]?.end ?? 0) - s.start);
    // "Sheikh Hasina", "Mullah Omar": a name-forming honorific stays when only one word would be left.
    if (NAME_FORMING_TITLES.has(m.entry.title) && j - k === 1) break;
    if (ARABIC_NAME_STARTS.has(m.entry.title) && j - k === 1) break;
    // "Wali ur-Rehman": a lone "ur-"/"al-" word is the end of a name, not a name after a title.
    if (j - k === 1 && /^[a-z]/.test(nameFirst.text)) break;
    const role: RoleCue = { text: titleText, entry: m.entry, tokStart: m.start, tokEnd: k, qualifier: null, country: null };
    // "Supreme Leader Ayatollah Ali Khamenei": a title before the honorific names no one of its own.
    const leftIsTitle = m.start > i && titleBefore(s.tokens, texts, m.start)?.start === i;
    if (m.start > i && !leftIsTitle) addStretch(b, i, m.start, null, null);
    addStretch(b, k, j, role, m.start);
    return;
  }
  // A run that is all title ("Chairman of the Joint Chiefs of Staff"): keep the organisation inside it.
  const allTitle = orgShaped ? null : titleBefore(s.tokens, texts, j);
  if (allTitle && allTitle.start === i) {
    for (let k = i; k < j; k++) {
      if (s.tokens[k]?.lower === 'of') {
        addStretch(b, k + 1, j, null, null);
        return;
      }
    }
    return;
  }
  // "Chairman of the ...": a title followed by a connector.
  for (let k = i + 1; k < j; k++) {
    const t = s.tokens[k];
    if (t && ORG_CONNECTORS.has(t.lower)) {
      const m = titleBefore(s.tokens, texts, k);
      if (m && m.start === i) {
        addStretch(b, k + 1, j, null, null);
        return;
      }
      break;
    }
  }
  addStretch(b, i, j, null, null);
}

/**
 * A line of chrome such as a section menu ("World Europe Middle East Africa Business") is a run of names
 * with nothing between them: its mentions (from `from` on) are dropped.
 */
function dropMenu(state: WorkingState, s: SentenceInfo, from: number): void {
  const found = state.mentions.length - from;
  const last = s.tokens[s.tokens.length - 1];
  if (found < 3 || (last && /^[.!?"\u201d]$/.test(last.text))) return;
  let covered = 0;
  for (let k = from; k < state.mentions.length; k++) {
    const m = state.mentions[k];
    if (m) covered += m.tokEnd - m.tokStart;
  }
  const words = s.tokens.filter((t) => t.kind === 'word').length;
  if (covered / Math.max(1, words) >= 0.6) state.mentions.length = from;
}

/** Extractor: finds name mentions in every sentence. */
export const findMentions: Extractor = {
  name: 'find-mentions',
  requires: ['sentences'],
  assigns: ['mentions'],
  run(state: WorkingState): void {
    for (const s of state.sentences) {
      const texts = s.texts;
      const b: Builder = { state, s, texts };
      const before = state.mentions.length;
      const tokens = s.tokens;
      let i = 0;
      while (i < tokens.length) {
        const t = tokens[i];
        const particle = !!t && (t.lower === 'al' || t.lower === 'el') && isNameWord(tokens[i + 1]);
        if (!t || !(isNameWord(t) || particle || (isOrdinal(t) && isNameWord(tokens[i + 1])))) {
          i++;
          continue;
        }
        if (isTimeZone(tokens, i)) {
          i++;
          continue;
        }
        // A lexicon name may run through lower-case words a plain run would stop at ("Islamic State in Iraq and Syria").
        const g = gazetteerAt(s, i);
        let j = runEnd(s, texts, i);
        if (g && g.end > j) j = g.end;
        handleRun(b, i, j);
        i = j;
      }
      dropMenu(state, s, before);
    }
  },
};
