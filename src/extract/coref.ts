/**
 * Within-article reference helpers shared by the linking, role and event steps: the entity a mention
 * belongs to, mentions at a token position, pronouns ("he", "it") and definite descriptions ("the group",
 * "the base", "the city") resolved to the most likely earlier entity.
 */
import type { MentionSpan, SentenceInfo, WorkingEntity, WorkingState } from './state';
import { COMPANY_ANAPHORS, GROUP_ANAPHORS } from './word-lists';

/** Mentions of one sentence, in token order (cached per state). */
const BY_SENTENCE = new WeakMap<WorkingState, MentionSpan[][]>();

/** The linked mentions of sentence `index`, in token order. */
export function sentenceMentions(state: WorkingState, index: number): MentionSpan[] {
  let table = BY_SENTENCE.get(state);
  if (!table || table.length !== state.sentences.length) {
    table = state.sentences.map(() => []);
    for (const m of state.mentions) table[m.sentence]?.push(m);
    for (const list of table) list.sort((a, b) => a.tokStart - b.tokStart);
    BY_SENTENCE.set(state, table);
  }
  return table[index] ?? [];
}

/** Forgets cached per-sentence mention lists (after mentions are added). */
export function resetMentionCache(state: WorkingState): void {
  BY_SENTENCE.delete(state);
}

/** The entity of a mention, or undefined when it was not kept. */
export function entityOf(state: WorkingState, m: MentionSpan | undefined): WorkingEntity | undefined {
  return m && m.entity >= 0 ? state.entities[m.entity] : undefined;
}

/** The mention covering token `tok` of sentence `s`, if any. */
export function mentionAt(state: WorkingState, s: number, tok: number): MentionSpan | undefined {
  return sentenceMentions(state, s).find((m) => m.entity >= 0 && m.tokStart <= tok && tok < m.tokEnd);
}

/** How often an entity was mentioned up to (not including) sentence `s`: salience for pronouns. */
function mentionsBefore(state: WorkingState, e: WorkingEntity, s: number): number {
  let n = 0;
  for (const id of e.mentions) if ((state.mentions[id]?.sentence ?? Infinity) < s) n++;
  return n;
}

/**
 * The person a "he"/"she" at sentence `s`, token `tok` refers to: a person earlier in the same sentence, or
 * the most salient person of the previous sentence (most mentioned so far, then the first).
 */
export function resolvePersonPronoun(state: WorkingState, s: number, tok: number): WorkingEntity | undefined {
  const same = sentenceMentions(state, s).filter((m) => m.tokEnd <= tok && entityOf(state, m)?.label === 'Person');
  const lastSame = same[same.length - 1];
  if (lastSame) return entityOf(state, lastSame);
  for (let p = s - 1; p >= Math.max(0, s - 2); p--) {
    const people = [...new Set(sentenceMentions(state, p).map((m) => entityOf(state, m)).filter((e): e is WorkingEntity => e?.label === 'Person'))];
    if (people.length === 0) continue;
    let best = people[0];
    let bestScore = best ? mentionsBefore(state, best, s) : -1;
    for (const e of people.slice(1)) {
      const score = mentionsBefore(state, e, s);
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }
  return undefined;
}

/** How many sentences back "it", "the group" and similar may reach. */
const LOOKBACK = 25;

/**
 * The entities mentioned before token `tok` of sentence `s`, nearest first, within the look-back window
 * (bounded, so long documents stay linear). A lazy generator: callers stop at the first fit.
 */
function* entitiesBefore(state: WorkingState, s: number, tok: number): Generator<WorkingEntity> {
  for (let p = s; p >= Math.max(0, s - LOOKBACK); p--) {
    const list = sentenceMentions(state, p);
    for (let i = list.length - 1; i >= 0; i--) {
      const m = list[i];
      if (!m || (p === s && m.tokEnd > tok)) continue;
      const e = entityOf(state, m);
      if (e) yield e;
    }
  }
}

/** The nearest entity before token `tok` of sentence `s` that fits. */
function nearestBefore(state: WorkingState, s: number, tok: number, fits: (e: WorkingEntity) => boolean): WorkingEntity | undefined {
  for (const e of entitiesBefore(state, s, tok)) if (fits(e)) return e;
  return undefined;
}

/** The last group (or, failing that, country) mentioned before sentence `s`, token `tok`. */
export function lastGroupBefore(state: WorkingState, s: number, tok: number, allowCountry: boolean, nonState = false): WorkingEntity | undefined {
  if (nonState) return salientGroupBefore(state, s, tok);
  return nearestBefore(
    state,
    s,
    tok,
    (e) =>
      (e.label === 'Group' && e.org?.kind !== 'media') ||
      (allowCountry && e.label === 'Place' && e.place?.kind === 'country'),
  );
}

/**
 * What "the group" means: among the organisations named in the look-back window, not a ministry, government
 * or agency, the one the article names most (the nearest on a tie): the story's group, not the last body quoted.
 */
function salientGroupBefore(state: WorkingState, s: number, tok: number): WorkingEntity | undefined {
  const story = (e: WorkingEntity): boolean => e.label === 'Group' && !/^(media|government|ministry|agency|legislature|court)$/.test(e.org?.kind ?? '') && !/\b(ministry|government)$/i.test(e.name);
  let best: WorkingEntity | undefined;
  for (const e of entitiesBefore(state, s, tok)) {
    if (!story(e)) continue;
    if (!best || e.mentions.length > best.mentions.length) best = e;
  }
  // The window holds no group the story names more than once: the group named in the article's opening
  // sentences is the story's ("the group's leader" many paragraphs after "Islamic State" opened the story).
  if (!best || best.mentions.length < 2) {
    const opening = sentenceMentions(state, firstBodySentence(state)).map((m) => entityOf(state, m)).find((e): e is WorkingEntity => !!e && story(e));
    const openingSentence = opening ? Math.min(...opening.mentions.map((id) => state.mentions[id]?.sentence ?? Infinity)) : Infinity;
    if (opening && openingSentence < s && (!best || opening.mentions.length >= best.mentions.length)) return opening;
  }
  return best;
}

/** The first sentence of running text (not a headline or shouted line). */
function firstBodySentence(state: WorkingState): number {
  return state.sentences.find((x) => !x.headline && !x.shouting && x.tokens.length > 6)?.index ?? 0;
}

/** A company (or an organisation the lexicons do not know) named at or before token `tok` of sentence `s`. */
export function lastCompanyBefore(state: WorkingState, s: number, tok: number): WorkingEntity | undefined {
  return nearestBefore(state, s, tok, (e) => e.label === 'Group' && (e.org === null || e.org.kind === 'company'));
}

/** The last organisation before token `tok` whose name holds the head noun ("the court" → "Superior Electoral Court"). */
export function lastGroupNamed(state: WorkingState, s: number, tok: number, noun: string): WorkingEntity | undefined {
  return nearestBefore(state, s, tok, (e) => e.label === 'Group' && e.name.toLowerCase().split(/\s+/).includes(noun));
}

/**
 * A definite description at token `tok` ("the group", "the base", "the city") resolved to an earlier entity:
 * groups for group nouns, places whose name holds the noun ("the base" → "Fire Base Bell") or whose
 * lexicon kind is the noun ("the city" → a city).
 */
export function resolveDescription(state: WorkingState, s: SentenceInfo, tok: number): WorkingEntity | undefined {
  const head = s.tokens[tok];
  if (!head || s.tokens[tok - 1]?.lower !== 'the') return undefined;
  // "the town of Shaddadi" names its place; it does not refer back.
  if (s.tokens[tok + 1]?.lower === 'of') return undefined;
  const noun = head.lower;
  if (GROUP_ANAPHORS.has(noun)) return lastGroupBefore(state, s.index, tok - 1, false, true);
  if (COMPANY_ANAPHORS.has(noun)) return lastCompanyBefore(state, s.index, tok - 1);
  for (let p = s.index; p >= Math.max(0, s.index - 6); p--) {
    const list = sentenceMentions(state, p);
    for (let i = list.length - 1; i >= 0; i--) {
      const m = list[i];
      if (!m || (p === s.index && m.tokEnd > tok)) continue;
      const e = entityOf(state, m);
      if (!e || e.label !== 'Place') continue;
      const named = e.name.toLowerCase().split(/\s+/).includes(noun);
      const kind = e.place?.kind === 'city' && (noun === 'city' || noun === 'town');
      if (named || kind) return e;
    }
  }
  return undefined;
}
