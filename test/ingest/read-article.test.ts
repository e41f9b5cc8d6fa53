import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleRejectedError, NewsgraphError } from '../../src/errors';
import type { RawArticle } from '../../src/model/article';
import { readArticle, type ReadOptions } from '../../src/ingest/read-article';
import { articleIdFor } from '../../src/ingest/article-id';
import { sha256 } from '../../src/util/hash';

const NOW = new Date('2024-06-01T00:00:00Z');
const OPTIONS: ReadOptions = { maxBytes: 1_000_000, now: NOW };
const FIXTURES = join(__dirname, '..', 'fixtures', 'ingest');

function read(content: string | Uint8Array, extra: Partial<RawArticle> = {}, options: ReadOptions = OPTIONS) {
  return readArticle({ content, source: null, ...extra }, options);
}

function rejection(run: () => unknown): ArticleRejectedError {
  try {
    run();
  } catch (error) {
    if (error instanceof ArticleRejectedError) return error;
    throw error;
  }
  throw new Error('expected an ArticleRejectedError');
}

const STORY = 'Harbour Board Names Director\n\nThe harbour board named Aino Virta as director on Thursday. She starts in January.';

describe('readArticle: rejections', () => {
  it('rejects empty and whitespace-only input as empty', () => {
    expect(rejection(() => read('')).reason).toBe('empty');
    expect(rejection(() => read(new Uint8Array())).reason).toBe('empty');
    const blank = rejection(() => read(' \n\t \n', { source: '/tmp/blank.txt' }));
    expect(blank.reason).toBe('empty');
    expect(blank.message).toContain('/tmp/blank.txt');
  });

  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['a ZIP', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0])],
    ['text with NUL bytes', Buffer.from('Some text\u0000with a NUL byte in it and more text.')],
  ])('rejects %s as binary', (_name, bytes) => {
    const error = rejection(() => read(new Uint8Array(bytes)));
    expect(error.reason).toBe('binary');
    expect(error.code).toBe('ARTICLE_REJECTED');
  });

  it('rejects a string holding a PDF as binary', () => {
    expect(rejection(() => read('%PDF-1.4 binary stream follows')).reason).toBe('binary');
  });

  it('rejects input larger than maxBytes, naming the limit', () => {
    const error = rejection(() => read(STORY, {}, { maxBytes: 20, now: NOW }));
    expect(error.reason).toBe('too-large');
    expect(error.message).toMatch(/20 bytes limit/);
  });

  it('counts the limit in UTF-8 bytes, not characters', () => {
    const text = `Ünïcödé story. ${'é'.repeat(30)}`;
    expect(rejection(() => read(text, {}, { maxBytes: text.length + 5, now: NOW })).reason).toBe('too-large');
  });

  it('rejects a page with no text left after cleaning as no-text', () => {
    const error = rejection(() => read('<html><body><nav>Home</nav><script>x()</script><footer>Contact us</footer></body></html>'));
    expect(error.reason).toBe('no-text');
  });

  it('rejects text that is only site chrome as no-text', () => {
    expect(rejection(() => read('Skip to content\n\nAdvertisement\n\nShare this\n\n0:00 0:03:41 0:00')).reason).toBe('no-text');
  });
});

describe('readArticle: encodings', () => {
  it('decodes windows-1252 / Latin-1 bytes that are not valid UTF-8', () => {
    const latin1 = Buffer.from('Caf\u00e9 owner Jos\u00e9 Mart\u00ednez said on Friday that the caf\u00e9 would reopen.', 'latin1');
    const doc = read(new Uint8Array(latin1));
    expect(doc.text).toBe('Café owner José Martínez said on Friday that the café would reopen.');
  });

  it('decodes windows-1252 curly quotes', () => {
    const bytes = new Uint8Array([...Buffer.from('He said '), 0x93, ...Buffer.from('no'), 0x94, ...Buffer.from(' to the plan.')]);
    expect(read(bytes).text).toBe('He said “no” to the plan.');
  });

  it('honours a UTF-8 BOM and a UTF-16LE BOM', () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Zoë Ålund won the vote on Sunday.', 'utf8')]);
    expect(read(utf8).text).toBe('Zoë Ålund won the vote on Sunday.');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('Zoë Ålund won the vote on Sunday.', 'utf16le')]);
    expect(read(utf16).text).toBe('Zoë Ålund won the vote on Sunday.');
  });

  it('normalises Windows line endings so paragraphs still split', () => {
    const doc = read('First paragraph here.\r\n\r\nSecond paragraph here.');
    expect(doc.paragraphs).toHaveLength(2);
  });
});

describe('readArticle: formats', () => {
  it('reads plain text: title from the first short line, no publication date', () => {
    const doc = read(STORY);
    expect(doc.format).toBe('text');
    expect(doc.meta).toEqual({ title: 'Harbour Board Names Director', outlet: null, url: null, published: null, language: 'en' });
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'Harbour Board Names Director',
      'The harbour board named Aino Virta as director on Thursday.',
      'She starts in January.',
    ]);
  });

  it('reads a full HTML page without its chrome, keeping headline and caption as paragraphs and <br> lines apart', () => {
    const doc = read(readFileSync(join(FIXTURES, 'chrome-page.html'), 'utf8'));
    expect(doc.format).toBe('html');
    expect(doc.text.split('\n\n')).toEqual([
      'Harbour board names new port director',
      'The harbour board on Thursday named Aino Virta as director of the Port of Saltmere, succeeding Karl Dessen, who retired in September.',
      'Virta, who ran the cargo terminal for six years, said her first task would be dredging the north channel so that larger ships can dock.',
      'Aino Virta at the cargo terminal in Saltmere.',
      'The board chair, Olli Rask, said the vote was unanimous.',
      'Virta starts on January 1.',
    ]);
    expect(doc.meta).toMatchObject({
      title: 'Harbour board names new port director',
      published: '2023-11-02',
      url: 'https://coastaltimes.example/news/port-director',
      outlet: 'coastaltimes.example',
    });
  });

  it('reads an HTML fragment and decodes entities', () => {
    const doc = read('<p>Ribera said &ldquo;it is over&rdquo; &amp; left.</p><p>Officials agreed.</p><p>The group denied it.</p>');
    expect(doc.format).toBe('html');
    expect(doc.text).toBe('Ribera said “it is over” & left.\n\nOfficials agreed.\n\nThe group denied it.');
  });

  it('survives 10,000-deep nesting', () => {
    const deep = `<html><body>${'<div>'.repeat(10_000)}<p>Deep text is still read.</p>${'</div>'.repeat(10_000)}</body></html>`;
    expect(read(deep).text).toBe('Deep text is still read.');
  });

  it('reads front matter with a Markdown body', () => {
    const doc = read(
      [
        '---',
        'title: "Okafor wins mayoral race"',
        'date: 2024-05-13',
        'outlet: Caldwell Gazette',
        'url: https://caldwellgazette.example/okafor',
        '---',
        '',
        '# Okafor wins mayoral race',
        '',
        '**PORT CALDWELL** — Lena Okafor was elected mayor on Sunday, [results](https://x.example) showed.',
        '',
        '- a cap on rents',
        '- new tram lines',
      ].join('\n'),
    );
    expect(doc.format).toBe('front-matter');
    expect(doc.meta).toMatchObject({
      title: 'Okafor wins mayoral race',
      published: '2024-05-13',
      outlet: 'Caldwell Gazette',
      url: 'https://caldwellgazette.example/okafor',
    });
    expect(doc.text.split('\n\n')).toEqual([
      'Okafor wins mayoral race',
      'PORT CALDWELL',
      'Lena Okafor was elected mayor on Sunday, results showed.',
      'a cap on rents',
      'new tram lines',
    ]);
  });

  it('reads a WordPress export: HTML body, shortcodes and the trailing Source link removed, outlet from the original link', () => {
    const doc = read(
      [
        '---',
        "post_title: 'Strike kills commander'",
        'post_date: 2024-03-08 09:41:17',
        'published: true',
        'permalink: >',
        '  https://aggregator.example/strike-kills-commander/',
        'original_link:',
        '  - >',
        '    http://feeds.reuters.com/~r/reuters/topNews/~3/abc/story01.htm',
        '---',
        ' [ad_1]',
        '<br><div id="articleText"><p>The ministry said the strike killed the commander.</p><p>The group did not comment.</p></div>',
        '<br>[ad_2]',
        '<br><a href="http://feeds.reuters.com/x">Source </a>',
      ].join('\n'),
    );
    expect(doc.meta).toMatchObject({
      title: 'Strike kills commander',
      published: '2024-03-08',
      outlet: 'Reuters',
      url: 'https://aggregator.example/strike-kills-commander/',
    });
    expect(doc.text).toBe('The ministry said the strike killed the commander.\n\nThe group did not comment.');
  });

  it('goes on without metadata when the front matter is not valid YAML, and says so', () => {
    const notes: string[] = [];
    const doc = read('---\ntitle: [unclosed\n  : : bad\n---\nThe body text survives the broken header.', { source: 'broken.md' }, {
      ...OPTIONS,
      onDiagnostic: (note) => notes.push(note),
    });
    expect(doc.text).toBe('The body text survives the broken header.');
    expect(doc.meta.title).toBeNull();
    expect(doc.meta.published).toBeNull();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/broken\.md: front matter is not valid YAML/);
  });

  it('drops a front-matter date that lies in the future', () => {
    const doc = read('---\ntitle: Future\ndate: 2099-01-01\n---\nThe body text is here.');
    expect(doc.meta.published).toBeNull();
  });

  it('lets raw.format force the reader', () => {
    const doc = read('<p>Looks like markup but is a plain note.</p>', { format: 'text' });
    expect(doc.format).toBe('text');
    expect(doc.text).toBe('<p>Looks like markup but is a plain note.</p>');
  });
});

describe('readArticle: metadata precedence and ids', () => {
  const page =
    '<html><head><meta property="og:title" content="Page title"><meta property="og:site_name" content="Page Outlet">' +
    '<meta property="article:published_time" content="2023-01-02T10:00:00Z"><link rel="canonical" href="https://page.example/a"></head>' +
    '<body><article><p>The article text is here and long enough.</p></article></body></html>';

  it('prefers overrides over what the document states', () => {
    const doc = read(page, {
      overrides: { title: 'Given title', outlet: 'Given Outlet', url: 'https://given.example/x', published: '2023-03-04' },
    });
    expect(doc.meta).toMatchObject({ title: 'Given title', outlet: 'Given Outlet', url: 'https://given.example/x', published: '2023-03-04' });
  });

  it('falls back to document metadata for fields the overrides leave out', () => {
    const doc = read(page, { overrides: { title: 'Given title' } });
    expect(doc.meta).toMatchObject({ title: 'Given title', outlet: 'Page Outlet', url: 'https://page.example/a', published: '2023-01-02' });
  });

  it('refuses a published override that is not a date', () => {
    expect(() => read(page, { overrides: { published: 'last Tuesday' } })).toThrow(NewsgraphError);
  });

  it('derives the id from the URL, else the source, else the content hash', () => {
    const withUrl = read(page, { source: '/data/a.html' });
    expect(withUrl.id).toBe(articleIdFor('/data/a.html', 'https://page.example/a', withUrl.contentHash));
    const withSource = read(STORY, { source: '/data/story.txt' });
    expect(withSource.id).toBe(articleIdFor('/data/story.txt', null, withSource.contentHash));
    const bare = read(STORY);
    expect(bare.contentHash).toBe(sha256(bare.text));
    expect(bare.id).toBe(articleIdFor(null, null, sha256(bare.text)));
    expect(bare.id).not.toBe(withSource.id);
    expect(read(STORY).id).toBe(bare.id);
  });
});

describe('readArticle: captions', () => {
  it('keeps an HTML caption without its credit element', () => {
    const doc = read(
      '<article><figure><figcaption>Troops leave the base on Friday. <span class="photo-credit">Jane Roe/Agency</span></figcaption></figure>' +
        '<p>The last troops left the base on Friday, the army said.</p><p>The base will close.</p></article>',
    );
    expect(doc.text.split('\n\n')[0]).toBe('Troops leave the base on Friday.');
  });
});

describe('readArticle: datelines', () => {
  it('keeps an inline place dateline element as its own paragraph before the first sentence', () => {
    const doc = read('<div><p><span class="articleLocation">WASHINGTON</span> Officials said the strike worked.</p><p>More text here.</p><p>And more.</p></div>');
    expect(doc.text.startsWith('WASHINGTON\n\nOfficials said the strike worked.')).toBe(true);
  });
});
