/** Counts over the whole graph, in the closed vocabularies' order. */
import { EDGE_TYPES, ENTITY_LABELS, NODE_LABELS, isOneOf } from '../../model/vocabulary';
import { RequestContext } from '../context';
import { Service } from '../shared/container';
import type { Stats } from './stats.type';

const sum = (counts: readonly { count: number }[]) => counts.reduce((total, { count }) => total + count, 0);

/** Graph statistics. */
@Service()
export class StatsService {
  constructor(private readonly context: RequestContext) {}

  /** Counts by label and type, with zeros, so clients get a fixed shape. */
  async stats(): Promise<Stats> {
    const stats = await this.context.store.stats();
    const nodesByLabel = NODE_LABELS.map((label) => ({ label, count: stats.nodesByLabel[label] ?? 0 }));
    // Article nodes are counted by `stats.articles` whether or not a backend lists them as a label.
    const articles = nodesByLabel.find((entry) => entry.label === 'Article');
    if (articles) articles.count = stats.articles;
    const relationsByType = EDGE_TYPES.map((type) => ({ type, count: stats.edgesByType[type] ?? 0 }));
    return {
      articles: stats.articles,
      entities: sum(nodesByLabel.filter(({ label }) => isOneOf(ENTITY_LABELS, label))),
      events: nodesByLabel.find(({ label }) => label === 'Event')?.count ?? 0,
      relations: sum(relationsByType),
      nodesByLabel,
      relationsByType,
      lastIngestAt: stats.lastIngestAt,
    };
  }
}
