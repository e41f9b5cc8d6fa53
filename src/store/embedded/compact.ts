/**
 * Memory layout of what the embedded store keeps: one copy of each repeated string, and evidence sentences
 * that share the article text instead of holding a copy. A hundred thousand articles repeat the same names,
 * keys, ids and types hundreds of thousands of times, and each arrives as its own copy (parsed from a
 * journal line or a worker's reply); values are unchanged, only their storage is shared.
 */
import type { Evidence } from '../../model/extraction';
import type { ArticleContribution, ArticleRecord } from '../../model/graph';

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
 * Evidence of this article whose text is exactly its slice of the article text: the text becomes that slice
 * (V8 keeps a slice as a view of the parent string, which the store holds anyway).
 */
function shareSentence(article: ArticleRecord, evidence: Evidence, pool: StringPool): void {
  evidence.articleId = pool.intern(evidence.articleId);
  if (evidence.articleId !== article.id) return;
  const slice = article.text.slice(evidence.start, evidence.end);
  if (slice === evidence.text) evidence.text = slice;
}

/** Rewrites a contribution about to be stored so its strings are pooled and its sentences shared (in place). */
export function compactContribution(article: ArticleRecord, contribution: ArticleContribution, pool: StringPool): void {
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
    for (const e of c.evidence) shareSentence(article, e, pool);
  }
  for (const c of contribution.edges) {
    c.id = pool.intern(c.id);
    c.type = pool.intern(c.type);
    c.source = pool.intern(c.source);
    c.target = pool.intern(c.target);
    c.status = pool.intern(c.status);
    for (const e of c.evidence) shareSentence(article, e, pool);
  }
}
