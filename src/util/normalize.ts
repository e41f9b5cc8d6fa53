/** Text normalisation shared by resolution, search and export. */
import { memoizeString } from './memo';

/**
 * A comparison key for names: accents folded, curly quotes straightened, case folded, a trailing "'s"
 * and dots dropped, other punctuation as spaces, a leading "the" dropped.
 * ("The U.S. Department's" → "us department", "al-Qa'ida" → "al qa ida").
 */
export const nameKey: (text: string) => string = memoizeString(computeNameKey);

function computeNameKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/\./g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}
