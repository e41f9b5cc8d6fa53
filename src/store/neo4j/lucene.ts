/**
 * Lucene query strings for the full-text indexes, built only from normalised keys: every key is quoted
 * and escaped, and name searches use `nameKey` tokens, which are plain `[a-z0-9]` words.
 */
import { nameKey } from '../../util/normalize';

/** A Lucene phrase matching exactly this text in a keyword-analysed field. */
export function quoteTerm(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** A query for the `entityKeys` index: any of these whole keys in one field. */
export function luceneKeysQuery(field: 'keys' | 'nameKeys', keys: readonly string[]): string {
  return `${field}:(${keys.map(quoteTerm).join(' OR ')})`;
}

/** Edit distance Lucene may allow for one word: none for short words, then 1, then 2 (its maximum). */
export function fuzzinessFor(word: string): number {
  return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
}

/**
 * A query for the `entityNames` index: each word of the normalised text exactly, as a prefix, or within a
 * small edit distance; words are alternatives, so Lucene's score favours names matching more of them.
 * Null when the text has no word.
 */
export function luceneNameQuery(text: string): string | null {
  const words = nameKey(text).split(' ').filter((w) => w.length > 0);
  if (words.length === 0) return null;
  return words
    .map((w) => {
      const fuzz = fuzzinessFor(w);
      return fuzz > 0 ? `(${w} OR ${w}* OR ${w}~${fuzz})` : `(${w} OR ${w}*)`;
    })
    .join(' OR ');
}
