/** Ranking of entity forms against a search text: exact > prefix > all tokens > small edit distance. */
import { editDistance } from '../../resolve/similarity';

/** How well a form matched; lower is better. */
export const MATCH_RANK = { exact: 0, prefix: 1, tokens: 2, fuzzy: 3 } as const;

/** Largest edit distance a query of this key may be from a name: 1 for short, 2 for long queries. */
export function fuzzBudget(queryKey: string): number {
  return queryKey.length >= 8 ? 2 : queryKey.length >= 4 ? 1 : 0;
}

/**
 * Rank of one normalised form for a normalised query, or null when it does not match. Fuzzy matches are
 * tried against the whole form and against each run of as many tokens as the query has, so "Qaduli"
 * finds "al-Qaduli" and "Shadadi" finds "Ash Shaddadi". The fraction orders fuzzy matches by distance.
 */
export function rankForm(queryKey: string, formKey: string): number | null {
  if (formKey === queryKey) return MATCH_RANK.exact;
  if (formKey.startsWith(queryKey)) return MATCH_RANK.prefix;
  const formTokens = formKey.split(' ');
  const queryTokens = queryKey.split(' ');
  if (queryTokens.every((t) => formTokens.includes(t))) return MATCH_RANK.tokens;
  if (queryTokens.length === 1 && formTokens.some((t) => t.startsWith(queryKey))) return MATCH_RANK.tokens + 0.5;
  const budget = fuzzBudget(queryKey);
  if (budget === 0) return null;
  let best = editDistance(queryKey, formKey, budget);
  for (let i = 0; i + queryTokens.length <= formTokens.length && best > 0; i++) {
    const window = formTokens.slice(i, i + queryTokens.length).join(' ');
    best = Math.min(best, editDistance(queryKey, window, budget));
  }
  return best <= budget ? MATCH_RANK.fuzzy + best / 10 : null;
}
