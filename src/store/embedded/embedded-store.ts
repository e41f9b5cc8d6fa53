/**
 * The default, in-process graph store: everything in memory, made durable by an append-only journal
 * that periodic atomic snapshots fold. One process writes a data directory at a time (`LOCK`).
 */
import path from 'node:path';
import type {
  ArticleContribution,
  ArticleRecord,
  EntityCandidate,
  EntityNode,
  EventNode,
  GraphEdge,
  NodeSupport,
} from '../../model/graph';
import { ENTITY_LABELS, type EntityLabel } from '../../model/vocabulary';
import { NewsgraphError, StoreUnavailableError } from '../../errors';
import { nameKey } from '../../util/normalize';
import { compareText } from '../aggregate';
import type {
  ArticleFilter,
  ArticleMeta,
  ArticleWrite,
  CurationAction,
  CurationFilter,
  EdgeQuery,
  EntitySearch,
  EventFilter,
  GraphSnapshot,
  GraphStats,
  GraphStore,
  SnapshotOptions,
} from '../graph-store';
import { EdgeLists, mergeById } from './edge-lists';
import { GraphState } from './graph-state';
import { BodyFile } from './body-file';
import { writeJsonLines } from '../../util/json-lines';
import { DataDirLock, Journal, StoreCorruptError, readJsonLines, writeFileAtomic } from './persistence';

/** Options of the embedded store. */
export interface EmbeddedStoreOptions {
  /** Directory holding `snapshot.jsonl`, `journal.jsonl` and `LOCK`; created when missing. */
  dataDir: string;
  /**
   * The journal is folded into a new snapshot on `flush` once it is larger than this many bytes and
   * larger than the last snapshot (so snapshot cost stays linear overall). Default 8 MiB.
   */
  snapshotMinJournalBytes?: number;
}

/** One journal line. */
type JournalEntry =
  | { op: 'put'; article: ArticleRecord; contribution: ArticleContribution }
  | { op: 'delete'; id: string }
  | { op: 'curation'; action: CurationAction };

/** The first line of a snapshot file. */
interface SnapshotHeader {
  format: 'newsgraph-snapshot';
  version: 1;
  articles: number;
  /** Curation lines after the articles (absent in snapshots written before curation existed). */
  curations?: number;
}

const SNAPSHOT_FILE = 'snapshot.jsonl';
const JOURNAL_FILE = 'journal.jsonl';
/** Article bodies while the store is open (a cache rebuilt on open; see `BodyFile`). */
const BODY_FILE = 'bodies.cache';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asJournalEntry(value: unknown, file: string): JournalEntry {
  if (isRecord(value) && value.op === 'delete' && typeof value.id === 'string') return { op: 'delete', id: value.id };
  if (isRecord(value) && value.op === 'curation' && isRecord(value.action) && typeof value.action.id === 'string') {
    // Written by the store itself, like puts below.
    return value as JournalEntry;
  }
  if (isRecord(value) && value.op === 'put' && isRecord(value.article) && isRecord(value.contribution)) {
    // The store wrote these lines itself; shape checks above guard against foreign files.
    return value as JournalEntry;
  }
  throw new StoreCorruptError(`${file}: unexpected line ${JSON.stringify(value).slice(0, 120)}`);
}

function overlaps(start: string, end: string, from: string | undefined, to: string | undefined): boolean {
  return (from === undefined || compareText(end, from) >= 0) && (to === undefined || compareText(start, to) <= 0);
}

/** A file-system failure while opening (permissions, not a directory, …) as an error that says where. */
function asUnavailable(error: unknown, dataDir: string): unknown {
  if (error instanceof NewsgraphError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new StoreUnavailableError(
    `cannot open the embedded store in ${dataDir}: ${reason}; check that the directory is writable`,
    { cause: error },
  );
}

/** The embedded `GraphStore`. */
export class EmbeddedGraphStore implements GraphStore {
  readonly kind = 'embedded';
  private readonly dataDir: string;
  private readonly snapshotMinJournalBytes: number;
  private state = new GraphState();
  /** Where `state` keeps article texts and sentences while open. */
  private bodies: BodyFile | null = null;
  private journal: Journal | null = null;
  private lock: DataDirLock | null = null;
  private snapshotBytes = 0;
  private failed: Error | null = null;
  /** Counts writes (see `exclusive`), so read-side indexes know when what they kept may be stale. */
  private generation = 0;
  /** Edges around nodes, kept between reads (a read-side index). */
  private readonly edgeLists = new EdgeLists();
  /** Serialises writes so journal lines follow the order of the in-memory changes. */
  private writes: Promise<void> = Promise.resolve();

  constructor(options: EmbeddedStoreOptions) {
    this.dataDir = path.resolve(options.dataDir);
    this.snapshotMinJournalBytes = options.snapshotMinJournalBytes ?? 8 * 1024 * 1024;
  }

  async init(): Promise<void> {
    if (this.journal) throw new StoreUnavailableError('the embedded store is already open');
    try {
      this.lock = await DataDirLock.acquire(this.dataDir);
    } catch (error) {
      throw asUnavailable(error, this.dataDir);
    }
    try {
      this.bodies = BodyFile.create(path.join(this.dataDir, BODY_FILE));
      this.state = new GraphState(this.bodies);
      // A reopened store starts over: nothing read-side indexes kept from its previous state is valid.
      this.generation++;
      await this.loadSnapshot();
      const journal = new Journal(path.join(this.dataDir, JOURNAL_FILE));
      const read = await readJsonLines(journal.file, (value) => this.replay(asJournalEntry(value, journal.file)));
      await journal.open(read?.validBytes ?? 0, read?.tornBytes ?? 0);
      this.journal = journal;
    } catch (error) {
      this.bodies?.close();
      this.bodies = null;
      await this.lock.release();
      this.lock = null;
      throw asUnavailable(error, this.dataDir);
    }
  }

  private async loadSnapshot(): Promise<void> {
    const file = path.join(this.dataDir, SNAPSHOT_FILE);
    let header: SnapshotHeader | null = null;
    let count = 0;
    const read = await readJsonLines(file, (value) => {
      if (header === null) {
        if (!isRecord(value) || value.format !== 'newsgraph-snapshot' || value.version !== 1) {
          throw new StoreCorruptError(`${file} is not a newsgraph snapshot (version 1)`);
        }
        header = { format: 'newsgraph-snapshot', version: 1, articles: Number(value.articles) };
        return;
      }
      const entry = asJournalEntry(value, file);
      if (entry.op === 'curation') {
        this.state.putCuration(entry.action);
        return;
      }
      if (entry.op !== 'put') throw new StoreCorruptError(`${file}: a snapshot holds only articles and curations`);
      this.state.put(entry.article, entry.contribution);
      count++;
    });
    if (read === null) return;
    const expected = (header as SnapshotHeader | null)?.articles;
    if (read.tornBytes > 0 || expected !== count) {
      // Snapshots are renamed into place whole, so this is damage, not a crash mid-write.
      throw new StoreCorruptError(`${file} is incomplete (${count} of ${expected ?? '?'} articles)`);
    }
    this.snapshotBytes = read.validBytes;
  }

  private replay(entry: JournalEntry): void {
    if (entry.op === 'put') this.state.put(entry.article, entry.contribution);
    else if (entry.op === 'curation') this.state.putCuration(entry.action);
    else this.state.remove(entry.id);
  }

  async close(): Promise<void> {
    const journal = this.journal;
    if (!journal) return;
    try {
      // A store that failed a write has nothing more it can make durable; just let go.
      if (!this.failed) await this.flush();
    } finally {
      this.journal = null;
      await journal.close().catch(() => undefined);
      this.bodies?.close();
      this.bodies = null;
      await this.lock?.release();
      this.lock = null;
    }
  }

  async flush(): Promise<void> {
    await this.exclusive(async (journal) => {
      await journal.sync();
      if (journal.size > this.snapshotMinJournalBytes && journal.size > this.snapshotBytes) {
        await this.writeSnapshot(journal);
      }
    });
  }

  /** Folds the journal into a new snapshot now (normally `flush` decides when). */
  async compact(): Promise<void> {
    await this.exclusive((journal) => this.writeSnapshot(journal));
  }

  private async writeSnapshot(journal: Journal): Promise<void> {
    const file = path.join(this.dataDir, SNAPSHOT_FILE);
    const ids = [...this.state.articles.keys()].sort(compareText);
    const state = this.state;
    const curations = state.listCurations();
    function* lines(): Generator<SnapshotHeader | JournalEntry> {
      yield { format: 'newsgraph-snapshot', version: 1, articles: ids.length, curations: curations.length };
      for (const id of ids) {
        const article = state.article(id);
        const contribution = state.contributions.get(id);
        if (article && contribution) yield { op: 'put', article, contribution };
      }
      for (const action of curations) yield { op: 'curation', action };
    }
    let bytes = 0;
    await writeFileAtomic(file, async (handle) => {
      bytes = await writeJsonLines(handle, lines());
    });
    // A crash before this reset only means the journal is replayed over a snapshot that already
    // holds it: puts and deletes are idempotent, so the result is the same.
    await journal.reset();
    this.snapshotBytes = bytes;
    // Replaced and removed bodies are reclaimed once they outweigh a quarter of the rest.
    if (this.bodies && this.bodies.deadBytes > this.bodies.liveBytes / 4) this.bodies.rewrite(ids);
  }

  private exclusive<T>(run: (journal: Journal) => Promise<T>): Promise<T> {
    const result = this.writes.then(() => {
      if (this.failed) {
        throw new StoreUnavailableError(`the embedded store failed earlier (${this.failed.message}); reopen it`);
      }
      if (!this.journal) throw new StoreUnavailableError('the embedded store is not open; call init() first');
      // Every write changes memory synchronously at the start of `run`, before its first await, so no read can
      // see the new state under the old generation.
      this.generation++;
      return run(this.journal);
    });
    this.writes = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  private async appendOrFail(journal: Journal, entries: JournalEntry[]): Promise<void> {
    try {
      await journal.append(entries);
    } catch (error) {
      // Memory is ahead of the disk now; refuse further writes rather than diverge silently.
      this.failed = error instanceof Error ? error : new Error(String(error));
      throw new StoreUnavailableError(`could not append to ${journal.file}: ${this.failed.message}`, { cause: error });
    }
  }

  async articleHash(id: string): Promise<string | null> {
    return this.state.articles.get(id)?.contentHash ?? null;
  }

  async articleIdByHash(contentHash: string): Promise<string | null> {
    return this.state.articleIdsByHash(contentHash)[0] ?? null;
  }

  async putArticles(writes: readonly ArticleWrite[]): Promise<void> {
    for (const { article, contribution } of writes) {
      // Checked before anything is applied, so a bad write cannot leave memory ahead of the journal.
      if (contribution.articleId !== article.id) {
        throw new NewsgraphError(
          'INTERNAL',
          `putArticles: the contribution of ${contribution.articleId} was given for article ${article.id}`,
        );
      }
    }
    await this.exclusive(async (journal) => {
      const entries: JournalEntry[] = [];
      for (const { article, contribution } of writes) {
        if (this.state.put(article, contribution) === 'written') {
          entries.push({ op: 'put', article, contribution });
        }
      }
      await this.appendOrFail(journal, entries);
    });
  }

  async deleteArticle(id: string): Promise<boolean> {
    return this.exclusive(async (journal) => {
      if (!this.state.remove(id)) return false;
      await this.appendOrFail(journal, [{ op: 'delete', id }]);
      return true;
    });
  }

  async putCuration(action: CurationAction): Promise<void> {
    await this.exclusive(async (journal) => {
      this.state.putCuration(action);
      await this.appendOrFail(journal, [{ op: 'curation', action }]);
    });
  }

  async listCurations(filter: CurationFilter = {}): Promise<CurationAction[]> {
    const all = this.state.listCurations();
    return filter.activeOnly ? all.filter((a) => a.undoneAt === null) : all;
  }

  async getArticles(ids: readonly string[]): Promise<(ArticleRecord | null)[]> {
    return ids.map((id) => this.state.article(id));
  }

  async getArticleMeta(ids: readonly string[]): Promise<(ArticleMeta | null)[]> {
    return ids.map((id) => this.state.articles.get(id) ?? null);
  }

  async listArticles(filter: ArticleFilter): Promise<ArticleMeta[]> {
    const outlet = filter.outlet === undefined ? undefined : nameKey(filter.outlet);
    return [...this.state.articles.values()]
      .filter((a) => outlet === undefined || (a.outlet !== null && nameKey(a.outlet) === outlet))
      .filter(
        (a) =>
          (filter.from === undefined && filter.to === undefined) ||
          (a.published !== null && overlaps(a.published, a.published, filter.from, filter.to)),
      )
      .sort((a, b) => compareText(a.id, b.id));
  }

  async getContributions(articleIds: readonly string[]): Promise<(ArticleContribution | null)[]> {
    return articleIds.map((id) => this.state.contributions.get(id) ?? null);
  }

  async candidatesByKeys(keys: readonly string[]): Promise<EntityCandidate[]> {
    return this.state.candidates(keys);
  }

  async getEntities(ids: readonly string[]): Promise<(EntityNode | null)[]> {
    return ids.map((id) => this.state.entities.get(id));
  }

  async getEvents(ids: readonly string[]): Promise<(EventNode | null)[]> {
    return ids.map((id) => this.state.events.get(id));
  }

  async nodeSupport(ids: readonly string[]): Promise<(NodeSupport | null)[]> {
    return ids.map((id) => this.state.nodeSupport(id));
  }

  async searchEntities(search: EntitySearch): Promise<EntityNode[]> {
    const query = nameKey(search.text);
    if (query === '' || search.limit <= 0) return [];
    const labels = search.labels?.length ? new Set<EntityLabel>(search.labels) : null;
    const best = this.state.byFormKey.search(query);
    // Ranked on running counts; only the returned nodes are aggregated.
    const ranked: { id: string; rank: number; sources: number; name: string }[] = [];
    for (const [id, rank] of best) {
      const summary = this.state.entitySummary(id);
      if (summary && (labels === null || labels.has(summary.label))) ranked.push({ id, rank, ...summary });
    }
    // Equal matches: the entity more sources mention first, then by name and id for a stable order.
    ranked.sort(
      (a, b) => a.rank - b.rank || b.sources - a.sources || compareText(a.name, b.name) || compareText(a.id, b.id),
    );
    return ranked.slice(0, search.limit).flatMap((r) => this.state.entities.get(r.id) ?? []);
  }

  async listEntities(labels?: readonly EntityLabel[]): Promise<EntityNode[]> {
    const wanted = labels?.length ? new Set<EntityLabel>(labels) : null;
    const result: EntityNode[] = [];
    for (const id of this.state.entities.ids()) {
      const node = this.state.entities.get(id);
      if (node && (wanted === null || wanted.has(node.label))) result.push(node);
    }
    return result;
  }

  /** Events sorted by start date (undated last), then id. */
  async listEvents(filter: EventFilter): Promise<EventNode[]> {
    let ids: Iterable<string> = this.state.events.ids();
    if (filter.participantId !== undefined) {
      const linked = new Set<string>();
      for (const edge of this.edgesOf([filter.participantId], 'both')) {
        linked.add(edge.source === filter.participantId ? edge.target : edge.source);
      }
      ids = [...ids].filter((id) => linked.has(id));
    }
    if (filter.placeId !== undefined) {
      const at = new Set(
        this.edgesOf([filter.placeId], 'in')
          .filter((e) => e.type === 'OCCURRED_IN')
          .map((e) => e.source),
      );
      ids = [...ids].filter((id) => at.has(id));
    }
    const types = filter.types?.length ? new Set(filter.types) : null;
    const dated = filter.from !== undefined || filter.to !== undefined;
    const result: EventNode[] = [];
    for (const id of ids) {
      const event = this.state.events.get(id);
      if (!event || (types !== null && !types.has(event.eventType))) continue;
      if (dated && (event.date === null || !overlaps(event.date.start, event.date.end, filter.from, filter.to))) continue;
      result.push(event);
    }
    return result.sort(
      (a, b) =>
        compareText(a.date?.start ?? '\uffff', b.date?.start ?? '\uffff') || compareText(a.id, b.id),
    );
  }

  /** Edges around the nodes, sorted by id, each once; kept per node until the next write (see `EdgeLists`). */
  private edgesOf(nodeIds: readonly string[], direction: EdgeQuery['direction']): readonly GraphEdge[] {
    return mergeById(
      [...new Set(nodeIds)].map((nodeId) =>
        this.edgeLists.around(this.generation, nodeId, direction, () => this.readEdgesOf(nodeId, direction)),
      ),
    );
  }

  private readEdgesOf(nodeId: string, direction: EdgeQuery['direction']): GraphEdge[] {
    const ids = new Set<string>();
    if (direction !== 'in') for (const id of this.state.edgeIds(nodeId, 'out')) ids.add(id);
    if (direction !== 'out') for (const id of this.state.edgeIds(nodeId, 'in')) ids.add(id);
    const edges: GraphEdge[] = [];
    // The default sort orders strings by UTF-16 code units, as compareText does, without calling back into
    // JavaScript per comparison: popular nodes have thousands of edges, read on every request for them.
    for (const id of [...ids].sort()) {
      const edge = this.state.edges.get(id);
      if (edge) edges.push(edge);
    }
    return edges;
  }

  async getEdges(query: EdgeQuery): Promise<GraphEdge[]> {
    const types = query.types?.length ? new Set(query.types) : null;
    return this.edgesOf(query.nodeIds, query.direction).filter((e) => types === null || types.has(e.type));
  }

  async stats(): Promise<GraphStats> {
    const nodesByLabel: Record<string, number> = {};
    for (const label of ENTITY_LABELS) nodesByLabel[label] = 0;
    for (const label of this.state.entityLabels()) nodesByLabel[label] = (nodesByLabel[label] ?? 0) + 1;
    nodesByLabel.Event = this.state.events.size;
    const edgesByType: Record<string, number> = {};
    for (const type of this.state.edgeTypes()) edgesByType[type] = (edgesByType[type] ?? 0) + 1;
    return {
      nodesByLabel,
      edgesByType,
      articles: this.state.articles.size,
      lastIngestAt: this.state.lastIngestAt(),
    };
  }

  async snapshot(options: SnapshotOptions = {}): Promise<GraphSnapshot> {
    const articles =
      options.articles === false
        ? []
        : [...this.state.articles.keys()].sort(compareText).flatMap((id) => this.state.article(id) ?? []);
    const entities = this.state.entities.ids().flatMap((id) => this.state.entities.get(id) ?? []);
    const events = this.state.events.ids().flatMap((id) => this.state.events.get(id) ?? []);
    const edges = this.state.edges.ids().flatMap((id) => this.state.edges.get(id) ?? []);
    return { articles, entities, events, edges };
  }
}
