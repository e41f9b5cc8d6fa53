import 'reflect-metadata';
import { newsGraph } from '../fixtures';
import { at, codes, useApis } from '../harness';

describe('query limits', () => {
  const { start } = useApis(newsGraph);

  const nested = `{ entity(id: "p_masri") { relations { nodes { other { ... on Entity { relations { nodes {
    other { ... on Entity { name } } } } } } } } } }`;

  it('refuses a query nested deeper than the configured depth, counting through fragments', async () => {
    const api = await start({ NEWSGRAPH_MAX_QUERY_DEPTH: '6' });
    const result = await api.execute(nested);
    expect(codes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(result.errors?.[0]?.message).toMatch(/nested 8 levels deep; this server allows at most 6/);
    const shallow = await api.execute(`{ entity(id: "p_masri") { relations { nodes { type } } } }`);
    expect(shallow.errors).toBeUndefined();
  });

  it('does not count introspection against the depth limit', async () => {
    const api = await start({ NEWSGRAPH_MAX_QUERY_DEPTH: '2' });
    const result = await api.execute(`{ __schema { types { fields { type { ofType { ofType { name } } } } } } }`);
    expect(result.errors).toBeUndefined();
  });

  it('prices nested pages by their size and refuses queries above the complexity limit', async () => {
    const api = await start({ NEWSGRAPH_MAX_QUERY_COMPLEXITY: '500' });
    const wide = await api.execute(`{ entities(first: 100) { nodes { relations(first: 100) { nodes { type } } } } }`);
    expect(codes(wide)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(wide.errors?.[0]?.extensions?.['maxComplexity']).toBe(500);
    const narrow = await api.execute(`{ entities(first: 5) { nodes { relations(first: 5) { nodes { type } } } } }`);
    expect(narrow.errors).toBeUndefined();
  });

  it('uses variables when pricing a page', async () => {
    const api = await start({ NEWSGRAPH_MAX_QUERY_COMPLEXITY: '500' });
    const query = `query ($n: Int) { entities(first: $n) { nodes { relations(first: $n) { nodes { type } } } } }`;
    expect(codes(await api.execute(query, { n: 60 }))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect((await api.execute(query, { n: 3 })).errors).toBeUndefined();
  });

  it('prices a neighbourhood by its node limit, its default limit included', async () => {
    const api = await start({ NEWSGRAPH_MAX_QUERY_COMPLEXITY: '500' });
    const draw = (limit: string) =>
      `{ neighbourhood(id: "p_masri", depth: 2${limit}) { nodes { id label name depth } edges { type sourceId targetId } } }`;
    expect(codes(await api.execute(draw(', limit: 400')))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect((await api.execute(draw(''))).errors).toBeUndefined();
    expect((await api.execute(draw(', limit: 10'))).errors).toBeUndefined();
  });

  it('refuses a page larger than the configured maximum with BAD_USER_INPUT', async () => {
    const api = await start({ NEWSGRAPH_MAX_PAGE_SIZE: '2' });
    const result = await api.execute(`{ entities(first: 3) { totalCount } }`);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(at(result.errors, 0, 'extensions', 'maxPageSize')).toBe(2);
  });
});
