/**
 * Reading an event's clause: negation, modality and voice of a trigger, who acts (the nearest actor, "by X",
 * a country behind "<demonym> troops", a country's own forces), who is named after it, where it happens.
 */
import { entityOf, lastGroupBefore, mentionAt, resetMentionCache, resolveDescription, resolvePersonPronoun, sentenceMentions } from './coref';
import { entityForCanonical } from './find-roles';
import { demonymCountry, titleBefore } from './lexicon-access';
import type { MentionSpan, SentenceInfo, WorkingEntity, WorkingState } from './state';
import { isSpeechVerb, tokLower } from './tokenize';
import { BE_FORMS, GROUP_PRONOUNS, HANDOVER_VERBS, HEDGE_WORDS, MODALS, NEGATIONS, ORDER_WORDS, PERSON_PRONOUNS } from './word-lists';

/** Words that end the clause an event's participants are read from. */
const CLAUSE_BREAK = new Set(['.', ';', 'who', 'which', 'whose', 'but', 'while', 'although', 'though', 'because']);
/** Tokens skipped between a passive participle and its agent ("killed this week by"). */
const ADVERBS = new Set(['likely', 'reportedly', 'also', 'probably', 'possibly', 'apparently', 'allegedly', 'believed', 'thought', 'to', 'have', 'been', 'all', 'both', 'already', 'since', 'then']);

/** True when a negation governs the trigger at `k` ("did not kill", "not kill"). */
export function isNegated(s: SentenceInfo, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const w = tokLower(s, j);
    if (NEGATIONS.has(w) || w.endsWith("n't")) return true;
    if (w === ',' || w === '.') break;
  }
  // "to capture, not kill, him".
  return tokLower(s, k - 1) === 'not';
}

/** A base-form verb after a modal or "to" ("could kill", "plans to kill") is not a happening. */
export function isHypothetical(s: SentenceInfo, k: number): boolean {
  const w = tokLower(s, k);
  const prev = tokLower(s, k - 1);
  const base = !/(ed|en)$/.test(w) && w !== 'slain';
  if (base && (MODALS.has(prev) || prev === 'to')) return true;
  // "if ... killed", "would have killed".
  if (prev === 'have' && /^(would|could|should|might)$/.test(tokLower(s, k - 2))) return true;
  return false;
}

/** True when an order or plan word governs the trigger ("ordered the killing"). */
export function hasOrderBefore(s: SentenceInfo, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) if (ORDER_WORDS.has(tokLower(s, j))) return true;
  return false;
}

/** True when the participle at `k` follows a form of "be" ("was killed"). */
export function isPassive(s: SentenceInfo, k: number): boolean {
  const w = tokLower(s, k);
  // Regular participles and the irregular "-en" ones ("was chosen", "was taken").
  if (!/(ed|en|slain)$/.test(w)) return false;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const p = tokLower(s, j);
    if (BE_FORMS.has(p) || p === 'got' || p === 'get') return true;
    if (!ADVERBS.has(p) && !HEDGE_WORDS.has(p)) return false;
  }
  return false;
}

/** True when the mention speaks ("X said", "said X.", "according to X", "told X"). */
export function isSpeaker(s: SentenceInfo, m: MentionSpan): boolean {
  const next = s.tokens[m.tokEnd];
  if (isSpeechVerb(next)) return true;
  let at = m.tokStart - 1;
  if (tokLower(s, at) === 'the') at--;
  const prev = s.tokens[at];
  if (prev && prev.lower === 'to' && tokLower(s, at - 1) === 'according') return true;
  // "..., said Bruce Riedel." speaks; "said Hassan Warsame was killed" reports on him.
  const follow = s.tokens[m.tokEnd];
  if (prev && /^(told|tells|tell)$/.test(prev.lower)) return true;
  return !!prev && isSpeechVerb(prev) && (!follow || follow.kind === 'punct');
}

/** Linked entities of the mentions of `s` within [from, to). */
export function entitiesIn(state: WorkingState, s: SentenceInfo, from: number, to: number, label?: WorkingEntity['label']): { m: MentionSpan; e: WorkingEntity }[] {
  const out: { m: MentionSpan; e: WorkingEntity }[] = [];
  for (const m of sentenceMentions(state, s.index)) {
    if (m.tokStart < from || m.tokEnd > to) continue;
    const e = entityOf(state, m);
    if (!e || (label && e.label !== label)) continue;
    out.push({ m, e });
  }
  return out;
}

/** Prepositions that open a directive phrase ("at the direction of", "on the orders of", "under orders from"). */
const DIRECTIVE_PREPOSITIONS = new Set(['at', 'on', 'under', 'upon']);

/** Nouns of directing or authorising: the person after them gave the order. */
const DIRECTIVE_NOUNS = new Set([
  'direction', 'directions', 'order', 'orders', 'behest', 'request', 'instruction', 'instructions', 'command', 'authority', 'authorization', 'approval', 'urging',
]);

/** People named after token `k` up to the end of the clause (appositions and "including" lists included). */
export function peopleAfter(state: WorkingState, s: SentenceInfo, k: number): WorkingEntity[] {
  const out: WorkingEntity[] = [];
  let end = s.tokens.length;
  for (let j = k + 1; j < s.tokens.length; j++) {
    const w = tokLower(s, j);
    if (CLAUSE_BREAK.has(w) && !(w === 'who' && out.length === 0 && false)) {
      end = j;
      break;
    }
    if (isSpeechVerb(s.tokens[j]) && j > k + 1) {
      end = j;
      break;
    }
    // "The strike that killed X was one of several ...": a finite "be" after the object closes the clause.
    if (j > k + 1 && BE_FORMS.has(w) && w !== "'s" && w !== 'be' && w !== 'been' && w !== 'being') {
      end = j;
      break;
    }
    // "at the direction of President X", "on the orders of X", "by X": whoever directs or acts is no victim.
    if (w === 'by' || (DIRECTIVE_PREPOSITIONS.has(w) && DIRECTIVE_NOUNS.has(tokLower(s, j + (tokLower(s, j + 1) === 'the' ? 2 : 1))))) {
      end = j;
      break;
    }
  }
  for (const { m, e } of entitiesIn(state, s, k + 1, end, 'Person')) {
    if (isSpeaker(s, m)) continue;
    if (!out.includes(e)) out.push(e);
  }
  return out;
}

/** Start of the clause holding token `k` (after the last ";", "that", "which", "who" before it). */
export function clauseStart(s: SentenceInfo, k: number): number {
  for (let j = k - 1; j >= 0; j--) {
    const w = tokLower(s, j);
    if (w === ';' || w === 'that' || w === 'which' || w === 'who' || w === 'whom') return j + 1;
  }
  return 0;
}

/** The nearest actor before token `k` in its clause (a pronoun "it"/"they" resolves to the last group or country). */
export function actorBefore(state: WorkingState, s: SentenceInfo, k: number): WorkingEntity | undefined {
  const from = clauseStart(s, k);
  for (let j = k - 1; j >= from; j--) {
    const w = tokLower(s, j);
    if (w === ',') break;
    // "Israel said that its forces had killed X": the forces of the group or country the pronoun stands for.
    const ownForces = (w === 'its' || w === 'their') && FORCE_NOUNS.has(tokLower(s, j + 1));
    if ((GROUP_PRONOUNS.has(w) && w !== 'their' && w !== 'its') || ownForces) {
      // "Karvenia said (that) it had killed ...": the pronoun is the speaker.
      const v = tokLower(s, j - 1) === 'that' ? j - 2 : j - 1;
      const speaker = isSpeechVerb(s.tokens[v]) ? entityOf(state, mentionAt(state, s.index, v - 1)) : undefined;
      if (speaker && speaker.label !== 'Person') return speaker;
      return lastGroupBefore(state, s.index, j, true);
    }
    // "its board", "the company", "the group": the organisation named before.
    if ((w === 'its' && BOARD_WORDS.has(tokLower(s, j + 1))) || (w === 'the' && BOARD_WORDS.has(tokLower(s, j + 1)))) {
      const g = lastGroupBefore(state, s.index, j, false);
      if (g) return g;
    }
    const m = mentionAt(state, s.index, j);
    if (!m) continue;
    const e = entityOf(state, m);
    if (!e || isSpeaker(s, m)) {
      j = m.tokStart;
      continue;
    }
    // A place that is not a country does not act, and nothing after "near"/"in" is the subject.
    const before = tokLower(s, m.tokStart - 1);
    if ((e.label === 'Place' && e.place?.kind !== 'country') || /^(near|in|at|outside|inside|from|of|to)$/.test(before)) {
      j = m.tokStart;
      continue;
    }
    return forcesOf(state, s, m) ?? e;
  }
  // "A French airstrike killed ...": the country a demonym names, when it qualifies the weapon or force.
  // The subject comes first: "Syrian troops backed by Russian forces" are Syrian.
  return demonymActor(state, s, Math.max(from, k - 8), k);
}

/** The country of the first "<demonym> <force or weapon>" in [from, to) ("a Turkish drone strike"). */
export function demonymActor(state: WorkingState, s: SentenceInfo, from: number, to: number): WorkingEntity | undefined {
  for (let j = from; j < to; j++) {
    const t = s.tokens[j];
    if (tokLower(s, j) === 'by' || tokLower(s, j) === ',') break;
    if (!t || !t.cap || !STRIKE_MODIFIED.has(tokLower(s, j + 1))) continue;
    const country = demonymCountry(t.text);
    if (country) return entityForCanonical(state, country.name);
  }
  return undefined;
}

/** Nouns a demonym before them turns into an acting country ("French airstrike", "Russian jets"). */
const STRIKE_MODIFIED = new Set([
  'airstrike', 'airstrikes', 'strike', 'strikes', 'drone', 'drones', 'jet', 'jets', 'warplane', 'warplanes', 'planes', 'aircraft', 'helicopters', 'raid', 'missile', 'missiles', 'artillery', 'navy', 'air',
  'troops', 'forces', 'soldiers', 'army', 'military', 'police', 'commandos',
]);

/** Nouns that stand for an organisation acting through its own body ("its board appointed", "the company named"). */
const BOARD_WORDS = new Set(['board', 'company', 'firm', 'group', 'organization', 'organisation', 'directors', 'shareholders', 'party', 'movement', 'militia']);

/** Nouns after a country that name its armed forces ("U.S. forces", "the U.S. military"). */
export const FORCE_NOUNS = new Set(['forces', 'military', 'troops', 'commandos', 'soldiers']);

/**
 * "U.S. forces", "U.S. special forces", "the U.S. military" acting: a group of its own (the country's armed
 * forces), made when it acts, named as written.
 */
export function forcesOf(state: WorkingState, s: SentenceInfo, m: MentionSpan): WorkingEntity | undefined {
  const country = entityOf(state, m);
  if (!country || country.place?.kind !== 'country') return undefined;
  let end = m.tokEnd;
  if (tokLower(s, end) === 'special') end++;
  if (!FORCE_NOUNS.has(tokLower(s, end))) return undefined;
  const last = s.tokens[end];
  if (!last) return undefined;
  const text = s.text.slice(m.start - s.start, last.end - s.start);
  const existing = state.entities.find((e) => e.label === 'Group' && e.forms.includes(text));
  if (existing && existing.mentions.some((id) => state.mentions[id]?.start === m.start)) return existing;
  const mention: MentionSpan = {
    id: state.mentions.length, sentence: s.index, tokStart: m.tokStart, tokEnd: end + 1, text, start: m.start, end: last.end,
    label: 'Group', confidence: 1, place: null, org: null, role: null, titledForm: null, possessive: false, entity: -1,
  };
  const entity: WorkingEntity = existing ?? {
    index: state.entities.length, key: `e${state.entities.length + 1}`, label: 'Group', name: text, forms: [text], roles: [], mentions: [], place: null, org: null,
  };
  if (!existing) state.entities.push(entity);
  mention.entity = entity.index;
  state.mentions.push(mention);
  entity.mentions.push(mention.id);
  resetMentionCache(state);
  return entity;
}

/** The agent of a passive: "by X" shortly after the participle. */
export function byAgent(state: WorkingState, s: SentenceInfo, k: number): WorkingEntity | undefined {
  for (let j = k + 1; j < Math.min(s.tokens.length, k + 6); j++) {
    if (tokLower(s, j) !== 'by') continue;
    for (let x = j + 1; x < Math.min(s.tokens.length, j + 5); x++) {
      const m = mentionAt(state, s.index, x);
      const e = entityOf(state, m);
      if (m && e) return forcesOf(state, s, m) ?? e;
      if (CLAUSE_BREAK.has(tokLower(s, x)) || tokLower(s, x) === ',') break;
    }
    return undefined;
  }
  return undefined;
}

/** Words that make "operation" or "campaign" military. */
export const MILITARY_CONTEXT = new Set([
  'forces', 'troops', 'military', 'army', 'militants', 'militant', 'fighters', 'rebels', 'soldiers', 'airstrikes', 'strikes',
  'offensive', 'insurgents', 'jihadists', 'marines', 'commandos', 'coalition', 'retake', 'recapture', 'liberate', 'territory',
]);

/** Words that tie a following place to an event ("in Brussels", "the town of Palmyra", "inside Syria"). */
const PLACE_LINKS = new Set(['in', 'on', 'at', 'against', 'near', 'outside', 'inside', 'across', 'of', 'from', 'toward', 'towards', 'into', 'to', 'targeting']);

/** A place named or described after token `k` ("in Brussels", "at the base", "the ancient town of Palmyra"). */
export function placeAfter(state: WorkingState, s: SentenceInfo, k: number, window: number): WorkingEntity[] {
  const out: WorkingEntity[] = [];
  for (let j = k + 1; j < Math.min(s.tokens.length, k + 1 + window); j++) {
    const w = tokLower(s, j);
    if (w === '.' || w === ';' || (w === ',' && out.length > 0)) break;
    const m = mentionAt(state, s.index, j);
    const e = entityOf(state, m);
    if (m && e) {
      let p = m.tokStart - 1;
      if (tokLower(s, p) === 'the') p--;
      const linked = PLACE_LINKS.has(tokLower(s, p)) || (out.length > 0 && (tokLower(s, p) === 'and' || s.tokens[p]?.kind === 'possessive'));
      if (e.label === 'Place' && linked && !out.includes(e)) out.push(e);
      j = m.tokEnd - 1;
      if (out.length > 0 && tokLower(s, m.tokEnd) !== 'and') {
        // Coordinated places ("in Paris last year and Belgium this week") continue past a date.
        const andAt = s.tokens.findIndex((t, x) => x > m.tokEnd && x < m.tokEnd + 5 && t.lower === 'and');
        if (andAt < 0) break;
        j = andAt;
      }
      continue;
    }
    if (s.tokens[j - 1]?.lower === 'the') {
      const d = resolveDescription(state, s, j);
      if (d && !out.includes(d)) {
        out.push(d);
        break;
      }
    }
  }
  return out;
}

/** A non-country place right before an event noun ("the Brussels attacks"). */
export function placeBefore(state: WorkingState, s: SentenceInfo, k: number): WorkingEntity | undefined {
  let j = k - 1;
  while (j >= 0 && /^(deadly|terror|terrorist|suicide|twin|coordinated|recent|latest|deadliest|bloody|rocket|'s)$/.test(tokLower(s, j))) j--;
  const m = mentionAt(state, s.index, j);
  const e = entityOf(state, m);
  // "the U.S. attacks" are attacks by the country; "the Brussels attacks" are attacks on the city.
  return m && m.tokEnd === j + 1 && e?.label === 'Place' && e.place?.kind !== 'country' ? e : undefined;
}

/** A place of a kind that can host an offensive or attack (not a continent or multi-country region). */
export function isSitePlace(e: WorkingEntity, allowCountry: boolean): boolean {
  if (e.label !== 'Place') return false;
  const kind = e.place?.kind;
  if (kind === 'continent' || kind === 'region') return false;
  if (kind === 'country') return allowCountry;
  return true;
}
/** A title within a few words after token `k` ("named Maria Lopez as its chief executive"). */
export function hasTitleAfter(s: SentenceInfo, k: number): boolean {
  for (let end = k + 2; end <= Math.min(s.tokens.length, k + 12); end++) if (titleBefore(s.tokens, s.texts, end)) return true;
  return false;
}

/** The person a clause ending at `k` is about: the last one named in it, a relative clause's antecedent, or a pronoun. */
export function clauseSubject(state: WorkingState, s: SentenceInfo, k: number): WorkingEntity | undefined {
  const from = clauseStart(s, k);
  const before = entitiesIn(state, s, from, k, 'Person').filter(({ m }) => !isSpeaker(s, m));
  const last = before[before.length - 1];
  if (last) return last.e;
  // "John Whitfield, who resigned": the name before the relative pronoun.
  if (from > 0 && /^(who|whom)$/.test(tokLower(s, from - 1))) {
    let j = from - 2;
    if (tokLower(s, j) === ',') j--;
    const e = entityOf(state, mentionAt(state, s.index, j));
    if (e?.label === 'Person') return e;
    // "X, described by the Pentagon as the group's minister of war, who was killed": one apposition back.
    if (tokLower(s, from - 2) === ',') {
      let c = j;
      while (c > 0 && !/^[,.;]$/.test(tokLower(s, c))) c--;
      const m = tokLower(s, c) === ',' ? mentionAt(state, s.index, c - 1) : undefined;
      const named = m && m.tokEnd === c ? entityOf(state, m) : undefined;
      if (named?.label === 'Person') return named;
    }
  }
  for (let j = k - 1; j >= from; j--) if (PERSON_PRONOUNS.has(tokLower(s, j))) return resolvePersonPronoun(state, s.index, j);
  return undefined;
}

/**
 * Token index of the verb handing over the post noun at `k` ("handing the reins", "hand the top job"), or -1:
 * the verb, "the", at most one modifier, then the noun.
 */
export function handoverVerbBefore(s: SentenceInfo, k: number): number {
  for (const v of [k - 2, k - 3]) {
    if (!HANDOVER_VERBS.has(tokLower(s, v)) || tokLower(s, v + 1) !== 'the') continue;
    if (v === k - 3 && (s.tokens[k - 1]?.kind !== 'word' || s.tokens[k - 1]?.cap)) continue;
    return v;
  }
  return -1;
}
