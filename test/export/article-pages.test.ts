import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { storedArticles } from '../../src/export/article-pages';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import { articleFixture } from '../store/contract';

describe('storedArticles', () => {
  it('yields every stored article whole, in id order, a page at a time, leaving out one deleted meanwhile', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-pages-'));
    const store = new EmbeddedGraphStore({ dataDir });
    await store.init();
    try {
      const ids = Array.from({ length: 7 }, (_, i) => `art-${i}`).reverse();
      await store.putArticles(ids.map((id) => ({ article: articleFixture(id), contribution: { articleId: id, entities: [], events: [], edges: [] } })));
      const seen: string[] = [];
      for await (const article of storedArticles(store, 3)) {
        expect(article.text).toBe(articleFixture(article.id).text);
        seen.push(article.id);
        // Deleted after the listing, before its page is read.
        if (article.id === 'art-1') await store.deleteArticle('art-5');
      }
      expect(seen).toEqual(['art-0', 'art-1', 'art-2', 'art-3', 'art-4', 'art-6']);
    } finally {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
