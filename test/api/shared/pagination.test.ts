import 'reflect-metadata';
import { mapPage, paginate, type Page } from '../../../src/api/shared/pagination';
import { GraphQLError } from 'graphql';

const items = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
const key = (item: { id: string }) => item.id;

describe('paginate', () => {
  it('walks a list page by page with cursors until hasNextPage is false', () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard += 1) {
      const page: Page<{ id: string }> = paginate(items, { first: 2, after }, 100, key);
      seen.push(...page.nodes.map(key));
      expect(page.totalCount).toBe(5);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('resumes after the same item when items were inserted before it', () => {
    const page = paginate(items, { first: 2 }, 100, key);
    const grown = [{ id: '0' }, ...items];
    const next = paginate(grown, { first: 2, after: page.pageInfo.endCursor }, 100, key);
    expect(next.nodes.map(key)).toEqual(['c', 'd']);
  });

  it('falls back to the position when the cursor item is gone', () => {
    const page = paginate(items, { first: 2 }, 100, key);
    const shrunk = items.filter((item) => item.id !== 'b');
    expect(paginate(shrunk, { first: 2, after: page.pageInfo.endCursor }, 100, key).nodes.map(key)).toEqual(['d', 'e']);
  });

  it('returns an empty last page with a null end cursor', () => {
    const page = paginate(items, { first: 0 }, 100, key);
    expect(page).toMatchObject({ nodes: [], pageInfo: { hasNextPage: true, endCursor: null }, totalCount: 5 });
  });

  it('refuses a cursor it did not issue', () => {
    expect(() => paginate(items, { after: 'bm90LWEtY3Vyc29y' }, 100, key)).toThrow(GraphQLError);
    expect(() => paginate(items, { after: '%%%' }, 100, key)).toThrow(/not a cursor this server issued/);
  });

  it('refuses a negative page size with BAD_USER_INPUT, and serves an empty page for 0', () => {
    expect(() => paginate(items, { first: -1 }, 100, key)).toThrow(/'first' is -1; ask for 0 or more/);
    const empty = paginate(items, { first: 0 }, 100, key);
    expect(empty).toMatchObject({ nodes: [], totalCount: 5, pageInfo: { hasNextPage: true, endCursor: null } });
  });

  it('maps the items of a page, keeping cursors, page info and total', () => {
    const page = paginate(items, { first: 2 }, 100, key);
    const mapped = mapPage(page, (item) => item.id.toUpperCase());
    expect(mapped.nodes).toEqual(['A', 'B']);
    expect(mapped.edges.map((edge) => edge.cursor)).toEqual(page.edges.map((edge) => edge.cursor));
    expect(paginate(items, { first: 2, after: mapped.pageInfo.endCursor }, 100, key).nodes.map(key)).toEqual(['c', 'd']);
    expect(mapped.totalCount).toBe(5);
  });
});
