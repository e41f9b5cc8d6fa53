/**
 * Cross-article resolution: maps one article's local entities, events and relations onto global node
 * ids, merging with existing nodes by the rule in `match.ts`. Ids are deterministic, so re-ingesting an
 * article reproduces its contribution exactly.
 */
import type { ArticleDocument } from '../model/article';
import type { ArticleExtraction, ExtractedEvent, ExtractedRelation } from '../model/extraction';
import type {
  ArticleContribution,
  EdgeContribution,
  EntityCandidate,
  EntityContribution,
  EventContribution,
  ResolutionIndex,
} from '../model/graph';
import type { EdgeType, EntityLabel } from '../model/vocabulary';
import { nameKey } from '../util/normalize';
import { stableId } from '../util/hash';
import { compareText, foldContribution, sortedUnique } from '../store/aggregate';
import { blockingKeys, isBareName, isUninformative, parsePersonName, personNamesConflict, type PersonName } from './names';
import { bareNameMatches, corroboratedBareMatch, distinctPeople, matchScore, type EntityView } from './match';
import { contextKeys, isLeadKey } from './corroboration';
import { lexiconIds } from './lexicon-ids';
import { ID_PREFIX, loadCurationRules, type CurationRules } from './curation-rules';

/** Options of `resolveArticle`. */
export interface ResolveOptions {
  /** External canonical ids of a form (default: the organisation and place lexicon). */
  externalIds?: (label: EntityLabel, forms: readonly string[]) => string[];
  /** Curation rules to apply (default: those the index lists, when it is a `GraphStore`). */
  curation?: CurationRules;
}

/** One entity of the article to resolve: what extraction found, or what a stored contribution holds. */
export interface LocalEntity {
  key: string;
  label: EntityLabel;
  name: string;
  /** Every form, name included or not. */
  forms: readonly string[];
  roles: readonly string[];
  mentionCount: number;
}

/** An article to resolve, in the resolver's own terms (see `resolveArticle`, `reresolve.ts`). */
export interface LocalArticle {
  articleId: string;
  /** Publication date (ISO), dating undated events to its year; null when unknown. */
  published: string | null;
  entities: readonly LocalEntity[];
  events: readonly ExtractedEvent[];
  relations: readonly ExtractedRelation[];
}

/** An entity this article resolved, available as a candidate to its later entities. */
interface LocalNode extends EntityView {
  id: string;
}

function formsOf(entity: LocalEntity): string[] {
  const seen = new Map<string, string>();
  for (const form of [entity.name, ...entity.forms]) {
    const trimmed = form.trim();
    if (nameKey(trimmed) !== '' && !seen.has(trimmed)) seen.set(trimmed, trimmed);
  }
  return [...seen.values()];
}

/**
 * A person entity whose forms name two people ("Jair Bolsonaro" with "Flavio Bolsonaro": same surname,
 * other given name; or other middle initials) would merge them for good. Forms that conflict with the
 * entity's name become entities of their own (keyed `key#n`, without relations: which facts were about
 * whom is unknown), so each person keeps a node and none absorbs the other.
 */
export function separateConflictingNames(entity: LocalEntity): LocalEntity[] {
  const main = entity.label === 'Person' ? parsePersonName(entity.name) : null;
  if (main === null || main.given === null) return [entity];
  const kept: string[] = [];
  const others: { name: PersonName; forms: string[] }[] = [];
  for (const form of entity.forms) {
    const parsed = parsePersonName(form);
    if (parsed === null || parsed.given === null || !personNamesConflict(main, parsed)) {
      kept.push(form);
      continue;
    }
    const group = others.find((o) => !personNamesConflict(o.name, parsed));
    if (group) group.forms.push(form);
    else others.push({ name: parsed, forms: [form] });
  }
  if (others.length === 0) return [entity];
  return [
    { ...entity, forms: kept },
    ...others.map(({ forms }, i) => ({
      key: `${entity.key}#${i + 1}`,
      label: entity.label,
      name: forms.reduce((a, b) => (b.length > a.length ? b : a)),
      forms,
      roles: [],
      mentionCount: forms.length,
    })),
  ];
}

/** Fullest names first, so "Ash Carter" is resolved before the bare "Carter" that may fold into it. */
function resolutionOrder(a: LocalEntity, b: LocalEntity): number {
  const bare = (e: LocalEntity) => (e.label === 'Person' && isBareName(e.name) ? 1 : 0);
  return bare(a) - bare(b) || b.name.length - a.name.length || compareText(a.name, b.name) || compareText(a.key, b.key);
}

/** The best-scoring candidate, or null when none qualifies or two different people tie. */
function chooseCandidate(view: EntityView, candidates: readonly (EntityCandidate | LocalNode)[]): string | null {
  const scored = candidates
    .map((c) => ({ c, score: matchScore(view, c) }))
    .filter((s): s is { c: EntityCandidate | LocalNode; score: number } => s.score !== null)
    .sort((a, b) => b.score - a.score || compareText(a.c.id, b.c.id));
  const [first, second] = scored;
  if (!first) return null;
  if (second && second.score === first.score && second.c.id !== first.c.id && distinctPeople(first.c, second.c)) {
    // "George Bush" scores the same against both Bushes: refuse to guess.
    return null;
  }
  return first.c.id;
}

/** The id when every node listed is the same one, else null (ambiguous or none). */
function onlyId(nodes: readonly LocalNode[]): string | null {
  const ids = new Set(nodes.map((n) => n.id));
  const [id] = ids;
  return ids.size === 1 && id !== undefined ? id : null;
}

function newEntityId(view: EntityView, articleId: string, bare: boolean): string {
  const prefix = ID_PREFIX[view.label];
  const external = view.keys.find((k) => k.startsWith('x:'));
  if (bare) return stableId(prefix, view.label, nameKey(view.name), articleId);
  if (external !== undefined && view.label !== 'Person') return stableId(prefix, view.label, external);
  return stableId(prefix, view.label, nameKey(view.name));
}

interface ResolvedEntities {
  contributions: EntityContribution[];
  idOf: Map<string, string>;
  labelOf: Map<string, EntityLabel>;
}

async function resolveEntities(
  article: LocalArticle,
  index: ResolutionIndex,
  externalIds: (label: EntityLabel, forms: readonly string[]) => string[],
  curation: CurationRules,
): Promise<ResolvedEntities> {
  const local: LocalNode[] = [];
  const context = contextKeys(article, externalIds);
  const idOf = new Map<string, string>();
  const labelOf = new Map<string, EntityLabel>();
  const contributions: EntityContribution[] = [];
  const record = (id: string, view: EntityView, roles: readonly string[], mentionCount: number) => {
    labelOf.set(id, labelOf.get(id) ?? view.label);
    const existing = local.find((n) => n.id === id);
    if (existing) {
      existing.forms = sortedUnique([...existing.forms, ...view.forms]);
      existing.keys = sortedUnique([...existing.keys, ...view.keys]);
      existing.roles = sortedUnique([...existing.roles, ...roles]);
    } else {
      local.push({ ...view, roles, id });
    }
    contributions.push({
      id,
      label: view.label,
      name: view.name,
      forms: [...view.forms],
      roles: sortedUnique(roles),
      keys: [...view.keys],
      mentionCount: Math.max(1, mentionCount),
    });
  };
  for (const entity of [...article.entities].sort(resolutionOrder)) {
    const forms = formsOf(entity);
    if (forms.length === 0) continue;
    const named = blockingKeys(entity.label, forms, externalIds(entity.label, forms));
    // What the article says the person does travels with the keys: corroboration for spelling variants.
    const facts = context.get(entity.key);
    const keys = facts ? sortedUnique([...named, ...facts]) : named;
    const view: EntityView = { label: entity.label, name: entity.name.trim(), forms, roles: entity.roles, keys };
    // Only a bare surname or a generic name ("the army"), and no lexicon entry: it names nothing across
    // articles, so it stays the article's own node.
    const bare = forms.every((f) => isUninformative(f, entity.label)) && !keys.some((k) => k.startsWith('x:'));
    let id: string | null;
    if (bare) {
      // Within the article a bare name is the one full name it shortens or repeats; otherwise its own node.
      const key = nameKey(view.name);
      const bySurname = local.filter((n) => bareNameMatches(view, n));
      id = onlyId(
        bySurname.length > 0 ? bySurname : local.filter((n) => n.label === view.label && n.forms.some((f) => nameKey(f) === key)),
      );
      // Across articles only with the post it holds ("President Trump" leading the same country).
      const posts = facts?.filter(isLeadKey) ?? [];
      if (id === null && posts.length > 0) id = corroboratedBareMatch(view, await index.candidatesByKeys(posts));
    } else {
      // Candidates come by name; what the article says the person does only corroborates (see match.ts).
      const keySet = new Set(named);
      const candidates = [
        ...(await index.candidatesByKeys(named)),
        ...local.filter((n) => n.keys.some((k) => keySet.has(k))),
      ];
      id = chooseCandidate(view, candidates);
    }
    const fresh = id === null;
    id ??= newEntityId(view, article.articleId, bare);
    if (curation.empty) {
      idOf.set(entity.key, id);
      record(id, view, entity.roles, entity.mentionCount);
      continue;
    }
    // A curator's merge or split decides over the resolver's choice.
    const placed = curation.place(id, view.name, forms, fresh);
    const viewOf = (part: string[], name: string): EntityView => ({
      ...view,
      name,
      forms: part,
      keys: blockingKeys(entity.label, part, externalIds(entity.label, part)),
    });
    const fullest = (part: string[]) => part.reduce((a, b) => (b.length > a.length ? b : a));
    idOf.set(entity.key, placed.id);
    const mainName = placed.part === null || placed.forms.includes(view.name) ? view.name : fullest(placed.forms);
    // Mentions were counted per entity, not per form: the part split off takes one per form.
    const partMentions = placed.part?.forms.length ?? 0;
    record(placed.id, placed.part === null ? view : viewOf(placed.forms, mainName), entity.roles, entity.mentionCount - partMentions);
    if (placed.part !== null) {
      // The forms split off carry no relations: which facts were about whom is the curator's to say.
      record(placed.part.id, viewOf(placed.part.forms, fullest(placed.part.forms)), [], partMentions);
    }
  }
  return { contributions, idOf, labelOf };
}

/** One global event a local event maps to, with the local target keys it covers. */
interface EventIdentity {
  id: string;
  name: string;
  targets: string[];
  /** For an event of unknown year: its id in each plausible year, to join one already stored. */
  yearCandidates?: string[];
}

/** Years an undated event may be matched in (news archives; the range only bounds a lookup). */
const YEARS = Array.from({ length: 2100 - 1900 + 1 }, (_, i) => String(1900 + i));

/** An index that can also read events by id (every `GraphStore` can). */
type EventReader = ResolutionIndex & { getEvents(ids: readonly string[]): Promise<({ id: string } | null)[]> };

function canReadEvents(index: ResolutionIndex): index is EventReader {
  return 'getEvents' in index && typeof index.getEvents === 'function';
}

/**
 * The id of an event of unknown year: the one stored event of a known year with the same type and
 * anchors when exactly one exists, else the year-less id.
 */
async function settleYear(identity: EventIdentity, index: ResolutionIndex): Promise<string> {
  if (!identity.yearCandidates || !canReadEvents(index)) return identity.id;
  const found = (await index.getEvents(identity.yearCandidates)).flatMap((e) => (e ? [e.id] : []));
  const [only] = found;
  return found.length === 1 && only !== undefined ? only : identity.id;
}

function mapped(keys: readonly string[], idOf: ReadonlyMap<string, string>): string[] {
  return sortedUnique(keys.flatMap((k) => idOf.get(k) ?? []));
}

/**
 * Global events of a local event. A killing is identified by its victim, so one report of "X and Y were
 * killed" and another of "X was killed" share X's event: each person killed is one event (no year: a
 * person dies once). Other events are identified by the places they hit (else their targets, else where
 * they occurred, else who carried them out, else their name) and the year, from the event's date or,
 * undated, the publication year (news reports mostly recent happenings when they give no date).
 */
function eventIdentities(
  event: ExtractedEvent,
  published: string | null,
  resolved: ResolvedEntities,
  nameOf: ReadonlyMap<string, string>,
): EventIdentity[] {
  const targets = mapped(event.targets, resolved.idOf);
  const victims = targets.filter((id) => resolved.labelOf.get(id) === 'Person');
  if (event.eventType === 'Killing' && victims.length > 0) {
    return victims.map((victim) => ({
      id: stableId('ev_', event.eventType, victim),
      name: victims.length > 1 ? `Killing of ${nameOf.get(victim) ?? victim}` : event.name,
      targets: [victim],
    }));
  }
  const placeTargets = targets.filter((id) => resolved.labelOf.get(id) === 'Place');
  const anchors = [placeTargets, targets, mapped(event.places, resolved.idOf), mapped(event.agents, resolved.idOf)].find(
    (list) => list.length > 0,
  ) ?? [`name:${nameKey(event.name)}`];
  const year = (event.date?.start ?? published ?? '').slice(0, 4);
  const idFor = (y: string) => stableId('ev_', event.eventType, ...anchors, `year:${y}`);
  const identity: EventIdentity = { id: idFor(year), name: event.name, targets };
  // No date and no publication date: the same happening stored with a year is found by trying years.
  if (year === '') identity.yearCandidates = YEARS.map(idFor);
  return [identity];
}

function edge(
  type: EdgeType,
  source: string,
  target: string,
  status: EdgeContribution['status'],
  evidence: EdgeContribution['evidence'],
): EdgeContribution | null {
  if (source === target) return null;
  return { id: stableId('r_', type, source, target), type, source, target, status, evidence };
}

/**
 * Resolves one article against the graph: every entity becomes an existing node's id or a new
 * deterministic id, events get ids from what identifies them, and relations and event roles become
 * edges carrying their evidence. Repeated ids within the article are folded into one contribution.
 */
export async function resolveArticle(
  doc: ArticleDocument,
  extraction: ArticleExtraction,
  index: ResolutionIndex,
  options: ResolveOptions = {},
): Promise<ArticleContribution> {
  const article: LocalArticle = {
    articleId: doc.id,
    published: doc.meta.published,
    entities: extraction.entities.map((e) => ({
      key: e.key,
      label: e.label,
      name: e.name,
      forms: e.aliases,
      roles: e.roles,
      mentionCount: e.mentions.length,
    })),
    events: extraction.events,
    relations: extraction.relations,
  };
  return resolveLocalArticle(article, index, options);
}

/** `resolveArticle` over the resolver's own input (also used to re-resolve stored contributions). */
export async function resolveLocalArticle(
  article: LocalArticle,
  index: ResolutionIndex,
  options: ResolveOptions = {},
): Promise<ArticleContribution> {
  const resolved = await resolveEntities(
    { ...article, entities: article.entities.flatMap(separateConflictingNames) },
    index,
    options.externalIds ?? lexiconIds,
    options.curation ?? (await loadCurationRules(index)),
  );
  const nameOf = new Map<string, string>();
  for (const c of resolved.contributions) if (!nameOf.has(c.id)) nameOf.set(c.id, c.name);
  const events: EventContribution[] = [];
  const edges: EdgeContribution[] = [];
  const eventIds = new Map<string, string[]>();
  for (const event of article.events) {
    const identities = eventIdentities(event, article.published, resolved, nameOf);
    for (const identity of identities) identity.id = await settleYear(identity, index);
    eventIds.set(event.key, identities.map((i) => i.id));
    const { status, evidence } = event;
    for (const identity of identities) {
      events.push({
        id: identity.id,
        eventType: event.eventType,
        name: identity.name,
        date: event.date,
        status,
        evidence,
        figures: event.figures,
      });
      const roles = [
        ...mapped(event.agents, resolved.idOf).map((a) => edge('CARRIED_OUT', a, identity.id, status, evidence)),
        ...identity.targets.map((t) => edge('TARGETED', identity.id, t, status, evidence)),
        ...mapped(event.places, resolved.idOf).map((p) => edge('OCCURRED_IN', identity.id, p, status, evidence)),
        ...mapped(event.announcers, resolved.idOf).map((a) => edge('ANNOUNCED', a, identity.id, status, evidence)),
      ];
      for (const e of roles) if (e) edges.push(e);
    }
  }
  for (const relation of article.relations) {
    const sources = mapped([relation.source], resolved.idOf);
    const targets =
      relation.type === 'ANNOUNCED' && eventIds.has(relation.target)
        ? (eventIds.get(relation.target) ?? [])
        : mapped([relation.target], resolved.idOf);
    for (const s of sources) {
      for (const t of targets) {
        const e = edge(relation.type, s, t, relation.status, relation.evidence);
        if (e) edges.push(e);
      }
    }
  }
  const folded = foldContribution({ articleId: article.articleId, entities: resolved.contributions, events, edges });
  const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => compareText(a.id, b.id));
  return {
    articleId: article.articleId,
    entities: byId(folded.entities),
    events: byId(folded.events),
    edges: byId(folded.edges),
  };
}
