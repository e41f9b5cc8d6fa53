import { GraphState } from '../../../src/store/embedded/graph-state';
import { MemoryBodies, type ArticleBody } from '../../../src/store/embedded/body-file';
import { articleFixture, entityFixture } from '../contract';

/** Bodies kept in memory whose writes fail once `full` is set, like a body file on a full disk. */
class FillingBodies extends MemoryBodies {
  full = false;
  override put(articleId: string, body: ArticleBody): void {
    if (this.full) throw new Error('ENOSPC: no space left on device');
    super.put(articleId, body);
  }
}

describe('GraphState', () => {
  it('leaves an article as it was when writing its new body fails', () => {
    const bodies = new FillingBodies();
    const state = new GraphState(bodies);
    const version = (n: number) => ({
      article: articleFixture('a1', { text: `Version ${n} of the text.`, contentHash: `h${n}` }),
      contribution: { articleId: 'a1', entities: [entityFixture(`p-${n}`, 'Person', `Person ${n}`)], events: [], edges: [] },
    });
    state.put(version(1).article, version(1).contribution);
    bodies.full = true;
    expect(() => state.put(version(2).article, version(2).contribution)).toThrow(/ENOSPC/);
    expect(state.article('a1')?.text).toBe('Version 1 of the text.');
    expect(state.contributions.get('a1')?.entities.map((e) => e.id)).toEqual(['p-1']);
    expect(state.entityView('p-1')?.sourceCount).toBe(1);
    expect(state.entityView('p-2')).toBeNull();
    expect(state.articleIdsByHash('h1')).toEqual(['a1']);
  });

  it('keeps metadata in memory and reads the text and sentences back from where the bodies are kept', () => {
    const bodies = new MemoryBodies();
    const state = new GraphState(bodies);
    const article = articleFixture('a1');
    state.put(article, { articleId: 'a1', entities: [], events: [], edges: [] });
    expect(state.articles.get('a1')).not.toHaveProperty('text');
    expect(bodies.get('a1')).toEqual({ text: article.text, sentences: article.sentences });
    expect(state.article('a1')).toEqual(article);
    state.remove('a1');
    expect(bodies.get('a1')).toBeNull();
    expect(state.article('a1')).toBeNull();
  });
});
