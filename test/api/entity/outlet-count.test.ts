import 'reflect-metadata';
import { IDS, newsGraph } from '../fixtures';
import { at, useApis } from '../harness';

const COUNTS = `query ($id: ID!, $event: ID!) {
  entity(id: $id) { supportCount outletCount relations(types: [MEMBER_OF]) { nodes { supportCount outletCount confidence } } }
  event(id: $event) { supportCount outletCount confidence } }`;

describe('outlet counts across requests', () => {
  const { start, store } = useApis(newsGraph);

  async function counts(): Promise<unknown> {
    const api = await start();
    const result = await api.execute(COUNTS, { id: IDS.masri, event: IDS.killing });
    expect(result.errors).toBeUndefined();
    return {
      entity: [at(result.data, 'entity', 'supportCount'), at(result.data, 'entity', 'outletCount')],
      relation: [
        at(result.data, 'entity', 'relations', 'nodes', 0, 'supportCount'),
        at(result.data, 'entity', 'relations', 'nodes', 0, 'outletCount'),
      ],
      event: [at(result.data, 'event', 'supportCount'), at(result.data, 'event', 'outletCount')],
    };
  }

  it('counts again when an article is re-ingested under another outlet or retracted', async () => {
    expect(await counts()).toEqual({ entity: [2, 2], relation: [2, 2], event: [2, 2] });
    // Asked twice: the second answer (remembered per node) must be the same.
    expect(await counts()).toEqual({ entity: [2, 2], relation: [2, 2], event: [2, 2] });

    const ap = newsGraph().find((write) => write.article.id === 'a_ap_raid');
    if (!ap) throw new Error('fixture: a_ap_raid is missing');
    await store().putArticles([{ ...ap, article: { ...ap.article, outlet: ' reuters ' } }]);
    expect(await counts()).toEqual({ entity: [2, 1], relation: [2, 1], event: [2, 1] });

    await store().putArticles([ap]);
    expect(await counts()).toEqual({ entity: [2, 2], relation: [2, 2], event: [2, 2] });

    await store().deleteArticle('a_ap_raid');
    expect(await counts()).toEqual({ entity: [1, 1], relation: [1, 1], event: [1, 1] });
  });
});
