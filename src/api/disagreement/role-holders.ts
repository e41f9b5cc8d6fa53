/**
 * Role-holder disagreements: different outlets name different people as the leader of the same group or
 * place at the same time ("Omar al-Baghdadi" in one report, "Abu Bakr al-Baghdadi" in the others, both said
 * to lead the Islamic State). Two LEADS edges into one node disagree when
 * - no single article states both (an article naming two leaders knows of both: co-leaders, a former and
 *   a new one), and no article says one succeeded the other;
 * - the holders hold the same post as far as their titles tell: they share a title, or (for a group)
 *   either has none; a place has several heads (a president and a prime minister both lead a country),
 *   so there both need the same title;
 * - the reports are of the same period: published within `SAME_PERIOD_DAYS`, or reporting a common event
 *   (undated articles about the same killing describe the same days).
 * Every holder is kept as a version with the articles that name them; none is chosen.
 */
import type { EntityNode, EventNode, GraphEdge } from '../../model/graph';
import { nameKey } from '../../util/normalize';
import type { Conflict } from './find-disagreements';

/** Reports published this close together describe one period of a post. */
const SAME_PERIOD_DAYS = 183;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What role-holder disagreements are found from: the whole graph and the articles' publication dates. */
export interface RoleHolderGraph {
  edges: readonly GraphEdge[];
  entities: readonly Pick<EntityNode, 'id' | 'label' | 'name' | 'roles'>[];
  events: readonly Pick<EventNode, 'id' | 'sources'>[];
  /** Publication date (ISO) of each article, null when unknown. */
  published: ReadonlyMap<string, string | null>;
}

/** A role-holder disagreement and the LEADS edge it is listed under (its best-supported holder's). */
export interface RoleHolderConflict extends Conflict {
  edge: GraphEdge;
}

/** One person said to lead the node, with the articles that say so (disputing ones left out). */
interface Holder {
  id: string;
  name: string;
  roles: Set<string>;
  edge: GraphEdge;
  articleIds: string[];
  articles: Set<string>;
  /** Publication times of the dated articles, ascending (ms). */
  times: number[];
  /** Events the articles report. */
  events: Set<string>;
}

/** The disagreements about who leads each group or place (see the file comment), by node, then holders. */
export function roleHolderConflicts(graph: RoleHolderGraph): RoleHolderConflict[] {
  const entities = new Map(graph.entities.map((e) => [e.id, e]));
  const eventsOf = new Map<string, string[]>();
  for (const event of graph.events) {
    for (const articleId of event.sources) {
      const list = eventsOf.get(articleId);
      if (list) list.push(event.id);
      else eventsOf.set(articleId, [event.id]);
    }
  }
  const successions = new Set<string>();
  const holdersOf = new Map<string, Holder[]>();
  for (const edge of graph.edges) {
    if (edge.type === 'SUCCEEDED') successions.add(pairKey(edge.source, edge.target));
    if (edge.type !== 'LEADS') continue;
    const person = entities.get(edge.source);
    if (person?.label !== 'Person') continue;
    const articleIds = [...new Set(edge.statuses.filter((s) => s.status !== 'disputed').map((s) => s.articleId))].sort();
    if (articleIds.length === 0) continue;
    const holder: Holder = {
      id: person.id,
      name: person.name,
      roles: new Set(person.roles.map(nameKey).filter((r) => r !== '')),
      edge,
      articleIds,
      articles: new Set(articleIds),
      times: articleIds.map((a) => Date.parse(graph.published.get(a) ?? '')).filter((t) => !Number.isNaN(t)).sort((a, b) => a - b),
      events: new Set(articleIds.flatMap((a) => eventsOf.get(a) ?? [])),
    };
    const holders = holdersOf.get(edge.target);
    if (holders) holders.push(holder);
    else holdersOf.set(edge.target, [holder]);
  }
  const conflicts: RoleHolderConflict[] = [];
  for (const [target, holders] of [...holdersOf].sort(([a], [b]) => a.localeCompare(b))) {
    if (holders.length < 2) continue;
    // A place has several heads (president, prime minister, mayor): only the same title makes one post.
    const titled = entities.get(target)?.label === 'Place';
    for (const group of disagreeingGroups(holders, (x, y) => disagree(x, y, successions, titled))) {
      const versions = group
        .map((h) => ({ value: h.name, date: null, status: null, entityId: h.id, articleIds: h.articleIds }))
        .sort((a, b) => a.value.localeCompare(b.value) || a.entityId.localeCompare(b.entityId));
      const [best] = [...group].sort((a, b) => b.articleIds.length - a.articleIds.length || a.edge.id.localeCompare(b.edge.id));
      if (!best) continue;
      const holderIds = versions.map((v) => v.entityId).sort();
      conflicts.push({ kind: 'roleHolder', field: 'leader', versions, subjectId: `${target}:${holderIds.join('+')}`, edge: best.edge });
    }
  }
  return conflicts;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const item of small) if (large.has(item)) return true;
  return false;
}

/** True when some time of one list is within `SAME_PERIOD_DAYS` of some time of the other (both ascending). */
function timesMeet(a: readonly number[], b: readonly number[]): boolean {
  const window = SAME_PERIOD_DAYS * DAY_MS;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (Math.abs(x - y) <= window) return true;
    if (x < y) i++;
    else j++;
  }
  return false;
}

function disagree(x: Holder, y: Holder, successions: ReadonlySet<string>, titled: boolean): boolean {
  if (x.id === y.id || successions.has(pairKey(x.id, y.id)) || intersects(x.articles, y.articles)) return false;
  const untitled = x.roles.size === 0 || y.roles.size === 0;
  if (untitled ? titled : !intersects(x.roles, y.roles)) return false;
  // The same period: published close together, or reporting a common event (undated reports included).
  return timesMeet(x.times, y.times) || intersects(x.events, y.events);
}

/** The holders that disagree, grouped: each group is connected by disagreeing pairs and has two or more. */
function disagreeingGroups(holders: readonly Holder[], conflict: (x: Holder, y: Holder) => boolean): Holder[][] {
  const parent = holders.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  for (let i = 0; i < holders.length; i++) {
    for (let j = i + 1; j < holders.length; j++) {
      const x = holders[i];
      const y = holders[j];
      if (x && y && conflict(x, y)) parent[root(j)] = root(i);
    }
  }
  const groups = new Map<number, Holder[]>();
  holders.forEach((h, i) => {
    const group = groups.get(root(i));
    if (group) group.push(h);
    else groups.set(root(i), [h]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}
