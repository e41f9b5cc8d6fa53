/** Cross-article resolution: local extraction results → global node, event and edge ids. */
export { resolveArticle, type ResolveOptions } from './resolve-article';
export { blockingKeys, canonicalKey } from './names';
export { matchScore, type EntityView } from './match';
export { reresolveAround, reresolveArticles, type ReresolveSummary } from './reresolve';
export { CurationRules, loadCurationRules } from './curation-rules';
export {
  mergeEntities,
  splitEntity,
  undoCuration,
  replayArticles,
  type CurationContext,
  type CurationOutcome,
} from './curate';
