/**
 * SUCCEEDED between people: "X succeeded Y", "X replaced Y", "X, replacing Y", "X took over from Y",
 * and the passive "Y was replaced by X". Infinitives and modals ("in line to succeed Y") are not successions,
 * unless the choice is made ("was chosen to replace Y", "will succeed Y as chairman").
 */
import { entityOf, resolvePersonPronoun, sentenceMentions } from './coref';
import { addRelation, postAfterAs, relationFor } from './find-roles';
import type { Extractor, SentenceInfo, WorkingEntity, WorkingState } from './state';
import { isSpeechVerb } from './tokenize';
import { handoverVerbBefore } from './event-clauses';
import { BE_FORMS, CHOSEN_WORDS, HANDOVER_NOUNS, MODALS, NEGATIONS, SUCCEED_VERBS } from './word-lists';

function peopleIn(state: WorkingState, s: SentenceInfo, from: number, to: number, possessors = false): WorkingEntity[] {
  const out: WorkingEntity[] = [];
  for (const m of sentenceMentions(state, s.index)) {
    if (m.tokStart < from || m.tokEnd > to) continue;
    const e = entityOf(state, m);
    const next = s.tokens[m.tokEnd];
    // "Soleimani's deputy": a possessor names whose the post is, not who acts.
    if (e?.label === 'Person' && (possessors || !m.possessive) && !isSpeechVerb(next) && !out.includes(e)) out.push(e);
  }
  return out;
}

/** True when a post follows the object of a succession verb at `k` ("succeed X as chief executive"). */
function postFollows(s: SentenceInfo, k: number): boolean {
  for (let j = k + 2; j < Math.min(s.tokens.length, k + 9); j++) if (s.tokens[j]?.lower === 'as') return true;
  return false;
}

function successionAt(state: WorkingState, s: SentenceInfo, k: number, objectFrom: number): void {
  const prev = s.tokens[k - 1]?.lower ?? '';
  // "was chosen to replace him", "will succeed X as chief executive": a decided succession; "in line to
  // succeed X", "could replace X" are prospects.
  // "was chosen to replace him", "Disney picked Bob Iger to succeed Bob Chapek": a choice made before "to".
  const chosenBefore = s.tokens.slice(Math.max(0, k - 6), k - 1).some((t) => CHOSEN_WORDS.has(t.lower) || t.lower === 'picked' || t.lower === 'tapped');
  const decided = (prev === 'to' && chosenBefore) || (/^(will|shall|would)$/.test(prev) && postFollows(s, k));
  if (!decided && (prev === 'to' || MODALS.has(prev) || NEGATIONS.has(prev) || prev.endsWith("n't"))) return;
  // "efforts to succeed", "replace the engine": only a person after the base form is a succession.
  if (/^(succeed|replace)$/.test(s.tokens[k]?.lower ?? '') && !decided) return;
  const passive = BE_FORMS.has(prev) && s.tokens[objectFrom]?.lower === 'by';
  const before = peopleIn(state, s, 0, k);
  // "He succeeded bin Laden as leader": a pronoun subject stands for the person it refers to.
  if (before.length === 0 && !passive) {
    for (let j = 0; j < k; j++) {
      if (!/^(he|she)$/.test(s.tokens[j]?.lower ?? '')) continue;
      const who = resolvePersonPronoun(state, s.index, j);
      if (who) before.push(who);
      break;
    }
  }
  const after = peopleIn(state, s, passive ? objectFrom + 1 : objectFrom, Math.min(s.tokens.length, objectFrom + 8));
  // Passive: the one before was replaced by the one after.
  const successor = passive ? after[0] : before[before.length - 1];
  let predecessor = passive ? before[before.length - 1] : after[0];
  // "X's deputy, Y, took over from him": the pronoun is the other person named before.
  const object = s.tokens[objectFrom]?.lower ?? '';
  if (!predecessor && !passive && (object === 'him' || object === 'her')) predecessor = peopleIn(state, s, 0, k, true).find((e) => e !== successor);
  if (successor && predecessor && successor !== predecessor) {
    addRelation(state, 'SUCCEEDED', successor.index, predecessor.index, s.index);
    if (!successorPost(state, s, successor, k)) inheritLead(state, s, successor, predecessor);
  }
}

/**
 * The post a successor takes: "succeeded Y as chairman of X" (the "as" after the verb) or the post the
 * predecessor left in the same sentence ("Y stepped down as chief executive ... and was replaced by X").
 */
function successorPost(state: WorkingState, s: SentenceInfo, successor: WorkingEntity, k: number): boolean {
  for (let j = 0; j < s.tokens.length; j++) {
    if (s.tokens[j]?.lower !== 'as') continue;
    const afterVerb = j > k && j <= k + 8;
    const left = j < k && /^(down|aside|resigned|resigns|retired|retires|quit|quits)$/.test(s.tokens[j - 1]?.lower ?? '');
    if (!afterVerb && !left) continue;
    const post = postAfterAs(state, s, j);
    const type = post ? relationFor(post.entry, post.target, false) : null;
    if (post && type) addRelation(state, type, successor.index, post.target.index, s.index);
    return true;
  }
  return false;
}

/**
 * "Y was chosen to replace him" with no post named: the successor takes the one thing the predecessor was
 * found to lead (several would leave it unclear which post changed hands).
 */
function inheritLead(state: WorkingState, s: SentenceInfo, successor: WorkingEntity, predecessor: WorkingEntity): void {
  const led = [...new Set(state.relations.filter((r) => r.type === 'LEADS' && r.source === predecessor.index).map((r) => r.target))];
  const only = led.length === 1 ? state.entities[led[0] ?? -1] : undefined;
  if (only && only.label === 'Group') addRelation(state, 'LEADS', successor.index, only.index, s.index);
}

/** "X resigned ..., handing the reins of the company to his deputy, Y", "X will hand the top job to Y": Y succeeds X. */
function handedReins(state: WorkingState, s: SentenceInfo, k: number): void {
  const verb = handoverVerbBefore(s, k);
  if (verb < 0) return;
  let to = -1;
  for (let j = k + 1; j < Math.min(s.tokens.length, k + 16); j++) {
    if (s.tokens[j]?.lower === 'to') {
      to = j;
      break;
    }
  }
  if (to < 0) return;
  const giver = peopleIn(state, s, 0, verb)[0];
  const taker = peopleIn(state, s, to + 1, Math.min(s.tokens.length, to + 10))[0];
  if (giver && taker && giver !== taker) {
    addRelation(state, 'SUCCEEDED', taker.index, giver.index, s.index);
    if (!successorPost(state, s, taker, k)) inheritLead(state, s, taker, giver);
  }
}

/**
 * "days after his predecessor, X, died", "Y's successor, Z": a possessed predecessor or successor named right
 * after the noun. Prospects ("a possible successor to X") have no possessor and are passed over.
 */
function namedRelative(state: WorkingState, s: SentenceInfo, k: number): void {
  const noun = s.tokens[k]?.lower;
  // "named Abu X as his successor": the person before "as" succeeds the one "his" refers to.
  if (noun === 'successor' && /^(his|her)$/.test(s.tokens[k - 1]?.lower ?? '') && s.tokens[k - 2]?.lower === 'as') {
    const named = peopleIn(state, s, Math.max(0, k - 8), k - 2).pop();
    // "acknowledged his death and named X as his successor": both pronouns are the predecessor; the one
    // before the name is resolved, since the one after it would find the name itself.
    let pronoun = k - 1;
    for (let j = 0; j < k - 2; j++) if (/^(his|her)$/.test(s.tokens[j]?.lower ?? '')) pronoun = j;
    const owner = resolvePersonPronoun(state, s.index, pronoun);
    if (named && owner && named !== owner) addRelation(state, 'SUCCEEDED', named.index, owner.index, s.index);
    return;
  }
  const at = s.tokens[k + 1]?.text === ',' ? k + 2 : k + 1;
  const named = peopleIn(state, s, at, at + 6).find((e) => sentenceMentions(state, s.index).some((m) => m.entity === e.index && m.tokStart === at));
  if (!named) return;
  let owner: WorkingEntity | undefined;
  const prev = s.tokens[k - 1];
  if (prev && /^(his|her)$/.test(prev.lower)) owner = resolvePersonPronoun(state, s.index, k - 1);
  else if (prev?.kind === 'possessive') owner = peopleIn(state, s, Math.max(0, k - 6), k - 1, true).pop();
  if (!owner || owner === named) return;
  if (noun === 'predecessor') addRelation(state, 'SUCCEEDED', owner.index, named.index, s.index);
  else addRelation(state, 'SUCCEEDED', named.index, owner.index, s.index);
}

/** Extractor: SUCCEEDED relations. */
export const findSuccession: Extractor = {
  name: 'find-succession',
  requires: ['sentences', 'entities'],
  assigns: ['event-relations'],
  run(state: WorkingState): void {
    for (const s of state.sentences) {
      for (let k = 0; k < s.tokens.length; k++) {
        const w = s.tokens[k]?.lower ?? '';
        if (SUCCEED_VERBS.has(w)) successionAt(state, s, k, k + 1);
        else if (w === 'took' && s.tokens[k + 1]?.lower === 'over' && s.tokens[k + 2]?.lower === 'from') successionAt(state, s, k, k + 3);
        else if (HANDOVER_NOUNS.has(w)) handedReins(state, s, k);
        else if (w === 'predecessor' || w === 'successor') namedRelative(state, s, k);
      }
    }
  },
};
