import 'reflect-metadata';
import { newsGraph, temporaryStore } from '../fixtures';
import { at, startTestApi, type TestApi } from '../harness';

let api: TestApi;
let cleanup: () => Promise<void>;
let putArticles: () => Promise<void>;

beforeAll(async () => {
  const temp = await temporaryStore();
  cleanup = temp.cleanup;
  putArticles = () => temp.store.putArticles(newsGraph());
  api = await startTestApi({ store: temp.store });
});

afterAll(async () => {
  await api.stop();
  await cleanup();
});

const QUERY = `{ stats { articles entities events relations lastIngestAt
  nodesByLabel { label count } relationsByType { type count } } }`;

describe('stats', () => {
  it('lists every label and type with zeros on an empty graph', async () => {
    const result = await api.execute(QUERY);
    expect(result.errors).toBeUndefined();
    expect(at(result.data, 'stats')).toMatchObject({ articles: 0, entities: 0, events: 0, relations: 0, lastIngestAt: null });
    expect((at(result.data, 'stats', 'nodesByLabel') as unknown[]).length).toBe(5);
    expect((at(result.data, 'stats', 'relationsByType') as unknown[]).length).toBe(10);
  });

  it('counts nodes by label, relations by type, articles and the last ingest time', async () => {
    await putArticles();
    const result = await api.execute(QUERY);
    expect(result.errors).toBeUndefined();
    const stats = at(result.data, 'stats') as {
      nodesByLabel: { label: string; count: number }[];
      relationsByType: { type: string; count: number }[];
    };
    expect(stats).toMatchObject({ articles: 3, entities: 9, events: 3, relations: 12 });
    expect(stats.nodesByLabel).toEqual([
      { label: 'PERSON', count: 4 },
      { label: 'GROUP', count: 3 },
      { label: 'PLACE', count: 2 },
      { label: 'EVENT', count: 3 },
      { label: 'ARTICLE', count: 3 },
    ]);
    expect(stats.relationsByType.find((r) => r.type === 'ANNOUNCED')).toEqual({ type: 'ANNOUNCED', count: 2 });
    expect(typeof at(result.data, 'stats', 'lastIngestAt')).toBe('string');
  });
});
