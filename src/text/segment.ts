/** Paragraph and sentence segmentation of cleaned article text, with character offsets, in one linear pass. */
import type { Paragraph, Sentence } from '../model/article';

/** Paragraphs and sentences of a text; offsets are [start, end) into the text that was segmented. */
export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

const NL = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const DOT = 46;
const BANG = 33;
const QUESTION = 63;
const ELLIPSIS = 0x2026;

/** Abbreviations always followed by a name or number, never the end of a sentence ("Gen. Dunford", "Rep. Heck"). */
const NAME_PREFIXES = new Set([
  'mr', 'mrs', 'ms', 'mx', 'messrs', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'cmdr', 'cdr',
  'adm', 'sgt', 'cpl', 'pvt', 'spc', 'brig', 'rep', 'reps', 'sen', 'sens', 'gov', 'pres', 'amb', 'hon',
  'rev', 'fr', 'insp', 'supt', 'det', 'atty', 'ft', 'mt', 'gens', 'lieut', 'cmdt', 'msgr',
]);

/**
 * Abbreviations that usually sit inside a sentence but can end one ("Acme Inc.", "on Jan. 5", "in the U.S.",
 * "(R-Nev.)"): they end a sentence only when a typical sentence opener follows.
 */
const AMBIGUOUS_ABBREVIATIONS = new Set([
  'inc', 'corp', 'co', 'cos', 'ltd', 'llc', 'plc', 'bros', 'assn', 'dept', 'govt', 'univ', 'intl', 'jr', 'sr',
  'st', 'ave', 'blvd', 'rd', 'hwy', 'sq', 'no', 'nos', 'vol', 'vols', 'art', 'fig', 'ch', 'sec', 'pp', 'p',
  'approx', 'est', 'etc', 'vs', 'al', 'cf', 'ca', 'min', 'max', 'km', 'mi', 'ft', 'oz', 'lb', 'lbs',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // U.S. state abbreviations in AP style, common in party-state tags like "(R-Nev.)".
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nebr', 'nev', 'okla', 'ore', 'pa', 'tenn',
  'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
]);

/** Abbreviations that precede a number ("No. 2", "p. 14"); a digit after them never starts a sentence. */
const NUMBER_PREFIXES = new Set(['no', 'nos', 'vol', 'vols', 'art', 'fig', 'ch', 'sec', 'p', 'pp', 'para']);

/** Words that typically open an English sentence; after an ambiguous abbreviation they signal a boundary. */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my',
  'this', 'that', 'these', 'those', 'there', 'here', 'but', 'and', 'or', 'so', 'yet', 'if', 'when', 'while',
  'after', 'before', 'since', 'as', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'to', 'of', 'according',
  'although', 'though', 'however', 'meanwhile', 'still', 'also', 'some', 'many', 'most', 'all', 'one', 'two',
  'other', 'others', 'what', 'who', 'why', 'how', 'where', 'officials', 'both', 'each', 'neither', 'such',
  'then', 'now', 'last', 'earlier', 'later', 'until', 'during', 'despite', 'under', 'over', 'about',
]);

function isSpaceCode(c: number): boolean {
  return c === SPACE || c === NL || c === TAB || c === CR || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

function isTerminal(c: number): boolean {
  return c === DOT || c === BANG || c === QUESTION || c === ELLIPSIS;
}

/** Closing quotes and brackets that stay with the sentence they close: `."`, `.”`, `?’`, `.)`. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0xbb || c === 0x203a;
}

/** Characters that may open a token before an abbreviation: quotes and brackets. */
function isOpener(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40 || c === 91 || c === 0xab;
}

function isLowerCode(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 0xdf) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isUpperCode(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetterOrDigitCode(c: number): boolean {
  return isDigitCode(c) || isLowerCode(c) || isUpperCode(c);
}

/** A bullet marker at `i` followed by a space ("• ", "- ", "* ", "– "): returns where the bullet text starts, else -1. */
function bulletTextStart(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  const isMarker =
    c === 0x2022 || c === 0x00b7 || c === 0x25aa || c === 0x25cf || c === 0x25e6 || c === 0x2023 ||
    c === 0x2013 || c === 0x2014 || c === 45 || c === 42;
  if (!isMarker || i + 1 >= end) return -1;
  const next = text.charCodeAt(i + 1);
  if (next !== SPACE && next !== TAB && next !== 0xa0) return -1;
  let j = i + 1;
  while (j < end && isSpaceCode(text.charCodeAt(j))) j++;
  return j;
}

type AbbreviationKind = 'name-prefix' | 'ambiguous' | 'initial' | 'none';

/** Classifies the word that ends right before the period at `dot` ("Gen", "U.S", "R-Nev", "H"). */
function classifyBeforeDot(text: string, dot: number, floor: number): { kind: AbbreviationKind; key: string } {
  let start = dot;
  while (start > floor) {
    const c = text.charCodeAt(start - 1);
    if (isSpaceCode(c) || isOpener(c)) break;
    start--;
  }
  if (start === dot) return { kind: 'none', key: '' };
  let word = text.slice(start, dot);
  // Party-state tags and hyphenated forms: only the last part is the abbreviation ("R-Nev" → "Nev").
  const hyphen = word.lastIndexOf('-');
  if (hyphen >= 0) word = word.slice(hyphen + 1);
  if (word.length === 0) return { kind: 'none', key: '' };
  const key = word.toLowerCase();
  if (word.length === 1 && isUpperCode(word.charCodeAt(0))) return { kind: 'initial', key };
  if (word.includes('.')) {
    // Dotted acronyms and abbreviations: "U.S", "U.K", "a.m", "p.m", "e.g".
    return { kind: 'ambiguous', key };
  }
  if (NAME_PREFIXES.has(key) && isUpperCode(word.charCodeAt(0))) return { kind: 'name-prefix', key };
  if (AMBIGUOUS_ABBREVIATIONS.has(key)) return { kind: 'ambiguous', key };
  return { kind: 'none', key };
}

/** The word starting at `i` (letters only), lower-cased, for the opener test. */
function wordAt(text: string, i: number, end: number): string {
  let j = i;
  while (j < end && j - i < 24 && isLetterOrDigitCode(text.charCodeAt(j))) j++;
  return text.slice(i, j).toLowerCase();
}

/**
 * Decides whether the terminal punctuation run [dot, afterRun) followed by whitespace and `next` (the first
 * character after the whitespace) ends a sentence.
 */
function endsSentence(
  text: string,
  dot: number,
  ellipsis: boolean,
  singlePeriod: boolean,
  next: number,
  nextIndex: number,
  floor: number,
  end: number,
): boolean {
  if (isLowerCode(next)) return false;
  // Continuation punctuation after a space ("Inc. , the") never opens a sentence.
  if (next === 44 || next === 59 || next === 58 || next === 41) return false;
  if (ellipsis || !singlePeriod) return true;
  const { kind, key } = classifyBeforeDot(text, dot, floor);
  if (kind === 'none') return true;
  if (kind === 'name-prefix') return false;
  if (isDigitCode(next)) return !(NUMBER_PREFIXES.has(key) || MONTHS.has(key) || kind === 'initial');
  const opener = wordAt(text, nextIndex, end);
  if (kind === 'initial') return opener.length > 1 && SENTENCE_OPENERS.has(opener);
  return SENTENCE_OPENERS.has(opener) || !isLetterOrDigitCode(next);
}

const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Pushes the trimmed span [start, end) as a sentence when it holds any text. */
function pushSentence(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e <= s) return;
  out.push({ index: out.length, paragraph, start: s, end: e, text: text.slice(s, e) });
}

/** Splits the paragraph [start, end) into sentences, appending them to `out`. */
function segmentParagraph(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  let sentenceStart = start;
  const leadingBullet = bulletTextStart(text, start, end);
  if (leadingBullet >= 0) sentenceStart = leadingBullet;
  for (let i = sentenceStart; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === NL) {
      // A bullet line inside a paragraph is a sentence of its own, punctuated or not.
      let k = i + 1;
      while (k < end && (text.charCodeAt(k) === SPACE || text.charCodeAt(k) === TAB)) k++;
      const bullet = k < end ? bulletTextStart(text, k, end) : -1;
      if (bullet >= 0) {
        pushSentence(text, sentenceStart, i, paragraph, out);
        sentenceStart = bullet;
        i = bullet - 1;
      }
      continue;
    }
    if (!isTerminal(c)) continue;
    // Consume the whole terminal run, including spaced ellipses (". . .").
    let k = i;
    let dots = 0;
    let sawEllipsisChar = false;
    while (k < end) {
      const ch = text.charCodeAt(k);
      if (ch === DOT) {
        dots++;
        k++;
      } else if (ch === BANG || ch === QUESTION) {
        k++;
      } else if (ch === ELLIPSIS) {
        sawEllipsisChar = true;
        k++;
      } else if (ch === SPACE && dots > 0 && text.charCodeAt(k + 1) === DOT && text.charCodeAt(k - 1) === DOT) {
        k++;
      } else {
        break;
      }
    }
    const ellipsis = sawEllipsisChar || dots >= 2;
    const singlePeriod = c === DOT && k === i + 1;
    while (k < end && isCloser(text.charCodeAt(k))) k++;
    const sentenceEnd = k;
    if (k >= end) break;
    const after = text.charCodeAt(k);
    if (!isSpaceCode(after)) {
      // "3.5", "U.S.-backed", "ISIL.com" stay inside; ". . .We" after an ellipsis opens a new sentence.
      if (ellipsis && isUpperCode(after)) {
        pushSentence(text, sentenceStart, sentenceEnd, paragraph, out);
        sentenceStart = k;
      }
      i = k - 1;
      continue;
    }
    let m = k;
    while (m < end && isSpaceCode(text.charCodeAt(m))) m++;
    if (m >= end) break;
    const bullet = bulletTextStart(text, m, end);
    if (bullet >= 0 || endsSentence(text, i, ellipsis, singlePeriod, text.charCodeAt(m), m, sentenceStart, end)) {
      pushSentence(text, sentenceStart, sentenceEnd, paragraph, out);
      sentenceStart = bullet >= 0 ? bullet : m;
      i = sentenceStart - 1;
      continue;
    }
    i = k - 1;
  }
  pushSentence(text, sentenceStart, end, paragraph, out);
}

/**
 * Splits text into paragraphs (separated by blank lines) and sentences with offsets such that
 * `text.slice(s.start, s.end) === s.text`. Handles abbreviations, initials, decimals, ellipses, closing
 * quotes after the period, bullet lines and headlines without terminal punctuation.
 */
export function segmentText(text: string): Segmentation {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let end = n;
    let next = n;
    while (i < n) {
      if (text.charCodeAt(i) === NL) {
        let k = i + 1;
        while (k < n) {
          const ch = text.charCodeAt(k);
          if (ch === SPACE || ch === TAB || ch === CR || ch === 0xa0) k++;
          else break;
        }
        if (k >= n || text.charCodeAt(k) === NL) {
          end = i;
          next = k;
          break;
        }
        i = k;
        continue;
      }
      i++;
    }
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    const index = paragraphs.length;
    paragraphs.push({ index, start, end });
    segmentParagraph(text, start, end, index, sentences);
    i = next;
  }
  return { paragraphs, sentences };
}
