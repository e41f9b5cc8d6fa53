import 'reflect-metadata';
import { at, codes, useApis } from '../harness';
import { SUPPORT_PAGE_SIZE } from '../../../src/api/relation/support.service';
import { WIDE, widelyReported } from './widely-reported';

const ARTICLES = 12;

interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}

const RELATION = `query ($id: ID!, $first: Int, $after: String) { entity(id: $id) { relations(types: [LEADS]) { nodes {
  supportCount outletCount confidence
  evidence(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { articleId text start end } }
  statuses(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { articleId status } }
  sources(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id outlet } } } } } }`;

describe('paged support of a widely reported fact', () => {
  const { start } = useApis(() => widelyReported(ARTICLES));

  async function relation(variables: Record<string, unknown>): Promise<Record<string, unknown>> {
    const api = await start();
    const result = await api.execute(RELATION, { id: WIDE.commander, ...variables });
    expect(result.errors).toBeUndefined();
    return at(result.data, 'entity', 'relations', 'nodes', 0) as Record<string, unknown>;
  }

  it(`serves ${SUPPORT_PAGE_SIZE} evidence sentences, statuses and sources by default, with exact totals and counts`, async () => {
    const first = await relation({});
    expect(first).toMatchObject({ supportCount: ARTICLES, outletCount: 3 });
    for (const list of ['evidence', 'statuses', 'sources']) {
      const page = first[list] as Connection<unknown>;
      expect(page.totalCount).toBe(ARTICLES);
      expect(page.nodes).toHaveLength(SUPPORT_PAGE_SIZE);
      expect(page.pageInfo.hasNextPage).toBe(true);
    }
    // Three of every four articles state it, one attributes it: the weight is read from all twelve, not the page.
    expect(first['confidence']).toBe(Math.round(0.875 * ((9 + 3 * 0.8) / 12) * 1000) / 1000);
  });

  it('walks every evidence sentence, status and source with cursors, each once, in article order', async () => {
    const seen: Record<string, string[]> = { evidence: [], statuses: [], sources: [] };
    const after: Record<string, string | null> = { evidence: null, statuses: null, sources: null };
    for (const list of Object.keys(seen)) {
      for (let pages = 0; pages < 10; pages++) {
        const page = (await relation({ first: 5, after: after[list] }))[list] as Connection<{ articleId?: string; id?: string }>;
        seen[list]?.push(...page.nodes.map((node) => node.articleId ?? node.id ?? '?'));
        after[list] = page.pageInfo.endCursor;
        if (!page.pageInfo.hasNextPage) break;
      }
    }
    const ids = Array.from({ length: ARTICLES }, (_, n) => `a_wide_${String(n).padStart(2, '0')}`);
    expect(seen).toEqual({ evidence: ids, statuses: ids, sources: ids });
  });

  it('pages the evidence, statuses, sources and dates by source of an event and the articles of a surface form the same way', async () => {
    const api = await start();
    const result = await api.execute(
      `query ($event: ID!, $person: ID!) {
        event(id: $event) { supportCount outletCount evidence(first: 2) { totalCount nodes { articleId } }
          statuses { totalCount nodes { status } } sources(first: 1) { totalCount nodes { id } }
          datesBySource(first: 2) { totalCount nodes { articleId } } figures { totalCount } }
        entity(id: $person) { forms { form articles(first: 3) { totalCount nodes { id } } } } }`,
      { event: WIDE.killing, person: WIDE.commander },
    );
    expect(result.errors).toBeUndefined();
    expect(at(result.data, 'event')).toMatchObject({
      supportCount: ARTICLES,
      outletCount: 3,
      evidence: { totalCount: ARTICLES, nodes: [{ articleId: 'a_wide_00' }, { articleId: 'a_wide_01' }] },
      sources: { totalCount: ARTICLES, nodes: [{ id: 'a_wide_00' }] },
      datesBySource: { totalCount: ARTICLES, nodes: [{ articleId: 'a_wide_00' }, { articleId: 'a_wide_01' }] },
      figures: { totalCount: 0 },
    });
    expect(at(result.data, 'event', 'statuses', 'nodes')).toHaveLength(SUPPORT_PAGE_SIZE);
    expect(at(result.data, 'entity', 'forms')).toEqual([
      { form: 'Omar Haddad', articles: { totalCount: ARTICLES, nodes: [{ id: 'a_wide_00' }, { id: 'a_wide_01' }, { id: 'a_wide_02' }] } },
    ]);
  });

  it('refuses evidence pages larger than the server allows or negative, and prices them by their size', async () => {
    const small = await start({ NEWSGRAPH_MAX_PAGE_SIZE: '4' });
    const tooBig = await small.execute(RELATION, { id: WIDE.commander, first: 6 });
    expect(codes(tooBig)).toContain('BAD_USER_INPUT');
    expect(codes(await small.execute(RELATION, { id: WIDE.commander, first: -1 }))).toContain('BAD_USER_INPUT');

    const strict = await start({ NEWSGRAPH_MAX_QUERY_COMPLEXITY: '200' });
    const wide = `{ entity(id: "${WIDE.commander}") { relations(first: 10) { nodes { evidence(first: 100) { nodes { text } } } } } }`;
    expect(codes(await strict.execute(wide))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    // The default page is priced as its 5 items (122 here; the general default of 20 would be 422).
    const usual = `{ entity(id: "${WIDE.commander}") { relations(first: 10) { nodes { evidence { nodes { text } } } } } }`;
    expect((await strict.execute(usual)).errors).toBeUndefined();
  });
});
