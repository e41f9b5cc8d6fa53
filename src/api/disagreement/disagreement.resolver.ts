/** The `disagreements` query and the sources of each version. */
import { Args, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { ArticleRecord } from '../../model/graph';
import { Article } from '../article/article.type';
import { ArticleService } from '../article/article.service';
import { PageArgs, type Page } from '../shared/pagination';
import { DisagreementService } from './disagreement.service';
import { Disagreement, DisagreementConnection, FactVersion, type DisagreementValue } from './disagreement.type';
import type { VersionValue } from './find-disagreements';

/** Resolves `disagreements`. */
@Resolver(() => Disagreement)
export class DisagreementResolver {
  constructor(private readonly disagreementService: DisagreementService) {}

  @Query(() => DisagreementConnection, {
    description:
      'Facts the sources disagree on: events whose dates do not overlap or whose figures differ, and events or ' +
      'relations one source disputes while another reports them. Facts reported by the most articles first.',
  })
  disagreements(@Args() args: PageArgs): Promise<Page<DisagreementValue>> {
    return this.disagreementService.list(args);
  }
}

/** Resolves the articles behind a version. */
@Resolver(() => FactVersion)
export class FactVersionResolver {
  constructor(private readonly articleService: ArticleService) {}

  @FieldResolver(() => [Article], { description: 'The articles that give this version.' })
  sources(@Root() version: VersionValue): Promise<ArticleRecord[]> {
    return this.articleService.many(version.articleIds);
  }

  @FieldResolver(() => Int, {
    description: 'How many distinct outlets give this version (each article of unknown outlet counts as one).',
  })
  outletCount(@Root() version: VersionValue): Promise<number> {
    return this.articleService.outletCount(version.articleIds);
  }
}
