import fc from 'fast-check';
import { ArticleRejectedError } from '../../src/errors';
import { readArticle } from '../../src/ingest/read-article';

const OPTIONS = { maxBytes: 100_000, now: new Date('2024-06-01T00:00:00Z') };

/** Reads input, returning the rejection reason or the document's text; any other error fails the property. */
function outcome(content: string | Uint8Array): string {
  try {
    const doc = readArticle({ content, source: null }, OPTIONS);
    for (const s of doc.sentences) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
    expect(doc.text.length).toBeGreaterThan(0);
    return doc.text;
  } catch (error) {
    if (error instanceof ArticleRejectedError) return `rejected:${error.reason}`;
    throw error;
  }
}

describe('readArticle on arbitrary input', () => {
  it('either reads or rejects with a reason, for any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => void outcome(bytes)), { numRuns: 300 });
  });

  it('either reads or rejects with a reason, for any markup-like string', () => {
    const piece = fc.constantFrom(
      '<p>', '</p>', '<div class="share">', '</div>', '<br>', '---\n', 'title: x\n', '[ad_1]', '&amp;', '&bogus;',
      'Word. ', 'U.S. ', '\n\n', '• ', '<script>', '</script>', '<article>', '<!--', '-->', '"', '…', 'Share this\n',
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (parts) => void outcome(parts.join(''))), { numRuns: 300 });
  });
});
