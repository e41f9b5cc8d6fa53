/** Entity search by name or alias, ranked by the store, with the form that matched. */
import type { EntityNode } from '../../model/graph';
import { nameKey } from '../../util/normalize';
import { RequestContext } from '../context';
import { Service } from '../shared/container';
import { badUserInput } from '../shared/errors';
import { paginate, type Page } from '../shared/pagination';
import type { SearchArgs } from './search.args';
import type { SearchHitValue } from './search.type';

/** How many hits a search ranks at most; `totalCount` never exceeds it. */
export const SEARCH_LIMIT = 1000;

/** The form of an entity closest to a query key: exact, then prefix, then sharing a word, else its name. */
export function matchedForm(entity: EntityNode, queryKey: string): string {
  const forms = [entity.name, ...entity.aliases];
  const keyed = forms.map((form) => ({ form, key: nameKey(form) }));
  const queryWords = new Set(queryKey.split(' '));
  return (
    keyed.find(({ key }) => key === queryKey)?.form ??
    keyed.find(({ key }) => key.startsWith(queryKey))?.form ??
    keyed.find(({ key }) => key.split(' ').some((word) => queryWords.has(word)))?.form ??
    entity.name
  );
}

/** Searches entities. */
@Service()
export class SearchService {
  constructor(private readonly context: RequestContext) {}

  /** One page of the entities whose name or an alias matches, best first. */
  async search(args: SearchArgs): Promise<Page<SearchHitValue>> {
    const queryKey = nameKey(args.text);
    if (queryKey === '') throw badUserInput(`'text' has no letters or digits to search for: '${args.text}'.`);
    const entities = await this.context.store.searchEntities({
      text: args.text,
      ...(args.types && args.types.length > 0 ? { labels: args.types } : {}),
      limit: SEARCH_LIMIT,
    });
    // One hit per entity even if a backend returns an entity once per matching alias.
    const unique = [...new Map(entities.map((entity) => [entity.id, entity])).values()];
    const hits = unique.map((entity, index) => ({ entity, matchedForm: matchedForm(entity, queryKey), rank: index + 1 }));
    return paginate(hits, args, this.context.config.api.maxPageSize, (hit) => hit.entity.id);
  }
}
