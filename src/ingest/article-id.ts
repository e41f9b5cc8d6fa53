/** Deterministic article ids: the same URL, path or text always gives the same id. */
import { stableId } from '../util/hash';

/** The id of an article: from its URL, else its source (absolute path), else its content hash. */
export function articleIdFor(source: string | null, url: string | null, contentHash: string): string {
  return stableId('a_', url ?? source ?? `sha256:${contentHash}`);
}
