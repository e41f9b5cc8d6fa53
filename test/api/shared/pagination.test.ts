import 'reflect-metadata';
import { mapPage, paginate, paginateSorted, type Page } from '../../../src/api/shared/pagination';
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

  it('pages a list in a given order the same whether or not the first page skips the full sort', () => {
    // Support counts with many ties, broken by id: a total order, like relations best supported first.
    const facts = Array.from({ length: 57 }, (_, n) => ({ id: `f${String((n * 37) % 57).padStart(2, '0')}`, support: (n * 7) % 5 }));
    const order = (a: { id: string; support: number }, b: { id: string; support: number }) =>
      b.support - a.support || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const sorted = [...facts].sort(order);
    for (const first of [0, 1, 5, 20, 57, 60]) {
      const quick = paginateSorted(facts, { first }, 100, key, order);
      const full = paginate(sorted, { first }, 100, key);
      expect(quick.nodes).toEqual(full.nodes);
      expect(quick.pageInfo).toMatchObject({ hasNextPage: full.pageInfo.hasNextPage, endCursor: full.pageInfo.endCursor });
      expect(quick.totalCount).toBe(57);
      if (quick.pageInfo.endCursor !== null) {
        const next = paginateSorted(facts, { first: 10, after: quick.pageInfo.endCursor }, 100, key, order);
        expect(next.nodes).toEqual(sorted.slice(first, first + 10));
      }
    }
  });
});
