/**
 * One node's (or edge's) contributions keyed by article id, in insertion order like a `Map`. Most nodes
 * have one source and a few have thousands; a `Map` per node cost about 450 bytes even for one entry, which
 * at a hundred thousand articles was the largest single item of the store's heap. So one entry is held
 * inline, a handful in two parallel arrays, and only large groups get a `Map`.
 */

/** Above this many entries, lookups by article id go through a Map instead of a linear scan. */
const ARRAY_LIMIT = 16;

/** A node's contributions by article id (see the module comment for the layout). */
export class BySource<C extends object> {
  /** The article id (one entry), the ids (a few), or the whole map. */
  private ids: string | string[] | Map<string, C>;
  /** The contribution (one entry) or the contributions in `ids` order (a few); unused with a map. */
  private values_: C | C[] | null;

  constructor(articleId: string, value: C) {
    this.ids = articleId;
    this.values_ = value;
  }

  /** Number of articles. */
  get size(): number {
    const ids = this.ids;
    return typeof ids === 'string' ? 1 : Array.isArray(ids) ? ids.length : ids.size;
  }

  /** Adds or replaces the contribution of an article (a replaced one keeps its place). */
  set(articleId: string, value: C): void {
    const ids = this.ids;
    if (typeof ids === 'string') {
      if (ids === articleId) this.values_ = value;
      else {
        this.ids = [ids, articleId];
        this.values_ = [this.values_ as C, value];
      }
      return;
    }
    if (ids instanceof Map) {
      ids.set(articleId, value);
      return;
    }
    const values = this.values_ as C[];
    const at = ids.indexOf(articleId);
    if (at >= 0) {
      values[at] = value;
      return;
    }
    if (ids.length < ARRAY_LIMIT) {
      ids.push(articleId);
      values.push(value);
      return;
    }
    const map = new Map<string, C>();
    ids.forEach((id, i) => map.set(id, values[i] as C));
    map.set(articleId, value);
    this.ids = map;
    this.values_ = null;
  }

  /** Removes an article's contribution; the caller drops the whole group when `size` reaches 0. */
  delete(articleId: string): void {
    const ids = this.ids;
    if (typeof ids === 'string') {
      if (ids === articleId) {
        this.ids = [];
        this.values_ = [];
      }
      return;
    }
    if (ids instanceof Map) {
      ids.delete(articleId);
      return;
    }
    const at = ids.indexOf(articleId);
    if (at < 0) return;
    ids.splice(at, 1);
    (this.values_ as C[]).splice(at, 1);
  }

  /** The first article id (in insertion order), undefined when empty. */
  firstKey(): string | undefined {
    const ids = this.ids;
    if (typeof ids === 'string') return ids;
    if (Array.isArray(ids)) return ids[0];
    for (const id of ids.keys()) return id;
    return undefined;
  }

  /** The first contribution (in insertion order), undefined when empty. */
  firstValue(): C | undefined {
    const ids = this.ids;
    if (typeof ids === 'string') return this.values_ as C;
    if (Array.isArray(ids)) return (this.values_ as C[])[0];
    for (const value of ids.values()) return value;
    return undefined;
  }

  /** Article ids in insertion order. */
  *keys(): IterableIterator<string> {
    const ids = this.ids;
    if (typeof ids === 'string') yield ids;
    else yield* ids instanceof Map ? ids.keys() : ids;
  }

  /** Contributions in insertion order. */
  *values(): IterableIterator<C> {
    const ids = this.ids;
    if (typeof ids === 'string') yield this.values_ as C;
    else if (ids instanceof Map) yield* ids.values();
    else yield* this.values_ as C[];
  }

  /** [article id, contribution] pairs in insertion order. */
  *entries(): IterableIterator<[string, C]> {
    const ids = this.ids;
    if (typeof ids === 'string') yield [ids, this.values_ as C];
    else if (ids instanceof Map) yield* ids.entries();
    else {
      const values = this.values_ as C[];
      for (let i = 0; i < ids.length; i++) yield [ids[i] as string, values[i] as C];
    }
  }
}
