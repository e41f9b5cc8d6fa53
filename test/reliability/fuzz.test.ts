/**
 * Property-based robustness of reading plus extraction: random and mutated text never makes them throw
 * anything but ArticleRejectedError, and every offset they return points at the text it quotes.
 * Fixed seed and run counts keep CI time bounded and failures reproducible.
 */
import fc from 'fast-check';
import { ArticleRejectedError } from '../../src/errors';
import { extractArticle } from '../../src/extract';
import { readArticle } from '../../src/ingest/read-article';
import type { ArticleDocument } from '../../src/model/article';
import type { ArticleExtraction } from '../../src/model/extraction';
import { leadershipStory, NOW } from './helpers';

const SEED = 20_240_601;

/** Story sentences of several shapes: a leadership change, an attack announced by officials, an election. */
const SENTENCES = [
  ...[0, 1, 2, 3].flatMap((n) => leadershipStory(n).body.split(/(?<=\.)\s+/)),
  'U.S. Defense Secretary Ash Morrow said on Friday that special forces killed Abu Karim al-Hadi, a senior commander of the group, in eastern Syria.',
  '"This was a significant blow," Gen. Patricia Lowell told reporters at the Pentagon.',
  'At least 31 people were killed and 270 wounded in the attacks on March 22, officials in Brussels said.',
  'Mayor-elect Rosa Delgado won 54.2% of the vote, defeating incumbent Tom Reyes, the city\'s election commission announced late Tuesday.',
  'The militants, who pledged allegiance to the Islamic State in 2015, claimed responsibility through the Amaq news agency.',
];

/** Pieces that break naive parsers: abbreviations, entities, quotes, odd spaces, markup, very long tokens. */
const AWKWARD = [
  'Mr. ', 'Dr.', 'U.S.', 'No. 2', '...', '…', '"', '“', '”', "'", '’', ' — ', '\u00a0', '\u200b', '\ufeff', '\u00ad', '\r\n', '\n\n',
  '\t', '&amp;', '&nbsp;', '&#8217;', '&bogus;', '<b>', '</b>', '<p>', '</p>', '<br/>', '<script>x=1</script>', '---\n', 'title: x\n',
  '🙂', '👩🏽‍⚕️', 'é', 'ﬁ', 'İ', 'ß', '\u0301', 'ا', '中文', 'x'.repeat(300), '$param', '`', '{', '}', '(', ')', '[', ']',
];

/** A real-looking sentence mutated by insertions, deletions and duplications at random places. */
const mutatedStory: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 6 }),
    fc.array(
      fc.record({
        at: fc.nat(),
        kind: fc.constantFrom('insert', 'delete', 'duplicate', 'upper'),
        piece: fc.oneof(fc.constantFrom(...AWKWARD), fc.string({ maxLength: 6, unit: 'binary' })),
        length: fc.integer({ min: 1, max: 12 }),
      }),
      { maxLength: 8 },
    ),
  )
  .map(([sentences, edits]) => {
    let text = sentences.join(' ');
    for (const edit of edits) {
      const at = text.length === 0 ? 0 : edit.at % text.length;
      if (edit.kind === 'insert') text = text.slice(0, at) + edit.piece + text.slice(at);
      else if (edit.kind === 'delete') text = text.slice(0, at) + text.slice(at + edit.length);
      else if (edit.kind === 'duplicate') text = text.slice(0, at + edit.length) + text.slice(at);
      else text = text.slice(0, at) + text.slice(at, at + edit.length).toUpperCase() + text.slice(at + edit.length);
    }
    return text;
  });

const TAGS = ['p', 'div', 'article', 'section', 'span', 'a', 'em', 'h1', 'li', 'ul', 'figure', 'figcaption', 'nav', 'aside', 'table', 'td', 'blockquote', 'time'];

/** HTML fragments: nested tags (sometimes unclosed) around story sentences and awkward pieces. */
const htmlFragment: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TAGS).map((t) => `<${t}>`),
      fc.constantFrom(...TAGS).map((t) => `</${t}>`),
      fc.constantFrom(...SENTENCES),
      fc.constantFrom(...AWKWARD),
      fc.constantFrom('<!-- c -->', '<script>var s = "<p>No</p>";</script>', '<style>p{}</style>', '<meta name="date" content="2016-03-25">', '<img src=x alt="A photo">'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => `<html><body>${parts.join('')}</body></html>`);

/** Reads and extracts; returns null when the reader rejected the input with a reason. */
function readAndExtract(content: string | Uint8Array): { doc: ArticleDocument; extraction: ArticleExtraction } | null {
  let doc: ArticleDocument;
  try {
    doc = readArticle({ content, source: null }, { maxBytes: 200_000, now: NOW });
  } catch (error) {
    if (error instanceof ArticleRejectedError) return null;
    throw error;
  }
  return { doc, extraction: extractArticle(doc) };
}

/** Fails unless [start, end) lies inside `text` and slices to `quoted`. */
function expectQuote(text: string, span: { start: number; end: number }, quoted: string, what: string): void {
  const ok =
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start <= span.end &&
    span.end <= text.length &&
    text.slice(span.start, span.end) === quoted;
  if (!ok) {
    throw new Error(
      `${what} [${span.start}, ${span.end}) quotes ${JSON.stringify(quoted)} but the text there is ` +
        `${JSON.stringify(text.slice(span.start, span.end))} (text length ${text.length})`,
    );
  }
}

/** Every offset the reader and extractor return points inside the text at what it quotes. */
function checkOffsets(content: string | Uint8Array): void {
  const result = readAndExtract(content);
  if (result === null) return;
  const { doc, extraction } = result;
  for (const s of doc.sentences) expectQuote(doc.text, s, s.text, `sentence ${s.index}`);
  for (const p of doc.paragraphs) {
    if (p.start < 0 || p.end > doc.text.length || p.start > p.end) throw new Error(`paragraph ${p.index} out of range`);
  }
  for (const entity of extraction.entities) {
    for (const m of entity.mentions) expectQuote(doc.text, m, m.text, `mention of ${entity.name}`);
  }
  for (const event of extraction.events) {
    for (const e of event.evidence) expectQuote(doc.text, e, e.text, `evidence of ${event.name}`);
  }
  for (const relation of extraction.relations) {
    for (const e of relation.evidence) expectQuote(doc.text, e, e.text, `evidence of ${relation.type}`);
  }
}

const PARAMETERS = { seed: SEED, numRuns: 150, endOnFailure: true } as const;

describe('reading and extraction on random and mutated text', () => {
  it('hold on random unicode strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300, unit: 'binary' }), checkOffsets), PARAMETERS);
  });

  it('hold on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), checkOffsets), PARAMETERS);
  });

  it('hold on mutated real-looking news sentences', () => {
    fc.assert(fc.property(mutatedStory, checkOffsets), { ...PARAMETERS, numRuns: 300 });
  });

  it('hold on HTML fragments built from tags, story sentences and awkward pieces', () => {
    fc.assert(fc.property(htmlFragment, checkOffsets), PARAMETERS);
  });

  it('hold on mutated stories under YAML front matter', () => {
    const withFrontMatter = fc
      .tuple(fc.constantFrom('title: T', 'published: 2016-03-25', 'title: [broken', 'date: 2099-01-01', ': :'), mutatedStory)
      .map(([header, body]) => `---\n${header}\n---\n${body}`);
    fc.assert(fc.property(withFrontMatter, checkOffsets), PARAMETERS);
  });

  it('mine the unmutated sentences (so the properties run the extractors, not only the reader)', () => {
    const result = readAndExtract(SENTENCES.join(' '));
    expect(result?.extraction.entities.length).toBeGreaterThan(3);
    expect(result?.extraction.relations.length).toBeGreaterThan(0);
  });
});
