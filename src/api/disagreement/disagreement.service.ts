/** Finds the facts whose sources disagree, over the whole graph once per request. */
import { RequestContext } from '../context';
import { FactService, type FactSubject } from '../fact/fact.service';
import { GraphScanService } from '../fact/graph-scan.service';
import { Service } from '../shared/container';
import { paginate, type Page, type PageArgs } from '../shared/pagination';
import type { DisagreementValue } from './disagreement.type';
import { eventConflicts, statusConflict, type Conflict } from './find-disagreements';

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
  ) {}

  /** One page of every disagreement: event dates, event figures, event and relation statuses. */
  async list(args: PageArgs): Promise<Page<DisagreementValue>> {
    const [events, edges] = await Promise.all([this.scan.events(), this.scan.edges()]);
    const found: { subject: FactSubject; conflicts: Conflict[] }[] = [
      ...events.map((event) => ({ subject: { kind: 'event' as const, event }, conflicts: eventConflicts(event) })),
      ...edges.map((relation) => ({
        subject: { kind: 'relation' as const, relation },
        conflicts: [statusConflict(relation)].filter((c): c is Conflict => c !== null),
      })),
    ].filter(({ conflicts }) => conflicts.length > 0);
    const weighed = await this.facts.weigh(found.map(({ subject }) => subject));
    const disagreements = found.flatMap(({ conflicts }, index) => {
      const fact = weighed[index];
      return fact === undefined
        ? []
        : conflicts.map((conflict) => ({ ...conflict, id: `${conflict.kind}:${fact.id}:${conflict.field}`, fact }));
    });
    return paginate(disagreements.sort(byReach), args, this.context.config.api.maxPageSize, (d) => d.id);
  }
}
