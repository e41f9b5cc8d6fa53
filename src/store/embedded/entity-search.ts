/**
 * Entity search over normalised names and aliases: exact > prefix > all tokens > small edit distance.
 * A token index keeps a search proportional to the distinct words of the graph, not to its forms.
 */
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

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function removeFrom(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

/** Normalised forms (`nameKey`) → entity ids, with a token index over the forms. */
export class FormIndex {
  private readonly idsByForm = new Map<string, Set<string>>();
  private readonly formsByToken = new Map<string, Set<string>>();

  add(formKey: string, id: string): void {
    if (!this.idsByForm.has(formKey)) for (const t of formKey.split(' ')) addTo(this.formsByToken, t, formKey);
    addTo(this.idsByForm, formKey, id);
  }

  delete(formKey: string, id: string): void {
    removeFrom(this.idsByForm, formKey, id);
    if (!this.idsByForm.has(formKey)) for (const t of formKey.split(' ')) removeFrom(this.formsByToken, t, formKey);
  }

  /**
   * Entity ids matching a normalised query, each with its best rank. Candidate forms are those in
   * which every query word appears exactly, as a prefix, or within the fuzz budget of that word.
   */
  search(queryKey: string): Map<string, number> {
    const queryTokens = queryKey.split(' ').filter((t) => t !== '');
    const perToken: Set<string>[] = queryTokens.map(() => new Set<string>());
    for (const [token, forms] of this.formsByToken) {
      queryTokens.forEach((q, i) => {
        const budget = fuzzBudget(q);
        const near =
          token === q ||
          token.startsWith(q) ||
          (budget > 0 && Math.abs(token.length - q.length) <= budget && editDistance(q, token, budget) <= budget);
        if (near) for (const form of forms) perToken[i]?.add(form);
      });
    }
    perToken.sort((a, b) => a.size - b.size);
    const [smallest, ...rest] = perToken;
    const best = new Map<string, number>();
    for (const form of smallest ?? []) {
      if (!rest.every((set) => set.has(form))) continue;
      const rank = rankForm(queryKey, form);
      if (rank === null) continue;
      for (const id of this.idsByForm.get(form) ?? []) {
        const seen = best.get(id);
        if (seen === undefined || rank < seen) best.set(id, rank);
      }
    }
    return best;
  }
}
