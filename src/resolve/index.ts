/** Cross-article resolution: local extraction results → global node, event and edge ids. */
export { resolveArticle, type ResolveOptions } from './resolve-article';
export { blockingKeys, canonicalKey } from './names';
export { matchScore, type EntityView } from './match';
export { reresolveAround, reresolveArticles, type ReresolveSummary } from './reresolve';
