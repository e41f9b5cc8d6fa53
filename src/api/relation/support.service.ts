/**
 * Pages what supports a fact (a relation or an event): its evidence sentences, how each source presents it,
 * and its source articles. A fact reported widely carries thousands of each, so none is served whole.
 */
import { ArgsType, Field, Int } from 'type-graphql';
import type { Evidence } from '../../model/extraction';
import type { ArticleRecord, SourceStatus } from '../../model/graph';
import { RequestContext, loadAll } from '../context';
import { Service } from '../shared/container';
import { PageArgs, paginate, paginateThenLoad, type Page } from '../shared/pagination';

/**
 * Page size of a fact's evidence, statuses and sources when a client gives no `first`: a few sentences show
 * why a fact is believed, and the small default keeps `relations { nodes { evidence { ... } } }` cheap enough
 * for the query-cost limit, which prices the default like any `first`.
 */
export const SUPPORT_PAGE_SIZE = 5;

/** `first` and `after` of a fact's support lists: `PageArgs` with a smaller default page. */
@ArgsType()
export class SupportPageArgs extends PageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: SUPPORT_PAGE_SIZE,
    description: `How many items to return (default ${SUPPORT_PAGE_SIZE}; at most the server's page limit).`,
  })
  declare first?: number | null;
}

/** What a fact is supported by, as the store aggregates it. */
export interface Support {
  evidence: readonly Evidence[];
  statuses: readonly SourceStatus[];
  sources: readonly string[];
}

// A sentence is identified by its place in its article (two articles may share the same sentence text).
function evidenceKey(evidence: Evidence): string {
  return `${evidence.articleId}\u001f${evidence.start}\u001f${evidence.end}`;
}

// An explicit `first: null` means the default too (the schema's default applies only when `first` is absent).
function withDefault(args: PageArgs): PageArgs {
  return { first: args.first ?? SUPPORT_PAGE_SIZE, after: args.after ?? null };
}

/** Pages of a fact's support, in the store's order (by article id, then position). */
@Service()
export class SupportService {
  constructor(private readonly context: RequestContext) {}

  /** One page of any per-source list of a fact (dates or figures by source, …), with the support default page. */
  page<T>(items: readonly T[], args: PageArgs, keyOf: (item: T) => string): Page<T> {
    return paginate(items, withDefault(args), this.context.config.api.maxPageSize, keyOf);
  }

  /** One page of the sentences that support the fact. */
  evidence(fact: Pick<Support, 'evidence'>, args: PageArgs): Page<Evidence> {
    return this.page(fact.evidence, args, evidenceKey);
  }

  /** One page of how each source presents the fact (one entry per source article). */
  statuses(fact: Pick<Support, 'statuses'>, args: PageArgs): Page<SourceStatus> {
    return this.page(fact.statuses, args, (status) => status.articleId);
  }

  /** One page of the source articles, by id (only the page's articles are read). */
  sources(fact: Pick<Support, 'sources'>, args: PageArgs): Promise<Page<ArticleRecord>> {
    return this.articles(fact.sources, withDefault(args));
  }

  /** One page of articles by id with the general page size (an entity's `articles`); only the page's are read. */
  articles(articleIds: readonly string[], args: PageArgs): Promise<Page<ArticleRecord>> {
    return paginateThenLoad(articleIds, args, this.context.config.api.maxPageSize, (id) => id, (ids) =>
      loadAll(this.context.loaders.articles, ids),
    );
  }
}
