/**
 * Roles and what they imply: LEADS for heading offices ("Defense Secretary" → its department, "chairman of
 * X", "head of X", "ISIS leader Y", "Belgian Prime Minister" → Belgium, "President Y" → the article's main
 * country) and MEMBER_OF for the rest ("finance minister" of a group, "spokesperson", "analyst at X",
 * "member of X", "X's Y", "Y of the X", "ORG leaders like Y", "joined X", "involved with X").
 */
import { entityOf, lastCompanyBefore, lastGroupBefore, lastGroupNamed, mentionAt, resolvePersonPronoun, sentenceMentions } from './coref';
import { CORPORATE_TITLES, PAST_ROLE_MARKERS, SUBORDINATE_PREFIXES, type TitleEntry } from './lexicon/titles';
import { demonymCountry, lookupForm, titleBefore } from './lexicon-access';
import {
  sentenceEvidence,
  type Extractor,
  type MentionSpan,
  type SentenceInfo,
  type WorkingEntity,
  type WorkingState,
} from './state';
import { BE_FORMS, COMPANY_ANAPHORS, GROUP_ANAPHORS, LIST_INTRODUCERS, MEMBER_NOUNS, NON_HEAD_MODIFIERS, ORG_HEADS, PERSON_PRONOUNS, PLACE_PREPOSITIONS } from './word-lists';
import { isSpeechVerb, tokLower } from './tokenize';

/**
 * The post named after "as" at token `asTok` ("as chief executive of the company", "as its new CEO", "as
 * chairman of the Joint Chiefs of Staff") and the organisation or country it is a post in, or null.
 */
export function postAfterAs(state: WorkingState, s: SentenceInfo, asTok: number): { entry: TitleEntry; target: WorkingEntity } | null {
  let j = asTok + 1;
  while (/^(the|its|their|his|her|a|an|new|acting|interim|permanent)$/.test(tokLower(s, j))) j++;
  let found: { entry: TitleEntry; start: number; end: number } | null = null;
  for (let end = Math.min(s.tokens.length, j + 8); end > j; end--) {
    const t = titleBefore(s.tokens, s.texts, end);
    if (t && t.start === j) {
      found = { ...t, end };
      break;
    }
  }
  if (!found || found.entry.kind === 'honorific') return null;
  const q = qualifierOf(state, s, found.start, found.end);
  const qualified = q.after?.entity ?? (tokLower(s, asTok + 1) === 'its' ? lastGroupBefore(state, s.index, asTok, false) : undefined);
  const target = qualified ?? (found.entry.org ? entityForCanonical(state, found.entry.org) : undefined) ?? (CORPORATE_TITLES.has(found.entry.title) ? mainCompany(state) : undefined);
  return target ? { entry: found.entry, target } : null;
}

/** Adds a relation once per (type, source, target, sentence). */
export function addRelation(
  state: WorkingState,
  type: 'LEADS' | 'MEMBER_OF' | 'KILLED' | 'ATTACKED' | 'LOCATED_IN' | 'SUCCEEDED' | 'ANNOUNCED',
  source: number,
  target: number,
  sentence: number,
  status: 'stated' | 'hedged' | 'attributed' | 'disputed' = 'stated',
): void {
  if (source === target && type !== 'ANNOUNCED') return;
  const evidence = sentenceEvidence(state, sentence);
  if (state.relations.some((r) => r.type === type && r.source === source && r.target === target && r.evidence.start === evidence.start)) return;
  state.relations.push({ type, source, target, status, evidence });
}

/** The entity for an organisation or place the lexicon names, created (without mentions) when the article has none. */
export function entityForCanonical(state: WorkingState, name: string): WorkingEntity | undefined {
  const existing = state.entities.find((e) => e.name === name);
  if (existing) return existing;
  const hit = lookupForm(name);
  if (!hit) return undefined;
  const entity: WorkingEntity = {
    index: state.entities.length,
    key: `e${state.entities.length + 1}`,
    label: hit.org ? 'Group' : 'Place',
    name,
    forms: [name],
    roles: [],
    mentions: [],
    place: hit.place,
    org: hit.org,
  };
  state.entities.push(entity);
  return entity;
}

/**
 * The country named most in the article (twice as often as any other): what "President X" leads when no
 * country is named. Demonyms do not make a country dominant ("Iraqi forces" fill stories set in Iraq whose
 * president is not meant), but a country whose demonyms and names together rival the winner's names
 * ("French troops" throughout a story set in Mali) leaves no dominant one.
 */
export function dominantCountry(state: WorkingState): WorkingEntity | undefined {
  let best: WorkingEntity | undefined;
  let second = 0;
  for (const e of state.entities) {
    if (e.place?.kind !== 'country') continue;
    if (!best || e.mentions.length > best.mentions.length) {
      second = best?.mentions.length ?? 0;
      best = e;
    } else second = Math.max(second, e.mentions.length);
  }
  if (!best || best.mentions.length < 2 || best.mentions.length < 2 * second) return undefined;
  const rival = new Map<string, number>();
  for (const e of state.entities) if (e.place?.kind === 'country' && e !== best) rival.set(e.name, e.mentions.length);
  for (const s of state.sentences) {
    for (let k = 0; k < s.tokens.length; k++) {
      const t = s.tokens[k];
      if (!t || t.kind !== 'word' || !t.cap || mentionAt(state, s.index, k)) continue;
      const c = demonymCountry(t.text);
      if (c && c.name !== best.name) rival.set(c.name, (rival.get(c.name) ?? 0) + 1);
    }
  }
  const threshold = best.mentions.length;
  return [...rival.values()].some((n) => n >= threshold) ? undefined : best;
}

/**
 * The company the article is about: the company (or unknown organisation) named most often, at least twice
 * and more often than any other. A corporate post with no organisation named is a post in it.
 */
export function mainCompany(state: WorkingState): WorkingEntity | undefined {
  let best: WorkingEntity | undefined;
  let second = 0;
  for (const e of state.entities) {
    if (e.label !== 'Group' || (e.org !== null && e.org.kind !== 'company')) continue;
    if (!best || e.mentions.length > best.mentions.length) {
      second = best?.mentions.length ?? 0;
      best = e;
    } else second = Math.max(second, e.mentions.length);
  }
  return best && best.mentions.length >= 2 && best.mentions.length > second ? best : undefined;
}

/**
 * The country the sentences naming a person tie them to: organisations and places of one country around
 * them ("from the White House", "spoke at Fort Myer, Virginia") weigh twice a country merely named (the
 * country an article is about is often not the one whose president speaks). Undefined on a tie.
 */
function personCountry(state: WorkingState, person: WorkingEntity): { country: WorkingEntity | undefined; locations: Set<string> } {
  const score = new Map<string, number>();
  const seen = new Set<number>();
  // Countries named as where something happened ("a compound in northwestern Syria") say nothing of the person.
  const locations = new Set<string>();
  for (const id of person.mentions) {
    const s = state.mentions[id]?.sentence;
    const sentence = s === undefined ? undefined : state.sentences[s];
    if (s === undefined || !sentence || seen.has(s)) continue;
    seen.add(s);
    for (const m of sentenceMentions(state, s)) {
      const e = entityOf(state, m);
      if (!e || e === person) continue;
      // "U.S. President Joe Biden also congratulated X": a country that qualifies another holder's title is theirs.
      if (qualifiesTitle(state, sentence, m.tokEnd, person)) continue;
      const named = e.place?.kind === 'country' ? e.name : null;
      if (named && !m.possessive && (PLACE_PREPOSITIONS.has(tokLower(sentence, m.tokStart - 1)) || PLACE_PREPOSITIONS.has(tokLower(sentence, m.tokStart - 2)))) {
        locations.add(named);
        continue;
      }
      // "attacks on Kabul", "a visit to Hanoi": a place acted on or visited is not where the person is from.
      if (e.label === 'Place' && (TARGET_PREPOSITIONS.has(tokLower(sentence, m.tokStart - 1)) || (tokLower(sentence, m.tokStart - 1) === 'to' && /^visits?$/.test(tokLower(sentence, m.tokStart - 2))))) continue;
      const home = named ?? e.place?.country ?? e.org?.country ?? null;
      if (home) score.set(home, (score.get(home) ?? 0) + (named ? 1 : 2));
    }
    // "the first French president", "govern for all the French": a demonym ties the person to its country.
    for (let k = 0; k < sentence.tokens.length; k++) {
      const t = sentence.tokens[k];
      if (!t || t.kind !== 'word' || !t.cap || mentionAt(state, s, k) || qualifiesTitle(state, sentence, k + 1, person)) continue;
      const c = demonymCountry(t.text);
      if (c) score.set(c.name, (score.get(c.name) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let top = 0;
  let tie = false;
  for (const [name, n] of score) {
    if (n > top) {
      best = name;
      top = n;
      tie = false;
    } else if (n === top) tie = true;
  }
  return { country: best && !tie ? entityForCanonical(state, best) : undefined, locations };
}

/** Prepositions before a place that is acted on, not a home ("attacks on Kabul", "a campaign against Mosul"). */
const TARGET_PREPOSITIONS = new Set(['on', 'against']);

/**
 * True when a title starting at token `at` is someone else's, named right after it ("U.S. | President Joe
 * Biden", "German | Chancellor Olaf Scholz"); "the first Senegalese | president re-elected" names no one.
 */
function qualifiesTitle(state: WorkingState, s: SentenceInfo, at: number, person: WorkingEntity | null): boolean {
  for (let end = at + 1; end <= Math.min(s.tokens.length, at + 4); end++) {
    if (titleBefore(s.tokens, s.texts, end)?.start !== at) continue;
    const holder = personAt(state, s.index, end);
    if (holder && entityOf(state, holder) !== person) return true;
  }
  return false;
}

/** The one country named in this sentence or the one before ("Somalia's government ... President X"). */
function nearbyCountry(state: WorkingState, s: number): WorkingEntity | undefined {
  const found = new Set<WorkingEntity>();
  for (const p of [s, s - 1]) {
    const sentence = state.sentences[p];
    for (const m of sentenceMentions(state, p)) {
      const e = entityOf(state, m);
      if (e?.place?.kind !== 'country' || !sentence || qualifiesTitle(state, sentence, m.tokEnd, null)) continue;
      // "in southern Afghanistan": where something is or happened, not whose official is meant.
      if (PLACE_PREPOSITIONS.has(tokLower(sentence, m.tokStart - 1)) || PLACE_PREPOSITIONS.has(tokLower(sentence, m.tokStart - 2))) continue;
      found.add(e);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Person mention starting at token `tok` of sentence `s`. */
function personAt(state: WorkingState, s: number, tok: number): MentionSpan | undefined {
  const m = sentenceMentions(state, s).find((x) => x.tokStart === tok && x.entity >= 0);
  return m && entityOf(state, m)?.label === 'Person' ? m : undefined;
}

/** The subject person of a clause ending at `tok`: the first person not speaking, or a leading "he"/"she". */
function subjectBefore(state: WorkingState, s: SentenceInfo, tok: number): WorkingEntity | undefined {
  for (const m of sentenceMentions(state, s.index)) {
    if (m.tokEnd > tok) break;
    const e = entityOf(state, m);
    if (!e || e.label !== 'Person') continue;
    const next = s.tokens[m.tokEnd];
    if (isSpeechVerb(next)) continue;
    return e;
  }
  for (let k = 0; k < Math.min(tok, 3); k++) {
    const t = s.tokens[k];
    if (!t || t.kind === 'punct') continue;
    if (PERSON_PRONOUNS.has(t.lower)) return resolvePersonPronoun(state, s.index, k);
    break;
  }
  return undefined;
}

/**
 * "The board said X would become president, and that Y, a director, would become chairman": the first person
 * of the clause the verb at `tok` is in (after the last "that" or ";"), when the clause has its own start.
 */
function clauseSubjectBefore(state: WorkingState, s: SentenceInfo, tok: number): WorkingEntity | undefined {
  let from = -1;
  for (let j = tok - 1; j >= 0 && from < 0; j--) if (/^(that|;)$/.test(tokLower(s, j))) from = j + 1;
  if (from < 0) return undefined;
  for (const m of sentenceMentions(state, s.index)) {
    if (m.tokStart < from || m.tokEnd > tok) continue;
    const e = entityOf(state, m);
    if (e?.label === 'Person' && !isSpeechVerb(s.tokens[m.tokEnd])) return e;
  }
  return undefined;
}

/** "said he would step down as": a "he"/"she" a few words before token `tok`, resolved. */
function nearPronoun(state: WorkingState, s: SentenceInfo, tok: number): WorkingEntity | undefined {
  for (let j = tok - 1; j >= Math.max(0, tok - 5); j--) {
    const w = tokLower(s, j);
    if (w === ',' || w === ';') return undefined;
    if (w === 'he' || w === 'she') return resolvePersonPronoun(state, s.index, j);
  }
  return undefined;
}

interface Qualifier {
  entity: WorkingEntity;
  /** Named after the title as its complement ("head of X") rather than before it. */
  complement: boolean;
}

/** What a title at [start, end) belongs to: a mention or "the group's"/"its" before it, or "of/at/for X" after it. */
function qualifierOf(state: WorkingState, s: SentenceInfo, start: number, end: number): { before: Qualifier | null; after: Qualifier | null; country: WorkingEntity | null } {
  let before: Qualifier | null = null;
  let country: WorkingEntity | null = null;
  let k = start - 1;
  // Adjectives between ("ISIS's top military commander", "a former CIA analyst") are skipped, and so are
  // noun modifiers between a possessive and the title ("the group's finance chief").
  while (k >= 0 && (NON_HEAD_MODIFIERS.has(s.tokens[k]?.lower ?? '') || TITLE_ADJECTIVES.has(s.tokens[k]?.lower ?? ''))) k--;
  for (let x = k; x >= Math.max(0, k - 2); x--) {
    const t = s.tokens[x];
    if (t?.kind === 'possessive') {
      k = x;
      break;
    }
    if (!t || t.kind !== 'word' || t.cap) break;
  }
  if (s.tokens[k]?.kind === 'possessive') k--;
  const prev = mentionAt(state, s.index, k);
  // "Labour Party leader X": the title ("party leader") begins inside the organisation's name.
  const covering = mentionAt(state, s.index, start);
  const coveringEntity = covering && covering.tokStart < start && covering.tokEnd > start ? entityOf(state, covering) : undefined;
  if (coveringEntity && coveringEntity.label === 'Group') {
    before = { entity: coveringEntity, complement: false };
  } else if (prev && prev.tokEnd === k + 1) {
    const e = entityOf(state, prev);
    if (e && e.label !== 'Person') before = { entity: e, complement: false };
  } else if (s.tokens[k]?.lower === 'group' && s.tokens[k - 1]?.lower === 'the') {
    const g = lastGroupBefore(state, s.index, k - 1, false, true);
    if (g) before = { entity: g, complement: false };
  } else if (COMPANY_ANAPHORS.has(tokLower(s, k)) && tokLower(s, k - 1) === 'the') {
    const g = lastCompanyBefore(state, s.index, k - 1);
    if (g) before = { entity: g, complement: false };
  } else if (ORG_HEADS.has(tokLower(s, k)) && tokLower(s, k - 1) === 'the' && s.tokens[k + 1]?.kind === 'possessive') {
    // "the court's president", "the party's leader": the organisation named before with that head noun.
    const g = lastGroupNamed(state, s.index, k - 1, tokLower(s, k));
    if (g) before = { entity: g, complement: false };
  } else if (s.tokens[k]?.lower === 'its' || (s.tokens[k]?.lower === 'their' && (s.tokens[k - 1]?.text === ',' || /^(and|that)$/.test(tokLower(s, k - 1))))) {
    // "its chief", ", their leader, X": the organisation named before.
    const g = lastGroupBefore(state, s.index, k, false);
    if (g) before = { entity: g, complement: false };
  } else {
    const t = s.tokens[k];
    const place = t ? demonymCountry(t.text) : null;
    if (place) country = entityForCanonical(state, place.name) ?? null;
  }
  let after: Qualifier | null = null;
  const prep = s.tokens[end]?.lower;
  // "a leading figure in al-Qaeda in the Arabian Peninsula": "in" names an organisation served, never a place.
  if (prep === 'in') {
    const g = entityOf(state, mentionAt(state, s.index, s.tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1));
    if (g?.label === 'Group') return { before, after: { entity: g, complement: true }, country };
  }
  if (prep === 'of' || prep === 'at' || prep === 'for' || prep === 'with' || prep === 'to') {
    let j = end + 1;
    if (s.tokens[j]?.lower === 'the') j++;
    // "commander of the Kurdish-led Syrian Democratic Forces": a hyphenated modifier before the name.
    const modifier = /^-?(led|backed|based|allied|run|linked|controlled|dominated)$/;
    if (/-/.test(tokLower(s, j + 1)) && modifier.test(tokLower(s, j + 1)) && mentionAt(state, s.index, j + 2)) j += 2;
    else if (/-(led|backed|based|allied|run|linked|controlled|dominated)$/.test(tokLower(s, j)) && mentionAt(state, s.index, j + 1)) j++;
    if ((GROUP_ANAPHORS.has(tokLower(s, j)) || COMPANY_ANAPHORS.has(tokLower(s, j))) && tokLower(s, j - 1) === 'the') {
      const g = COMPANY_ANAPHORS.has(tokLower(s, j)) ? lastCompanyBefore(state, s.index, j - 1) : lastGroupBefore(state, s.index, j - 1, false);
      if (g) return { before, after: { entity: g, complement: true }, country };
    }
    // "a spokesman for the command", "a judge of the court": the organisation named before with that head.
    if (ORG_HEADS.has(tokLower(s, j)) && tokLower(s, j - 1) === 'the' && !s.tokens[j + 1]?.cap && s.tokens[j + 1]?.kind !== 'possessive') {
      const g = lastGroupNamed(state, s.index, j - 1, tokLower(s, j));
      if (g) return { before, after: { entity: g, complement: true }, country };
    }
    let next = mentionAt(state, s.index, j);
    // "head of Iran's Quds Force": the organisation after the possessive is what is headed.
    if (next && next.possessive) {
      const owned = mentionAt(state, s.index, next.tokEnd + 1);
      if (owned && owned.tokStart === next.tokEnd + 1) next = owned;
      // "a member of Apple's board": the board is the organisation's own.
      else if (!/^(board|management|leadership|staff|team)$/.test(tokLower(s, next.tokEnd + 1))) next = undefined;
    }
    const e = next && next.tokStart >= j ? entityOf(state, next) : undefined;
    if (e && e.label !== 'Person') after = { entity: e, complement: true };
  }
  return { before, after, country };
}

/** Verbs whose subject heads their object ("leads the party", "heads the agency"). */
const LEAD_VERBS = new Set(['leads', 'heads', 'chairs', 'runs', 'commands', 'run', 'led', 'headed']);

/** The person before ", who" for a verb in a relative clause ("Le Pen, who leads ..."). */
function relativeAntecedent(state: WorkingState, s: SentenceInfo, k: number): WorkingEntity | undefined {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    if (!/^(who|whom)$/.test(tokLower(s, j))) continue;
    let x = j - 1;
    if (tokLower(s, x) === ',') x--;
    const e = entityOf(state, mentionAt(state, s.index, x));
    return e?.label === 'Person' ? e : undefined;
  }
  return undefined;
}

/** Title words that head the organisation named after "of" whatever their lexicon kind ("commander of X"). */
const HEAD_OF_WORDS = new Set(['commander', 'head', 'chief', 'leader', 'director', 'chairman', 'chairwoman', 'chair', 'president', 'emir', 'boss', 'chief executive']);

/** Verbs that take a post as complement ("was named chairman", "became chief", "remains director"). */
const POST_VERBS = new Set([
  'named', 'appointed', 'elected', 'chosen', 'made', 'became', 'becomes', 'become', 'remain', 'remains', 'remained',
  'was', 'is', 'be', 'as', 'serve', 'serves', 'served', 'promoted', 'installed', 'picked', 'tapped',
]);

/** Verbs that, like "be", link a subject to a post ("will remain a director", "became chairman"). */
const COPULAS = new Set(['remain', 'remains', 'remained', 'become', 'becomes', 'became']);

/** Verbs (and particles) of leaving a post: "stepped down as chairman" names a post no longer held. */
const LEFT_POST = /^(resigned|resigns|resign|resigning|retired|retires|retire|retiring|quit|quits|down|aside|left|leaves|leaving|ousted|fired|removed|replaced|former)$/;

/** Adjectives between an organisation and a title that change nothing ("its new chief executive"). */
const TITLE_ADJECTIVES = new Set(['new', 'acting', 'interim', 'incoming', 'military', 'political', 'spiritual', 'current', 'longtime', 'permanent']);

function isSubordinate(s: SentenceInfo, start: number): boolean {
  const prev = s.tokens[start - 1]?.lower ?? '';
  return NON_HEAD_MODIFIERS.has(prev) || SUBORDINATE_PREFIXES.has(prev) || PAST_ROLE_MARKERS.has(prev);
}

/** Relation type a title gives towards an entity, or null when it implies none. */
export function relationFor(entry: TitleEntry, target: WorkingEntity, subordinate: boolean): 'LEADS' | 'MEMBER_OF' | null {
  if (entry.kind === 'honorific') return null;
  if (target.label === 'Place') {
    return entry.leads && entry.scope === 'country' && !subordinate ? 'LEADS' : null;
  }
  if (entry.kind === 'rank') return 'MEMBER_OF';
  // Only an office heads something: a founder or owner (roles) belongs to it.
  return entry.leads && entry.kind === 'office' && !subordinate ? 'LEADS' : 'MEMBER_OF';
}

/** Finds who holds a title ending at `end` (starting at `start`): the adjacent name, an apposition, or the subject. */
function holderOf(state: WorkingState, s: SentenceInfo, start: number, end: number): WorkingEntity | undefined {
  // "ISIS leader Omar al-Baghdadi", "Defense Secretary Ash Carter".
  const adjacent = personAt(state, s.index, end);
  if (adjacent) return entityOf(state, adjacent);
  // "Supreme Leader Ayatollah Ali Khamenei": an honorific between the title and the name.
  for (let e2 = end + 1; e2 <= Math.min(s.tokens.length, end + 3); e2++) {
    const hon = titleBefore(s.tokens, s.texts, e2);
    if (!hon || hon.start !== end || hon.entry.kind !== 'honorific') continue;
    const named = personAt(state, s.index, e2);
    if (named) return entityOf(state, named);
  }
  // "X, a member of ...", "X (R-Nev.), a member of ...", "X, a former CIA analyst".
  let k = start - 1;
  for (;;) {
    const w = s.tokens[k];
    if (!w) break;
    if (/^(a|an|the|former|senior|top|longtime|veteran|then|current|deputy|its)$/.test(w.lower) || w.kind === 'possessive') {
      k--;
      continue;
    }
    const q = mentionAt(state, s.index, k);
    if (q && q.tokEnd === k + 1 && entityOf(state, q)?.label !== 'Person') {
      k = q.tokStart - 1;
      continue;
    }
    break;
  }
  if (s.tokens[k]?.text !== ',') {
    // Inside an apposition already ("X, a former CIA analyst and Middle East expert at ..."): the nearest
    // comma back, when an article follows it, closes the name the apposition describes.
    // "X, chairman of Genentech and a member of Apple's board": a second apposition joined by "and".
    let coordinated = false;
    for (let c = start - 1; c >= Math.max(0, start - 12); c--) {
      const w = s.tokens[c];
      if (!w || w.text === '.' || w.text === ';') break;
      if (w.lower === 'and' && /^(a|an|the)$/.test(s.tokens[c + 1]?.lower ?? '')) coordinated = true;
      if (w.text === ',') {
        if (/^(a|an|the)$/.test(s.tokens[c + 1]?.lower ?? '') || coordinated) k = c;
        break;
      }
    }
  }
  if (s.tokens[k]?.text === ',') {
    let j = k - 1;
    if (s.tokens[j]?.text === ')') {
      while (j > 0 && s.tokens[j]?.text !== '(') j--;
      j--;
    }
    const m = mentionAt(state, s.index, j);
    const e = m && m.tokEnd === j + 1 ? entityOf(state, m) : undefined;
    if (e?.label === 'Person') return e;
  }
  // "the Islamic State's second-in-command, a man by the name of Haji Imam": the title, a comma, then a name.
  // The title (with an "of X" complement) must end at the comma.
  let after = end;
  if (/^(of|at|for)$/.test(s.tokens[after]?.lower ?? '')) {
    const c = mentionAt(state, s.index, s.tokens[after + 1]?.lower === 'the' ? after + 2 : after + 1);
    if (c) after = c.tokEnd;
  }
  const opener = s.tokens[after + 1];
  if (s.tokens[after]?.text === ',' && opener && (opener.cap || /^(a|an|the)$/.test(opener.lower))) {
    for (let j = after + 1; j < s.tokens.length && j - after < 9; j++) {
      const t = s.tokens[j];
      if (!t || t.text === ',' || t.text === '.' || t.text === ';') break;
      const p = personAt(state, s.index, j);
      if (p) {
        const next = s.tokens[p.tokEnd];
        if (isSpeechVerb(next)) break;
        // "... chief executive, Gates steps aside": a name followed by its verb starts a new clause.
        if (next && next.kind === 'word' && !next.cap && !/^(and|who|whose|or)$/.test(next.lower)) break;
        return entityOf(state, p);
      }
    }
  }
  // "X, described by the Pentagon as the group's minister of war": the name before the participle's comma.
  for (let j = start - 1; j >= Math.max(0, start - 6); j--) {
    if (s.tokens[j]?.lower !== 'as') continue;
    let v = j - 1;
    while (v > 0 && !/^(described|identified|listed|designated|characterized|characterised|named)$/.test(tokLower(s, v)) && j - v < 6) v--;
    if (tokLower(s, v - 1) !== ',' || !/^(described|identified|listed|designated|characterized|characterised|named)$/.test(tokLower(s, v))) break;
    const m = mentionAt(state, s.index, v - 2);
    const e = m && m.tokEnd === v - 1 ? entityOf(state, m) : undefined;
    if (e?.label === 'Person') return e;
    break;
  }
  // "named Maria Lopez as its new chief executive": the name right before "as".
  for (let j = start - 1; j >= Math.max(0, start - 4); j--) {
    if (s.tokens[j]?.lower !== 'as') continue;
    const m = mentionAt(state, s.index, j - 1);
    const e = m && m.tokEnd === j ? entityOf(state, m) : undefined;
    if (e?.label === 'Person') return e;
    break;
  }
  // "X served as ISIS's finance minister", "He was also the group's finance minister".
  for (let j = start - 1; j >= Math.max(0, start - 14); j--) {
    const w = s.tokens[j]?.lower ?? '';
    if (w === 'as' && /^(serv|act|work)/.test(s.tokens[j - 1]?.lower ?? '')) return subjectBefore(state, s, j);
    // "X would take over as chief executive": the one taking over holds the post.
    if (w === 'as' && j === start - 1 && tokLower(s, j - 1) === 'over' && /^(take|takes|took|taking)$/.test(tokLower(s, j - 2))) return clauseSubjectBefore(state, s, j) ?? subjectBefore(state, s, j);
    // "X will step down as chief executive of Y", "X resigned as chairman": the one leaving holds the post.
    if (w === 'as' && j === start - 1 && LEFT_POST.test(tokLower(s, j - 1)) && tokLower(s, j - 1) !== 'former') return nearPronoun(state, s, j) ?? subjectBefore(state, s, j);
    // "He led the country from 2003 to 2010 as the candidate of X": the clause's subject holds the post.
    if (w === 'as' && /^(the|a|an)$/.test(tokLower(s, j + 1)) && !/^(such|known|so|same|well|much|just)$/.test(tokLower(s, j - 1))) {
      const subject = subjectBefore(state, s, j);
      if (subject) return subject;
    }
    if ((BE_FORMS.has(w) && w !== "'s" && w !== 'being') || COPULAS.has(w)) return clauseSubjectBefore(state, s, j) ?? subjectBefore(state, s, j);
    // "were annulled by a justice of the court": a title inside a prepositional phrase is someone else.
    if (w === ',' || w === ';' || (/^(by|of|from|with|for|to|in|at|on|against|after|before)$/.test(w) && !mentionAt(state, s.index, j))) break;
  }
  return undefined;
}

function rolesInSentence(
  state: WorkingState,
  s: SentenceInfo,
  texts: readonly string[],
  country: () => WorkingEntity | undefined,
  company: () => WorkingEntity | undefined,
): void {
  for (let end = 1; end <= s.tokens.length; end++) {
    const m = titleBefore(s.tokens, texts, end);
    if (!m) continue;
    const { entry, start } = m;
    if (entry.kind === 'honorific') continue;
    // "chief" in "chief executive officer": only the longest title counts.
    let continues = false;
    for (let e2 = end + 1; e2 <= Math.min(s.tokens.length, end + 3) && !continues; e2++) {
      const longer = titleBefore(s.tokens, texts, e2);
      if (longer && longer.start <= start) continues = true;
    }
    if (continues) continue;
    // A title word inside an organisation or place name is not a role ("Joint Chiefs of Staff").
    const inside = mentionAt(state, s.index, end - 1);
    const insideEntity = entityOf(state, inside);
    // ... nor inside a personal name ("Wali ur-Rehman").
    if (inside && insideEntity && inside.tokStart <= start) continue;
    // Prefer the longest title ending here; a longer one ending later takes over ("Chairman" → "... of Staff").
    // "so that he could become prime minister": a post hoped for is not held.
    const prospect = /^(become|be)$/.test(tokLower(s, start - 1)) && /^(could|might|may|to)$/.test(tokLower(s, start - 2));
    if (prospect) continue;
    const holder = holderOf(state, s, start, end);
    if (!holder) continue;
    const q = qualifierOf(state, s, start, end);
    // "finance chief", "military chief": a generic head word after a noun heads a branch, not the whole.
    // A verb before the title ("was named chairman", "became chief") is no such noun.
    const branch = entry.scope === 'org' && !entry.title.includes(' ') && (s.tokens[start - 1]?.kind === 'word' && !s.tokens[start - 1]?.cap && !/^(the|a|an|its|their|his|her|new|top)$/.test(tokLower(s, start - 1)) && !NON_HEAD_MODIFIERS.has(tokLower(s, start - 1)) && !TITLE_ADJECTIVES.has(tokLower(s, start - 1)) && !POST_VERBS.has(tokLower(s, start - 1)));
    // "a director", "an executive": one of several, so no head.
    const oneOfSeveral = entry.scope === 'org' && /^(a|an)$/.test(tokLower(s, start - 1));
    // "stepped down as chief executive", "resigned as chairman": the post is left, the person stays a member.
    // "will step down as chief executive", "plans to resign as chairman": the post is still held.
    const stillHeld = /^(will|would|shall|to)$/.test(tokLower(s, start - 3)) || /^(will|would|shall|to)$/.test(tokLower(s, start - 4));
    const left = (tokLower(s, start - 1) === 'as' && LEFT_POST.test(tokLower(s, start - 2)) && !stillHeld) || (tokLower(s, start - 1) === 'as' && /^(his|her)$/.test(tokLower(s, start - 2)));
    // "former Sao Paulo governor X": a past marker before the qualifier dates the whole title.
    const qualifierMention = mentionAt(state, s.index, start - 1);
    const pastQualified = !!qualifierMention && qualifierMention.tokEnd === start && PAST_ROLE_MARKERS.has(tokLower(s, qualifierMention.tokStart - 1));
    const subordinate = branch || oneOfSeveral || left || pastQualified || isSubordinate(s, start) || entry.title.startsWith('senior') || entry.title.startsWith('deputy');
    const roleEnd = q.after ? (s.tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1) : end;
    const complementMention = q.after ? mentionAt(state, s.index, roleEnd) : undefined;
    const firstTok = s.tokens[start];
    const lastTok = complementMention ? s.tokens[complementMention.tokEnd - 1] : s.tokens[end - 1];
    if (firstTok && lastTok) {
      const text = s.text.slice(firstTok.start - s.start, lastTok.end - s.start);
      if (!holder.roles.includes(text)) holder.roles.push(text);
    }
    const targets: WorkingEntity[] = [];
    // "al-Qaeda in Iraq's emir of Mosul": the organisation before is what the person serves; the place after
    // is only where the post is.
    if (q.before) targets.push(q.before.entity);
    if (q.after && !(q.before && q.after.entity.label === 'Place')) targets.push(q.after.entity);
    if (q.country) targets.push(q.country);
    // An office's own organisation (created when the article never names it, but only for heads); also
    // when the title names a place it serves ("the UN envoy for Yemen").
    if (targets.every((t) => t.label === 'Place') && entry.org && (entry.leads || state.entities.some((e) => e.name === entry.org))) {
      const org = entityForCanonical(state, entry.org);
      if (org) targets.push(org);
    }
    if (targets.length === 0 && entry.scope === 'country' && entry.leads && entry.kind === 'office') {
      const tied = personCountry(state, holder);
      const dominant = tied.country ? undefined : country();
      const c = tied.country ?? (dominant && !tied.locations.has(dominant.name) ? dominant : undefined);
      if (c) targets.push(c);
    }
    // "chief financial officer X would become president": a company's officer made president heads the company.
    if (targets.length === 0 && entry.title === 'president') {
      const c = company();
      if (c && state.relations.some((r) => r.source === holder.index && r.target === c.index)) targets.push(c);
    }
    // "John Thompson was named chairman", "Ballmer will remain a director": the article's company.
    const namedComplement = /^(of|at)$/.test(tokLower(s, end)) && !!s.tokens[end + 1]?.cap;
    if (targets.length === 0 && CORPORATE_TITLES.has(entry.title) && !namedComplement) {
      const c = company();
      if (c) targets.push(c);
    }
    // "commander of U.S. Africa Command", "head of the agency": these words head what follows "of".
    const headsComplement = !!q.after && tokLower(s, end) === 'of' && HEAD_OF_WORDS.has(tokLower(s, end - 1)) && !subordinate;
    for (const target of targets) {
      let type = relationFor(entry, target, subordinate);
      if (headsComplement && target === q.after?.entity && target.label === 'Group') type = 'LEADS';
      if (type === 'LEADS' && q.before && q.after && q.after.entity.label === 'Place' && target === q.before.entity) type = 'MEMBER_OF';
      if (type) addRelation(state, type, holder.index, target.index, s.index);
    }
  }
}

/** "ORG's Nancy Youssef", "Micah Zenko of the Council on Foreign Relations". */
function possessiveAndOf(state: WorkingState, s: SentenceInfo): void {
  const list = sentenceMentions(state, s.index);
  for (const m of list) {
    const e = entityOf(state, m);
    if (!e || e.label !== 'Group') continue;
    if (m.possessive) {
      const p = personAt(state, s.index, m.tokEnd + 1);
      const pe = entityOf(state, p);
      if (pe) addRelation(state, 'MEMBER_OF', pe.index, e.index, s.index);
    }
  }
  // "Prime Minister Boris Johnson's Conservative Party": a party named by a person's name is the party they lead.
  for (const m of list) {
    const e = entityOf(state, m);
    if (!e || e.label !== 'Person' || !m.possessive) continue;
    const owned = mentionAt(state, s.index, m.tokEnd + 1);
    const party = owned && owned.tokStart === m.tokEnd + 1 ? entityOf(state, owned) : undefined;
    if (party?.label === 'Group' && (party.org?.kind === 'party' || /\bparty$/i.test(party.name))) addRelation(state, 'LEADS', e.index, party.index, s.index);
  }
  // "the Free Democratic Party of Christian Lindner": a party "of" a person is the party they lead.
  for (const m of list) {
    const party = entityOf(state, m);
    if (!party || party.label !== 'Group' || !(party.org?.kind === 'party' || /\bparty$/i.test(party.name)) || s.tokens[m.tokEnd]?.lower !== 'of') continue;
    const p = personAt(state, s.index, m.tokEnd + 1);
    const pe = entityOf(state, p);
    if (pe) addRelation(state, 'LEADS', pe.index, party.index, s.index);
  }
  for (const m of list) {
    const e = entityOf(state, m);
    if (!e || e.label !== 'Person' || s.tokens[m.tokEnd]?.lower !== 'of') continue;
    let j = m.tokEnd + 1;
    if (s.tokens[j]?.lower === 'the') j++;
    const g = mentionAt(state, s.index, j);
    const ge = g && g.tokStart === j ? entityOf(state, g) : undefined;
    if (ge?.label === 'Group') addRelation(state, 'MEMBER_OF', e.index, ge.index, s.index);
  }
}

/** "ISIS leaders like X and Y", "the group's top leaders, including X", "joined ISIS", "involved with al Qaeda". */
function membershipStatements(state: WorkingState, s: SentenceInfo): void {
  const tokens = s.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) continue;
    if (MEMBER_NOUNS.has(t.lower) && t.lower.endsWith('s')) {
      // The group before the noun (adjectives skipped).
      let j = k - 1;
      while (j >= 0 && /^(top|senior|key|other|several|military|most|high-ranking|leading|\w+-ranking)$/.test(tokens[j]?.lower ?? '')) j--;
      let group: WorkingEntity | undefined;
      if (tokens[j]?.kind === 'possessive') j--;
      const gm = mentionAt(state, s.index, j);
      if (gm && gm.tokEnd === j + 1) group = entityOf(state, gm);
      else if (tokens[j]?.lower === 'group' && tokens[j - 1]?.lower === 'the') group = lastGroupBefore(state, s.index, j - 1, false);
      if (!group || group.label !== 'Group') continue;
      let intro = -1;
      for (let x = k + 1; x < tokens.length; x++) {
        const w = tokens[x]?.lower ?? '';
        if (LIST_INTRODUCERS.has(w) || (w === 'such' && tokens[x + 1]?.lower === 'as')) {
          intro = x;
          break;
        }
      }
      if (intro < 0) continue;
      for (const m of sentenceMentions(state, s.index)) {
        if (m.tokStart <= intro) continue;
        const e = entityOf(state, m);
        const next = tokens[m.tokEnd];
        if (e?.label === 'Person' && !isSpeechVerb(next)) addRelation(state, 'MEMBER_OF', e.index, group.index, s.index);
      }
    }
    // "X, who leads the National Rally party", "X heads the agency"; "the party, led by X".
    if (LEAD_VERBS.has(t.lower) && !t.cap) {
      let at = k + 1;
      if (tokLower(s, at) === 'the') at++;
      // "runs the payments company Square": a lower-case description may come before the name.
      if (COMPANY_ANAPHORS.has(tokLower(s, at))) at++;
      else if (COMPANY_ANAPHORS.has(tokLower(s, at + 1)) && s.tokens[at]?.kind === 'word' && !s.tokens[at]?.cap) at += 2;
      const gm = mentionAt(state, s.index, at);
      let group = gm && gm.tokStart === at ? entityOf(state, gm) : undefined;
      // "He had led the company since 2010": the company or group the article named before.
      // "He led the group's attacks" leads the attacks, not the group.
      const ownedAfter = s.tokens[k + 3]?.kind === 'possessive';
      if (!group && !ownedAfter && tokLower(s, k + 1) === 'the' && at === k + 3 && COMPANY_ANAPHORS.has(tokLower(s, k + 2))) group = lastCompanyBefore(state, s.index, k + 1);
      if (!group && !ownedAfter && tokLower(s, k + 1) === 'the' && GROUP_ANAPHORS.has(tokLower(s, k + 2))) group = lastGroupBefore(state, s.index, k + 1, false, true);
      if (group && (group.label === 'Group' || group.place?.kind === 'country')) {
        const who = subjectBefore(state, s, k) ?? relativeAntecedent(state, s, k);
        if (who && !/^(to|will|would|could)$/.test(tokLower(s, k - 1))) addRelation(state, 'LEADS', who.index, group.index, s.index);
      }
    }
    if ((t.lower === 'led' || t.lower === 'headed') && tokLower(s, k + 1) === 'by') {
      // "led by the Malian militant X": a description may come between "by" and the name.
      // "led by Prime Minister X": a title between "by" and the name.
      const titled = [k + 3, k + 4, k + 5].find((end) => titleBefore(s.tokens, s.texts, end)?.start === k + 2);
      let p = personAt(state, s.index, titled ?? k + 2);
      const described = /^(the|a|an)$/.test(tokLower(s, k + 2));
      for (let j = k + 3; !p && described && j < Math.min(s.tokens.length, k + 8) && s.tokens[j - 1]?.kind === 'word'; j++) p = personAt(state, s.index, j);
      // "G (ABC), which is led by X": the group before the relative clause.
      let back = k - 1;
      while (back > 0 && /^(is|was|are|were|which|that|,|now|also)$/.test(tokLower(s, back))) back--;
      // "... Muslims (JNIM), which is led by": the acronym in the brackets names the group.
      if (tokLower(s, back) === ')') back--;
      const gm = mentionAt(state, s.index, k - 1) ?? mentionAt(state, s.index, k - 2) ?? mentionAt(state, s.index, back);
      const group = entityOf(state, gm);
      const pe = entityOf(state, p);
      if (pe && group?.label === 'Group') addRelation(state, 'LEADS', pe.index, group.index, s.index);
    }
    const joined = t.lower === 'joined' || t.lower === 'joins';
    const involved =
      ((t.lower === 'involved' || t.lower === 'fought' || t.lower === 'worked') && /^(with|for|in)$/.test(tokens[k + 1]?.lower ?? '')) ||
      // "who ran for the Liberal Party": a candidate belongs to the party.
      ((t.lower === 'ran' || t.lower === 'campaigned' || t.lower === 'stood') && tokens[k + 1]?.lower === 'for');
    const ranks = t.lower === 'within' && tokens[k + 2]?.kind === 'possessive' && tokens[k + 3]?.lower === 'ranks';
    if (!joined && !involved && !ranks) continue;
    const at = joined ? k + 1 : k + 1 + (ranks ? 0 : 1) + (tokens[k + 1 + (ranks ? 0 : 1)]?.lower === 'the' ? 1 : 0);
    const gm = mentionAt(state, s.index, at);
    const group = gm && gm.tokStart === at ? entityOf(state, gm) : undefined;
    if (!group || group.label !== 'Group') continue;
    const who = subjectBefore(state, s, k);
    if (who) addRelation(state, 'MEMBER_OF', who.index, group.index, s.index);
  }
}

/** Extractor: roles of people and the LEADS / MEMBER_OF relations they imply. */
export const findRoles: Extractor = {
  name: 'find-roles',
  requires: ['sentences', 'entities'],
  assigns: ['roles'],
  run(state: WorkingState): void {
    let cached: WorkingEntity | undefined | null = null;
    let current = 0;
    const country = (): WorkingEntity | undefined => {
      if (cached === null) cached = dominantCountry(state);
      return cached ?? nearbyCountry(state, current);
    };
    let companyCached: WorkingEntity | undefined | null = null;
    const company = (): WorkingEntity | undefined => {
      if (companyCached === null) companyCached = mainCompany(state);
      return companyCached;
    };
    for (const s of state.sentences) {
      current = s.index;
      const texts = s.texts;
      rolesInSentence(state, s, texts, country, company);
      possessiveAndOf(state, s);
      membershipStatements(state, s);
    }
  },
};
