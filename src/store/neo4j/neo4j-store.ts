/**
 * The Neo4j store (production). Labels Person, Group, Place (each also `Entity`), Event and Article;
 * relationship types from the closed vocabulary plus MENTIONS (article → entity/event) carrying that
 * article's contribution. Nodes and edges hold their aggregate as plain properties, computed by the same
 * `aggregate.ts` as the embedded store, so both backends present identical nodes for identical input.
 */
import { int } from 'neo4j-driver';
import type { Neo4jConfig } from '../../config';
import { NewsgraphError } from '../../errors';
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
import type { EdgeType, EntityLabel } from '../../model/vocabulary';
import { nameKey } from '../../util/normalize';
import { aggregateEdge, aggregateEntity, aggregateEvent, compareText, sortedUnique, type Sourced } from '../aggregate';
import { rankForm } from '../embedded/entity-search';
import {
  ALWAYS_USED_KEY_PREFIXES,
  MAX_FUZZY_BLOCK,
  type ArticleFilter,
  type ArticleMeta,
  type ArticleWrite,
  type CurationAction,
  type CurationFilter,
  type EdgeQuery,
  type EntitySearch,
  type EventFilter,
  type GraphSnapshot,
  type SnapshotOptions,
  type GraphStats,
  type GraphStore,
} from '../graph-store';
import { curationFrom, curationProps } from './curation-records';
import {
  checkPassword,
  createDriver,
  translateDriverError,
  type Neo4jDriverLike,
  type RecordLike,
  type TransactionLike,
} from './driver';
import { luceneKeysQuery, luceneNameQuery } from './lucene';
import { MERGE_EDGE_QUERY, loadQuery, schemaStatements, type QueryName } from './queries';
import {
  articleEdgeRefs,
  articleFrom,
  articleProps,
  asProps,
  candidateFrom,
  edgeFrom,
  edgeProps,
  edgeSupportFrom,
  edgeTypeOf,
  entityContributionFrom,
  entityFrom,
  entityMentionProps,
  contributionHash,
  entityProps,
  eventContributionFrom,
  eventFrom,
  eventMentionProps,
  eventProps,
  nodeSupportFrom,
  num,
  str,
  type EdgeRef,
  type Props,
  type StoredProps,
} from './records';

/** Options of the Neo4j store. */
export interface Neo4jStoreOptions {
  /** A driver to use instead of creating one from the config (the caller then closes it). */
  driver?: Neo4jDriverLike;
  /** Accept a default or empty password (development mode only). */
  allowDefaultPassword?: boolean;
  /** How long the driver retries a transaction that failed transiently, in ms (default 15 s). */
  maxTransactionRetryTime?: number;
  /** How long `init()` waits for new indexes to come online, in seconds (default 60). */
  indexWaitSeconds?: number;
}

/** Lucene refuses queries with more than 1024 clauses; key lookups are chunked well below that. */
const KEYS_PER_QUERY = 500;

/** A name search asks the full-text index for this many candidates per wanted result before ranking. */
const SEARCH_OVERFETCH = 5;

type Run = (name: QueryName, params: Record<string, unknown>) => Promise<readonly RecordLike[]>;

function runner(tx: TransactionLike): Run {
  return async (name, params) => (await tx.run(loadQuery(name), params)).records;
}

function props(record: RecordLike, key = 'props'): StoredProps {
  return asProps(record.get(key), key);
}

function text(record: RecordLike, key: string): string {
  return str({ [key]: record.get(key) }, key);
}

/** An article's metadata read back by the article decoder: the text and sentences were not read, so none are given. */
function articleMetaFrom(stored: StoredProps): ArticleMeta {
  const { text: _text, sentences: _sentences, ...meta } = articleFrom({ ...stored, text: '', sentenceStarts: [], sentenceEnds: [] });
  return meta;
}

function byId<T extends { id: string }>(items: Iterable<T>): T[] {
  return [...items].sort((a, b) => compareText(a.id, b.id));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function nullIfEmpty<T>(list: readonly T[] | undefined): readonly T[] | null {
  return list !== undefined && list.length > 0 ? list : null;
}

/** The Neo4j backend of `GraphStore`. */
export class Neo4jGraphStore implements GraphStore {
  readonly kind = 'neo4j';
  private readonly driver: Neo4jDriverLike;
  private readonly ownsDriver: boolean;
  private readonly indexWaitSeconds: number;

  constructor(
    private readonly config: Neo4jConfig,
    options: Neo4jStoreOptions = {},
  ) {
    checkPassword(config, options.allowDefaultPassword ?? false);
    this.ownsDriver = options.driver === undefined;
    this.driver = options.driver ?? createDriver(config, options.maxTransactionRetryTime ?? 15_000);
    this.indexWaitSeconds = options.indexWaitSeconds ?? 60;
  }

  async init(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.config.database });
    } catch (error) {
      throw translateDriverError(error, this.config);
    }
    // Schema commands cannot share a transaction with anything else: one each, all idempotent.
    for (const statement of schemaStatements()) {
      await this.write(async (tx) => tx.run(statement, {}));
    }
    await this.read((run) => run('await-indexes', { timeoutSeconds: int(this.indexWaitSeconds) }));
  }

  async close(): Promise<void> {
    if (this.ownsDriver) await this.driver.close();
  }

  /** Every committed transaction is durable in Neo4j: nothing is buffered here. */
  async flush(): Promise<void> {}

  private async session<T>(mode: 'READ' | 'WRITE', work: (tx: TransactionLike) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.config.database, defaultAccessMode: mode });
    try {
      // The driver retries transient failures (deadlocks, leader switches) up to maxTransactionRetryTime.
      return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
    } catch (error) {
      throw translateDriverError(error, this.config);
    } finally {
      await session.close();
    }
  }

  private read<T>(work: (run: Run) => Promise<T>): Promise<T> {
    return this.session('READ', (tx) => work(runner(tx)));
  }

  private write<T>(work: (tx: TransactionLike) => Promise<T>): Promise<T> {
    return this.session('WRITE', work);
  }

  async articleHash(id: string): Promise<string | null> {
    const records = await this.read((run) => run('read-article-hash', { id }));
    const record = records[0];
    return record === undefined ? null : text(record, 'contentHash');
  }

  async articleIdByHash(contentHash: string): Promise<string | null> {
    const records = await this.read((run) => run('read-article-by-hash', { contentHash }));
    const record = records[0];
    return record === undefined ? null : text(record, 'id');
  }

  async putArticles(writes: readonly ArticleWrite[]): Promise<void> {
    // The last version of an article given twice in one call wins, as if written one after the other.
    const latest = new Map<string, ArticleWrite>();
    for (const w of writes) {
      latest.delete(w.article.id);
      latest.set(w.article.id, w);
    }
    const all = [...latest.values()];
    for (let i = 0; i < all.length; i += this.config.batchSize) {
      const batch = all.slice(i, i + this.config.batchSize);
      await this.write((tx) => this.replace(runner(tx), batch, []));
    }
  }

  async deleteArticle(id: string): Promise<boolean> {
    const existed = await this.write((tx) => this.replace(runner(tx), [], [id]));
    return existed.has(id);
  }

  /**
   * Replaces what some articles contributed (or retracts it, for `deleted`) inside one transaction: every
   * query takes all rows of the batch at once, so a batch costs a fixed number of round trips. Touched
   * nodes and edges are re-aggregated from the contributions of every other stored article plus the new
   * ones; those left without support are deleted. Returns the ids of the articles that were stored before.
   */
  private async replace(run: Run, given: readonly ArticleWrite[], deleted: readonly string[]): Promise<Set<string>> {
    const entityIds = new Set<string>();
    const eventIds = new Set<string>();
    const edgeRefs = new Map<string, EdgeRef>();
    const existed = new Set<string>();
    const unchanged = new Set<string>();
    const previous = await run('read-contributions', { ids: [...given.map((w) => w.article.id), ...deleted] });
    const storedHashes = new Map(previous.map((r) => [text(r, 'id'), [r.get('contentHash'), r.get('contributionHash')]] as const));
    for (const { article, contribution } of given) {
      const [content, contrib] = storedHashes.get(article.id) ?? [];
      // Same text and same contribution: nothing to do, and the stored ingest time stays.
      if (content === article.contentHash && contrib === contributionHash(contribution)) unchanged.add(article.id);
    }
    const puts = given.filter((w) => !unchanged.has(w.article.id));
    const replaced = new Set([...puts.map((w) => w.article.id), ...deleted]);

    for (const record of previous) {
      const id = text(record, 'id');
      existed.add(id);
      if (!replaced.has(id)) continue;
      for (const e of this.mentionList(record, 'entities')) entityIds.add(e.id);
      for (const e of this.mentionList(record, 'events')) eventIds.add(e.id);
      for (const ref of articleEdgeRefs(this.edgeLists(record))) edgeRefs.set(ref.id, ref);
    }
    for (const { contribution } of puts) {
      for (const c of contribution.entities) entityIds.add(c.id);
      for (const c of contribution.events) eventIds.add(c.id);
      for (const c of contribution.edges) edgeRefs.set(c.id, { id: c.id, type: c.type, source: c.source, target: c.target });
    }
    const stale = [...replaced].filter((id) => existed.has(id));
    if (stale.length > 0) await run('delete-mentions', { ids: stale });

    // What every other stored article contributes to the touched nodes and edges.
    const entityContribs = new Map<string, Sourced<EntityContribution>[]>();
    const eventContribs = new Map<string, Sourced<EventContribution>[]>();
    const edgeContribs = new Map<string, Sourced<EdgeContribution>[]>();
    if (entityIds.size > 0) {
      for (const record of await run('read-entity-contributions', { ids: [...entityIds] })) {
        const id = text(record, 'id');
        push(entityContribs, id, { articleId: text(record, 'articleId'), c: entityContributionFrom(id, props(record)) });
      }
    }
    if (eventIds.size > 0) {
      for (const record of await run('read-event-contributions', { ids: [...eventIds] })) {
        const id = text(record, 'id');
        push(eventContribs, id, { articleId: text(record, 'articleId'), c: eventContributionFrom(id, props(record)) });
      }
    }
    for (const [id, support] of await this.edgeSupport(run, edgeRefs)) {
      for (const s of support) if (!replaced.has(s.articleId)) push(edgeContribs, id, s);
    }
    for (const { article, contribution } of puts) {
      for (const c of contribution.entities) push(entityContribs, c.id, { articleId: article.id, c });
      for (const c of contribution.events) push(eventContribs, c.id, { articleId: article.id, c });
      for (const c of contribution.edges) push(edgeContribs, c.id, { articleId: article.id, c });
    }

    const entityRows: { id: string; label: EntityLabel; props: Props }[] = [];
    const deadEntities: string[] = [];
    for (const id of entityIds) {
      const contribs = entityContribs.get(id) ?? [];
      if (contribs.length === 0) {
        deadEntities.push(id);
        continue;
      }
      const node = aggregateEntity(id, contribs);
      entityRows.push({ id, label: node.label, props: entityProps(node, contribs.flatMap((s) => s.c.keys)) });
    }
    const eventRows: { id: string; props: Props }[] = [];
    const deadEvents: string[] = [];
    for (const id of eventIds) {
      const contribs = eventContribs.get(id) ?? [];
      if (contribs.length === 0) deadEvents.push(id);
      else eventRows.push({ id, props: eventProps(aggregateEvent(id, contribs)) });
    }
    const edgeRows = new Map<EdgeType, { id: string; source: string; target: string; props: Props }[]>();
    const deadEdges: EdgeRef[] = [];
    for (const ref of edgeRefs.values()) {
      const contribs = edgeContribs.get(ref.id) ?? [];
      if (contribs.length === 0) {
        deadEdges.push(ref);
        continue;
      }
      const edge = aggregateEdge(ref.id, contribs);
      push(edgeRows, edge.type, { id: edge.id, source: edge.source, target: edge.target, props: edgeProps(edge) });
    }

    if (puts.length > 0) {
      await run('write-articles', {
        rows: puts.map((w) => ({ id: w.article.id, props: articleProps(w.article, w.contribution) })),
      });
    }
    if (entityRows.length > 0) await run('write-entities', { rows: entityRows });
    if (eventRows.length > 0) await run('write-events', { rows: eventRows });
    const entityMentions = puts.flatMap((w) =>
      w.contribution.entities.map((c, ord) => ({ articleId: w.article.id, id: c.id, props: entityMentionProps(c, ord) })),
    );
    if (entityMentions.length > 0) await run('write-entity-mentions', { rows: entityMentions });
    const eventMentions = puts.flatMap((w) =>
      w.contribution.events.map((c, ord) => ({ articleId: w.article.id, id: c.id, props: eventMentionProps(c, ord) })),
    );
    if (eventMentions.length > 0) await run('write-event-mentions', { rows: eventMentions });
    if (deadEdges.length > 0) await run('delete-edges', { rows: deadEdges });
    const missing: string[] = [];
    for (const [type, rows] of edgeRows) {
      for (const record of await run(MERGE_EDGE_QUERY[type], { rows })) missing.push(text(record, 'missing'));
    }
    if (missing.length > 0) {
      // Rolls the whole batch back: a contribution whose edges point nowhere is a resolver bug.
      throw new NewsgraphError(
        'INTERNAL',
        `edges ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''} point at nodes no article ` +
          'contributes; every edge of a contribution must join entities or events of some stored article',
      );
    }
    if (deadEntities.length > 0) await run('delete-entities', { ids: deadEntities });
    if (deadEvents.length > 0) await run('delete-events', { ids: deadEvents });
    const retracted = deleted.filter((id) => existed.has(id));
    if (retracted.length > 0) await run('delete-articles', { ids: retracted });
    return existed;
  }

  /** Each stored edge's support by article, for edges found from their ids and endpoints. */
  private async edgeSupport(run: Run, refs: ReadonlyMap<string, EdgeRef>): Promise<Map<string, Sourced<EdgeContribution>[]>> {
    const support = new Map<string, Sourced<EdgeContribution>[]>();
    if (refs.size === 0) return support;
    for (const record of await run('read-edge-support', { rows: [...refs.values()] })) {
      const ref = refs.get(text(record, 'id'));
      if (ref) support.set(ref.id, edgeSupportFrom(edgeFrom({ ...ref, type: edgeTypeOf(record.get('type')) }, props(record))));
    }
    return support;
  }

  private mentionList(record: RecordLike, key: 'entities' | 'events'): { id: string; props: StoredProps; ord: number }[] {
    const value = record.get(key);
    const list = Array.isArray(value) ? value : [];
    return list
      .map((item) => {
        const entry = asProps(item, key);
        const mention = asProps(entry.props, key);
        return { id: str(entry, 'id'), props: mention, ord: num(mention, 'ord') };
      })
      .sort((a, b) => a.ord - b.ord);
  }

  private edgeLists(record: RecordLike) {
    return {
      edgeIds: record.get('edgeIds'),
      edgeTypes: record.get('edgeTypes'),
      edgeSources: record.get('edgeSources'),
      edgeTargets: record.get('edgeTargets'),
    };
  }

  /** Items by id, in the order asked, null where absent: one round trip for all of them. */
  private async byIds<T>(name: QueryName, ids: readonly string[], decode: (record: RecordLike) => T): Promise<(T | null)[]> {
    if (ids.length === 0) return [];
    const records = await this.read((run) => run(name, { ids: [...ids] }));
    const found = new Map(records.map((r) => [text(r, 'id'), decode(r)] as const));
    return ids.map((id) => found.get(id) ?? null);
  }

  getArticles(ids: readonly string[]): Promise<(ArticleRecord | null)[]> {
    return this.byIds('read-articles', ids, (r) => articleFrom(props(r)));
  }

  getArticleMeta(ids: readonly string[]): Promise<(ArticleMeta | null)[]> {
    return this.byIds('read-article-meta', ids, (r) => articleMetaFrom(props(r)));
  }

  async listArticles(filter: ArticleFilter): Promise<ArticleMeta[]> {
    const records = await this.read((run) =>
      run('list-article-meta', {
        outletKey: filter.outlet === undefined ? null : nameKey(filter.outlet),
        from: filter.from ?? null,
        to: filter.to ?? null,
      }),
    );
    return byId(records.map((r) => articleMetaFrom(props(r))));
  }

  async getContributions(articleIds: readonly string[]): Promise<(ArticleContribution | null)[]> {
    if (articleIds.length === 0) return [];
    const found = await this.read(async (run) => {
      const contributions = new Map<string, ArticleContribution>();
      const refsByArticle = new Map<string, EdgeRef[]>();
      const allRefs = new Map<string, EdgeRef>();
      for (const record of await run('read-contributions', { ids: [...articleIds] })) {
        const articleId = text(record, 'id');
        contributions.set(articleId, {
          articleId,
          entities: this.mentionList(record, 'entities').map((m) => entityContributionFrom(m.id, m.props)),
          events: this.mentionList(record, 'events').map((m) => eventContributionFrom(m.id, m.props)),
          edges: [],
        });
        const refs = articleEdgeRefs(this.edgeLists(record));
        refsByArticle.set(articleId, refs);
        for (const ref of refs) allRefs.set(ref.id, ref);
      }
      const support = await this.edgeSupport(run, allRefs);
      for (const [articleId, contribution] of contributions) {
        contribution.edges = (refsByArticle.get(articleId) ?? []).flatMap(
          (ref) => (support.get(ref.id) ?? []).filter((s) => s.articleId === articleId).map((s) => s.c),
        );
      }
      return contributions;
    });
    return articleIds.map((id) => found.get(id) ?? null);
  }

  async candidatesByKeys(keys: readonly string[]): Promise<EntityCandidate[]> {
    const wanted = sortedUnique(keys.filter((k) => k.length > 0));
    if (wanted.length === 0) return [];
    const found = new Map<string, EntityCandidate>();
    await this.read(async (run) => {
      for (let i = 0; i < wanted.length; i += KEYS_PER_QUERY) {
        const chunk = wanted.slice(i, i + KEYS_PER_QUERY);
        const params = {
          lucene: luceneKeysQuery('keys', chunk),
          keys: chunk,
          maxFuzzyBlock: int(MAX_FUZZY_BLOCK),
          alwaysUsedPrefixes: [...ALWAYS_USED_KEY_PREFIXES],
        };
        for (const record of await run('candidates-by-keys', params)) {
          const candidate = candidateFrom(props(record), record.get('labels'));
          found.set(candidate.id, candidate);
        }
      }
    });
    return byId(found.values());
  }

  async putCuration(action: CurationAction): Promise<void> {
    await this.write((tx) => runner(tx)('write-curation', { id: action.id, props: curationProps(action) }));
  }

  async listCurations(filter: CurationFilter = {}): Promise<CurationAction[]> {
    const records = await this.read((run) => run('list-curations', { activeOnly: filter.activeOnly ?? false }));
    return records.map((r) => curationFrom(props(r)));
  }

  getEntities(ids: readonly string[]): Promise<(EntityNode | null)[]> {
    return this.byIds('read-entities', ids, (r) => entityFrom(props(r), r.get('labels')));
  }

  getEvents(ids: readonly string[]): Promise<(EventNode | null)[]> {
    return this.byIds('read-events', ids, (r) => eventFrom(props(r)));
  }

  nodeSupport(ids: readonly string[]): Promise<(NodeSupport | null)[]> {
    return this.byIds('read-node-support', ids, nodeSupportFrom);
  }

  /**
   * Candidates come from the full-text index (words, prefixes, small edit distances) and from exact
   * normalised keys; they are then ranked exactly as the embedded store ranks (exact > prefix > all words >
   * edit distance), so both stores answer the same search the same way.
   */
  async searchEntities(search: EntitySearch): Promise<EntityNode[]> {
    const query = nameKey(search.text);
    const lucene = luceneNameQuery(search.text);
    if (query === '' || lucene === null || search.limit <= 0) return [];
    const labels = nullIfEmpty(search.labels);
    const candidates = new Map<string, EntityNode>();
    await this.read(async (run) => {
      const byName = await run('search-names', { lucene, labels, limit: int(Math.max(50, search.limit * SEARCH_OVERFETCH)) });
      const byKey = await run('search-keys', { lucene: luceneKeysQuery('nameKeys', [query]), key: query, labels });
      for (const record of [...byKey, ...byName]) {
        const node = entityFrom(props(record), record.get('labels'));
        candidates.set(node.id, node);
      }
    });
    const ranked: { node: EntityNode; rank: number }[] = [];
    for (const node of candidates.values()) {
      let best: number | null = null;
      for (const form of [node.name, ...node.aliases]) {
        const rank = rankForm(query, nameKey(form));
        if (rank !== null && (best === null || rank < best)) best = rank;
      }
      if (best !== null) ranked.push({ node, rank: best });
    }
    ranked.sort(
      (a, b) =>
        a.rank - b.rank ||
        b.node.sources.length - a.node.sources.length ||
        compareText(a.node.name, b.node.name) ||
        compareText(a.node.id, b.node.id),
    );
    return ranked.slice(0, search.limit).map((r) => r.node);
  }

  async listEntities(labels?: readonly EntityLabel[]): Promise<EntityNode[]> {
    const records = await this.read((run) => run('list-entities', { labels: nullIfEmpty(labels) }));
    return byId(records.map((r) => entityFrom(props(r), r.get('labels'))));
  }

  /** Events sorted by start date (undated last), then id. */
  async listEvents(filter: EventFilter): Promise<EventNode[]> {
    const records = await this.read((run) =>
      run('list-events', {
        types: nullIfEmpty(filter.types),
        from: filter.from ?? null,
        to: filter.to ?? null,
        participantId: filter.participantId ?? null,
        placeId: filter.placeId ?? null,
      }),
    );
    return records
      .map((r) => eventFrom(props(r)))
      .sort((a, b) => compareText(a.date?.start ?? '\uffff', b.date?.start ?? '\uffff') || compareText(a.id, b.id));
  }

  private edgesFrom(records: readonly RecordLike[]): GraphEdge[] {
    return byId(
      records.map((r) =>
        edgeFrom(
          { id: text(r, 'id'), type: edgeTypeOf(r.get('type')), source: text(r, 'source'), target: text(r, 'target') },
          props(r),
        ),
      ),
    );
  }

  async getEdges(query: EdgeQuery): Promise<GraphEdge[]> {
    if (query.nodeIds.length === 0) return [];
    const records = await this.read((run) =>
      run('read-edges', { nodeIds: [...query.nodeIds], direction: query.direction, types: nullIfEmpty(query.types) }),
    );
    return this.edgesFrom(records);
  }

  async stats(): Promise<GraphStats> {
    return this.read(async (run) => {
      const [counts] = await run('stats', {});
      const [last] = await run('last-ingest', {});
      const nodes = counts === undefined ? {} : asProps(counts.get('nodes'), 'nodes');
      const edges = counts === undefined ? {} : asProps(counts.get('edges'), 'edges');
      const nodesByLabel: Record<string, number> = {};
      for (const label of ['Person', 'Group', 'Place', 'Event']) nodesByLabel[label] = num(nodes, label);
      const edgesByType: Record<string, number> = {};
      for (const type of Object.keys(edges).sort(compareText)) {
        const count = num(edges, type);
        if (count > 0) edgesByType[type] = count;
      }
      return {
        nodesByLabel,
        edgesByType,
        articles: counts === undefined ? 0 : num({ articles: counts.get('articles') }, 'articles'),
        lastIngestAt: last === undefined ? null : text(last, 'at'),
      };
    });
  }

  /** Everything, read in one transaction so the parts agree with each other. */
  async snapshot(options: SnapshotOptions = {}): Promise<GraphSnapshot> {
    return this.read(async (run) => {
      const articles = options.articles === false ? [] : await run('list-articles', { outletKey: null, from: null, to: null });
      const entities = await run('list-entities', { labels: null });
      const events = await run('list-events', { types: null, from: null, to: null, participantId: null, placeId: null });
      const edges = await run('list-edges', {});
      return {
        articles: byId(articles.map((r) => articleFrom(props(r)))),
        entities: byId(entities.map((r) => entityFrom(props(r), r.get('labels')))),
        events: byId(events.map((r) => eventFrom(props(r)))),
        edges: this.edgesFrom(edges),
      };
    });
  }
}
