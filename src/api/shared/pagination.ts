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
 * One item of a page. Its cursor is encoded only when read: most clients ask for `nodes`, and a query over
 * many relations with their evidence would otherwise encode dozens of cursors nobody reads.
 */
class PageEdge<T> {
  constructor(
    readonly node: T,
    private readonly at: CursorData,
  ) {}

  /** The cursor of this item; pass it as `after` to continue after it. */
  get cursor(): string {
    return encodeCursor(this.at);
  }

  /** The same place in the list holding another value. */
  holding<U>(node: U): PageEdge<U> {
    return new PageEdge(node, this.at);
  }
}

/** Where a page ends, with its end cursor encoded only when read. */
class LazyPageInfo {
  constructor(
    readonly hasNextPage: boolean,
    private readonly last: PageEdge<unknown> | undefined,
  ) {}

  get endCursor(): string | null {
    return this.last?.cursor ?? null;
  }
}

function pageOf<T>(edges: PageEdge<T>[], pageInfo: PageInfo, totalCount: number): Page<T> {
  return { edges, nodes: edges.map((edge) => edge.node), pageInfo, totalCount };
}

/** The edges of a page built here (every page is), so their values can change without encoding cursors. */
function edgesOf<T>(page: Page<T>): PageEdge<T>[] {
  return page.edges.map((edge) => (edge instanceof PageEdge ? edge : new PageEdge(edge.node, decodeCursor(edge.cursor))));
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
  const edges = slice.map((node, offset) => new PageEdge(node, { k: keyOf(node), i: start + offset }));
  return pageOf(edges, new LazyPageInfo(start + slice.length < items.length, edges.at(-1)), items.length);
}

/** The first `count` items of `items` in `compare` order (a total order), found without sorting them all. */
function firstInOrder<T>(items: readonly T[], count: number, compare: (a: T, b: T) => number): T[] {
  const head: T[] = [];
  if (count <= 0) return head;
  for (const item of items) {
    if (head.length === count && compare(item, head[count - 1] as T) >= 0) continue;
    let low = 0;
    let high = head.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compare(head[middle] as T, item) <= 0) low = middle + 1;
      else high = middle;
    }
    head.splice(low, 0, item);
    if (head.length > count) head.pop();
  }
  return head;
}

/**
 * Pages through a list in `compare` order, which must be total (ties broken by a unique key). The first page
 * is picked without sorting the whole list: a node with thousands of relations shows its best five cheaply.
 */
export function paginateSorted<T>(
  items: readonly T[],
  args: PageArgs,
  maxPageSize: number,
  keyOf: (item: T) => string,
  compare: (a: T, b: T) => number,
): Page<T> {
  if (args.after !== undefined && args.after !== null) return paginate([...items].sort(compare), args, maxPageSize, keyOf);
  const head = firstInOrder(items, pageSize(args, maxPageSize), compare);
  const edges = head.map((node, offset) => new PageEdge(node, { k: keyOf(node), i: offset }));
  return pageOf(edges, new LazyPageInfo(head.length < items.length, edges.at(-1)), items.length);
}

/** The same page with each item turned into another value (cursors, page info and total unchanged). */
export function mapPage<T, U>(page: Page<T>, map: (item: T) => U): Page<U> {
  return pageOf(edgesOf(page).map((edge) => edge.holding(map(edge.node))), page.pageInfo, page.totalCount);
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
  const edges = edgesOf(page).flatMap((edge, index) => {
    const node = loaded[index];
    return node === null || node === undefined ? [] : [edge.holding(node)];
  });
  return pageOf(edges, page.pageInfo, page.totalCount);
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
