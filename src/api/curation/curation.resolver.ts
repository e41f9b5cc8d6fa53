/** The curation mutations (`mergeEntities`, `splitEntity`, `undoCuration`) and the `curations` log. */
import { Args, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { CurationAction as CurationRecord } from '../../store/graph-store';
import { CurationsArgs, MergeEntitiesArgs, SplitEntityArgs, UndoCurationArgs } from './curation.args';
import { CurationService } from './curation.service';
import { CurationAction, CurationActionConnection, CurationResult, type CurationResultValue } from './curation.type';

/** Resolves the curation operations. */
@Resolver(() => CurationResult)
export class CurationResolver {
  constructor(private readonly curationService: CurationService) {}

  @Mutation(() => CurationResult, {
    description:
      'Makes several entity nodes one (the smallest id survives), now and in every later ingest, until undone. ' +
      'Needs the API key.',
  })
  mergeEntities(@Args(() => MergeEntitiesArgs) args: MergeEntitiesArgs): Promise<CurationResultValue> {
    return this.curationService.merge(args.ids, args.note ?? null);
  }

  @Mutation(() => CurationResult, {
    description:
      'Moves surface forms of an entity node to a new node; they never resolve back into it, now and in every ' +
      'later ingest, until undone. Needs the API key.',
  })
  splitEntity(@Args(() => SplitEntityArgs) args: SplitEntityArgs): Promise<CurationResultValue> {
    return this.curationService.split(args.id, args.aliases, args.note ?? null);
  }

  @Mutation(() => CurationResult, {
    description: 'Undoes a curation action: the graph returns to what it would be without it. Needs the API key.',
  })
  undoCuration(@Args(() => UndoCurationArgs) args: UndoCurationArgs): Promise<CurationResultValue> {
    return this.curationService.undo(args.id);
  }

  @Query(() => CurationActionConnection, { description: 'Every recorded curation action, oldest first, undone ones included.' })
  curations(@Args(() => CurationsArgs) args: CurationsArgs): Promise<CurationActionConnection> {
    return this.curationService.list(args);
  }
}

/** Derived fields of `CurationAction`. */
@Resolver(() => CurationAction)
export class CurationActionResolver {
  @FieldResolver(() => Boolean, { description: 'True once undone: the rule no longer applies.' })
  undone(@Root() action: CurationRecord): boolean {
    return action.undoneAt !== null;
  }
}
