import { detectFormat, splitFrontMatter } from '../../src/ingest/detect-format';

describe('detectFormat', () => {
  it('recognises front matter at the top', () => {
    expect(detectFormat('---\ntitle: x\n---\nBody.')).toBe('front-matter');
  });

  it('recognises an HTML document and a fragment where tags dominate', () => {
    expect(detectFormat('<!DOCTYPE html><html><body>Hi</body></html>')).toBe('html');
    expect(detectFormat('<p>One.</p>\n<p>Two.</p>\n<p>Three.</p>')).toBe('html');
  });

  it('keeps prose with a stray tag or angle bracket as text', () => {
    expect(detectFormat('Prices rose <5% in the quarter.\n\nThe <b>board</b> met on Friday and agreed.\n\nMore text follows here.')).toBe('text');
  });

  it('does not take a horizontal rule later in the text for front matter', () => {
    expect(detectFormat('Headline\n\n---\n\nBody text.')).toBe('text');
  });
});

describe('splitFrontMatter', () => {
  it('splits the YAML block from the body, closing with --- or ...', () => {
    expect(splitFrontMatter('---\na: 1\n---\nBody')).toEqual({ yaml: 'a: 1\n', body: 'Body' });
    expect(splitFrontMatter('---\na: 1\n...\nBody')).toEqual({ yaml: 'a: 1\n', body: 'Body' });
  });

  it('finds none without a closing line', () => {
    expect(splitFrontMatter('---\na: 1\nBody')).toBeNull();
  });
});
