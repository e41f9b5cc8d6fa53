/**
 * Curation actions: merge entity nodes, split surface forms off a node, undo either. Each action is
 * recorded as a rule (`CurationAction`, read by the resolver through `CurationRules`) and then the articles
 * that supported the affected nodes are resolved again, in ingest order, as if ingested afresh on top of
 * the rest of the graph, so the graph shows the action at once, every later re-ingestion applies it again,
 * and undo returns the graph to what it would be without it.
 */
import type { ArticleRecord, EntityCandidate, EntityNode, EventNode, ResolutionIndex } from '../model/graph';
import { NewsgraphError } from '../errors';
import { stableId } from '../util/hash';
import { nameKey } from '../util/normalize';
import { aggregateCandidate, compareText, sortedUnique } from '../store/aggregate';
import type { CurationAction, CurationKind, GraphStore } from '../store/graph-store';
import { ID_PREFIX, loadCurationRules, type CurationRules } from './curation-rules';
import { resolveLocalArticle, type LocalArticle, type LocalEntity } from './resolve-article';
import { reresolveAround, toLocalArticle } from './reresolve';

/** Who acts and when, for the record. */
export interface CurationContext {
  /** The caller's label ('cli' from the command line). */
  actor: string;
  clock: () => Date;
}

/** What an action (or its undo) did. */
export interface CurationOutcome {
  action: CurationAction;
  /** The entity nodes the action leaves in place of the affected ones (those that exist), sorted. */
  entityIds: string[];
  /** Articles whose contribution was written again. */
  changedArticles: number;
}

function badInput(message: string): NewsgraphError {
  return new NewsgraphError('BAD_USER_INPUT', message);
}

function present<T>(items: readonly (T | null)[]): T[] {
  return items.filter((item): item is T => item !== null);
}

/** The nodes of these ids, or a BAD_USER_INPUT error naming the unknown ones. */
async function requireEntities(store: GraphStore, ids: readonly string[]): Promise<EntityNode[]> {
  const nodes = await store.getEntities(ids);
  const missing = ids.filter((_, i) => !nodes[i]);
  if (missing.length > 0) throw badInput(`No entity with id ${missing.map((id) => `'${id}'`).join(', ')}.`);
  return present(nodes);
}

async function newAction(
  store: GraphStore,
  context: CurationContext,
  fields: Pick<CurationAction, 'kind' | 'entityIds' | 'aliases' | 'resultId' | 'articleIds'> &
    Partial<Pick<CurationAction, 'priorForms' | 'priorFormOwners'>> & { note: string | null },
): Promise<CurationAction> {
  const at = context.clock().toISOString();
  const count = (await store.listCurations()).length;
  const kind: CurationKind = fields.kind;
  return {
    id: stableId('cu_', kind, ...fields.entityIds, '\u0000', ...fields.aliases, at, String(count)),
    priorForms: [],
    priorFormOwners: [],
    ...fields,
    actor: context.actor,
    at,
    undoneAt: null,
    undoneBy: null,
  };
}

/** Most other sources of a candidate node whose contributions are read to rebuild it exactly. */
const REBUILD_LIMIT = 32;

/**
 * A view of the store without what some articles contribute: candidates are rebuilt from the other
 * sources' contributions and events only they support are absent, so an article resolves as if new.
 */
function indexWithout(store: GraphStore, pending: ReadonlySet<string>): ResolutionIndex & Pick<GraphStore, 'getEvents'> {
  return {
    async candidatesByKeys(keys) {
      const found = await store.candidatesByKeys(keys);
      const nodes = await store.getEntities(found.map((c) => c.id));
      const wanted = new Set(keys);
      const result: EntityCandidate[] = [];
      for (const [i, candidate] of found.entries()) {
        const sources = nodes[i]?.sources ?? [];
        const others = sources.filter((id) => !pending.has(id));
        if (others.length === sources.length) {
          result.push(candidate);
          continue;
        }
        if (others.length === 0) continue;
        if (others.length > REBUILD_LIMIT) {
          // A node this common barely changes without a few articles; reading all its sources would not pay.
          const kept = new Set((nodes[i]?.forms ?? []).filter((f) => f.articleIds.some((id) => !pending.has(id))).map((f) => f.form));
          result.push({ ...candidate, forms: candidate.forms.filter((f) => kept.has(f)) });
          continue;
        }
        const contribs = present(await store.getContributions(others)).flatMap((c) =>
          c.entities.filter((e) => e.id === candidate.id).map((e) => ({ articleId: c.articleId, c: e })),
        );
        const rebuilt = contribs.length > 0 ? aggregateCandidate(candidate.id, contribs) : null;
        if (rebuilt && rebuilt.keys.some((k) => wanted.has(k))) result.push(rebuilt);
      }
      return result;
    },
    async getEvents(ids) {
      const events = await store.getEvents(ids);
      return events.map((e: EventNode | null) => (e && e.sources.some((id) => !pending.has(id)) ? e : null));
    },
  };
}

/** Rewrites an article's local entities before it is resolved again (how an undo restores what a rule folded). */
type Revert = (article: LocalArticle) => LocalArticle;

/**
 * Resolves these articles again under `curation`, oldest ingest first, each against the graph without
 * the articles not yet redone (as if ingested afresh in that order), writes those that change, then
 * re-resolves around them as an ingest does. Returns how many articles were written.
 */
export async function replayArticles(
  store: GraphStore,
  articleIds: readonly string[],
  curation: CurationRules,
  revert: Revert = (a) => a,
): Promise<number> {
  const articles = present(await store.getArticles(sortedUnique(articleIds))).sort(
    (a: ArticleRecord, b: ArticleRecord) => compareText(a.ingestedAt, b.ingestedAt) || compareText(a.id, b.id),
  );
  const pending = new Set(articles.map((a) => a.id));
  let changed = 0;
  for (const article of articles) {
    const [contribution] = await store.getContributions([article.id]);
    if (!contribution) continue;
    const local = revert(toLocalArticle(article, contribution));
    const next = await resolveLocalArticle(local, indexWithout(store, pending), { curation });
    pending.delete(article.id);
    if (JSON.stringify(next) !== JSON.stringify(contribution)) {
      await store.putArticles([{ article, contribution: next }]);
      changed += 1;
    }
  }
  const around = await reresolveAround(store, articles.map((a) => a.id), { curation });
  return changed + around.changed;
}


async function existing(store: GraphStore, ids: readonly string[]): Promise<string[]> {
  return present(await store.getEntities(sortedUnique(ids))).map((n) => n.id);
}

/**
 * Makes these entity nodes one: the smallest id survives and every later resolution to any of them goes
 * to it. Refused for unknown ids, fewer than two distinct nodes, or nodes of different labels.
 */
export async function mergeEntities(
  store: GraphStore,
  ids: readonly string[],
  note: string | null,
  context: CurationContext,
): Promise<CurationOutcome> {
  const entityIds = sortedUnique(ids);
  const [survivor] = entityIds;
  if (survivor === undefined || entityIds.length < 2) throw badInput('A merge needs at least two distinct entity ids.');
  const nodes = await requireEntities(store, entityIds);
  const labels = sortedUnique(nodes.map((n) => n.label));
  if (labels.length > 1) throw badInput(`Cannot merge entities of different labels (${labels.join(', ')}).`);
  const prior = nodes.flatMap((n) => n.forms.map((f) => ({ form: f.form, owner: n.id })));
  const action = await newAction(store, context, {
    kind: 'merge',
    entityIds,
    aliases: [],
    resultId: survivor,
    note,
    articleIds: sortedUnique(nodes.flatMap((n) => n.sources)),
    priorForms: prior.map((p) => p.form),
    priorFormOwners: prior.map((p) => p.owner),
  });
  await store.putCuration(action);
  const changedArticles = await replayArticles(store, action.articleIds, await loadCurationRules(store));
  return { action, entityIds: await existing(store, [survivor]), changedArticles };
}

/**
 * Moves these surface forms of a node to a new node (id derived from the node and the forms); an entity
 * resolving to the node never brings them back. Refused for an unknown node, a form the node does not
 * have, or splitting off every form.
 */
export async function splitEntity(
  store: GraphStore,
  id: string,
  aliases: readonly string[],
  note: string | null,
  context: CurationContext,
): Promise<CurationOutcome> {
  const [node] = await requireEntities(store, [id]);
  if (!node) throw badInput(`No entity with id '${id}'.`);
  const given = sortedUnique(aliases.map((a) => a.trim()).filter((a) => nameKey(a) !== ''));
  if (given.length === 0) throw badInput('A split needs at least one surface form to move.');
  const spelling = new Map(node.forms.map((f) => [nameKey(f.form), f.form] as const));
  const unknown = given.filter((a) => !spelling.has(nameKey(a)));
  if (unknown.length > 0) {
    throw badInput(`Entity '${id}' has no form ${unknown.map((a) => `'${a}'`).join(', ')}; its forms are ${node.forms.map((f) => `'${f.form}'`).join(', ')}.`);
  }
  // Recorded as the node spells them ("abu omar" given, "Abu Omar" recorded); every spelling moves.
  const wanted = sortedUnique(given.map((a) => spelling.get(nameKey(a)) ?? a));
  const moving = new Set(wanted.map(nameKey));
  if (node.forms.every((f) => moving.has(nameKey(f.form)))) {
    throw badInput(`Splitting off every form of '${id}' would leave nothing behind; merge or rename instead.`);
  }
  const keys = sortedUnique(moving);
  const resultId = stableId(ID_PREFIX[node.label], 'split', id, ...keys);
  const active = (await store.listCurations({ activeOnly: true })).find((a) => a.kind === 'split' && a.resultId === resultId);
  if (active) throw badInput(`These forms are already split off '${id}' (curation '${active.id}').`);
  const action = await newAction(store, context, {
    kind: 'split',
    entityIds: [id],
    aliases: wanted,
    resultId,
    note,
    articleIds: node.sources,
  });
  await store.putCuration(action);
  const changedArticles = await replayArticles(store, action.articleIds, await loadCurationRules(store));
  return { action, entityIds: await existing(store, [id, resultId]), changedArticles };
}

/** Parts a local entity the merge folded back into one entity per node it was merged from. */
function unfoldMerge(action: CurationAction): Revert {
  const owners = new Map<string, string>();
  action.priorForms.forEach((form, i) => {
    const owner = action.priorFormOwners[i];
    if (owner !== undefined && !owners.has(nameKey(form))) owners.set(nameKey(form), owner);
  });
  const part = (entity: LocalEntity): LocalEntity[] => {
    if (entity.key !== action.resultId) return [entity];
    const groups = new Map<string, string[]>();
    const mainOwner = owners.get(nameKey(entity.name)) ?? '';
    for (const form of entity.forms) {
      const owner = owners.get(nameKey(form)) ?? mainOwner;
      groups.set(owner, [...(groups.get(owner) ?? []), form]);
    }
    if (groups.size < 2) return [entity];
    // Mentions were counted per entity, not per form: each part is given one per form, the rest stay.
    let others = 0;
    for (const [owner, forms] of groups) if (owner !== mainOwner) others += forms.length;
    return [...groups].map(([owner, forms]) =>
      owner === mainOwner
        ? { ...entity, forms, mentionCount: Math.max(1, entity.mentionCount - others) }
        : {
            key: `${entity.key}#${owner}`,
            label: entity.label,
            name: forms.reduce((a, b) => (b.length > a.length ? b : a)),
            forms,
            roles: [],
            mentionCount: forms.length,
          },
    );
  };
  return (article) => ({ ...article, entities: article.entities.flatMap(part) });
}

/** Folds the split node's entity back into the node's entity where one article holds both. */
function unfoldSplit(action: CurationAction): Revert {
  const [from] = action.entityIds;
  const to = action.resultId;
  return (article) => {
    const main = article.entities.find((e) => e.key === from);
    const split = article.entities.find((e) => e.key === to);
    if (!main || !split) return article;
    const swap = (key: string) => (key === to ? (from ?? key) : key);
    return {
      ...article,
      entities: article.entities
        .filter((e) => e !== split)
        .map((e) =>
          e === main
            ? {
                ...e,
                forms: sortedUnique([...e.forms, split.name, ...split.forms]),
                roles: sortedUnique([...e.roles, ...split.roles]),
                mentionCount: e.mentionCount + split.mentionCount,
              }
            : e,
        ),
      events: article.events.map((e) => ({
        ...e,
        agents: e.agents.map(swap),
        targets: e.targets.map(swap),
        places: e.places.map(swap),
        announcers: e.announcers.map(swap),
      })),
      relations: article.relations.map((r) => ({ ...r, source: swap(r.source), target: swap(r.target) })),
    };
  };
}

/**
 * Undoes an action: its rule is marked undone and the articles it touched, plus those that have since
 * joined its nodes, are resolved again without it. Refused for an unknown or already undone action.
 */
export async function undoCuration(store: GraphStore, actionId: string, context: CurationContext): Promise<CurationOutcome> {
  const action = (await store.listCurations()).find((a) => a.id === actionId);
  if (!action) throw badInput(`No curation action with id '${actionId}'.`);
  if (action.undoneAt !== null) throw badInput(`Curation '${actionId}' was already undone at ${action.undoneAt}.`);
  const undone: CurationAction = { ...action, undoneAt: context.clock().toISOString(), undoneBy: context.actor };
  const touched = [...action.entityIds, action.resultId];
  const since = present(await store.getEntities(sortedUnique(touched))).flatMap((n) => n.sources);
  await store.putCuration(undone);
  const revert = action.kind === 'merge' ? unfoldMerge(action) : unfoldSplit(action);
  const changedArticles = await replayArticles(store, [...action.articleIds, ...since], await loadCurationRules(store), revert);
  return { action: undone, entityIds: await existing(store, touched), changedArticles };
}
