/**
 * Extraction entry point: runs the ordered extractor registry over one article and returns its entities,
 * events and relations with evidence. Pure: no I/O, clock or randomness.
 */
import type { ArticleDocument } from '../model/article';
import type { ArticleExtraction } from '../model/extraction';
import { assemble } from './assemble';
import { EXTRACTORS } from './registry';
import { createState } from './state';

/** The ordered extractor list and its order check. */
export { EXTRACTORS, checkRegistry } from './registry';
/** The extractor contract and the working state it runs over. */
export type { Extractor, StateSlot, WorkingState } from './state';

/** Fewer words than this is not an article (a caption, a stub): nothing is extracted. */
const MIN_WORDS = 8;

function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) n++;
    inWord = !space;
    if (n >= MIN_WORDS) return n;
  }
  return n;
}

/** Extracts one article. Non-English and very short documents give an empty extraction with a diagnostic. */
export function extractArticle(doc: ArticleDocument): ArticleExtraction {
  const state = createState(doc);
  const language = doc.meta.language;
  if (language !== null && language !== 'en') {
    state.diagnostics.push({ code: 'not-english', message: `Language '${language}' is not extracted; only English is.` });
    return assemble(state);
  }
  if (wordCount(doc.text) < MIN_WORDS) {
    state.diagnostics.push({ code: 'too-short', message: `The text has fewer than ${MIN_WORDS} words; nothing was extracted.` });
    return assemble(state);
  }
  for (const extractor of EXTRACTORS) extractor.run(state);
  return assemble(state);
}
