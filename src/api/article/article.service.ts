/** Reads articles and derives what clients need from them: sentences, outlets, the extraction, mentions. */
import type { ArticleRecord, EntityContribution } from '../../model/graph';
import { RequestContext, loadPresent } from '../context';
import { Service } from '../shared/container';
import { notFound } from '../shared/errors';
import { paginate, type Page } from '../shared/pagination';
import type { ArticlesArgs } from './article.args';
import type { ArticleExtractionValue, SentenceValue } from './article.type';

// Newest first; undated articles last; ties by id so pages are stable.
function byPublishedDesc(a: ArticleRecord, b: ArticleRecord): number {
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

/** Articles and what was extracted from them. */
@Service()
export class ArticleService {
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
    return paginate([...articles].sort(byPublishedDesc), args, this.context.config.api.maxPageSize, (a) => a.id);
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
    return countOutlets(articleIds, await this.outletKeys(articleIds));
  }

  /** The outlet key of each stored article among `articleIds` (one batch), for counting outlets of many facts. */
  async outletKeys(articleIds: Iterable<string>): Promise<Map<string, string>> {
    const articles = await this.many([...new Set(articleIds)]);
    return new Map(articles.map((article) => [article.id, outletKey(article)]));
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
