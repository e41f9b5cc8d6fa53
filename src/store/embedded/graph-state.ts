/**
 * The in-memory state of the embedded store: articles, their contributions, and the indexes built from
 * them. No I/O here. Every write touches only what the article names, so ingest cost stays linear in the
 * size of the articles, never in the size of the graph; aggregates are recomputed lazily on read.
 */
import type {
  ArticleContribution,
  ArticleRecord,
  EdgeContribution,
  EntityCandidate,
  EntityContribution,
  EntityNode,
  EventContribution,
  EventNode,
  GraphEdge,
  NodeSupport,
} from '../../model/graph';
import type { EntityLabel } from '../../model/vocabulary';
import { nameKey } from '../../util/normalize';
import { MAX_FUZZY_BLOCK, alwaysUsedKey, type ArticleMeta, type CurationAction } from '../graph-store';
import { FormIndex } from './entity-search';
import { StringPool, compactContribution, compactMeta, shareEntityLists } from './compact';
import { MemoryBodies, type ArticleBodies, type ArticleBody } from './body-file';
import { BySource } from './by-source';
import {
  aggregateEdge,
  aggregateEntity,
  aggregateEvent,
  compareText,
  foldContribution,
  pickLabel,
  sortedUnique,
  pickPreferred,
  type Sourced,
} from '../aggregate';

/** Counts of string values with add/remove; a value disappears when its count reaches zero. */
class Tally<K> {
  readonly counts = new Map<K, number>();
  /**
   * The sorted keys, kept until a key appears or disappears: a node reported by article after article mostly
   * changes counts, not keys, so its views share one array instead of sorting (and dropping) a new one each time.
   */
  private sorted: K[] | null = null;
  change(key: K, delta: number): void {
    const before = this.counts.get(key) ?? 0;
    const next = before + delta;
    if (next <= 0) this.counts.delete(key);
    else this.counts.set(key, next);
    if ((before > 0) !== (next > 0)) this.sorted = null;
  }
  /** The keys in text order; the array is shared and must not be changed. */
  sortedKeys(): K[] {
    this.sorted ??= [...this.counts.keys()].sort((a, b) => compareText(String(a), String(b)));
    return this.sorted;
  }
}

/** Running counts over an entity's contributions, so candidates cost O(distinct forms), not O(articles). */
class EntityTally {
  readonly labels = new Tally<EntityLabel>();
  readonly names = new Tally<string>();
  readonly forms = new Tally<string>();
  readonly roles = new Tally<string>();
  readonly keys = new Tally<string>();
  apply(c: EntityContribution, delta: 1 | -1): void {
    this.labels.change(c.label, delta);
    this.names.change(c.name, delta);
    for (const form of new Set([c.name, ...c.forms])) this.forms.change(form, delta);
    for (const role of new Set(c.roles)) this.roles.change(role, delta);
    for (const key of new Set(c.keys)) this.keys.change(key, delta);
  }
}

/**
 * A set-valued index: key → ids. Most keys hold one id, stored as the bare string (a Set per key would
 * cost far more memory over millions of blocking keys).
 */
class SetIndex {
  private readonly map = new Map<string, string | Set<string>>();
  add(key: string, id: string): void {
    const held = this.map.get(key);
    if (held === undefined) this.map.set(key, id);
    else if (typeof held === 'string') {
      if (held !== id) this.map.set(key, new Set([held, id]));
    } else held.add(id);
  }
  delete(key: string, id: string): void {
    const held = this.map.get(key);
    if (held === undefined) return;
    if (typeof held === 'string') {
      if (held === id) this.map.delete(key);
      return;
    }
    held.delete(id);
    const [only] = held;
    if (held.size === 1 && only !== undefined) this.map.set(key, only);
  }
  get(key: string): Iterable<string> {
    const held = this.map.get(key);
    return held === undefined ? [] : typeof held === 'string' ? [held] : held;
  }
  size(key: string): number {
    const held = this.map.get(key);
    return held === undefined ? 0 : typeof held === 'string' ? 1 : held.size;
  }
}

/** Contributions grouped by node or edge id, then by article, with a lazily computed aggregate. */
class ContributionTable<C extends object, A> {
  readonly byId = new Map<string, BySource<C>>();
  private readonly cache = new Map<string, A>();
  constructor(private readonly aggregate: (id: string, contribs: Sourced<C>[]) => A) {}
  add(id: string, articleId: string, c: C): boolean {
    const byArticle = this.byId.get(id);
    if (byArticle) byArticle.set(articleId, c);
    else this.byId.set(id, new BySource(articleId, c));
    this.cache.delete(id);
    return !byArticle;
  }
  /** True when the id lost its last contribution. */
  remove(id: string, articleId: string): boolean {
    const byArticle = this.byId.get(id);
    if (!byArticle) return false;
    byArticle.delete(articleId);
    this.cache.delete(id);
    if (byArticle.size > 0) return false;
    this.byId.delete(id);
    return true;
  }
  get(id: string): A | null {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const byArticle = this.byId.get(id);
    if (!byArticle) return null;
    const node = this.aggregate(id, [...byArticle.entries()].map(([articleId, c]) => ({ articleId, c })));
    this.cache.set(id, node);
    return node;
  }
  has(id: string): boolean {
    return this.byId.has(id);
  }
  ids(): string[] {
    return [...this.byId.keys()].sort(compareText);
  }
  get size(): number {
    return this.byId.size;
  }
}

function supportOf(id: string, byArticle: BySource<object>): NodeSupport {
  return { id, sourceCount: byArticle.size, soleSource: byArticle.size === 1 ? (byArticle.firstKey() ?? null) : null };
}

/** What `put` did: nothing when the article was already stored exactly like this. */
export type PutOutcome = 'unchanged' | 'written';

/** True when two versions of an article differ at most in `ingestedAt`. */
function sameArticle(a: ArticleRecord, b: ArticleRecord): boolean {
  return (
    a.id === b.id &&
    a.contentHash === b.contentHash &&
    a.format === b.format &&
    a.title === b.title &&
    a.outlet === b.outlet &&
    a.url === b.url &&
    a.published === b.published &&
    a.language === b.language &&
    a.source === b.source &&
    a.text === b.text &&
    a.sentences.length === b.sentences.length &&
    a.sentences.every((s, i) => s.start === b.sentences[i]?.start && s.end === b.sentences[i]?.end)
  );
}

/** An article's record from its metadata and body, fields in the order `toArticleRecord` gives them. */
function joinArticle(meta: ArticleMeta, body: ArticleBody): ArticleRecord {
  return {
    id: meta.id,
    contentHash: meta.contentHash,
    format: meta.format,
    title: meta.title,
    outlet: meta.outlet,
    url: meta.url,
    published: meta.published,
    language: meta.language,
    source: meta.source,
    text: body.text,
    sentences: body.sentences,
    ingestedAt: meta.ingestedAt,
  };
}

/** The embedded store's whole in-memory graph. */
export class GraphState {
  /** Article metadata; texts and sentences are in `bodies` (see `article`). */
  readonly articles = new Map<string, ArticleMeta>();
  readonly contributions = new Map<string, ArticleContribution>();
  readonly entities = new ContributionTable<EntityContribution, EntityNode>(aggregateEntity);
  readonly events = new ContributionTable<EventContribution, EventNode>(aggregateEvent);
  readonly edges = new ContributionTable<EdgeContribution, GraphEdge>(aggregateEdge);
  private readonly tallies = new Map<string, EntityTally>();
  /** Names, keys, ids and types stored once however many articles repeat them. */
  private readonly strings = new StringPool();
  /**
   * Entity views built since the entity last changed: resolution reads the same popular nodes for article
   * after article, and building a view sorts all their forms and keys.
   */
  private readonly views = new Map<string, EntityCandidate>();
  private readonly byHash = new SetIndex();
  private readonly byKey = new SetIndex();
  /** nameKey of every form → entity ids, for search. */
  readonly byFormKey = new FormIndex();
  /** Curation actions by id (rules the resolver reads; see `src/resolve/curation.ts`). */
  private readonly curations = new Map<string, CurationAction>();
  private readonly edgesOut = new SetIndex();
  private readonly edgesIn = new SetIndex();

  /**
   * @param bodies where article texts and sentences are kept: the embedded store passes its body file, so
   *   the heap holds the graph and not the text it was read from.
   */
  constructor(private readonly bodies: ArticleBodies = new MemoryBodies()) {}

  /** A stored article with its text and sentences; null when absent. */
  article(id: string): ArticleRecord | null {
    const meta = this.articles.get(id);
    const body = meta ? this.bodies.get(id) : null;
    return meta && body ? joinArticle(meta, body) : null;
  }

  /** True when storing this would change nothing (same article, identical contribution). */
  isUnchanged(article: ArticleRecord, contribution: ArticleContribution): boolean {
    const storedContribution = this.contributions.get(article.id);
    if (storedContribution === undefined) return false;
    const stored = this.article(article.id);
    return (
      stored !== null &&
      sameArticle(stored, article) &&
      JSON.stringify(storedContribution) === JSON.stringify(foldContribution(contribution))
    );
  }

  /** Stores an article with its contribution, replacing its previous version. */
  put(article: ArticleRecord, contribution: ArticleContribution): PutOutcome {
    if (contribution.articleId !== article.id) {
      throw new Error(`contribution of ${contribution.articleId} given for article ${article.id}`);
    }
    if (this.isUnchanged(article, contribution)) return 'unchanged';
    // The body first: it is the only step that can fail (a disk write), and then nothing has changed yet.
    this.bodies.put(article.id, { text: article.text, sentences: article.sentences });
    this.retract(article.id);
    const folded = foldContribution(contribution);
    compactContribution(article, folded, this.strings);
    this.articles.set(article.id, compactMeta(article, this.strings));
    this.contributions.set(article.id, folded);
    this.byHash.add(article.contentHash, article.id);
    this.applyContribution(folded, 1);
    return 'written';
  }

  /** Records a curation action, replacing one with the same id. */
  putCuration(action: CurationAction): void {
    this.curations.set(action.id, action);
  }

  /** Every curation action, oldest first (by time, then id). */
  listCurations(): CurationAction[] {
    return [...this.curations.values()].sort((a, b) => compareText(a.at, b.at) || compareText(a.id, b.id));
  }

  /** Retracts an article and everything it supported; false when it was not stored. */
  remove(articleId: string): boolean {
    if (!this.retract(articleId)) return false;
    this.bodies.delete(articleId);
    return true;
  }

  /** Takes back an article's metadata and everything it supported, leaving its body; false when not stored. */
  private retract(articleId: string): boolean {
    const article = this.articles.get(articleId);
    if (!article) return false;
    const contribution = this.contributions.get(articleId);
    if (contribution) this.applyContribution(contribution, -1);
    this.byHash.delete(article.contentHash, articleId);
    this.articles.delete(articleId);
    this.contributions.delete(articleId);
    return true;
  }

  private applyContribution(contribution: ArticleContribution, delta: 1 | -1): void {
    const articleId = contribution.articleId;
    for (const c of contribution.entities) {
      this.views.delete(c.id);
      const formKeys = new Set([c.name, ...c.forms].map(nameKey).filter((k) => k !== ''));
      if (delta > 0) {
        shareEntityLists(c, this.entities.byId.get(c.id)?.firstValue());
        this.entities.add(c.id, articleId, c);
        this.countEntity(c.id, c, 1);
        for (const key of c.keys) this.byKey.add(key, c.id);
        for (const key of formKeys) this.byFormKey.add(key, c.id);
        continue;
      }
      this.countEntity(c.id, c, -1);
      this.entities.remove(c.id, articleId);
      // Unlink only what no other article still gives this node.
      const rest = this.entityView(c.id);
      const keysLeft = new Set(rest?.keys ?? []);
      for (const key of c.keys) if (!keysLeft.has(key)) this.byKey.delete(key, c.id);
      const formsLeft = new Set((rest?.forms ?? []).map(nameKey));
      for (const key of formKeys) if (!formsLeft.has(key)) this.byFormKey.delete(key, c.id);
    }
    for (const c of contribution.events) {
      if (delta > 0) this.events.add(c.id, articleId, c);
      else this.events.remove(c.id, articleId);
    }
    for (const c of contribution.edges) {
      if (delta > 0) {
        if (this.edges.add(c.id, articleId, c)) this.linkEdge(c, 1);
      } else if (this.edges.remove(c.id, articleId)) {
        this.linkEdge(c, -1);
      }
    }
  }

  private linkEdge(c: EdgeContribution, delta: 1 | -1): void {
    if (delta > 0) {
      this.edgesOut.add(c.source, c.id);
      this.edgesIn.add(c.target, c.id);
    } else {
      this.edgesOut.delete(c.source, c.id);
      this.edgesIn.delete(c.target, c.id);
    }
  }

  /**
   * Keeps running counts for entities with two or more contributions (most nodes have one, and their
   * view is read straight from it, which saves a tally per node).
   */
  private countEntity(id: string, c: EntityContribution, delta: 1 | -1): void {
    const count = this.entities.byId.get(id)?.size ?? 0;
    if (delta > 0 && count === 2) {
      const tally = new EntityTally();
      for (const each of this.entities.byId.get(id)?.values() ?? []) tally.apply(each, 1);
      this.tallies.set(id, tally);
    } else if (delta > 0 && count > 2) {
      this.tallies.get(id)?.apply(c, 1);
    } else if (delta < 0 && count <= 2) {
      this.tallies.delete(id);
    } else if (delta < 0) {
      this.tallies.get(id)?.apply(c, -1);
    }
  }

  /** An entity node's label, name, forms, roles, keys and support from its contributions; null when absent. */
  entityView(id: string): EntityCandidate | null {
    const cached = this.views.get(id);
    if (cached) return cached;
    const view = this.buildEntityView(id);
    if (view) this.views.set(id, view);
    return view;
  }

  private buildEntityView(id: string): EntityCandidate | null {
    const byArticle = this.entities.byId.get(id);
    if (!byArticle || byArticle.size === 0) return null;
    const support = supportOf(id, byArticle);
    const tally = this.tallies.get(id);
    if (tally) {
      return {
        id,
        label: pickLabel(tally.labels.counts),
        name: pickPreferred(tally.names.counts) ?? id,
        forms: tally.forms.sortedKeys(),
        roles: tally.roles.sortedKeys(),
        keys: tally.keys.sortedKeys(),
        sourceCount: support.sourceCount,
        soleSource: support.soleSource,
      };
    }
    const c = byArticle.firstValue();
    if (byArticle.size !== 1 || !c) return null;
    return {
      id,
      label: c.label,
      name: c.name,
      forms: sortedUnique([c.name, ...c.forms]),
      roles: sortedUnique(c.roles),
      keys: sortedUnique(c.keys),
      sourceCount: support.sourceCount,
      soleSource: support.soleSource,
    };
  }

  /** How many articles support an entity or event node, and which when only one; null when absent. */
  nodeSupport(id: string): NodeSupport | null {
    const byArticle = this.entities.byId.get(id) ?? this.events.byId.get(id);
    return byArticle && byArticle.size > 0 ? supportOf(id, byArticle) : null;
  }

  /** Ids of stored articles with this content hash, sorted. */
  articleIdsByHash(hash: string): string[] {
    return [...this.byHash.get(hash)].sort(compareText);
  }

  /**
   * Entity nodes indexed under any of these blocking keys, as resolution candidates, sorted by id.
   * The contract's rule (`GraphStore`): a fuzzy key shared by more than `MAX_FUZZY_BLOCK` nodes is skipped;
   * exact-name (`n:`) and lexicon (`x:`) keys are always used.
   */
  candidates(keys: readonly string[]): EntityCandidate[] {
    const ids = new Set<string>();
    for (const key of keys) {
      const block = this.byKey.size(key);
      if (block > MAX_FUZZY_BLOCK && !alwaysUsedKey(key)) continue;
      for (const id of this.byKey.get(key)) ids.add(id);
    }
    return [...ids].sort(compareText).flatMap((id) => this.entityView(id) ?? []);
  }

  /** Ids of edges leaving (`out`) or entering (`in`) a node, unsorted. */
  edgeIds(nodeId: string, direction: 'out' | 'in'): Iterable<string> {
    return (direction === 'out' ? this.edgesOut : this.edgesIn).get(nodeId);
  }

  /** Label, name and number of sources of an entity node, from running counts; null when absent. */
  entitySummary(id: string): { label: EntityLabel; name: string; sources: number } | null {
    const sources = this.entities.byId.get(id)?.size ?? 0;
    const tally = this.tallies.get(id);
    if (tally) return { label: pickLabel(tally.labels.counts), name: pickPreferred(tally.names.counts) ?? id, sources };
    const c = this.entities.byId.get(id)?.firstValue();
    return c ? { label: c.label, name: c.name, sources } : null;
  }

  /** The label of every entity node (from running counts: no aggregation), for counting. */
  *entityLabels(): IterableIterator<EntityLabel> {
    for (const id of this.entities.byId.keys()) {
      const summary = this.entitySummary(id);
      if (summary) yield summary.label;
    }
  }

  /** The type of every edge, for counting (an edge id fixes its type). */
  *edgeTypes(): IterableIterator<EdgeContribution['type']> {
    for (const byArticle of this.edges.byId.values()) {
      const c = byArticle.firstValue();
      if (c) yield c.type;
    }
  }

  /** The latest `ingestedAt` among stored articles, null when there are none. */
  lastIngestAt(): string | null {
    let latest: string | null = null;
    for (const article of this.articles.values()) {
      if (latest === null || compareText(article.ingestedAt, latest) > 0) latest = article.ingestedAt;
    }
    return latest;
  }
}
