/** Reads articles and derives what clients need from them: sentences, outlets, the extraction, mentions. */
import DataLoader from 'dataloader';
import type { ArticleRecord, EntityContribution } from '../../model/graph';
import { RequestContext, loadPresent } from '../context';
import { Service } from '../shared/container';
import { notFound } from '../shared/errors';
import { paginateThenLoad, type Page } from '../shared/pagination';
import type { ArticleMeta } from '../../store/graph-store';
import type { ArticlesArgs } from './article.args';
import type { ArticleExtractionValue, SentenceValue } from './article.type';

// Newest first; undated articles last; ties by id so pages are stable.
function byPublishedDesc(a: ArticleMeta, b: ArticleMeta): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return b.published.localeCompare(a.published);
  }
  return a.id.localeCompare(b.id);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where an article writes any of an entity's forms: whole-word matches, longest form first, never overlapping
 * ("Ash Carter" wins over "Carter" at the same place).
 */
export function findMentions(text: string, forms: readonly string[]): { text: string; start: number; end: number }[] {
  const taken: { start: number; end: number }[] = [];
  const spans: { text: string; start: number; end: number }[] = [];
  const ordered = [...new Set(forms)].filter((form) => form.trim() !== '').sort((a, b) => b.length - a.length);
  for (const form of ordered) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some((span) => start < span.end && end > span.start)) continue;
      taken.push({ start, end });
      spans.push({ text: match[0], start, end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * What makes two articles the same source: their outlet, case and spacing aside. An article whose outlet is
 * unknown is its own source: nothing shows it repeats another, and dropping it would make a fact look unsourced.
 */
export function outletKey(article: Pick<ArticleRecord, 'id' | 'outlet'>): string {
  const outlet = article.outlet?.trim().toLowerCase();
  return outlet ? `outlet:${outlet}` : `article:${article.id}`;
}

/** How many distinct outlets the articles among `articleIds` come from, given each article's outlet key. */
export function countOutlets(articleIds: readonly string[], keys: ReadonlyMap<string, string>): number {
  const outlets = new Set<string>();
  for (const id of articleIds) {
    const key = keys.get(id);
    if (key !== undefined) outlets.add(key);
  }
  return outlets.size;
}

/**
 * Outlet counts remembered across requests, per `sources` array of a node or edge as the store returned it.
 * Sound because a store never changes an array it has returned: the embedded store re-aggregates (a new array)
 * every node and edge an article supports whenever that article is put again or deleted, the only ways its
 * outlet can change; Neo4j returns fresh arrays on every read, so nothing is reused there. Without this, every
 * read of a node thousands of articles mention would look up thousands of articles
 * (test/api/entity/outlet-count.test.ts re-ingests an article under another outlet to hold it).
 */
const outletCountsBySources = new WeakMap<readonly string[], number>();

/** Articles and what was extracted from them. */
@Service()
export class ArticleService {
  /**
   * Outlet counts of this request, per list of article ids (by identity: a fact's `sources` array), batched so
   * every count a request asks for costs one metadata read, and a fact counted twice (outletCount and
   * confidence) is counted once. One promise per fact, not per article: popular facts have thousands.
   */
  private readonly outletCounts = new DataLoader<readonly string[], number>(async (lists) => {
    const keys = await this.outletKeys(lists.flat());
    return lists.map((ids) => countOutlets(ids, keys));
  });

  /** Outlet key of each article this request has read (null: not stored), so no article is read twice. */
  private readonly outletKeyOf = new Map<string, string | null>();

  constructor(private readonly context: RequestContext) {}

  /** An article by id; null when absent. */
  get(id: string): Promise<ArticleRecord | null> {
    return this.context.loaders.articles.load(id);
  }

  /** Articles by id, in order, leaving out ids no longer stored. */
  many(ids: readonly string[]): Promise<ArticleRecord[]> {
    return loadPresent(this.context.loaders.articles, ids);
  }

  /** One page of the articles matching the filter, newest first. */
  async list(args: ArticlesArgs): Promise<Page<ArticleRecord>> {
    const articles = await this.context.store.listArticles({
      ...(args.outlet ? { outlet: args.outlet } : {}),
      ...(args.from ? { from: args.from } : {}),
      ...(args.to ? { to: args.to } : {}),
    });
    // The list is metadata; only the page's articles are read whole (their texts may be on disk).
    return paginateThenLoad(
      [...articles].sort(byPublishedDesc),
      args,
      this.context.config.api.maxPageSize,
      (a) => a.id,
      (page) => Promise.all(page.map((a) => this.get(a.id))),
    );
  }

  /** Retracts an article: facts only it supported disappear. Throws NOT_FOUND when it is not stored. */
  async delete(id: string): Promise<true> {
    const deleted = await this.context.store.deleteArticle(id);
    this.context.forgetReads();
    if (!deleted) throw notFound('article', id);
    return true;
  }

  /** How many distinct outlets published these articles (see `outletKey`); articles no longer stored do not count. */
  async outletCount(articleIds: readonly string[]): Promise<number> {
    const known = outletCountsBySources.get(articleIds);
    if (known !== undefined) return known;
    const count = await this.outletCounts.load(articleIds);
    outletCountsBySources.set(articleIds, count);
    return count;
  }

  /**
   * The outlet key of each stored article among `articleIds`, for counting outlets of many facts: one
   * metadata-only read (never the texts).
   */
  async outletKeys(articleIds: Iterable<string>): Promise<Map<string, string>> {
    const ids = [...new Set(articleIds)];
    const unread = ids.filter((id) => !this.outletKeyOf.has(id));
    if (unread.length > 0) {
      const metas = await this.context.store.getArticleMeta(unread);
      unread.forEach((id, index) => {
        const meta = metas[index];
        this.outletKeyOf.set(id, meta ? outletKey(meta) : null);
      });
    }
    const keys = new Map<string, string>();
    for (const id of ids) {
      const key = this.outletKeyOf.get(id);
      if (key !== undefined && key !== null) keys.set(id, key);
    }
    return keys;
  }

  /** The sentences of an article with their text. */
  sentences(article: ArticleRecord): SentenceValue[] {
    return article.sentences.map((sentence, index) => ({
      index,
      start: sentence.start,
      end: sentence.end,
      text: article.text.slice(sentence.start, sentence.end),
    }));
  }

  /** What the article contributed to the graph; empty when the store has no contribution for it. */
  async extraction(article: ArticleRecord): Promise<ArticleExtractionValue> {
    const contribution = await this.context.loaders.contributions.load(article.id);
    return {
      entities: (contribution?.entities ?? []).map((entity) => ({ ...entity, articleText: article.text })),
      events: (contribution?.events ?? []).map((event) => ({ ...event, articleId: article.id })),
      relations: contribution?.edges ?? [],
    };
  }

  /** Where the article mentions an entity it contributed. */
  mentions(entity: EntityContribution & { articleText: string }): { text: string; start: number; end: number }[] {
    return findMentions(entity.articleText, entity.forms.length > 0 ? entity.forms : [entity.name]);
  }
}
