/** Every stored article, texts included, read a page at a time (for exports of stores too large to hold whole). */
import type { ArticleRecord } from '../model/graph';
import type { GraphStore } from '../store/graph-store';

/** Articles per read: large enough that a Neo4j round trip is amortised, small enough to stay a few MB. */
const PAGE_SIZE = 256;

/** Every stored article in id order, with its text and sentences, holding one page at a time. */
export async function* storedArticles(store: GraphStore, pageSize = PAGE_SIZE): AsyncGenerator<ArticleRecord> {
  const ids = (await store.listArticles({})).map((a) => a.id);
  for (let at = 0; at < ids.length; at += pageSize) {
    for (const article of await store.getArticles(ids.slice(at, at + pageSize))) {
      // An article deleted since the listing is simply not exported.
      if (article) yield article;
    }
  }
}
