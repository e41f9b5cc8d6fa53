/** Curation through the API: runs the recorded actions of `src/resolve/curate.ts` for the calling key. */
import type { EntityNode } from '../../model/graph';
import { mergeEntities, splitEntity, undoCuration, type CurationContext, type CurationOutcome } from '../../resolve/curate';
import type { CurationAction } from '../../store/graph-store';
import { RequestContext, loadPresent } from '../context';
import { Service } from '../shared/container';
import { paginate, type Page } from '../shared/pagination';
import type { CurationResultValue } from './curation.type';

/** Who the API records as the actor: the holder of the API key (the only credential the server knows). */
export const API_ACTOR = 'api-key';

/** Merges, splits, undoes and lists curation actions. */
@Service()
export class CurationService {
  constructor(private readonly context: RequestContext) {}

  private curator(): CurationContext {
    return { actor: API_ACTOR, clock: this.context.clock };
  }

  /** Runs one action, then reads the resulting entities afresh (the action rewrote what was cached). */
  private async settle(run: Promise<CurationOutcome>): Promise<CurationResultValue> {
    try {
      const outcome = await run;
      this.context.forgetReads();
      const entities: EntityNode[] = await loadPresent(this.context.loaders.entities, outcome.entityIds);
      return { action: outcome.action, entities };
    } finally {
      this.context.forgetReads();
    }
  }

  /** Makes these entity nodes one. */
  merge(ids: readonly string[], note: string | null): Promise<CurationResultValue> {
    return this.settle(mergeEntities(this.context.store, ids, note, this.curator()));
  }

  /** Moves surface forms of a node to a new node. */
  split(id: string, aliases: readonly string[], note: string | null): Promise<CurationResultValue> {
    return this.settle(splitEntity(this.context.store, id, aliases, note, this.curator()));
  }

  /** Undoes an action. */
  undo(id: string): Promise<CurationResultValue> {
    return this.settle(undoCuration(this.context.store, id, this.curator()));
  }

  /** A page of every recorded action, oldest first (new actions append, so cursors stay valid). */
  async list(args: { first?: number | null; after?: string | null }): Promise<Page<CurationAction>> {
    const actions = await this.context.store.listCurations();
    return paginate(actions, args, this.context.config.api.maxPageSize, (a) => a.id);
  }
}
