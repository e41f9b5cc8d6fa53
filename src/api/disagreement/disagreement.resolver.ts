/** The `disagreements` query and the sources of each version. */
import { Args, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { ArticleRecord, EntityNode } from '../../model/graph';
import { Article } from '../article/article.type';
import { ArticleService } from '../article/article.service';
import { RequestContext } from '../context';
import { Entity } from '../entity/entity.type';
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
      'Facts the sources disagree on: events whose dates do not overlap or whose figures differ, events or ' +
      'relations one source disputes while another reports them, and different people named as the leader of ' +
      'one group or place in the same period. Facts reported by the most articles first.',
  })
  disagreements(@Args() args: PageArgs): Promise<Page<DisagreementValue>> {
    return this.disagreementService.list(args);
  }
}

/** Resolves the articles behind a version, and the person a role-holder version names. */
@Resolver(() => FactVersion)
export class FactVersionResolver {
  constructor(
    private readonly articleService: ArticleService,
    private readonly context: RequestContext,
  ) {}

  @FieldResolver(() => Entity, { nullable: true, description: 'For a ROLE_HOLDER disagreement, the person this version names.' })
  entity(@Root() version: VersionValue): Promise<EntityNode | null> | null {
    return version.entityId === null ? null : this.context.loaders.entities.load(version.entityId);
  }

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
