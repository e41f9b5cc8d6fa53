/**
 * Cursor pagination shared by every list: `first`/`after` arguments, Relay-style connections
 * (`edges { cursor node }`, `nodes`, `pageInfo`, `totalCount`) and paging over an ordered list in memory.
 */
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { badUserInput } from './errors';

/** Page size when a client gives no `first`. */
export const DEFAULT_PAGE_SIZE = 20;

/** `first` and `after`, shared by every paginated field. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return (default ${DEFAULT_PAGE_SIZE}; at most the server's page limit).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (an `endCursor`).' })
  after?: string | null;
}

/** Where a page ends and whether more follow. */
@ObjectType({ description: 'Where a page ends and whether more items follow it.' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of this page; pass it as `after`.' })
  endCursor!: string | null;
}

/** One page of a list, as every connection type serves it. */
export interface Page<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

// A cursor names the last item seen (its key) and its position: paging resumes after that item even
// when items were added before it, and falls back to the position when the item is gone.
interface CursorData {
  k: string;
  i: number;
}

function encodeCursor(data: CursorData): string {
  return Buffer.from(JSON.stringify(data), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): CursorData {
  try {
    const data: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      typeof data === 'object' &&
      data !== null &&
      'k' in data &&
      'i' in data &&
      typeof data.k === 'string' &&
      typeof data.i === 'number' &&
      Number.isInteger(data.i) &&
      data.i >= 0
    ) {
      return { k: data.k, i: data.i };
    }
  } catch {
    // Falls through to the error below: a cursor is opaque and only valid as the server issued it.
  }
  throw badUserInput(`'after' is not a cursor this server issued: '${cursor}'.`);
}

/**
 * `@Args` options of page arguments resolved once per parent (a relation's evidence, an entity's relations):
 * `pageSize` checks `first` itself, so the class-validator pass, an asynchronous validation per field and
 * parent that showed in profiles of list-heavy queries, is skipped for them.
 */
export const CHECKED_BY_PAGE_SIZE = { validate: false } as const;

/** The page size a request asks for, checked against the server's limit (and never negative). */
export function pageSize(args: PageArgs, maxPageSize: number): number {
  const first = args.first ?? Math.min(DEFAULT_PAGE_SIZE, maxPageSize);
  if (first < 0) throw badUserInput(`'first' is ${first}; ask for 0 or more items.`);
  if (first > maxPageSize) {
    throw badUserInput(`'first' is ${first}; this server returns at most ${maxPageSize} items per page.`, {
      maxPageSize,
    });
  }
  return first;
}

/** Index of the first item after the cursor. */
function startAfter<T>(items: readonly T[], keyOf: (item: T) => string, after: string | null | undefined): number {
  if (after === undefined || after === null) return 0;
  const cursor = decodeCursor(after);
  const at = items.findIndex((item) => keyOf(item) === cursor.k);
  return at >= 0 ? at + 1 : Math.min(cursor.i + 1, items.length);
}

/**
 * Pages through a fully ordered list.
 * @param items the whole list, in the order clients page through
 * @param keyOf a key unique within the list (usually the id)
 */
export function paginate<T>(
  items: readonly T[],
  args: PageArgs,
  maxPageSize: number,
  keyOf: (item: T) => string,
): Page<T> {
  const size = pageSize(args, maxPageSize);
  const start = startAfter(items, keyOf, args.after);
  const slice = items.slice(start, start + size);
  const edges = slice.map((node, offset) => ({ cursor: encodeCursor({ k: keyOf(node), i: start + offset }), node }));
  return {
    edges,
    nodes: slice,
    pageInfo: { hasNextPage: start + slice.length < items.length, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: items.length,
  };
}

/** The same page with each item turned into another value (cursors, page info and total unchanged). */
export function mapPage<T, U>(page: Page<T>, map: (item: T) => U): Page<U> {
  const edges = page.edges.map((edge) => ({ cursor: edge.cursor, node: map(edge.node) }));
  return { edges, nodes: edges.map((edge) => edge.node), pageInfo: page.pageInfo, totalCount: page.totalCount };
}

/**
 * Pages through a list of keys, then loads only the items of the page (e.g. article ids → articles).
 * Keys whose item is missing (`null`) are left out of the page; totals still count them.
 */
export async function paginateThenLoad<K, T>(
  keys: readonly K[],
  args: PageArgs,
  maxPageSize: number,
  keyOf: (key: K) => string,
  load: (keys: readonly K[]) => Promise<(T | null)[]>,
): Promise<Page<T>> {
  const page = paginate(keys, args, maxPageSize, keyOf);
  const loaded = await load(page.nodes);
  const edges: { cursor: string; node: T }[] = [];
  page.edges.forEach((edge, index) => {
    const node = loaded[index];
    if (node !== null && node !== undefined) edges.push({ cursor: edge.cursor, node });
  });
  return { edges, nodes: edges.map((edge) => edge.node), pageInfo: page.pageInfo, totalCount: page.totalCount };
}

/**
 * Declares the connection type of a node type: `<Name>Connection { edges nodes pageInfo totalCount }`
 * with `<Name>Edge { cursor node }`. Extend the returned class with `@ObjectType('<Name>Connection')`.
 * `T` is what resolvers return for a node (often the store's record), `nodeType` its GraphQL class.
 */
export function connectionOf<T>(name: string, nodeType: Function): abstract new () => Page<T> {
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with its cursor.` })
  class EdgeOfPage {
    @Field({ description: 'Cursor of this item; pass it as `after` to continue after it.' })
    cursor!: string;

    @Field(() => nodeType, { description: 'The item.' })
    node!: T;
  }

  // Never emitted itself: type-graphql emits only types the schema reaches, here the named subclass.
  @ObjectType()
  abstract class ConnectionOfPage implements Page<T> {
    @Field(() => [EdgeOfPage], { description: 'The items of this page with their cursors.' })
    edges!: { cursor: string; node: T }[];

    @Field(() => [nodeType], { description: 'The items of this page.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Where this page ends and whether more follow.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds.' })
    totalCount!: number;
  }
  return ConnectionOfPage;
}
