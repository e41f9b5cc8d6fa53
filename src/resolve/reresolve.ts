/**
 * A second resolution pass over stored articles. Resolution is greedy, one article at a time: when
 * article A creates node N1 ("Abd ar-Rahman Mustafa al-Qaduli", "Haji Iman") and B creates N2
 * ("Haji Imam") before C shows they are one person, N1 and N2 stay apart. Re-resolving A against the
 * graph without the nodes only A supports lets its entity join N2; likewise an undated event of an
 * article without publication date joins the dated one a later article stored. Articles whose nodes and
 * events all have other sources are left alone, so the pass is cheap and a second run changes nothing.
 */
import type { ArticleContribution, ArticleRecord, NodeSupport, ResolutionIndex } from '../model/graph';
import type { ExtractedEvent, ExtractedRelation } from '../model/extraction';
import { RELATION_TYPES, isOneOf } from '../model/vocabulary';
import type { GraphStore } from '../store/graph-store';
import { resolveLocalArticle, type LocalArticle, type ResolveOptions } from './resolve-article';
import { loadCurationRules } from './curation-rules';
import { matchScore } from './match';

/** What a re-resolution pass did. */
export interface ReresolveSummary {
  /** Articles with at least one node only they support (the only ones that can change). */
  examined: number;
  /** Articles whose contribution changed and was written again. */
  changed: number;
}

/** A stored contribution back in the resolver's input terms: node ids become the local keys. */
export function toLocalArticle(article: ArticleRecord, contribution: ArticleContribution): LocalArticle {
  const edgesFrom = (type: string, eventId: string) =>
    contribution.edges.filter((e) => e.type === type && e.source === eventId).map((e) => e.target);
  const events: ExtractedEvent[] = contribution.events.map((e) => ({
    key: e.id,
    eventType: e.eventType,
    name: e.name,
    agents: contribution.edges.filter((x) => x.type === 'CARRIED_OUT' && x.target === e.id).map((x) => x.source),
    targets: edgesFrom('TARGETED', e.id),
    places: edgesFrom('OCCURRED_IN', e.id),
    // ANNOUNCED edges come back as relations below, keeping their own evidence.
    announcers: [],
    date: e.date,
    status: e.status,
    evidence: e.evidence,
    figures: e.figures,
  }));
  const relations: ExtractedRelation[] = contribution.edges.flatMap((e) =>
    isOneOf(RELATION_TYPES, e.type)
      ? [{ type: e.type, source: e.source, target: e.target, status: e.status, evidence: e.evidence }]
      : [],
  );
  return {
    articleId: article.id,
    published: article.published,
    entities: contribution.entities.map((c) => ({
      key: c.id,
      label: c.label,
      name: c.name,
      forms: c.forms,
      roles: c.roles,
      mentionCount: c.mentionCount,
    })),
    events,
    relations,
  };
}

/**
 * Re-resolves the given articles (default: every stored article) and writes back those whose
 * contribution changes. Run it after a batch; the cost is one candidate lookup per entity of the
 * articles that hold single-source nodes.
 */
export async function reresolveArticles(
  store: GraphStore,
  options: ResolveOptions & { articleIds?: readonly string[] } = {},
): Promise<ReresolveSummary> {
  const ids = options.articleIds ?? (await store.listArticles({})).map((a) => a.id);
  // Read once: the narrowed index below cannot list them, and they do not change during the pass.
  const curation = options.curation ?? (await loadCurationRules(store));
  const summary: ReresolveSummary = { examined: 0, changed: 0 };
  for (const id of ids) {
    const [article] = await store.getArticles([id]);
    const [contribution] = await store.getContributions([id]);
    if (!article || !contribution) continue;
    const onlyHere = (n: NodeSupport | null) => (n && n.soleSource === id ? [n.id] : []);
    const own = new Set((await store.nodeSupport(contribution.entities.map((e) => e.id))).flatMap(onlyHere));
    const ownEvents = (await store.nodeSupport(contribution.events.map((e) => e.id))).flatMap(onlyHere);
    if (own.size === 0 && ownEvents.length === 0) continue;
    summary.examined += 1;
    const index: ResolutionIndex & Pick<GraphStore, 'getEvents'> = {
      candidatesByKeys: async (keys) => (await store.candidatesByKeys(keys)).filter((c) => !own.has(c.id)),
      getEvents: (eventIds) => store.getEvents(eventIds),
    };
    const next = await resolveLocalArticle(toLocalArticle(article, contribution), index, { ...options, curation });
    if (JSON.stringify(next) !== JSON.stringify(contribution)) {
      await store.putArticles([{ article, contribution: next }]);
      summary.changed += 1;
    }
  }
  return summary;
}

/**
 * Re-resolves the articles of a batch and every stored article that alone supports a node one of the batch's
 * nodes could now absorb: found through the batch entities' blocking keys, kept only when the merge rule
 * accepts that node into the batch's node (`matchScore`). That is what a batch can have bridged, without a
 * pass over the whole store, and without re-reading the many single-source nodes that merely share a fuzzy
 * key (a surname, a token) with the batch. Call it once after each ingest batch.
 */
export async function reresolveAround(
  store: GraphStore,
  articleIds: readonly string[],
  options: ResolveOptions & { includeSelf?: boolean } = {},
): Promise<ReresolveSummary> {
  // An article resolved against the current graph just before this call cannot change by re-resolving it
  // again: callers that write one article at a time pass `includeSelf: false` and pay only the lookups.
  const ids = new Set(options.includeSelf === false ? [] : articleIds);
  const self = new Set(articleIds);
  const curation = options.curation ?? (await loadCurationRules(store));
  for (const contribution of await store.getContributions(articleIds)) {
    for (const entity of contribution?.entities ?? []) {
      const candidates = await store.candidatesByKeys(entity.keys);
      // The node this article's entity became, as the graph holds it now (the batch is already written).
      const joined = candidates.find((c) => c.id === entity.id);
      if (!joined) continue;
      for (const node of candidates) {
        const only = node.soleSource;
        if (node.id === entity.id || only === null || (options.includeSelf === false && self.has(only))) continue;
        if (!ids.has(only) && matchScore(node, joined) !== null) ids.add(only);
      }
    }
  }
  return reresolveArticles(store, { ...options, curation, articleIds: [...ids].sort() });
}
