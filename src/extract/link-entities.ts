/**
 * Within-article linking: mentions become entities. Mentions join when the lexicon gives them one canonical
 * entry, when they are written alike, when a surname (or "Mr./Secretary + surname") repeats a full name,
 * when the text says so ("also known as", "who also went by", "whose real name is", "X's real name is",
 * quoted nicknames), and when an acronym is defined ("... in Iraq and Syria's (ISIS)", "..., or ISF").
 */
import { keyOf as nameKey } from './lexicon-access';
import { resetMentionCache, resolvePersonPronoun } from './coref';
import type { Extractor, MentionSpan, SentenceInfo, WorkingEntity, WorkingState } from './state';
import { PERSON_PRONOUNS } from './word-lists';

class UnionFind {
  private readonly parent: number[] = [];
  add(): void {
    this.parent.push(this.parent.length);
  }
  find(x: number): number {
    let r = x;
    while (this.parent[r] !== r) r = this.parent[r] ?? r;
    let y = x;
    while (this.parent[y] !== r) {
      const next = this.parent[y] ?? r;
      this.parent[y] = r;
      y = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Alias phrases: the name before is the same entity as the name (or quoted nickname) after. */
const ALIAS_PHRASES: readonly (readonly string[])[] = [
  ['also', 'known', 'as'],
  ['better', 'known', 'as'],
  ['known', 'as'],
  ['also', 'went', 'by'],
  ['went', 'by'],
  ['also', 'goes', 'by'],
  ['goes', 'by'],
  ['also', 'called'],
  ['real', 'name', 'is'],
  ['real', 'name', 'was'],
  ['birth', 'name', 'is'],
  ['aka'],
  ['a.k.a.'],
  ['nicknamed'],
  ['alias'],
];

/** First words of the alias phrases, so most tokens are passed over at once. */
const ALIAS_FIRST_WORDS = new Set(ALIAS_PHRASES.map((p) => p[0] ?? ''));

/** Words allowed between the first name and an alias phrase ("X, who was known as", "X's real name is"). */
const ALIAS_GAP = new Set([',', 'who', 'whose', "'s", 'was', 'is', 'has', 'been', 'also', 'had', 'the', 'his', 'her']);

const OPEN_QUOTES = new Set(['"', '\u201c', '\u2018', "'"]);
const CLOSE_QUOTES = new Set(['"', '\u201d', '\u2019', "'"]);

/** Arabic articles that open a nisba ("al-Baghdadi": of Baghdad). */
const NISBA_ARTICLES = new Set(['al', 'el', 'ash', 'as', 'ad', 'ar', 'an', 'at', 'az']);

function surnameKey(m: MentionSpan): string {
  return nameKey(m.text).replace(/^(al|el|ash|as|ad|ar|an|at|az) /, '');
}

function wordCount(m: MentionSpan): number {
  return nameKey(m.text).split(' ').length;
}

/** A mention for a quoted nickname after an alias phrase ("known as "Omar the Chechen.""). */
function quotedMention(state: WorkingState, s: SentenceInfo, at: number, like: MentionSpan | undefined): MentionSpan | undefined {
  const open = s.tokens[at];
  if (!open || !OPEN_QUOTES.has(open.text)) return undefined;
  let close = at + 1;
  while (close < s.tokens.length && !CLOSE_QUOTES.has(s.tokens[close]?.text ?? '')) close++;
  let last = close - 1;
  while (last > at && s.tokens[last]?.kind === 'punct') last--;
  const first = s.tokens[at + 1];
  const lastTok = s.tokens[last];
  if (!first || !lastTok || last - at > 6 || !first.cap) return undefined;
  const m: MentionSpan = {
    id: state.mentions.length,
    sentence: s.index,
    tokStart: at + 1,
    tokEnd: last + 1,
    text: s.text.slice(first.start - s.start, lastTok.end - s.start),
    start: first.start,
    end: lastTok.end,
    label: like?.label ?? null,
    confidence: 0,
    place: null,
    org: null,
    role: null,
    titledForm: null,
    possessive: false,
    entity: -1,
  };
  state.mentions.push(m);
  return m;
}

function matchesAt(s: SentenceInfo, at: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (s.tokens[at + k]?.lower !== phrase[k]) return false;
  return true;
}

/** Initials of a name, skipping lower-case words and ordinals ("Islamic State in Iraq and Syria" → "ISIS"). */
function initials(text: string): string {
  return text
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w.charAt(0))
    .join('');
}

interface Linker {
  state: WorkingState;
  uf: UnionFind;
  /** Pairs that are written as aliases of a pronoun's referent: resolved after the entities exist. */
  pronounAliases: { sentence: number; tok: number; mention: MentionSpan }[];
}

function linkAliasStatements(l: Linker, s: SentenceInfo, byTok: Map<number, MentionSpan>, mentions: MentionSpan[]): void {
  for (let p = 0; p < s.tokens.length; p++) {
    if (!ALIAS_FIRST_WORDS.has(s.tokens[p]?.lower ?? '')) continue;
    const phrase = ALIAS_PHRASES.find((ph) => matchesAt(s, p, ph));
    if (!phrase) continue;
    const q = p + phrase.length;
    // The name before: skip the small words of "X, who was also known as" / "X's real name is".
    let k = p - 1;
    while (k >= 0 && ALIAS_GAP.has(s.tokens[k]?.lower ?? '')) k--;
    const before = mentions.filter((m) => m.tokEnd === k + 1)[0];
    const pronoun = k >= 0 && PERSON_PRONOUNS.has(s.tokens[k]?.lower ?? '') ? k : -1;
    const named = byTok.get(q) ?? (s.tokens[q]?.lower === 'the' ? byTok.get(q + 1) : undefined);
    const after = named ?? quotedMention(l.state, s, q, before);
    if (!after) continue;
    if (!named) l.uf.add();
    if (before) {
      if (before.org && after.org && before.org !== after.org) continue;
      if (before.place && after.place && before.place !== after.place) continue;
      l.uf.union(before.id, after.id);
    } else if (pronoun >= 0) {
      l.pronounAliases.push({ sentence: s.index, tok: pronoun, mention: after });
    }
  }
}

/**
 * "Born X in the town of Z, Y joined ...": the birth name opening the sentence is the subject's, named after
 * the participle phrase's closing comma.
 */
function linkBirthNames(l: Linker, s: SentenceInfo, mentions: readonly MentionSpan[]): void {
  if (s.tokens[0]?.lower !== 'born') return;
  const born = mentions.find((m) => m.tokStart === 1);
  if (!born || born.label === 'Place' || born.org) return;
  const subject = mentions.find((m) => m.tokStart > born.tokEnd && s.tokens[m.tokStart - 1]?.text === ',' && m.label !== 'Place' && !m.org);
  if (subject && !s.tokens.slice(born.tokEnd, subject.tokStart).some((t) => t.text === ';' || t.text === '.')) l.uf.union(born.id, subject.id);
}

function linkAcronyms(l: Linker, s: SentenceInfo, mentions: readonly MentionSpan[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i];
    if (!a || a.label === 'Person') continue;
    let k = a.tokEnd;
    if (s.tokens[k]?.kind === 'possessive') k++;
    let defined = false;
    if (s.tokens[k]?.text === '(') defined = true;
    else if (s.tokens[k]?.text === ',' && s.tokens[k + 1]?.lower === 'or') defined = true;
    if (!defined) continue;
    const acr = mentions.find((m) => m.tokStart === k + (s.tokens[k]?.text === '(' ? 1 : 2) && m.tokEnd === m.tokStart + 1);
    const tok = acr ? s.tokens[acr.tokStart] : undefined;
    if (!acr || !tok || !tok.upper) continue;
    const letters = tok.text.replace(/[^A-Z]/g, '');
    const full = initials(a.text);
    if (letters.length >= 2 && (full.includes(letters) || letters === full.replace(/[^A-Z]/g, ''))) l.uf.union(a.id, acr.id);
  }
}

/** Joins a surname (or "al-X") with the nearest earlier full name that ends with it, else the first later one. */
function linkSurnames(l: Linker): void {
  const { state } = l;
  // Full names indexed by their last word, so each surname looks at its candidates only.
  const byLast = new Map<string, { f: MentionSpan; words: string[] }[]>();
  const byFirstOrg = new Map<string, MentionSpan>();
  // Inner words of long personal names; null when two different names share the word.
  const byInner = new Map<string, MentionSpan | null>();
  for (const f of state.mentions) {
    const words = nameKey(f.text).split(' ');
    if (words.length < 2) continue;
    if (f.label === 'Group' && f.confidence >= 2 && !byFirstOrg.has(words[0] ?? '')) byFirstOrg.set(words[0] ?? '', f);
    if (f.org || f.place || f.label === 'Group') continue;
    const last = words[words.length - 1] ?? '';
    // "Lula" in "Luiz Inacio Lula da Silva": an inner name word of a long name can be its short form.
    if (words.length >= 4) {
      for (const w of words.slice(1, -1)) {
        if (w.length < 3 || NISBA_ARTICLES.has(w) || /^(da|de|do|dos|das|di|del|van|von|der|bin|ibn|abu|abd|abdul)$/.test(w)) continue;
        const known = byInner.get(w);
        if (known === undefined) byInner.set(w, f);
        else if (known && nameKey(known.text) !== nameKey(f.text)) byInner.set(w, null);
      }
    }
    const list = byLast.get(last);
    if (list) list.push({ f, words });
    else byLast.set(last, [{ f, words }]);
  }
  for (const m of state.mentions) {
    // "Baghdadi" after "Abu Bakr al-Baghdadi": a one-word city or region name may be the short form of a
    // person's nisba (checked below); a country or an organisation never is.
    const placeWord = !!m.place && m.place.kind !== 'country' && !m.org && !surnameKey(m).includes(' ');
    if ((m.org || m.place) && !placeWord) continue;
    const count = wordCount(m);
    if (count > 3) continue;
    const key = surnameKey(m);
    if (!key) continue;
    // "Carter" → "Ash Carter"; "Le Pen" → "Marine Le Pen": the full name ends with the short one.
    const parts = key.split(' ');
    if (parts.length > 3) continue;
    let best: MentionSpan | undefined;
    let sharedSurname = false;
    for (const { f, words } of byLast.get(parts[parts.length - 1] ?? '') ?? []) {
      if (f === m || words.length <= count) continue;
      if (parts.some((p, i) => words[words.length - parts.length + i] !== p)) continue;
      // "Shaddadi" and "Ash Shaddadi" (a place with and without its Arabic article) or a surname.
      if (f.label === 'Place' && !(words.length === 2 && /^(al|el|ash|as|ad|ar|an|at|az)$/.test(words[0] ?? ''))) continue;
      if (placeWord && !(f.label === 'Person' && NISBA_ARTICLES.has(words[words.length - 2] ?? ''))) continue;
      if (!placeWord && m.label && f.label && m.label !== f.label && m.confidence >= 2 && f.confidence >= 2) continue;
      if (!best) best = f;
      else if (nameKey(f.text) !== nameKey(best.text)) {
        // "Jair Bolsonaro" and "Flavio Bolsonaro": a bare surname shared by two people always goes to the
        // one named first, so the bare mentions (one written key) never bridge the two.
        sharedSurname = true;
        if (f.start < best.start) best = f;
      } else if (!sharedSurname && f.start < m.start && (best.start > m.start || f.start > best.start)) best = f;
    }
    if (!best && count === 1 && !placeWord && m.label !== 'Group') best = byInner.get(key) ?? undefined;
    if (best && placeWord) {
      // The word names the person here, not the place.
      m.place = null;
      m.label = 'Person';
      m.confidence = best.confidence;
    }
    if (best) l.uf.union(m.id, best.id);
  }
  // "Acme" after "Acme Robotics Inc.": a lone word that starts an organisation's name is its short form.
  for (const m of state.mentions) {
    if (m.label !== null || wordCount(m) !== 1) continue;
    const org = byFirstOrg.get(nameKey(m.text));
    if (org) l.uf.union(m.id, org.id);
  }
}

/** Head words of a country's own bodies, named without the country ("Defense Ministry", "Foreign Office"). */
const NATIONAL_BODY_HEADS = new Set(['ministry', 'office', 'army', 'navy', 'parliament', 'police', 'government', 'cabinet', 'guard']);

/**
 * "Russia's Defense Ministry": an unlisted national body after a country's possessive is that country's
 * ("Russian Defense Ministry"), so two countries' ministries stay two; later bare mentions of the same
 * body join it when only one country's was named.
 */
function qualifyNationalBodies(state: WorkingState): void {
  const qualified = new Map<string, Set<string>>();
  const bare: MentionSpan[] = [];
  for (const m of state.mentions) {
    if (m.org || m.place || m.label !== 'Group') continue;
    const words = nameKey(m.text).split(' ');
    if (words.length > 3 || !NATIONAL_BODY_HEADS.has(words[words.length - 1] ?? '')) continue;
    const s = state.sentences[m.sentence];
    const owner = s && s.tokens[m.tokStart - 1]?.kind === 'possessive' ? state.mentions[m.id - 1] : undefined;
    const demonym = owner && owner.sentence === m.sentence && owner.tokEnd === m.tokStart - 1 && owner.place?.kind === 'country' ? owner.place.demonyms[0] : undefined;
    if (demonym) {
      m.qualifiedName = `${demonym} ${m.text}`;
      const key = nameKey(m.text);
      const set = qualified.get(key) ?? new Set<string>();
      set.add(m.qualifiedName);
      qualified.set(key, set);
    } else bare.push(m);
  }
  for (const m of bare) {
    const set = qualified.get(nameKey(m.text));
    if (set && set.size === 1) m.qualifiedName = [...set][0];
  }
}

function entityName(members: readonly MentionSpan[]): string {
  const lex = members.find((m) => m.org ?? m.place);
  if (lex?.org) return lex.org.name;
  if (lex?.place) return lex.place.name;
  const named = members.find((m) => m.qualifiedName);
  if (named?.qualifiedName) return named.qualifiedName;
  let best = members[0];
  for (const m of members) {
    if (best && wordCount(m) > wordCount(best)) best = m;
  }
  return best?.text ?? '';
}

/** Extractor: links mentions into entities and types each entity by the votes of its mentions. */
export const linkEntities: Extractor = {
  name: 'link-entities',
  requires: ['sentences', 'mentions', 'labels'],
  assigns: ['entities'],
  run(state: WorkingState): void {
    const uf = new UnionFind();
    for (let i = 0; i < state.mentions.length; i++) uf.add();
    const l: Linker = { state, uf, pronounAliases: [] };
    qualifyNationalBodies(state);
    // Same lexicon entry or same written key.
    const byKey = new Map<string, number>();
    for (const m of state.mentions) {
      const key = m.org ? `org:${m.org.name}` : m.place ? `place:${m.place.name}` : `name:${nameKey(m.qualifiedName ?? m.text)}`;
      const seen = byKey.get(key);
      if (seen === undefined) byKey.set(key, m.id);
      else uf.union(seen, m.id);
    }
    const perSentence: MentionSpan[][] = state.sentences.map(() => []);
    for (const m of state.mentions) perSentence[m.sentence]?.push(m);
    for (const s of state.sentences) {
      const mentions = perSentence[s.index] ?? [];
      if (mentions.length === 0) continue;
      const byTok = new Map<number, MentionSpan>();
      for (const m of mentions) byTok.set(m.tokStart, m);
      linkAliasStatements(l, s, byTok, mentions);
      linkBirthNames(l, s, mentions);
      linkAcronyms(l, s, mentions);
    }
    linkSurnames(l);
    buildEntities(state, uf);
    resetMentionCache(state);
    // "He was also known as X": now that entities exist, the pronoun can be resolved.
    for (const pa of l.pronounAliases) {
      const person = resolvePersonPronoun(state, pa.sentence, pa.tok);
      if (!person) continue;
      const m = pa.mention;
      const old = m.entity >= 0 ? state.entities[m.entity] : undefined;
      if (old && old !== person) old.mentions = old.mentions.filter((id) => id !== m.id);
      m.entity = person.index;
      if (!person.mentions.includes(m.id)) person.mentions.push(m.id);
      if (!person.forms.includes(m.text)) person.forms.push(m.text);
    }
    state.entities = state.entities.filter((e) => e.mentions.length > 0);
    state.entities.forEach((e, i) => {
      e.index = i;
      e.key = `e${i + 1}`;
      for (const id of e.mentions) {
        const m = state.mentions[id];
        if (m) m.entity = i;
      }
    });
    resetMentionCache(state);
  },
};

/** Words that make "by X" a credit line ("Reporting by", "Editing by", "photo by"). */
const CREDIT_WORDS = new Set(['reporting', 'editing', 'writing', 'photo', 'photos', 'photograph', 'photography', 'graphic', 'graphics', 'video', 'compiled', 'illustration', 'additional']);

/** A byline, credit or editing line names its people as page furniture, not as part of the story. */
function isCredit(state: WorkingState, m: MentionSpan): boolean {
  const s = state.sentences[m.sentence];
  if (!s) return false;
  for (let k = m.tokStart - 1; k >= Math.max(0, m.tokStart - 14); k--) {
    const w = s.tokens[k]?.lower ?? '';
    if (w === ';' || w === '.') break;
    if (w === 'by' && (CREDIT_WORDS.has(s.tokens[k - 1]?.lower ?? '') || k === 0 || s.tokens[k - 1]?.kind === 'punct')) return true;
    if ((w === 'photo' || w === 'credit' || w === 'image') && s.tokens[k + 1]?.text === ':') return true;
    if (w === 'copyright' || w === '\u00a9') return true;
  }
  // "MOGADISHU, Somalia (AP) —": a news agency in brackets after a dateline.
  return m.org?.kind === 'media' && s.tokens[m.tokStart - 1]?.text === '(' && s.tokens[m.tokEnd]?.text === ')';
}

function buildEntities(state: WorkingState, uf: UnionFind): void {
  const groups = new Map<number, MentionSpan[]>();
  for (const m of state.mentions) {
    const r = uf.find(m.id);
    const list = groups.get(r);
    if (list) list.push(m);
    else groups.set(r, [m]);
  }
  for (const members of groups.values()) {
    const votes = new Map<string, number>();
    for (const m of members) if (m.label) votes.set(m.label, (votes.get(m.label) ?? 0) + m.confidence);
    let label: WorkingEntity['label'] | null = null;
    let best = 0;
    for (const [k, v] of votes) {
      if (v > best && (k === 'Person' || k === 'Group' || k === 'Place')) {
        best = v;
        label = k;
      }
    }
    if (!label) continue;
    if ((label === 'Person' || members.some((m) => m.org?.kind === 'media')) && members.every((m) => isCredit(state, m))) continue;
    const index = state.entities.length;
    const forms: string[] = [];
    for (const m of members) {
      if (!forms.includes(m.text)) forms.push(m.text);
      if (m.titledForm && label === 'Person' && !forms.includes(m.titledForm)) forms.push(m.titledForm);
    }
    const lex = members.find((m) => m.org ?? m.place);
    const entity: WorkingEntity = {
      index,
      key: `e${index + 1}`,
      label,
      name: entityName(members),
      forms,
      roles: [],
      mentions: members.map((m) => m.id),
      place: lex?.place ?? null,
      org: lex?.org ?? null,
    };
    for (const m of members) m.entity = index;
    state.entities.push(entity);
  }
}
