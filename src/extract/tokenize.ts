/**
 * Tokenisation, once per sentence, in one linear pass over the characters (no regex over the document).
 * Words keep internal periods, apostrophes and hyphens ("U.S.", "al-Qaduli", "second-in-command");
 * possessive "'s" becomes its own token; a capitalised stem with a lower-case hyphen suffix ("U.S.-backed",
 * "Iraq-based") and a lower-case prefix before a capital ("anti-ISIL") are split so the name stands alone.
 */
import type { Extractor, SentenceInfo, Token, TokenKind, WorkingState } from './state';
import { ARABIC_ARTICLE_PREFIXES, LOWER_PREFIXES, SPEECH_VERBS, WORD_ABBREVIATIONS } from './word-lists';

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isUpperChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLowerChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

const APOSTROPHES = new Set(["'", '\u2019', '\u02bc']);

function makeToken(text: string, start: number, kind: TokenKind): Token {
  const folded = text.toLowerCase();
  const lower = folded.includes('\u2019') || folded.includes('\u02bc') ? folded.replace(/[\u2019\u02bc]/g, "'") : folded;
  let cap = false;
  let upper = false;
  if (kind === 'word') {
    const first = text.charAt(0);
    if (isUpperChar(first)) cap = true;
    else {
      const dash = text.indexOf('-');
      if (dash > 0 && ARABIC_ARTICLE_PREFIXES.has(lower.slice(0, dash)) && isUpperChar(text.charAt(dash + 1))) cap = true;
    }
    // All capitals: no lower-case letter and at least two letters (the lower-cased text differs in two places).
    let letters = 0;
    let lowers = 0;
    const aligned = folded.length === text.length;
    for (let i = 0; i < text.length && lowers === 0; i++) {
      const ch = text.charAt(i);
      if (aligned ? ch !== folded.charAt(i) : isUpperChar(ch)) letters++;
      else if (isLowerChar(ch)) lowers++;
    }
    upper = letters >= 2 && lowers === 0;
  }
  return { text, lower, start, end: start + text.length, kind, cap, upper };
}

/** Splits "U.S.-backed" → "U.S." + "-backed" and "anti-ISIL" → "anti-" + "ISIL"; other words pass through. */
function pushWord(out: Token[], text: string, start: number): void {
  const lastDash = text.lastIndexOf('-');
  if (lastDash > 0 && lastDash < text.length - 1) {
    const head = text.slice(0, lastDash);
    const tail = text.slice(lastDash + 1);
    if (isUpperChar(head.charAt(0)) && isLowerChar(tail.charAt(0)) && !/[A-Z]/.test(tail)) {
      pushWord(out, head, start);
      out.push(makeToken(text.slice(lastDash), start + lastDash, 'word'));
      return;
    }
  }
  const firstDash = text.indexOf('-');
  if (firstDash > 0 && firstDash < text.length - 1) {
    const prefix = text.slice(0, firstDash).toLowerCase();
    if (LOWER_PREFIXES.has(prefix) && isUpperChar(text.charAt(firstDash + 1))) {
      out.push(makeToken(text.slice(0, firstDash + 1), start, 'word'));
      pushWord(out, text.slice(firstDash + 1), start + firstDash + 1);
      return;
    }
  }
  // Possessive: "ISIS's", "State’s" → "ISIS" + "'s".
  const n = text.length;
  if (n > 2 && (text.charAt(n - 1) === 's' || text.charAt(n - 1) === 'S') && APOSTROPHES.has(text.charAt(n - 2))) {
    out.push(makeToken(text.slice(0, n - 2), start, 'word'));
    out.push(makeToken(text.slice(n - 2), start + n - 2, 'possessive'));
    return;
  }
  out.push(makeToken(text, start, /^[0-9]/.test(text) ? 'number' : 'word'));
}

/** Tokens of `text`, with offsets shifted by `base` (the sentence's start in the document). */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isLetterCode(c) || isDigitCode(c)) {
      const start = i;
      let hasDot = false;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isLetterCode(d) || isDigitCode(d)) {
          i++;
          continue;
        }
        // An inner . ' ’ - joins when a letter or digit follows ("U.S", "al-Qaduli", "don't").
        if ((d === 46 || d === 39 || d === 0x2019 || d === 45) && i + 1 < n) {
          const e = text.charCodeAt(i + 1);
          if (isLetterCode(e) || isDigitCode(e)) {
            if (d === 46) hasDot = true;
            i += 2;
            continue;
          }
          // "U.S.-backed": a dot then a hyphen then a letter.
          if (d === 46 && e === 45 && hasDot && i + 2 < n && isLetterCode(text.charCodeAt(i + 2))) {
            i += 3;
            continue;
          }
        }
        break;
      }
      // A trailing period belongs to abbreviations and initials ("U.S.", "Gen.", "H.").
      if (i < n && text.charCodeAt(i) === 46) {
        const word = text.slice(start, i);
        if (hasDot || WORD_ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && isUpperChar(word))) i++;
      }
      pushWord(out, text.slice(start, i), base + start);
      continue;
    }
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) {
      i++;
      continue;
    }
    // Possessive after a closing apostrophe-less word was handled above; a bare "’s" after a quote stays punct.
    out.push(makeToken(text.charAt(i), base + i, 'punct'));
    i++;
  }
  return out;
}

const OPENERS = new Set(['"', '\u201c', '\u2018', "'", '(', '[', '\u2014', '\u2013', '-', ':', ';', '\u2022']);

/** True when token `i` starts the sentence or a clause opened by a quote, bracket, dash, colon or bullet. */
export function isClauseInitial(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k];
    if (!t) break;
    if (t.kind === 'punct' && OPENERS.has(t.text)) return true;
    return false;
  }
  return true;
}

/** A title-case line: most longer words capitalised (headlines, section heads, chrome like "Breaking News"). */
function looksLikeHeadline(tokens: readonly Token[]): boolean {
  // Headlines carry no final period and are short; a caption full of names is still prose.
  const last = tokens[tokens.length - 1];
  if (!last || last.text === '.' || tokens.length > 24) return false;
  let long = 0;
  let capital = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < 4) continue;
    long++;
    if (t.cap) capital++;
  }
  return long >= 2 && capital / long >= 0.75;
}

function allLettersUpper(tokens: readonly Token[]): boolean {
  let words = 0;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    if (!t.upper && /[a-z]/i.test(t.text)) return false;
    words++;
  }
  return words >= 1;
}

/** Extractor: tokenises every sentence and records which words are capitalised mid-sentence. */
export const tokenizeSentences: Extractor = {
  name: 'tokenize',
  requires: [],
  assigns: ['sentences'],
  run(state: WorkingState): void {
    for (const s of state.doc.sentences) {
      const tokens = tokenize(s.text, s.start);
      const info: SentenceInfo = {
        // Array position, so every later step can index `state.sentences` directly.
        index: state.sentences.length,
        paragraph: s.paragraph,
        start: s.start,
        end: s.end,
        text: s.text,
        tokens,
        texts: tokens.map((t) => t.text),
        headline: false,
        shouting: allLettersUpper(tokens),
      };
      info.headline = !info.shouting && looksLikeHeadline(tokens);
      state.sentences.push(info);
      if (info.headline || info.shouting) continue;
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t && t.cap && !t.upper && !isClauseInitial(tokens, i)) state.midCapitals.add(t.lower);
      }
    }
  },
};

/** A verb of saying as written in running text (lower case: "States" in "United States" is not one). */
export function isSpeechVerb(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && !t.cap && SPEECH_VERBS.has(t.lower);
}

/** Lower-cased token `k` of a sentence, or "" past its ends. */
export function tokLower(s: SentenceInfo, k: number): string {
  return s.tokens[k]?.lower ?? '';
}
