/**
 * Evidence beyond spelling that two person nodes of different articles are one person: what each article
 * says the person does. The resolver only sees a candidate's forms, roles and keys, so these facts travel
 * as extra keys on a person's contribution (stored with it like its blocking keys):
 * - `r:lead:<who>` and `r:lead:<who>@<year>`: leads the group or place (LEADS), in the article's year;
 * - `r:member:<who>`: member of the group (MEMBER_OF);
 * - `k:by:<who>`: killed by that agent (KILLED, or CARRIED_OUT of a Killing that TARGETED the person);
 * - `k:@<year>`: killed in that year (the event's date, else the article's publication year).
 * `<who>` names the related node without its global id (not known yet while the person is resolved): its
 * lexicon id, and its canonical key with vowels folded, so "Quds Force" and "Qods Force" meet.
 * Specific roles ("commander of the Quds Force", "head of the Qods Force") give `roleKey`s.
 */
import type { ExtractedEvent, ExtractedRelation } from '../model/extraction';
import type { EntityLabel } from '../model/vocabulary';
import { memoizeString } from '../util/memo';
import { nameKey } from '../util/normalize';
import { canonicalKey, isUninformative, vowelFoldedKey } from './names';

/** Prefix of every context key, so they are told apart from name keys. */
const CONTEXT_PREFIXES = ['r:', 'k:'] as const;
/** Prefix of a LEADS context key. */
const LEAD_PREFIX = 'r:lead:';

/** What context keys are computed from: one article's entities, events and relations. */
export interface ContextArticle {
  published: string | null;
  entities: readonly { key: string; label: EntityLabel; name: string; forms: readonly string[] }[];
  events: readonly Pick<ExtractedEvent, 'eventType' | 'agents' | 'targets' | 'date'>[];
  relations: readonly Pick<ExtractedRelation, 'type' | 'source' | 'target'>[];
}

/** True for a key that describes what a person does rather than how they are named. */
export function isContextKey(key: string): boolean {
  return CONTEXT_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/**
 * The context keys of each person of an article, by local entity key (see the file comment).
 * `externalIds` gives lexicon ids of a related node's forms.
 */
export function contextKeys(
  article: ContextArticle,
  externalIds: (label: EntityLabel, forms: readonly string[]) => string[],
): Map<string, string[]> {
  const byKey = new Map(article.entities.map((e) => [e.key, e]));
  const whoCache = new Map<string, string[]>();
  const who = (key: string): string[] => {
    const cached = whoCache.get(key);
    if (cached) return cached;
    const entity = byKey.get(key);
    const found = entity ? identities(entity, externalIds) : [];
    whoCache.set(key, found);
    return found;
  };
  const isPerson = (key: string) => byKey.get(key)?.label === 'Person';
  const result = new Map<string, Set<string>>();
  const add = (key: string, keys: readonly string[]) => {
    if (keys.length === 0 || !isPerson(key)) return;
    const set = result.get(key) ?? new Set<string>();
    for (const k of keys) set.add(k);
    result.set(key, set);
  };
  const publishedYear = yearOf(article.published);
  for (const relation of article.relations) {
    if (relation.type === 'LEADS') {
      const targets = who(relation.target);
      add(relation.source, targets.map((t) => `${LEAD_PREFIX}${t}`));
      if (publishedYear !== null) add(relation.source, targets.map((t) => `${LEAD_PREFIX}${t}@${publishedYear}`));
    } else if (relation.type === 'MEMBER_OF') {
      add(relation.source, who(relation.target).map((t) => `r:member:${t}`));
    } else if (relation.type === 'KILLED') {
      add(relation.target, who(relation.source).map((s) => `k:by:${s}`));
    }
  }
  for (const event of article.events) {
    if (event.eventType !== 'Killing') continue;
    const year = yearOf(event.date?.start ?? null) ?? publishedYear;
    const agents = event.agents.flatMap(who).map((a) => `k:by:${a}`);
    for (const target of event.targets) add(target, year === null ? agents : [...agents, `k:@${year}`]);
  }
  return new Map([...result].map(([key, set]) => [key, [...set].sort()]));
}

function yearOf(date: string | null): string | null {
  const year = date?.slice(0, 4) ?? '';
  return /^\d{4}$/.test(year) ? year : null;
}

/** How a related node is named in context keys: lexicon ids, else its vowel-folded canonical name. */
function identities(
  entity: { label: EntityLabel; name: string; forms: readonly string[] },
  externalIds: (label: EntityLabel, forms: readonly string[]) => string[],
): string[] {
  const forms = [entity.name, ...entity.forms].filter((f) => nameKey(f) !== '' && !isUninformative(f, entity.label));
  if (forms.length === 0) return [];
  const [name] = forms;
  const folded = entity.label === 'Person' ? canonicalKey(name ?? '', 'Person') : vowelFoldedKey(canonicalKey(name ?? '', entity.label));
  return [...new Set([...externalIds(entity.label, forms), folded])].sort();
}

/** True for a LEADS context key (the post a bare surname can be recognised by). */
export function isLeadKey(key: string): boolean {
  return key.startsWith(LEAD_PREFIX);
}

/** True when two key lists share a context key (both lead or belong to the same node, or were killed alike). */
export function sharesContext(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const mine = new Set(a.filter(isContextKey));
  return mine.size > 0 && b.some((k) => mine.has(k));
}

/**
 * True when both lead the same node, in the same year when both reports are dated for it: what lets a
 * bare surname ("President Trump") join a full name across articles.
 */
export function leadSameNode(a: readonly string[], b: readonly string[]): boolean {
  const theirs = new Set(b.filter((k) => k.startsWith(LEAD_PREFIX)));
  if (theirs.size === 0) return false;
  for (const key of a) {
    if (!key.startsWith(LEAD_PREFIX) || key.includes('@') || !theirs.has(key)) continue;
    const dated = `${key}@`;
    const myYears = a.filter((k) => k.startsWith(dated));
    const theirYears = [...theirs].filter((k) => k.startsWith(dated));
    if (myYears.length === 0 || theirYears.length === 0 || myYears.some((y) => theirs.has(y))) return true;
  }
  return false;
}

/** Words of a role that name the post of the one who leads ("commander", "head of", "chief"). */
const LEADING_WORDS = new Set([
  'commander', 'head', 'chief', 'leader', 'chairman', 'chairwoman', 'chair', 'boss', 'emir', 'founder', 'ceo',
  'director', 'president',
]);
/** Words that qualify a post without changing which post it is ("military commander", "top leader"). */
const QUALIFIER_WORDS = new Set([
  'of', 'the', 'a', 'an', 'its', 'their', 'for', 'military', 'senior', 'top', 'new', 'overall', 'supreme',
  'militant', 'former', 'acting', 'current', 'then', 'late', 'longtime', 'powerful', 'feared', 'shadowy',
]);

/**
 * A comparison key for a role that names a post in a named body ("commander of the Quds Force", "Quds
 * Force commander", "head of the Qods Force" → "lead qads farca"), or '' for a generic role ("deputy",
 * "President", "Gen.") that many people hold and so corroborates nothing.
 */
export const roleKey = memoizeString((role: string): string => {
  const tokens = nameKey(role).split(' ').filter((t) => t !== '' && !QUALIFIER_WORDS.has(t));
  const leads = tokens.some((t) => LEADING_WORDS.has(t));
  const body = tokens.filter((t) => !LEADING_WORDS.has(t));
  // Only a post in a named body: "commander" alone, or "deputy commander", is held by too many.
  if (!leads || body.length === 0 || !/[A-Z]/.test(role.replace(/^\S+/, ''))) return '';
  return ['lead', ...body.map((t) => vowelFoldedKey(t)).sort()].join(' ');
});

/** True when two role lists share a specific role (see `roleKey`). */
export function shareSpecificRole(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const mine = new Set(a.map(roleKey).filter((k) => k !== ''));
  return mine.size > 0 && b.some((r) => mine.has(roleKey(r)));
}
