import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ArticleRecord, EdgeContribution, GraphEdge } from '../../../src/model/graph';
import type { EdgeType } from '../../../src/model/vocabulary';
import { EmbeddedGraphStore } from '../../../src/store/embedded/embedded-store';
import { EdgeLists, mergeById } from '../../../src/store/embedded/edge-lists';
import { articleFixture, entityFixture } from '../contract';

function edgeWithId(id: string): GraphEdge {
  return { id, type: 'LEADS', source: 'p', target: 'g', evidence: [], statuses: [], sources: [] };
}

describe('mergeById', () => {
  it('merges lists sorted by id into one sorted list, an edge in two lists once', () => {
    const merged = mergeById([
      ['a', 'd', 'f'].map(edgeWithId),
      ['b', 'd', 'g'].map(edgeWithId),
      [],
      ['c', 'f', 'h'].map(edgeWithId),
    ]);
    expect(merged.map((edge) => edge.id)).toEqual(['a', 'b', 'c', 'd', 'f', 'g', 'h']);
    expect(mergeById([])).toEqual([]);
  });
});

describe('EdgeLists', () => {
  it('reads a node once per generation and again after a write', () => {
    const lists = new EdgeLists();
    let reads = 0;
    const read = () => {
      reads++;
      return [edgeWithId(`e${reads}`)];
    };
    expect(lists.around(1, 'p', 'out', read).map((e) => e.id)).toEqual(['e1']);
    expect(lists.around(1, 'p', 'out', read).map((e) => e.id)).toEqual(['e1']);
    expect(lists.around(1, 'p', 'in', read).map((e) => e.id)).toEqual(['e2']);
    expect(lists.around(2, 'p', 'out', read).map((e) => e.id)).toEqual(['e3']);
    expect(reads).toBe(3);
  });

  it('starts over instead of growing past its bound', () => {
    const lists = new EdgeLists(2);
    let reads = 0;
    const read = () => [edgeWithId(`e${++reads}`)];
    for (const node of ['a', 'b', 'c', 'a']) lists.around(1, node, 'both', read);
    // a, b kept; c cleared them; a is read again.
    expect(reads).toBe(4);
  });
});

describe('embedded store edges kept between reads', () => {
  let dataDir = '';
  let store: EmbeddedGraphStore;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-edges-'));
    store = new EmbeddedGraphStore({ dataDir });
    await store.init();
  });
  afterEach(async () => {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  function edge(type: EdgeType, source: string, target: string, article: ArticleRecord, sentence: string): EdgeContribution {
    const start = article.text.indexOf(sentence);
    return {
      id: `r_${type}_${source}_${target}`,
      type,
      source,
      target,
      status: 'stated',
      evidence: [{ articleId: article.id, text: sentence, start, end: start + sentence.length }],
    };
  }

  async function put(id: string, text: string, edges: (article: ArticleRecord) => EdgeContribution[]): Promise<void> {
    const article = articleFixture(id, { text, contentHash: `hash-${text}` });
    await store.putArticles([
      {
        article,
        contribution: {
          articleId: id,
          entities: [entityFixture('p_omar', 'Person', 'Omar Haddad'), entityFixture('g_front', 'Group', 'Northern Front')],
          events: [],
          edges: edges(article),
        },
      },
    ]);
  }

  const around = async (nodeIds: string[]) =>
    (await store.getEdges({ nodeIds, direction: 'both' })).map((e) => [e.type, e.evidence.map((x) => x.text)]);

  it('sees edges added, changed and retracted after reading them', async () => {
    await put('a1', 'Omar Haddad leads the Northern Front.', (a) => [edge('LEADS', 'p_omar', 'g_front', a, 'Omar Haddad leads the Northern Front.')]);
    expect(await around(['p_omar'])).toEqual([['LEADS', ['Omar Haddad leads the Northern Front.']]]);

    await put('a2', 'Omar Haddad is a member of the Northern Front.', (a) => [
      edge('MEMBER_OF', 'p_omar', 'g_front', a, 'Omar Haddad is a member of the Northern Front.'),
    ]);
    expect((await around(['p_omar'])).map(([type]) => type).sort()).toEqual(['LEADS', 'MEMBER_OF']);
    // Both ends asked at once: each edge once.
    expect(await around(['p_omar', 'g_front'])).toHaveLength(2);

    await put('a1', 'Omar Haddad still leads the Northern Front.', (a) => [
      edge('LEADS', 'p_omar', 'g_front', a, 'Omar Haddad still leads the Northern Front.'),
    ]);
    expect((await around(['g_front'])).find(([type]) => type === 'LEADS')).toEqual(['LEADS', ['Omar Haddad still leads the Northern Front.']]);

    await store.deleteArticle('a2');
    expect((await around(['p_omar'])).map(([type]) => type)).toEqual(['LEADS']);
  });
});
