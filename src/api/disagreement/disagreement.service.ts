/** Finds the facts whose sources disagree, over the whole graph once per request. */
import type { GraphEdge } from '../../model/graph';
import { ArticleService } from '../article/article.service';
import { RequestContext } from '../context';
import { FactService, type FactSubject } from '../fact/fact.service';
import { GraphScanService } from '../fact/graph-scan.service';
import { Service } from '../shared/container';
import { paginate, type Page, type PageArgs } from '../shared/pagination';
import type { DisagreementValue } from './disagreement.type';
import { eventConflicts, statusConflict, type Conflict } from './find-disagreements';
import { roleHolderConflicts } from './role-holders';

// Most sources involved first: a disagreement between many reports matters more than a lone outlier.
function byReach(a: DisagreementValue, b: DisagreementValue): number {
  return b.fact.supportCount - a.fact.supportCount || a.id.localeCompare(b.id);
}

/** Disagreements between sources. */
@Service()
export class DisagreementService {
  constructor(
    private readonly context: RequestContext,
    private readonly scan: GraphScanService,
    private readonly facts: FactService,
    private readonly articles: ArticleService,
  ) {}

  /** One page of every disagreement: event dates, event figures, event and relation statuses, role holders. */
  async list(args: PageArgs): Promise<Page<DisagreementValue>> {
    const [entities, events, edges] = await Promise.all([this.scan.entities(), this.scan.events(), this.scan.edges()]);
    const found: { subject: FactSubject; conflicts: Conflict[] }[] = [
      ...events.map((event) => ({ subject: { kind: 'event' as const, event }, conflicts: eventConflicts(event) })),
      ...edges.map((relation) => ({
        subject: { kind: 'relation' as const, relation },
        conflicts: [statusConflict(relation)].filter((c): c is Conflict => c !== null),
      })),
    ].filter(({ conflicts }) => conflicts.length > 0);
    const published = await this.publicationDates(edges);
    for (const { edge, ...conflict } of roleHolderConflicts({ edges, entities, events, published })) {
      found.push({ subject: { kind: 'relation', relation: edge }, conflicts: [conflict] });
    }
    const weighed = await this.facts.weigh(found.map(({ subject }) => subject));
    const disagreements = found.flatMap(({ conflicts }, index) => {
      const fact = weighed[index];
      return fact === undefined
        ? []
        : conflicts.map(({ subjectId, ...conflict }) => ({
            ...conflict,
            id: `${conflict.kind}:${subjectId ?? fact.id}:${conflict.field}`,
            fact,
          }));
    });
    return paginate(disagreements.sort(byReach), args, this.context.config.api.maxPageSize, (d) => d.id);
  }

  // Only the articles behind LEADS edges are read: role holders are the one kind that needs their dates.
  private async publicationDates(edges: readonly GraphEdge[]): Promise<Map<string, string | null>> {
    const ids = new Set(edges.filter((e) => e.type === 'LEADS').flatMap((e) => e.sources));
    const articles = await this.articles.many([...ids]);
    return new Map(articles.map((a) => [a.id, a.published]));
  }
}
