/**
 * Transliteration variants of person names: the spellings outlets give one Arabic or Persian name
 * ("Qassem Soleimani" / "Qassim Suleimani", "Esmail Ghaani" / "Esmail Qaani", "Ayman al-Zawahiri" /
 * "Ayman al-Zawahri"). Tokens are compared on canonical keys (see `names.ts`: articles dropped, doubled
 * letters collapsed, patronymic particles joined) with the consonants romanisations write differently
 * folded together. Vowels are where romanisations differ most, but also where different names differ
 * ("Hassan" / "Hussein"), so vowel differences are bounded: a token may differ from its variant by one
 * edit (two in tokens of seven letters or more) and must keep every consonant. This is never merge
 * evidence on its own: `match.ts` asks for corroboration from the graph.
 */
import { memoizeString } from '../util/memo';
import { editDistance } from './similarity';

/** Tokens of at least this many letters may differ by two vowel edits ("Mohammed" / "Muhammad"). */
const LONG_TOKEN = 7;

/**
 * Spellings of one sound: "gh" and "k" romanise the letter also written "q" ("Ghaani" / "Qaani", "Kassem" /
 * "Qassem"); "ou" is the French-school "u" ("Yousef" / "Yusuf", "al-Marouni" / "al-Maruni"); a final "h"
 * after a vowel is the silent ending some write and some do not ("Warsameh" / "Warsame", "Abdullah").
 */
const foldSpelling = memoizeString((token: string) =>
  token.replace(/gh/g, 'q').replace(/k/g, 'q').replace(/ou/g, 'u').replace(/([aeiou])h$/, '$1'),
);

/** The consonants of a folded token, in order ("zawahiri", "zawahri" → "zwhr"). */
const skeleton = memoizeString((token: string) => foldSpelling(token).replace(/[aeiou]+/g, ''));

/**
 * The consonant skeleton of a canonical person name, token by token ("qasem soleimani" → "qsm slmn"): a
 * blocking key under which transliteration variants meet.
 */
export function transliterationKey(tokens: readonly string[]): string {
  return tokens.map(skeleton).join(' ');
}

/** True when two canonical tokens are one name in two romanisations (see the file comment). */
export function tokensAreVariants(a: string, b: string): boolean {
  if (a === b) return true;
  const fa = foldSpelling(a);
  const fb = foldSpelling(b);
  if (fa === fb) return true;
  if (skeleton(a) !== skeleton(b)) return false;
  const allowed = Math.max(fa.length, fb.length) >= LONG_TOKEN ? 2 : 1;
  return editDistance(fa, fb, allowed) <= allowed;
}

/**
 * True when two canonical person names have the same number of tokens, at least two, and each token of
 * one is a variant of the other's (see `tokensAreVariants`).
 */
export function transliterationVariants(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!tokensAreVariants(a[i] ?? '', b[i] ?? '')) return false;
  return true;
}
