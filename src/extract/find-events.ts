/**
 * Events: trigger words per type (killings, strikes, attacks, captures, offensives, appointments, elections,
 * arrests, resignations) with their victims, targets, agents and places read from the clause around the
 * trigger; negated, hypothetical and historical uses are skipped; orders and competing claims never give an
 * agent. Dates come from the sentence's nearest date expression (report dates like "said Friday" only bound
 * it); status is hedged / disputed / attributed / stated.
 */
import { entityOf, mentionAt, resolvePersonPronoun, sentenceMentions } from './coref';
import {
  actorBefore,
  byAgent,
  clauseStart,
  clauseSubject,
  demonymActor,
  entitiesIn,
  FORCE_NOUNS,
  forcesOf,
  handoverVerbBefore,
  hasOrderBefore,
  hasTitleAfter,
  isHypothetical,
  isNegated,
  isPassive,
  isSitePlace,
  isSpeaker,
  MILITARY_CONTEXT,
  peopleAfter,
  placeAfter,
  placeBefore,
} from './event-clauses';
import { dateOf } from './event-dates';
import { CORPORATE_TITLES } from './lexicon/titles';
import { titleBefore } from './lexicon-access';
import { dominantCountry } from './find-roles';
import type { EventType, FactStatus } from '../model/vocabulary';
import { sentenceEvidence, type Extractor, type SentenceInfo, type WorkingEntity, type WorkingEvent, type WorkingState } from './state';
import { isSpeechVerb, tokLower } from './tokenize';
import {
  ANNOUNCE_VERBS,
  APPOINT_VERBS,
  ARREST_WORDS,
  ATTACK_NOUNS,
  ATTACK_VERBS,
  CAPTURE_NOUNS,
  CAPTURE_VERBS,
  CONTEST_NOUNS,
  ELECTION_NOUNS,
  ELECTION_OUTCOME_VERBS,
  ELECTION_WORDS,
  BE_FORMS,
  BECOME_VERBS,
  FIRE_VERBS,
  HANDOVER_NOUNS,
  HEDGE_WORDS,
  HISTORY_WORDS,
  KILL_NOUNS,
  KILL_VERBS,
  MEMBER_NOUNS,
  OFFENSIVE_NOUNS,
  OFFENSIVE_VERBS,
  ORDER_WORDS,
  PERSON_PRONOUNS,
  PROJECTILES,
  POLITICAL_MODIFIERS,
  PROSPECTIVE_WORDS,
  REPLACED_VERBS,
  RESIGN_WORDS,
  SERIES_WORDS,
  STRIKE_WORDS,
} from './word-lists';


interface Trigger {
  s: SentenceInfo;
  tok: number;
  type: EventType;
  targets: WorkingEntity[];
  agents: WorkingEntity[];
  places: WorkingEntity[];
  /** The victim is described but not named ("a senior Islamic State leader was killed"). */
  unnamed: boolean;
  /** A death already known, talked about ("X's death offered the group a chance"): nobody announces it here. */
  commentary?: boolean;
  noAgentRelation: boolean;
}

/** Records why a trigger word gave no event (a located diagnostic, not an error). */
function note(state: WorkingState, s: SentenceInfo, k: number, code: string, why: string): void {
  const t = s.tokens[k];
  if (!t) return;
  state.diagnostics.push({ code, message: `"${t.text}": ${why}`, start: t.start, end: t.end });
}

/** True (and noted) when the trigger at `k` is negated, or hypothetical when `modal` is checked too. */
function skipped(state: WorkingState, s: SentenceInfo, k: number, modal: boolean): boolean {
  if (isNegated(s, k)) {
    note(state, s, k, 'negated-event', 'negated, so no event');
    return true;
  }
  if (modal && isHypothetical(s, k)) {
    note(state, s, k, 'hypothetical-event', 'after a modal or "to", so no event');
    return true;
  }
  return false;
}


/** "the strike was carried out by American drones", "the raid was conducted by X": who carried it out. */
function carriedOutBy(state: WorkingState, s: SentenceInfo): WorkingEntity | undefined {
  for (let k = 2; k + 2 < s.tokens.length; k++) {
    if (tokLower(s, k + 1) !== 'by' || !/^(carried|conducted)$/.test(tokLower(s, k) === 'out' ? tokLower(s, k - 1) : tokLower(s, k))) continue;
    const back = s.tokens.slice(Math.max(0, k - 5), k).map((t) => t.lower);
    const subject = back.findIndex((w, i) => w === 'the' && STRIKE_WORDS.has(back[i + 1] ?? ''));
    if (subject < 0) continue;
    const e = entityOf(state, mentionAt(state, s.index, k + 2));
    if (e && (e.label === 'Group' || e.place?.kind === 'country')) return e;
    return demonymActor(state, s, k + 2, Math.min(s.tokens.length, k + 5));
  }
  return undefined;
}

/** Verbs that confirm a death already reported ("confirmed the death"). */
const CONFIRM_VERBS = new Set(['confirmed', 'confirms', 'announced', 'announces', 'announce', 'confirm']);

function killTrigger(state: WorkingState, s: SentenceInfo, k: number, out: Trigger[]): void {
  const w = tokLower(s, k);
  if (skipped(state, s, k, true)) return;
  const order = hasOrderBefore(s, k);
  const base: Omit<Trigger, 'targets' | 'agents' | 'unnamed'> = { s, tok: k, type: 'Killing', places: [], noAgentRelation: order };
  if (KILL_NOUNS.has(w) && (tokLower(s, k + 1) === 'of' || s.tokens[k - 1]?.kind === 'possessive')) {
    // History or comparison ("since Hitler's death", "like the killing of X") is not a happening here.
    for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
      if (!HISTORY_WORDS.has(tokLower(s, j))) continue;
      note(state, s, k, 'historical-event', 'a death named as history or comparison is not an event of this article');
      return;
    }
    let victims: WorkingEntity[] = [];
    if (tokLower(s, k + 1) === 'of') {
      // "the death of X", "the death of its leader X" (a possessive and a title may come first).
      for (let j = k + 2; j < Math.min(s.tokens.length, k + 7); j++) {
        const t = s.tokens[j];
        if (!t || t.kind === 'punct') break;
        const m = mentionAt(state, s.index, j);
        const e = entityOf(state, m);
        if (e?.label === 'Person') {
          victims = [e];
          break;
        }
        // "the death of Taliban commander X": a group named before a title qualifies it.
        if (e && m && e.label === 'Group' && titleAt(s, m.tokEnd)) {
          j = m.tokEnd - 1;
          continue;
        }
        if (e) break;
      }
    } else {
      const m = mentionAt(state, s.index, k - 2);
      const e = entityOf(state, m);
      if (m && m.tokEnd === k - 1 && e?.label === 'Person') victims = [e];
    }
    if (victims.length === 0) return;
    // "X's death offered the Taliban a chance": the death is the subject of another verb, so it is commented on.
    const nextWord = s.tokens[k + 1];
    const commentary = tokLower(s, k + 1) !== 'of' && !!nextWord && nextWord.kind === 'word' && !nextWord.cap && !/^(was|is|has|had|in|on|at|near|during|after|last|this|earlier|late|early)$/.test(nextWord.lower);
    out.push({ ...base, targets: victims, agents: [], unnamed: false, noAgentRelation: true, commentary });
    return;
  }
  // "Obama confirmed the death", "announced his death": the article's killing, told by whoever confirms it.
  if (KILL_NOUNS.has(w) && /^(the|his|her)$/.test(tokLower(s, k - 1)) && CONFIRM_VERBS.has(tokLower(s, k - 2))) {
    out.push({ ...base, targets: [], agents: [], unnamed: true, noAgentRelation: true });
    return;
  }
  if (!KILL_VERBS.has(w)) return;
  // "was eliminated from the race", "eliminated in the first round": out of a contest, not killed.
  if (w === 'eliminated' && /^(from|in|at)$/.test(tokLower(s, k + 1))) return;
  // "the slain leader", "the killing": an adjective or noun, not a clause with participants.
  if (/^(the|a|an|his|her|its|their)$/.test(tokLower(s, k - 1))) return;
  let victims: WorkingEntity[];
  let agent: WorkingEntity | undefined;
  let region: [number, number];
  // "Abu Anas, killed in a strike last week, ...": a participle right after a name is passive too.
  const reduced = /ed$|slain$/.test(w) && tokLower(s, k - 1) === ',' && entityOf(state, mentionAt(state, s.index, k - 2))?.label === 'Person';
  // "X died in a U.S. airstrike": a death caused by a strike, raid or attack.
  const died = w === 'died' && /^(in|after|from|during)$/.test(tokLower(s, k + 1)) && s.tokens.slice(k + 2, k + 7).some((t) => STRIKE_WORDS.has(t.lower) || ATTACK_NOUNS.has(t.lower));
  if (w === 'died' && !died) return;
  if (reduced) {
    const e = entityOf(state, mentionAt(state, s.index, k - 2));
    victims = e ? [e] : [];
    agent = byAgent(state, s, k);
    region = [k, k];
  } else if (died) {
    const from = clauseStart(s, k);
    victims = entitiesIn(state, s, from, k, 'Person').filter(({ m }) => !isSpeaker(s, m)).map(({ e }) => e);
    agent = undefined;
    for (let j = k + 2; j < Math.min(s.tokens.length, k + 7) && !agent; j++) {
      const e = entityOf(state, mentionAt(state, s.index, j));
      if (e && (e.label === 'Group' || e.place?.kind === 'country')) agent = e;
    }
    if (!agent) agent = demonymActor(state, s, k + 2, Math.min(s.tokens.length, k + 7));
    region = [k, k];
  } else if (isPassive(s, k)) {
    let from = clauseStart(s, k);
    // "X said his side had been killed", "the deal was killed": the subject is the noun phrase before the
    // verb, so names before it are not the victim ("X and his wife were killed" still names X).
    let aux = k - 1;
    while (aux > 0 && (BE_FORMS.has(tokLower(s, aux)) || /^(had|has|have|also|reportedly|likely|probably|believed|all|both)$/.test(tokLower(s, aux)))) aux--;
    const head = s.tokens[aux];
    const nounSubject = !!head && head.kind === 'word' && !head.cap && /^(his|her|its|their|our|my|the|this|that)$/.test(tokLower(s, aux - 1)) && tokLower(s, aux - 2) !== 'and' && !MEMBER_NOUNS.has(head.lower);
    if (nounSubject) from = aux;
    // "a lieutenant of X and his wife were killed", "X's son was killed": X only says whose kin or aide died.
    const modifier = (m: { tokStart: number; possessive: boolean }): boolean =>
      m.possessive || (tokLower(s, m.tokStart - 1) === 'of' && s.tokens[m.tokStart - 2]?.kind === 'word' && !s.tokens[m.tokStart - 2]?.cap && !KILL_NOUNS.has(tokLower(s, m.tokStart - 2)));
    victims = entitiesIn(state, s, from, k, 'Person')
      .filter(({ m }) => !isSpeaker(s, m) && !modifier(m))
      .map(({ e }) => e);
    if (victims.length === 0) {
      const inc = s.tokens.findIndex((t, j) => j > k && t.lower === 'including');
      if (inc > 0) victims = peopleAfter(state, s, inc);
    }
    if (victims.length === 0 && from > 0 && /^(who|that|which)$/.test(tokLower(s, from - 1))) {
      // "Samir Khan, an American who edited the magazine, was also killed": the relative clause closed
      // before the verb, so the victim is the sentence's subject.
      let closed = false;
      for (let j = from; j < k; j++) if (tokLower(s, j) === ',') closed = true;
      const first = sentenceMentions(state, s.index)[0];
      const subject = first && first.tokStart === 0 ? entityOf(state, first) : undefined;
      if (closed && subject?.label === 'Person' && tokLower(s, first?.tokEnd ?? 0) === ',') victims = [subject];
    }
    if (victims.length === 0 && from > 0 && !nounSubject) {
      // "Mohammed Yusuf, who was killed in custody".
      const who = clauseSubject(state, s, k);
      if (who) victims = [who];
    }
    agent = byAgent(state, s, k) ?? weaponOwner(state, s, k) ?? whenAgent(state, s, k);
    region = [from, k];
  } else {
    victims = peopleAfter(state, s, k);
    agent = actorBefore(state, s, k);
    region = [k + 1, Math.min(s.tokens.length, k + 8)];
  }
  victims = victims.filter((v) => v !== agent);
  if (victims.length > 0) {
    // Where: after the victim ("killed X near Timbuktu") or inside the subject ("an airstrike in Syria killed X").
    let strikeAt = -1;
    for (let j = k - 1; j >= Math.max(0, k - 8) && strikeAt < 0; j--) if (STRIKE_WORDS.has(tokLower(s, j)) || ATTACK_NOUNS.has(tokLower(s, j))) strikeAt = j;
    const places = [...(strikeAt >= 0 ? placeAfter(state, s, strikeAt, k - strikeAt - 1) : []), ...placeAfter(state, s, k, 16)].filter((p) => isSitePlace(p, true));
    out.push({ ...base, targets: victims, agents: agent && !order ? [agent] : [], places, unnamed: false });
    return;
  }
  // Nobody named: a described leader is a killing to attach later; deaths of "people" with an attacker and a
  // place are an attack on that place.
  let described = false;
  for (let j = region[0]; j < region[1]; j++) {
    const x = tokLower(s, j);
    // "a lieutenant of X": the aide of someone named, not a described leader the article is about.
    const aideOf = tokLower(s, j + 1) === 'of' && entityOf(state, mentionAt(state, s.index, j + 2))?.label === 'Person';
    if (((MEMBER_NOUNS.has(x) && !x.endsWith('s')) || x === 'second' || x === 'man' || x === 'minister' || x === 'no.') && !aideOf) described = true;
  }
  if (described) {
    out.push({ ...base, targets: [], agents: agent ? [agent] : [], unnamed: true });
    return;
  }
  if (agent && agent.label === 'Group') {
    const places = [...placeAfter(state, s, k, 8), ...placeAfter(state, s, region[0] - 1, region[1] - region[0] + 1)].filter((p) => isSitePlace(p, false));
    if (places.length > 0) out.push({ s, tok: k, type: 'Attack', targets: places, agents: [agent], places, unnamed: false, noAgentRelation: false });
  }
}

/** "was killed when U.S. warplanes bombed a house": the attacker of the "when" clause right after the verb. */
function whenAgent(state: WorkingState, s: SentenceInfo, k: number): WorkingEntity | undefined {
  if (tokLower(s, k + 1) !== 'when') return undefined;
  for (let j = k + 2; j < Math.min(s.tokens.length, k + 7); j++) {
    if (!ATTACK_VERBS.has(tokLower(s, j)) && !FIRE_VERBS.has(tokLower(s, j)) && !KILL_VERBS.has(tokLower(s, j))) continue;
    const owner = entityOf(state, mentionAt(state, s.index, j - 1) ?? mentionAt(state, s.index, j - 2));
    if (owner && (owner.label === 'Group' || owner.place?.kind === 'country')) return owner;
    return demonymActor(state, s, k + 2, j);
  }
  return undefined;
}

/** True when a title starts at token `at` ("commander" in "Taliban commander X"). */
function titleAt(s: SentenceInfo, at: number): boolean {
  for (let end = at + 1; end <= Math.min(s.tokens.length, at + 4); end++) if (titleBefore(s.tokens, s.texts, end)?.start === at) return true;
  return false;
}

/** "killed in a U.S. airstrike", "killed in an Israeli raid": whoever the strike after a passive belongs to. */
function weaponOwner(state: WorkingState, s: SentenceInfo, k: number): WorkingEntity | undefined {
  if (!/^(in|during|by)$/.test(tokLower(s, k + 1))) return undefined;
  for (let j = k + 2; j < Math.min(s.tokens.length, k + 7); j++) {
    if (!STRIKE_WORDS.has(tokLower(s, j)) && !ATTACK_NOUNS.has(tokLower(s, j))) continue;
    const owner = entityOf(state, mentionAt(state, s.index, j - 1) ?? mentionAt(state, s.index, j - 2));
    if (owner && owner.label !== 'Person' && (owner.label === 'Group' || owner.place?.kind === 'country')) return owner;
    return demonymActor(state, s, k + 2, j);
  }
  return undefined;
}

function strikeTrigger(state: WorkingState, s: SentenceInfo, k: number, out: Trigger[]): void {
  const w = tokLower(s, k);
  if (skipped(state, s, k, false)) return;
  const prev = tokLower(s, k - 1);
  if (w.endsWith('s') && (/^\d/.test(prev) || SERIES_WORDS.has(tokLower(s, k - 2)) || prev === 'of')) return;
  let j = k + 1;
  // "strike against/on/targeting X", "airstrike ... targeted X".
  let found = -1;
  for (; j < Math.min(s.tokens.length, k + 14); j++) {
    const x = tokLower(s, j);
    // "the strike that targeted X": "that" opens a relative clause only right after the strike noun.
    const relative = x === 'that' && j === k + 1;
    if (x === 'against' || x === 'on' || x === 'targeting' || x === 'targeted' || relative || x === 'killed' || (x === 'at' && /^(aimed|directed)$/.test(tokLower(s, j - 1)))) {
      found = j;
      break;
    }
    // "... drone strike in Pakistan, and announced that his deputy, X, ...": another clause, another verb.
    if (x === '.' || x === ';' || isSpeechVerb(s.tokens[j])) break;
  }
  if (found < 0) return;
  if (tokLower(s, found) === 'killed') return;
  const targets = peopleAfter(state, s, found);
  if (targets.length === 0) return;
  const agent = actorBefore(state, s, k + 1);
  const places = placeAfter(state, s, found, 14).filter((p) => isSitePlace(p, true));
  out.push({ s, tok: k, type: 'Strike', targets, agents: agent && agent.label !== 'Person' ? [agent] : [], places, unnamed: false, noAgentRelation: false });
}

/** Who claims an attack at token `x`: the nearest group before it in the clause, or the antecedent of "which"/"who". */
function claimant(state: WorkingState, s: SentenceInfo, x: number): WorkingEntity | undefined {
  const from = clauseStart(s, x);
  const groups = entitiesIn(state, s, from, x).filter(({ e }) => e.label === 'Group');
  const nearest = groups[groups.length - 1];
  if (nearest) return nearest.e;
  if (from > 0 && /^(which|who)$/.test(tokLower(s, from - 1))) {
    let j = from - 2;
    if (tokLower(s, j) === ',') j--;
    const e = entityOf(state, mentionAt(state, s.index, j));
    if (e && e.label === 'Group') return e;
  }
  return undefined;
}

/** "Iran responded by firing more than a dozen ballistic missiles at two bases in Iraq": an attack on where they hit. */
function fireTrigger(state: WorkingState, s: SentenceInfo, k: number, out: Trigger[]): void {
  let shot = -1;
  for (let j = k + 1; j < Math.min(s.tokens.length, k + 8) && shot < 0; j++) if (PROJECTILES.has(tokLower(s, j))) shot = j;
  if (shot < 0 || !/^(at|on|toward|towards|into|against)$/.test(tokLower(s, shot + 1))) return;
  const places = placeAfter(state, s, shot + 1, 8).filter((p) => isSitePlace(p, true));
  if (places.length === 0) return;
  const actor = actorBefore(state, s, k);
  const agents = actor && (actor.label === 'Group' || actor.place?.kind === 'country') ? [actor] : [];
  out.push({ s, tok: k, type: 'Attack', targets: places, agents, places, unnamed: false, noAgentRelation: false });
}

function attackTrigger(state: WorkingState, s: SentenceInfo, k: number, out: Trigger[]): void {
  if (skipped(state, s, k, true)) return;
  const w = tokLower(s, k);
  if (FIRE_VERBS.has(w)) {
    fireTrigger(state, s, k, out);
    return;
  }
  if (tokLower(s, k - 1) === 'heart' || tokLower(s, k - 1) === 'panic') return;
  // "planning attacks on Kabul", "urged attacks": a plan or call is no attack that happened ("the planning
  // of the attacks in Paris" is about attacks that did).
  for (let j = k - 1; j >= Math.max(0, k - 3) && tokLower(s, j) !== 'of'; j--) if (ORDER_WORDS.has(tokLower(s, j))) return;
  // "the strike hit his car near X": the strike already told (with its killing), not another attack.
  let subj = k - 1;
  while (subj > 0 && /^(also|later|reportedly|then)$/.test(tokLower(s, subj))) subj--;
  if (ATTACK_VERBS.has(w) && STRIKE_WORDS.has(tokLower(s, subj)) && /^(the|that|this)$/.test(tokLower(s, subj - 1))) return;
  let places: WorkingEntity[] = [];
  const before = placeBefore(state, s, k);
  if (before) places.push(before);
  if (ATTACK_VERBS.has(w) && !ATTACK_NOUNS.has(w)) places.push(...placeAfter(state, s, k, 3));
  else places.push(...placeAfter(state, s, k, 10));
  places = places.filter((p) => isSitePlace(p, true));
  const agents: WorkingEntity[] = [];
  // "Islamic State's assaults", "X claimed responsibility for the attacks", "attacked by X".
  let j = k - 1;
  while (j >= 0 && /^(deadly|terror|terrorist|suicide|twin|coordinated|recent|latest|the)$/.test(tokLower(s, j))) j--;
  if (s.tokens[j]?.kind === 'possessive') {
    const e = entityOf(state, mentionAt(state, s.index, j - 1));
    if (e && e.label === 'Group') agents.push(e);
  }
  for (let x = k - 1; x >= Math.max(0, k - 8); x--) {
    // "claimed responsibility for the attack", "claimed the bombing".
    const claimedIt = /^(responsibility|credit)$/.test(tokLower(s, x + 1)) || (x + 2 === k && /^(the|a|an|this|that)$/.test(tokLower(s, x + 1)));
    if (/^(claimed|claims|claiming)$/.test(tokLower(s, x)) && claimedIt) {
      const e = claimant(state, s, x);
      if (e) agents.push(e);
      break;
    }
  }
  const by = byAgent(state, s, k);
  if (by && by.label === 'Group') agents.push(by);
  if (places.length > 0) {
    out.push({ s, tok: k, type: 'Attack', targets: places, agents, places, unnamed: false, noAgentRelation: false });
  } else if (agents.length > 0 && /^(the|that|this|those|these)$/.test(tokLower(s, k - 1))) {
    // "X claimed responsibility for the attack": the attack reported just before.
    out.push({ s, tok: k, type: 'Attack', targets: [], agents, places: [], unnamed: true, noAgentRelation: false });
  }
}

function captureTrigger(state: WorkingState, s: SentenceInfo, k: number, out: Trigger[]): void {
  if (skipped(state, s, k, true)) return;
  const w = tokLower(s, k);
  const noun = CAPTURE_NOUNS.has(w);
  if (noun && tokLower(s, k + 1) !== 'of') return;
  let targets: WorkingEntity[];
  if (!noun && tokLower(s, k + 1) === 'by') {
    // "a commander captured by U.S. commandos": the one captured is named just before.
    const m = mentionAt(state, s.index, k - 1);
    const e = entityOf(state, m);
    targets = e && (e.label === 'Person' || isSitePlace(e, false)) ? [e] : [];
  } else {
    targets = placeAfter(state, s, k, 8).filter((p) => isSitePlace(p, false));
    // A captured person is the verb's object, right after it ("captured Abdul Rashid").
    if (targets.length === 0 && !noun) {
      const object = sentenceMentions(state, s.index).find((m) => m.tokStart > k && m.tokStart <= k + 2);
      const e = entityOf(state, object);
      if (e?.label === 'Person') targets = [e];
    }
  }
  // Where a person was captured: "captured X, a commander, in Khost province".
  const where = targets.some((t) => t.label === 'Person') ? placeAfter(state, s, k, 16).filter((p) => isSitePlace(p, true)) : [];
  if (targets.length === 0) return;
  const prospective = s.tokens.some((t) => PROSPECTIVE_WORDS.has(t.lower));
  const from = s.tokens.findIndex((t, j) => j > k && t.lower === 'from');
  const losers = from > 0 ? entitiesIn(state, s, from + 1, from + 3, 'Group').map((x) => x.e) : [];
  const agents: WorkingEntity[] = [];
  const by = byAgent(state, s, k);
  if (by && by.label !== 'Person') agents.push(by);
  // "Houthi rebels have seized the port": the group acting before an active verb.
  const actor = !noun && !by ? actorBefore(state, s, k) : undefined;
  if (actor && actor.label === 'Group') agents.push(actor);
  out.push({ s, tok: k, type: prospective ? 'Offensive' : 'Capture', targets: [...targets, ...losers], agents, places: [...targets.filter((t) => t.label === 'Place'), ...where], unnamed: false, noAgentRelation: false });
}

/** Words that make an "offensive" a campaign of words, not arms ("a charm offensive"). */
const CIVIL_OFFENSIVES = new Set(['charm', 'diplomatic', 'media', 'pr', 'public-relations', 'political', 'legal', 'marketing', 'sales', 'publicity', 'propaganda', 'lobbying', 'advertising', 'ad', 'legislative', 'rhetorical']);

function offensiveTrigger(state: WorkingState, s: SentenceInfo, k: number, out: Trigger[]): void {
  const w = tokLower(s, k);
  if (skipped(state, s, k, false)) return;
  if (w === 'offensive' && CIVIL_OFFENSIVES.has(tokLower(s, k - 1))) return;
  const next = tokLower(s, k + 1);
  if (OFFENSIVE_VERBS.has(w)) {
    // "advanced toward X", "closed in on X", "drove ISIL from X", "advancing on the city".
    const ok = /^(toward|towards|on|in|into)$/.test(next) || w === 'drove' || w === 'driven';
    if (!ok) return;
  } else if (!/^(against|in|on|for|to|toward|towards|into)$/.test(next)) return;
  // "operation", "campaign", "push", "battle" are military only among soldiers ("a campaign in Iowa" is not).
  if (w !== 'offensive' && !OFFENSIVE_VERBS.has(w) && !s.tokens.some((t) => MILITARY_CONTEXT.has(t.lower))) return;
  const places = placeAfter(state, s, k, w === 'drove' ? 8 : 7).filter((p) => isSitePlace(p, false));
  if (places.length === 0) return;
  const groups = entitiesIn(state, s, k + 1, k + 6, 'Group').map((x) => x.e);
  const agent = OFFENSIVE_VERBS.has(w) ? actorBefore(state, s, k) : undefined;
  out.push({ s, tok: k, type: 'Offensive', targets: [...places, ...groups], agents: agent && agent.label === 'Group' ? [agent] : [], places, unnamed: false, noAgentRelation: false });
}

/** Appointments, elections, arrests and resignations: a person named around the trigger. */

/** The party named right after a person's possessive in this sentence ("Johnson's Conservative Party"). */
function partyOf(state: WorkingState, s: SentenceInfo, person: WorkingEntity): WorkingEntity | undefined {
  for (const m of sentenceMentions(state, s.index)) {
    if (m.entity !== person.index || !m.possessive) continue;
    const owned = entityOf(state, mentionAt(state, s.index, m.tokEnd + 1));
    if (owned?.label === 'Group' && (owned.org?.kind === 'party' || /\bparty$/i.test(owned.name))) return owned;
  }
  return undefined;
}

/** The corporate post right after the person named at `from` ("elected Jobs chairman of the board"). */
function corporatePostAfter(state: WorkingState, s: SentenceInfo, from: number): boolean {
  const m = mentionAt(state, s.index, from);
  if (!m || m.tokStart !== from) return false;
  for (let end = m.tokEnd + 1; end <= Math.min(s.tokens.length, m.tokEnd + 4); end++) {
    const t = titleBefore(s.tokens, s.texts, end);
    if (t && t.start === m.tokEnd) return CORPORATE_TITLES.has(t.entry.title);
  }
  return false;
}

function personEventTrigger(state: WorkingState, s: SentenceInfo, k: number, kind: EventType, out: Trigger[]): void {
  if (skipped(state, s, k, true)) return;
  const w = tokLower(s, k);
  // "the board elected Jobs chairman": a company's choice of its officer is an appointment, not an election.
  const type: EventType = kind === 'Election' && w === 'elected' && corporatePostAfter(state, s, k + 1) ? 'Appointment' : kind;
  let person: WorkingEntity | undefined;
  let agent: WorkingEntity | undefined;
  const passive = isPassive(s, k) || (kind === 'Election' && w === 'elected' && type === 'Election');
  const outcome = type === 'Election' && ELECTION_OUTCOME_VERBS.has(w);
  // "was named to replace X", "chosen to lead": the purpose names the post.
  const toReplace = tokLower(s, k + 1) === 'to' && /^(replace|succeed|lead|head|run)$/.test(tokLower(s, k + 2));
  if (REPLACED_VERBS.has(w)) {
    // "Y ... was replaced by X": X is appointed (who was replaced is the predecessor, see find-succession).
    if (tokLower(s, k + 1) !== 'by') return;
    const next = entityOf(state, mentionAt(state, s.index, k + 2));
    if (next?.label !== 'Person') return;
    person = next;
  } else if (w === 'winner') {
    // "declared Lula the winner": the person between the declaring verb and "winner" won.
    const declared = s.tokens.slice(Math.max(0, k - 6), k).findIndex((t) => /^(declared|declares|proclaimed|proclaims)$/.test(t.lower));
    if (declared < 0) return;
    const from = Math.max(0, k - 6) + declared + 1;
    const named = entitiesIn(state, s, from, k, 'Person').map((x) => x.e);
    if (named.length !== 1) return;
    person = named[0];
  } else if (passive || type === 'Resignation' || outcome) {
    let aux = k;
    while (aux > 0 && (BE_FORMS.has(tokLower(s, aux - 1)) || /^(had|has|have|also|later)$/.test(tokLower(s, aux - 1)))) aux--;
    person = clauseSubject(state, s, k) ?? (passive ? subjectOfPredicate(state, s, aux) : undefined);
    const by = byAgent(state, s, k);
    if (by && by.label !== 'Person') agent = by;
  } else if (tokLower(s, k + 1) === 'of') {
    const m = mentionAt(state, s.index, k + 2);
    const e = entityOf(state, m);
    if (e?.label === 'Person') person = e;
  } else {
    // Active: "Acme named Maria Lopez as ...", "Police arrested X": someone acts, the person follows at once.
    // "Apple's board named Cook ... and elected Jobs chairman": a second verb shares the first one's subject.
    const a = actorBefore(state, s, k) ?? (tokLower(s, k - 1) === 'and' ? out.find((t) => t.s === s && t.type === type && t.agents.length > 0)?.agents[0] : undefined);
    // "named Brig. Gen. Esmail Ghaani": a title may come between the verb and the name.
    const titled = (m: { tokStart: number }): boolean => m.tokStart <= k + 6 && (titleBefore(s.tokens, s.texts, m.tokStart)?.start ?? -1) === k + 1;
    const next = sentenceMentions(state, s.index).find((m) => m.tokStart > k && (m.tokStart <= k + 3 || titled(m)) && entityOf(state, m)?.label === 'Person');
    // "Within hours he named X": a person may appoint too (only organisations become the agent).
    const personAppoints = PERSON_PRONOUNS.has(tokLower(s, k - 1)) || entityOf(state, mentionAt(state, s.index, k - 1))?.label === 'Person';
    // "a man named X" is no appointment: an appointment needs who appoints; police who arrest go unnamed.
    if (!next || (!a && !personAppoints && type === 'Appointment')) return;
    person = entityOf(state, next);
    agent = a;
  }
  if (!person) return;
  // "named in the lawsuit" is no appointment: a post must follow ("named chief executive", "as its CEO").
  if (type === 'Appointment' && !hasTitleAfter(s, k) && !toReplace && !REPLACED_VERBS.has(w)) return;
  if (type === 'Resignation' && w === 'quit' && !/^(as|his|her|the|over|after)$/.test(tokLower(s, k + 1))) return;
  // "won a commanding majority", "defeated President X in Brazil's runoff": only an election win counts.
  // "won 51.8 percent of the vote": a share of the vote is an election result.
  const share = (i: number): boolean => tokLower(s, k + i) === 'the' && tokLower(s, k + i - 1) === 'of';
  if (outcome && !s.tokens.slice(k + 1, k + 12).some((t, i) => ELECTION_NOUNS.has(t.lower) || (CONTEST_NOUNS.has(t.lower) && (POLITICAL_MODIFIERS.has(tokLower(s, k + i)) || share(i))))) return;
  if (type === 'Resignation' && w === 'stepped' && tokLower(s, k + 1) !== 'down') return;
  // The country the sentence names, when it names exactly one ("Nigeria's opposition candidate won ...").
  const countries = [...new Set(entitiesIn(state, s, 0, s.tokens.length, 'Place').map((x) => x.e).filter((e) => e.place?.kind === 'country'))];
  // "was elected mayor of Port Caldwell": the place of the office won.
  const officePlace = type === 'Election' ? entitiesIn(state, s, k + 1, Math.min(s.tokens.length, k + 8), 'Place').find(({ m }) => tokLower(s, m.tokStart - 1) === 'of')?.e : undefined;
  const home = type === 'Election' && countries.length === 0 ? officePlace ?? dominantCountry(state) : undefined;
  const places = type === 'Election' ? (countries.length === 1 ? countries : home ? [home] : []) : [];
  const targets = [person];
  // "Boris Johnson's Conservative Party won": the party wins with its leader.
  if (type === 'Election') {
    const party = partyOf(state, s, person);
    if (party) targets.push(party);
  }
  out.push({ s, tok: k, type, targets, agents: agent ? [agent] : [], places: places.slice(0, 1), unnamed: false, noAgentRelation: false });
}

/** The person a predicate at `k` is about: named right before it, or before an apposition that closes there. */
function subjectOfPredicate(state: WorkingState, s: SentenceInfo, k: number): WorkingEntity | undefined {
  let j = k - 1;
  // "his deputy, Y, had been chosen": the name the apposition gives.
  const named = tokLower(s, j) === ',' ? mentionAt(state, s.index, j - 1) : undefined;
  const appositive = named && named.tokEnd === j && tokLower(s, named.tokStart - 1) === ',' ? entityOf(state, named) : undefined;
  if (appositive?.label === 'Person') return appositive;
  if (tokLower(s, j) === ',') {
    // "X, a director and the former chief executive of Y, would become chairman".
    let open = j - 1;
    while (open > 0 && tokLower(s, open) !== ',') open--;
    if (open <= 0) return undefined;
    j = open - 1;
  }
  const m = mentionAt(state, s.index, j);
  const e = m && m.tokEnd === j + 1 ? entityOf(state, m) : undefined;
  if (e?.label === 'Person') return e;
  return PERSON_PRONOUNS.has(tokLower(s, j)) ? resolvePersonPronoun(state, s.index, j) : undefined;
}

/** "X will become chief executive", "said X would become chairman": a decided move into a post. */
function becomeTrigger(state: WorkingState, s: SentenceInfo, k: number, out: Trigger[]): void {
  // "X would take over as chief executive", "X took over as chairman": the post after "over as".
  const takeOver = tokLower(s, k) === 'over';
  if (takeOver && (!/^(take|takes|took|taking)$/.test(tokLower(s, k - 1)) || tokLower(s, k + 1) !== 'as')) return;
  const verb = takeOver ? k - 1 : k;
  // "could become prime minister" is a prospect; only the future of a decision (or a step taken) counts.
  if (/^(could|might|may|should)$/.test(tokLower(s, verb - 1)) || isNegated(s, verb)) return;
  if (!takeOver && !/^(will|would|shall)$/.test(tokLower(s, k - 1))) return;
  let at = takeOver ? k + 2 : k + 1;
  if (/^(the|its|their|his|her)$/.test(tokLower(s, at))) at++;
  let title: ReturnType<typeof titleBefore> = null;
  for (let end = at + 1; end <= Math.min(s.tokens.length, at + 5) && !title; end++) {
    const t = titleBefore(s.tokens, s.texts, end);
    if (t?.start === at) title = t;
  }
  if (!title) return;
  // "Lula will become president on Jan. 1": in election news a head of state's office is won, not given.
  if (title.entry.scope === 'country' && state.sentences.some((x) => x.tokens.some((t) => ELECTION_NOUNS.has(t.lower) || t.lower === 'elected' || t.lower === 'vote'))) return;
  const person = subjectOfPredicate(state, s, /^(will|would|shall|to)$/.test(tokLower(s, verb - 1)) ? verb - 1 : verb);
  if (person) out.push({ s, tok: k, type: 'Appointment', targets: [person], agents: [], places: [], unnamed: false, noAgentRelation: false });
}

/** "X will step down and hand the job to Y", "handing the reins to Y": Y takes up the post. */
function handoverTrigger(state: WorkingState, s: SentenceInfo, k: number, out: Trigger[]): void {
  const verb = handoverVerbBefore(s, k);
  if (verb < 0 || isNegated(s, verb) || /^(could|might|may|should)$/.test(tokLower(s, verb - 1))) return;
  for (let j = k + 1; j < Math.min(s.tokens.length, k + 8); j++) {
    if (tokLower(s, j) !== 'to') continue;
    const taker = peopleAfter(state, s, j)[0];
    if (taker) out.push({ s, tok: k, type: 'Appointment', targets: [taker], agents: [], places: [], unnamed: false, noAgentRelation: false });
    return;
  }
}

type TriggerKind = 'kill' | 'strike' | 'attack' | 'capture' | 'offensive' | 'appoint' | 'election' | 'arrest' | 'resign' | 'become' | 'handover';

/** Every trigger word and the kind of event it can start, in one lookup (first listed kind wins). */
const TRIGGERS: ReadonlyMap<string, TriggerKind> = (() => {
  const map = new Map<string, TriggerKind>();
  const add = (words: ReadonlySet<string>, kind: TriggerKind): void => {
    for (const w of words) if (!map.has(w)) map.set(w, kind);
  };
  add(KILL_VERBS, 'kill');
  add(KILL_NOUNS, 'kill');
  add(STRIKE_WORDS, 'strike');
  add(ATTACK_NOUNS, 'attack');
  add(ATTACK_VERBS, 'attack');
  add(FIRE_VERBS, 'attack');
  add(CAPTURE_NOUNS, 'capture');
  add(CAPTURE_VERBS, 'capture');
  add(OFFENSIVE_NOUNS, 'offensive');
  add(OFFENSIVE_VERBS, 'offensive');
  add(APPOINT_VERBS, 'appoint');
  add(REPLACED_VERBS, 'appoint');
  add(ELECTION_WORDS, 'election');
  add(ARREST_WORDS, 'arrest');
  add(RESIGN_WORDS, 'resign');
  add(BECOME_VERBS, 'become');
  add(HANDOVER_NOUNS, 'handover');
  return map;
})();

function triggersIn(state: WorkingState, s: SentenceInfo): Trigger[] {
  const out: Trigger[] = [];
  for (let k = 0; k < s.tokens.length; k++) {
    const t = s.tokens[k];
    if (!t || t.kind !== 'word') continue;
    const kind = TRIGGERS.get(t.lower);
    if (kind === undefined) continue;
    if (kind === 'kill') killTrigger(state, s, k, out);
    else if (kind === 'strike') strikeTrigger(state, s, k, out);
    else if (kind === 'attack') attackTrigger(state, s, k, out);
    else if (kind === 'capture') captureTrigger(state, s, k, out);
    else if (kind === 'offensive') offensiveTrigger(state, s, k, out);
    else if (kind === 'appoint') personEventTrigger(state, s, k, 'Appointment', out);
    else if (kind === 'election') personEventTrigger(state, s, k, 'Election', out);
    else if (kind === 'arrest') personEventTrigger(state, s, k, 'Arrest', out);
    else if (kind === 'become') becomeTrigger(state, s, k, out);
    else if (kind === 'handover') handoverTrigger(state, s, k, out);
    else personEventTrigger(state, s, k, 'Resignation', out);
  }
  return out;
}

/** How the sentence presents the event at token `k`. */
function statusOf(s: SentenceInfo, k: number): FactStatus {
  let claim = false;
  let hedge = false;
  let speech = false;
  for (let j = 0; j < s.tokens.length; j++) {
    const w = tokLower(s, j);
    if (/^(denied|denies|disputed|disputes|rejected|contradicted)$/.test(w)) claim = true;
    const ownsAttack = /^(responsibility|credit)$/.test(tokLower(s, j + 1)) || (j + 2 === k && ATTACK_NOUNS.has(tokLower(s, k)));
    if (/^(claimed|claims|claim)$/.test(w) && j < k && !ownsAttack) claim = true;
    if (HEDGE_WORDS.has(w) && !(w === 'may' && tokLower(s, j + 1) !== 'have')) hedge = true;
    if (isSpeechVerb(s.tokens[j]) || (w === 'according' && tokLower(s, j + 1) === 'to')) speech = true;
  }
  return claim ? 'disputed' : hedge ? 'hedged' : speech ? 'attributed' : 'stated';
}

/** Weekday names ("on Wednesday"). */
const WEEKDAY_RE = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Nouns for a told version of events ("the Russian claim", "a different account"). */
const ACCOUNT_NOUNS = new Set(['claim', 'claims', 'account', 'accounts', 'version', 'assertion']);
/** Words rejecting a claim ("dismissed the claim", "called that claim baseless"). */
const REJECTION_WORDS = new Set(['dismissed', 'dismisses', 'rejected', 'rejects', 'denied', 'denies', 'disputed', 'disputes', 'contradicted', 'baseless', 'false', 'untrue', 'unfounded', 'nonsense']);
/** Words that set a version against another ("a different account", "a competing claim"). */
const RIVAL_WORDS = new Set(['different', 'competing', 'rival', 'conflicting', 'contradictory', 'another']);

/**
 * A sentence told as a competing claim by its neighbours in the paragraph: the one before announces "a
 * different account", or the one after rejects "the claim" ("American officials called that claim baseless").
 */
function disputedByNeighbours(state: WorkingState, s: SentenceInfo): 'rival' | 'rejected' | null {
  const near = (x: SentenceInfo | undefined, words: ReadonlySet<string>): boolean =>
    !!x && x.paragraph === s.paragraph && x.tokens.some((t) => ACCOUNT_NOUNS.has(t.lower)) && x.tokens.some((t) => words.has(t.lower));
  if (near(state.sentences[s.index - 1], RIVAL_WORDS)) return 'rival';
  return near(state.sentences[s.index + 1], REJECTION_WORDS) ? 'rejected' : null;
}

/** The person or organisation named right before a comma that closes an apposition ("..., X, declared"). */
function appositionCloser(state: WorkingState, s: SentenceInfo, comma: number): WorkingEntity | undefined {
  const m = mentionAt(state, s.index, comma - 1);
  // "Afghanistan's intelligence agency, the National Directorate of Security, said": "the" may open the name.
  const opener = tokLower(s, m ? m.tokStart - 1 : -1) === 'the' ? m!.tokStart - 2 : (m?.tokStart ?? 0) - 1;
  if (!m || m.tokEnd !== comma || tokLower(s, opener) !== ',') return undefined;
  const e = entityOf(state, m);
  return e && e.label !== 'Place' ? e : undefined;
}

/** Speakers of the sentence who report its events: "X said", "said X", "according to X", "the Pentagon announced". */
function announcersOf(state: WorkingState, s: SentenceInfo, type: EventType): WorkingEntity[] {
  const out: WorkingEntity[] = [];
  for (let k = 0; k < s.tokens.length; k++) {
    const w = tokLower(s, k);
    const according = w === 'according' && tokLower(s, k + 1) === 'to';
    if (!isSpeechVerb(s.tokens[k]) && !according) continue;
    if (/^(claimed|claims|claim|cited|cites|warned|warns|argued|argues)$/.test(w)) continue;
    const announce = ANNOUNCE_VERBS.has(w);
    if (!announce && (type === 'Attack' || type === 'Offensive' || type === 'Capture')) continue;
    if (isNegated(s, k) || isHypothetical(s, k)) continue;
    let who: WorkingEntity | undefined;
    if (according) {
      const m = mentionAt(state, s.index, k + 2) ?? mentionAt(state, s.index, k + 3) ?? mentionAt(state, s.index, k + 4);
      who = entityOf(state, m);
    } else {
      let j = k - 1;
      while (j >= 0 && /^(also|later|then|further|repeatedly|recently|publicly|has|have|had)$/.test(tokLower(s, j))) j--;
      // "The Afghan Taliban on Wednesday confirmed": a day between the speaker and the verb.
      if (WEEKDAY_RE.test(tokLower(s, j)) && tokLower(s, j - 1) === 'on') j -= 2;
      // "the Independent National Electoral Commission (INEC) announced".
      if (tokLower(s, j) === ')') {
        while (j > 0 && tokLower(s, j) !== '(') j--;
        j--;
      }
      const m = mentionAt(state, s.index, j);
      const body = s.tokens[j];
      if (m) who = entityOf(state, m);
      else if (PERSON_PRONOUNS.has(tokLower(s, j))) who = resolvePersonPronoun(state, s.index, j);
      else if (body && SPEAKING_BODIES.has(body.lower)) {
        // "Israel's military said", "the U.S. military confirmed": the country or its forces speak.
        const owner = mentionAt(state, s.index, s.tokens[j - 1]?.kind === 'possessive' ? j - 2 : j - 1);
        if (owner) who = (FORCE_NOUNS.has(body.lower) ? forcesOf(state, s, owner) : undefined) ?? entityOf(state, owner);
      }
      else if (s.tokens[j]?.text === ',' && appositionCloser(state, s, j)) {
        // "The court's president, Alexandre de Moraes, declared ...": the name the apposition closes.
        who = appositionCloser(state, s, j);
      } else if (s.tokens[j]?.text === ',' || s.tokens[j]?.kind === 'punct') {
        // "..., said Bruce Riedel", "..., the Pentagon announced".
        const after = mentionAt(state, s.index, k + 1);
        who = entityOf(state, after);
      }
    }
    if (who && who.label !== 'Place' && !out.includes(who)) out.push(who);
    if (who && who.label === 'Place' && who.place?.kind === 'country' && !out.includes(who)) out.push(who);
  }
  return out;
}

/** Nouns for the part of a country or group that speaks for it ("Israel's military said"). */
// Not "officials": "U.S. officials said" are unnamed sources, not the country announcing.
const SPEAKING_BODIES = new Set(['military', 'army', 'government', 'ministry', 'forces', 'troops', 'police', 'spokesman', 'spokeswoman', 'office', 'leadership', 'command']);

/** A readable event name from its type and first target or place ("Killing of Haji Imam"). */
export function eventName(type: EventType, state: WorkingState, e: WorkingEvent): string {
  const target = e.targets[0] ?? e.places[0];
  const who = target !== undefined ? state.entities[target]?.name ?? '' : '';
  const word: Record<EventType, string> = {
    Killing: 'Killing of',
    Attack: 'Attack on',
    Strike: 'Strike on',
    Capture: 'Capture of',
    Offensive: 'Offensive on',
    Appointment: 'Appointment of',
    Election: 'Election of',
    Arrest: 'Arrest of',
    Resignation: 'Resignation of',
  };
  return `${word[type]} ${who}`.trim();
}


function addFigures(s: SentenceInfo, ev: WorkingEvent): void {
  const m = /\bkill(?:ed|ing)\s+((?:at least|more than|some|about|nearly|over|up to)\s+)?(\d[\d,]*)\s+(?:people|civilians|soldiers|troops|fighters|militants|police)/i.exec(s.text);
  if (m && m[2]) ev.figures.killed = `${m[1] ?? ''}${m[2]}`.trim();
}

function merge(into: WorkingEvent, from: WorkingEvent): void {
  for (const key of ['agents', 'targets', 'places', 'announcers'] as const) {
    for (const x of from[key]) if (!into[key].includes(x)) into[key].push(x);
  }
  for (const ev of from.evidence) if (!into.evidence.some((x) => x.start === ev.start)) into.evidence.push(ev);
  if (!into.date) into.date = from.date;
  else if (from.date && from.date.start >= into.date.start && from.date.end <= into.date.end) into.date = from.date;
  // A competing claim anywhere makes the event disputed; otherwise the most certain wording wins.
  const rank: Record<FactStatus, number> = { stated: 3, attributed: 2, hedged: 1, disputed: 0 };
  if (from.status === 'disputed' || into.status === 'disputed') into.status = 'disputed';
  else if (rank[from.status] > rank[into.status]) into.status = from.status;
  for (const [k, v] of Object.entries(from.figures)) if (!(k in into.figures)) into.figures[k] = v;
  into.noAgentRelation = into.noAgentRelation && from.noAgentRelation;
}

/** Words that tell of a death in a paragraph, and words that tell someone lived through a strike. */
const DEATH_WORDS = new Set(['death', 'deaths', 'casualty', 'casualties', 'killed', 'dead', 'died', 'slain']);
const SURVIVAL_WORDS = new Set(['survived', 'escaped', 'missed', 'unharmed', 'wounded', 'injured', 'alive', 'unhurt']);

/** True when the paragraph of sentence `s` speaks of deaths and of no one surviving. */
function paragraphTellsOfDeath(state: WorkingState, s: number): boolean {
  const paragraph = state.sentences[s]?.paragraph;
  let death = false;
  for (const x of state.sentences) {
    if (x.paragraph !== paragraph) continue;
    for (const t of x.tokens) {
      if (SURVIVAL_WORDS.has(t.lower)) return false;
      if (DEATH_WORDS.has(t.lower)) death = true;
    }
  }
  return death;
}

/** Two places where one lies in the other per the lexicon ("Brussels" in "Belgium"). */
function contains(outer: WorkingEntity | undefined, inner: WorkingEntity | undefined): boolean {
  return !!outer && !!inner && !!inner.place && inner.place.country === outer.name && outer !== inner;
}

/** Extractor: finds events and merges mentions of one happening (by type and victim or place). */
export const findEvents: Extractor = {
  name: 'find-events',
  requires: ['sentences', 'entities', 'roles'],
  assigns: ['events'],
  run(state: WorkingState): void {
    const found: { ev: WorkingEvent; unnamed: boolean }[] = [];
    const bySentence = state.sentences.filter((s) => !s.headline && !s.shouting).map((s) => ({ s, triggers: triggersIn(state, s) }));
    // Who else is said to have killed a victim: a rejected claim is a competing one only when another killer
    // is named ("officials called that claim baseless" after the Pentagon named its strike); a lone claim
    // that is rejected stays the article's account, disputed.
    const killersOf = (victim: number, except: Trigger): number[] =>
      bySentence.flatMap(({ triggers }) => triggers.filter((x) => x !== except && (x.type === 'Killing' || x.type === 'Strike') && x.targets.some((v) => v.index === victim)).flatMap((x) => x.agents.map((a) => a.index)));
    for (const { s, triggers } of bySentence) {
      if (triggers.length === 0) continue;
      const challenged = disputedByNeighbours(state, s);
      for (const t of triggers) {
        const rivalled = challenged === 'rival' || (challenged === 'rejected' && t.targets.some((v) => killersOf(v.index, t).some((a) => !t.agents.some((x) => x.index === a))));
        const status = rivalled && t.type === 'Killing' && t.agents.length > 0 ? 'disputed' : statusOf(s, t.tok);
        // A competing claim or an order names no one who carried the event out.
        if (status === 'disputed' || t.noAgentRelation) t.agents = [];
        const announcers = t.commentary ? [] : announcersOf(state, s, t.type).filter((a) => !t.targets.includes(a) && !(t.noAgentRelation && t.agents.includes(a)));
        const date = dateOf(state, s, t.tok, t.type);
        // One killing per victim; one attack per place ("assaults in Paris last year and Belgium this week").
        const split = (t.type === 'Killing' && t.targets.length > 1) || (t.type === 'Attack' && t.places.length > 1);
        const parts = split ? (t.type === 'Attack' ? t.places : t.targets).map((v) => [v]) : [t.targets];
        for (const targets of parts) {
          const ev: WorkingEvent = {
            eventType: t.type,
            agents: t.agents.map((a) => a.index),
            targets: targets.map((x) => x.index),
            places: (split && t.type === 'Attack' ? targets : t.places).map((p) => p.index),
            announcers: announcers.map((a) => a.index),
            date,
            status,
            evidence: [sentenceEvidence(state, s.index)],
            figures: {},
            sentence: s.index,
            noAgentRelation: t.noAgentRelation || status === 'disputed',
          };
          addFigures(s, ev);
          found.push({ ev, unnamed: t.unnamed });
        }
      }
    }
    const events: WorkingEvent[] = [];
    const key = (e: WorkingEvent): number | undefined => (e.eventType === 'Killing' || e.eventType === 'Strike' || e.places.length === 0 ? e.targets[0] : e.places[0]);
    for (const { ev, unnamed } of found) {
      if (unnamed) continue;
      const same = events.find((x) => x.eventType === ev.eventType && key(x) === key(ev));
      if (same) merge(same, ev);
      else events.push(ev);
    }
    // A strike on someone whose killing is reported is the means of that killing.
    for (const strike of events.filter((e) => e.eventType === 'Strike')) {
      const killing = events.find((e) => e.eventType === 'Killing' && e.targets[0] === strike.targets[0]);
      if (killing) {
        merge(killing, strike);
        events.splice(events.indexOf(strike), 1);
      }
    }
    // A strike on a person told among deaths ("His death is the second casualty this month. A strike
    // targeted X.") reads as that person's killing, with the doubt kept as 'hedged'.
    for (const strike of events.filter((e) => e.eventType === 'Strike')) {
      const victim = state.entities[strike.targets[0] ?? -1];
      if (victim?.label !== 'Person' || !paragraphTellsOfDeath(state, strike.sentence)) continue;
      strike.eventType = 'Killing';
      if (strike.status !== 'disputed') strike.status = 'hedged';
    }
    // An attack on a country that holds the city of another attack is that attack ("Belgium" / "Brussels").
    for (const wide of events.filter((e) => e.eventType === 'Attack')) {
      const narrow = events.find((e) => e !== wide && e.eventType === 'Attack' && contains(state.entities[wide.places[0] ?? -1], state.entities[e.places[0] ?? -1]));
      if (narrow) {
        merge(narrow, wide);
        narrow.places = narrow.places.filter((p) => p !== wide.places[0]);
        narrow.targets = narrow.targets.filter((p) => p !== wide.places[0]);
        events.splice(events.indexOf(wide), 1);
      }
    }
    // A killing whose victim is only described ("Islamic State's second in command") is the article's main
    // killing: the one whose victim is mentioned most.
    const killings = events.filter((e) => e.eventType === 'Killing');
    if (killings.length > 0) {
      const main = killings.reduce((a, b) => ((state.entities[b.targets[0] ?? -1]?.mentions.length ?? 0) > (state.entities[a.targets[0] ?? -1]?.mentions.length ?? 0) ? b : a));
      for (const { ev, unnamed } of found) if (unnamed && ev.eventType === 'Killing') merge(main, { ...ev, targets: [] });
    }
    // "the attack" with a claimed author and no place: the latest attack reported up to that sentence.
    for (const { ev, unnamed } of found) {
      if (!unnamed || ev.eventType !== 'Attack') continue;
      const earlier = events.filter((e) => e.eventType === 'Attack' && e.sentence <= ev.sentence);
      const last = earlier[earlier.length - 1];
      if (last) merge(last, { ...ev, date: null });
    }
    // "The strike was carried out by American drones": who carried out the strike already told killed its victims.
    for (const s of state.sentences) {
      const agent = carriedOutBy(state, s);
      if (!agent) continue;
      for (const ev of events) {
        if (ev.eventType === 'Killing' && ev.agents.length === 0 && !ev.noAgentRelation && ev.sentence <= s.index && !ev.targets.includes(agent.index)) ev.agents = [agent.index];
      }
    }
    // "The strike also killed X", "X was also killed in the strike": the strike already told, with its agents.
    const told = events.find((e) => e.eventType === 'Killing' && e.agents.length > 0 && !e.noAgentRelation);
    for (const ev of events) {
      if (!told || ev === told || ev.eventType !== 'Killing' || ev.agents.length > 0 || ev.noAgentRelation || ev.sentence < told.sentence) continue;
      const s = state.sentences[ev.sentence];
      const definite = s?.tokens.some((t, i) => t.lower === 'the' && STRIKE_WORDS.has(tokLower(s, i + 1)));
      if (definite) ev.agents = [...told.agents];
    }
    // Background happenings (dated two years or more before publication) are history, not news.
    const published = state.doc.meta.published;
    const horizon = published ? `${Number(published.slice(0, 4)) - 2}${published.slice(4, 10)}` : null;
    state.events = horizon ? events.filter((e) => !e.date || e.date.end >= horizon) : events;
  },
};
