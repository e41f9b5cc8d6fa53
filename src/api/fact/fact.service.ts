/** Weighs facts (relations and events) by their sources and lists them by weight. */
import type { EventNode, GraphEdge, SourceStatus } from '../../model/graph';
import { ArticleService, countOutlets } from '../article/article.service';
import { RequestContext } from '../context';
import { Service } from '../shared/container';
import { paginate, type Page } from '../shared/pagination';
import type { FactsArgs } from './fact.args';
import type { FactValue } from './fact.type';
import { confidence } from './fact-weight';
import { GraphScanService } from './graph-scan.service';

/** A relation or an event, before it is weighed. */
export type FactSubject = { kind: 'relation'; relation: GraphEdge } | { kind: 'event'; event: EventNode };

/** What any fact is weighed from. */
interface Supported {
  sources: readonly string[];
  statuses: readonly SourceStatus[];
}

// Heaviest first: an analyst reads the best-attested facts first; ties by support, then id for stable pages.
function byWeight(a: FactValue, b: FactValue): number {
  return b.confidence - a.confidence || b.supportCount - a.supportCount || a.id.localeCompare(b.id);
}

function supportOf(subject: FactSubject): Supported {
  return subject.kind === 'relation' ? subject.relation : subject.event;
}

/** Facts and their weight. */
@Service()
export class FactService {
  constructor(
    private readonly context: RequestContext,
    private readonly articles: ArticleService,
    private readonly scan: GraphScanService,
  ) {}

  /** The confidence of one relation or event (its articles are read through the request's loader). */
  async confidenceOf(fact: Supported): Promise<number> {
    return confidence({ outletCount: await this.articles.outletCount(fact.sources), statuses: fact.statuses });
  }

  /** Weighs many facts with one read of their articles. */
  async weigh(subjects: readonly FactSubject[]): Promise<FactValue[]> {
    const keys = await this.articles.outletKeys(subjects.flatMap((subject) => supportOf(subject).sources));
    return subjects.map((subject) => {
      const { sources, statuses } = supportOf(subject);
      const outletCount = countOutlets(sources, keys);
      return {
        id: subject.kind === 'relation' ? subject.relation.id : subject.event.id,
        kind: subject.kind,
        relation: subject.kind === 'relation' ? { ...subject.relation, viewedFrom: null } : null,
        event: subject.kind === 'event' ? subject.event : null,
        supportCount: sources.length,
        outletCount,
        confidence: confidence({ outletCount, statuses }),
        statuses: [...statuses],
      };
    });
  }

  /** One page of the facts passing every filter, heaviest first. */
  async list(args: FactsArgs): Promise<Page<FactValue>> {
    const types = args.type && args.type.length > 0 ? new Set(args.type) : null;
    const eventTypes = args.eventType && args.eventType.length > 0 ? new Set(args.eventType) : null;
    const statuses = args.status && args.status.length > 0 ? new Set(args.status) : null;
    const minSources = args.minSources ?? 0;
    // Cheap filters first, so only the remaining facts' articles are read to count outlets.
    const passes = (fact: Supported) =>
      fact.sources.length >= minSources && (statuses === null || fact.statuses.some((s) => statuses.has(s.status)));
    const [edges, events] = await Promise.all([this.scan.edges(), args.includeEvents ? this.scan.events() : []]);
    const subjects: FactSubject[] = [
      ...edges
        .filter((edge) => (types === null || types.has(edge.type)) && passes(edge))
        .map((relation) => ({ kind: 'relation' as const, relation })),
      ...events
        .filter((event) => (eventTypes === null || eventTypes.has(event.eventType)) && passes(event))
        .map((event) => ({ kind: 'event' as const, event })),
    ];
    const weighed = (await this.weigh(subjects)).filter(
      (fact) => fact.outletCount >= (args.minOutlets ?? 0) && fact.confidence >= (args.minConfidence ?? 0),
    );
    return paginate(weighed.sort(byWeight), args, this.context.config.api.maxPageSize, (fact) => `${fact.kind}:${fact.id}`);
  }
}
