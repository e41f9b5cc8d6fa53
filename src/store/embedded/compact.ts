/**
 * Memory layout of what the embedded store keeps: one copy of each repeated string, one evidence object per
 * quoted sentence of an article, and no article text (it is in the body file). A hundred thousand articles
 * repeat the same names, keys, ids and types hundreds of thousands of times, and each arrives as its own copy
 * (parsed from a journal line or a worker's reply); values are unchanged, only their storage is shared.
 */
import type { Evidence } from '../../model/extraction';
import type { ArticleContribution, ArticleRecord, EntityContribution } from '../../model/graph';
import type { ArticleMeta } from '../graph-store';

/** One shared copy per distinct string (the store's names, keys, ids and types: bounded by the graph). */
export class StringPool {
  private readonly pool = new Map<string, string>();

  /** The pooled copy of `value`. */
  intern<T extends string>(value: T): T {
    const held = this.pool.get(value);
    if (held !== undefined) return held as T;
    this.pool.set(value, value);
    return value;
  }

  /** Pooled copies of a list, in place of the list. */
  internAll(values: string[]): string[] {
    for (let i = 0; i < values.length; i++) values[i] = this.intern(values[i] as string);
    return values;
  }

  /** Distinct strings held. */
  get size(): number {
    return this.pool.size;
  }
}

/**
 * A copy of `text` that holds its own characters. A slice of a longer string is kept by V8 as a view that
 * keeps the whole parent alive; evidence sentences are slices of the article text, which the store keeps on
 * disk, so they must not pin it in the heap. (Concatenation then slicing makes V8 flatten into a new string.)
 */
function ownCopy(text: string): string {
  return text.length === 0 ? text : (' ' + text).slice(1);
}

/**
 * Evidence of one article, one object per quoted sentence: an article's sentence often supports several
 * edges and events, and each arrived as its own copy. Evidence is never changed in place once stored.
 */
class ArticleEvidence {
  private readonly bySpan = new Map<string, Evidence>();
  constructor(
    private readonly articleId: string,
    private readonly pool: StringPool,
  ) {}

  /** The shared evidence equal to `evidence`. */
  share(evidence: Evidence): Evidence {
    evidence.articleId = this.pool.intern(evidence.articleId);
    if (evidence.articleId !== this.articleId) return evidence;
    const span = `${evidence.start}:${evidence.end}`;
    const held = this.bySpan.get(span);
    if (held && held.text === evidence.text) return held;
    evidence.text = ownCopy(evidence.text);
    if (!held) this.bySpan.set(span, evidence);
    return evidence;
  }

  /** The list with each evidence replaced by its shared one (in place). */
  shareAll(list: Evidence[]): Evidence[] {
    for (let i = 0; i < list.length; i++) list[i] = this.share(list[i] as Evidence);
    return list;
  }
}

/** Rewrites a contribution about to be stored so its strings are pooled and its evidence shared (in place). */
export function compactContribution(article: ArticleRecord, contribution: ArticleContribution, pool: StringPool): void {
  const evidence = new ArticleEvidence(article.id, pool);
  contribution.articleId = pool.intern(contribution.articleId);
  for (const c of contribution.entities) {
    c.id = pool.intern(c.id);
    c.label = pool.intern(c.label);
    c.name = pool.intern(c.name);
    pool.internAll(c.forms);
    pool.internAll(c.roles);
    pool.internAll(c.keys);
  }
  for (const c of contribution.events) {
    c.id = pool.intern(c.id);
    c.eventType = pool.intern(c.eventType);
    c.name = pool.intern(c.name);
    c.status = pool.intern(c.status);
    evidence.shareAll(c.evidence);
  }
  for (const c of contribution.edges) {
    c.id = pool.intern(c.id);
    c.type = pool.intern(c.type);
    c.source = pool.intern(c.source);
    c.target = pool.intern(c.target);
    c.status = pool.intern(c.status);
    evidence.shareAll(c.evidence);
  }
}

/** An article's metadata as the store keeps it: no text or sentences, repeated values pooled. */
export function compactMeta(article: ArticleRecord, pool: StringPool): ArticleMeta {
  return {
    id: pool.intern(article.id),
    contentHash: article.contentHash,
    format: pool.intern(article.format),
    title: article.title,
    outlet: article.outlet === null ? null : pool.intern(article.outlet),
    url: article.url,
    published: article.published === null ? null : pool.intern(article.published),
    language: article.language === null ? null : pool.intern(article.language),
    source: article.source,
    ingestedAt: article.ingestedAt,
  };
}

/** The stored list when `fresh` holds the same strings in the same order, else `fresh`. */
function sameList(fresh: string[], stored: string[] | undefined): string[] {
  if (stored === undefined || stored === fresh || stored.length !== fresh.length) return fresh;
  for (let i = 0; i < fresh.length; i++) if (fresh[i] !== stored[i]) return fresh;
  return stored;
}

/**
 * Lets a new contribution to an entity share the forms, roles and keys lists of one already stored for it when
 * they are equal: articles about the same person mostly write the same names and yield the same keys, and a
 * node reported by thousands of articles otherwise holds thousands of copies. Stored lists are never changed
 * in place, so sharing them is safe. Strings must already be pooled (compared by value either way).
 */
export function shareEntityLists(c: EntityContribution, stored: EntityContribution | undefined): void {
  if (!stored) return;
  c.forms = sameList(c.forms, stored.forms);
  c.roles = sameList(c.roles, stored.roles);
  c.keys = sameList(c.keys, stored.keys);
}
