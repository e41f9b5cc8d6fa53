/**
 * Bad input through the real pipeline (directory walk, size-checked reader, extraction, resolution,
 * embedded store): each case ends in a specific rejection or a graceful result, never a stopped batch.
 */
import fsPromises, { truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EntityNode } from '../../src/model/graph';
import type { GraphStore } from '../../src/store/graph-store';
import { tinyPdf, tinyPng, tinyZip } from './binary-files';
import { frontMatterArticle, leadershipStory, openPipeline, personName, writeFiles, type PipelineUnderTest } from './helpers';

/** Names of every entity in the graph. */
async function entityNames(store: GraphStore): Promise<string[]> {
  return (await store.listEntities()).map((e: EntityNode) => e.name);
}

/** A French news story of our own writing (a leadership change), long enough to be identified. */
const FRENCH_STORY =
  "Le conseil d'administration du groupe a nommé Camille Girardot au poste de directrice générale lundi, " +
  "a indiqué l'entreprise dans un communiqué. Elle succède à Bernard Leclercq, qui a pris sa retraite après " +
  "onze ans à la tête de la société. Les actions du groupe ont progressé de 3 % après l'annonce, selon les analystes.";

/** A news page with everything a scraper meets besides the story: scripts, styles, iframes, comments. */
function pageWithChrome(story: string): string {
  return `<!doctype html><html lang="en"><head><title>Business news</title>
<style>.byline { color: red } /* Gerhard Schroeder */</style>
<script>window.dataLayer = [{ person: "Vladimir Kozlov named chief executive" }];
document.write("<p>Yolanda Petrova was appointed president.</p>");</script>
<script type="application/json">{"headline": "Hector Salgado resigns"}</script></head>
<body><!-- Boris Antonov: legacy comment, not news -->
<iframe src="https://ads.example/frame">Wilhelmina Draxler sponsored content</iframe>
<nav><a href="/">Home</a> <a href="/markets">Markets</a></nav>
<article><h1>Leadership change</h1>${story
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('\n')}</article>
<noscript>Enable JavaScript, Ludmila Orlova says.</noscript></body></html>`;
}

describe('bad input through the pipeline, one case at a time', () => {
  let p: PipelineUnderTest;
  beforeEach(async () => {
    p = await openPipeline();
  });
  afterEach(async () => {
    await p.cleanup();
  });

  it('rejects an empty file as empty and stores nothing', async () => {
    const [file] = await writeFiles(p.inputDir, { 'empty.txt': '' });
    const run = await p.ingestPaths([p.inputDir]);
    expect(run.bySource(file ?? '')).toMatchObject({ status: 'rejected', reason: 'empty' });
    expect(run.bySource(file ?? '').message).toContain('is empty');
    expect((await p.store.stats()).articles).toBe(0);
  });

  it('rejects a file of only whitespace as empty', async () => {
    const [file] = await writeFiles(p.inputDir, { 'blank.md': ' \n\t\r\n   \n\u00a0\n' });
    const run = await p.ingestPaths([p.inputDir]);
    expect(run.bySource(file ?? '')).toMatchObject({ status: 'rejected', reason: 'empty' });
    expect(run.bySource(file ?? '').message).toContain('only whitespace');
  });

  it.each([
    ['a PDF named .txt', 'scan.txt', tinyPdf('Quarterly report'), 'PDF'],
    ['a PNG named .html', 'photo.html', tinyPng(), 'PNG'],
    ['a ZIP named .md', 'archive.md', tinyZip('story.txt', 'Northwind Freight named a new chief executive.'), 'ZIP'],
    ['a PDF named explicitly', 'report.pdf', tinyPdf('Annual report'), 'PDF'],
  ])('rejects %s as binary, naming the format', async (_what, name, bytes, kind) => {
    const [file] = await writeFiles(p.inputDir, { [name]: bytes });
    const run = await p.ingestPaths([file ?? '']);
    const outcome = run.bySource(file ?? '');
    expect(outcome).toMatchObject({ status: 'rejected', reason: 'binary' });
    expect(outcome.message).toContain(kind);
    expect((await p.store.stats()).articles).toBe(0);
  });

  it('reads a Latin-1 (windows-1252) page with its accented letters intact', async () => {
    const story = leadershipStory(7).body.replace('the company said', 'the company’s café-owning chairman said');
    const bytes = Buffer.from(`<html><body><article><p>${story.replace('’', "'")}</p></article></body></html>`, 'latin1');
    const [file] = await writeFiles(p.inputDir, { 'latin1.html': bytes });
    const run = await p.ingestPaths([file ?? '']);
    expect(run.bySource(file ?? '').status).toBe('ingested');
    const [stored] = await p.store.getArticles([run.bySource(file ?? '').articleId ?? '']);
    expect(stored?.text).toContain("company's café-owning chairman");
    expect(stored?.text).not.toContain('\ufffd');
  });

  it('reads a file with invalid UTF-8 sequences instead of failing, keeping the readable story', async () => {
    const story = leadershipStory(8);
    const bytes = Buffer.concat([Buffer.from(story.body, 'utf8'), Buffer.from([0x20, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x82])]);
    const [file] = await writeFiles(p.inputDir, { 'broken-utf8.txt': bytes });
    const run = await p.ingestPaths([file ?? '']);
    expect(run.bySource(file ?? '').status).toBe('ingested');
    expect(await entityNames(p.store)).toContain(personName(8));
  });

  it('refuses a 50 MB file over the configured limit from its size alone, without reading it', async () => {
    const limited = await openPipeline({ maxArticleBytes: 10 * 1024 * 1024 });
    try {
      const [file] = await writeFiles(limited.inputDir, { 'huge.html': '' });
      await truncate(file ?? '', 50 * 1024 * 1024); // sparse: 50 MB long, no blocks written
      const readFile = jest.spyOn(fsPromises, 'readFile');
      const open = jest.spyOn(fsPromises, 'open');
      try {
        const run = await limited.ingestPaths([limited.inputDir]);
        const outcome = run.bySource(file ?? '');
        expect(outcome).toMatchObject({ status: 'rejected', reason: 'too-large' });
        expect(outcome.message).toContain('50.0 MB');
        expect(outcome.message).toContain('10.0 MB limit');
        const touched = [...readFile.mock.calls, ...open.mock.calls].map((call) => String(call[0]));
        expect(touched).not.toContain(file);
      } finally {
        readFile.mockRestore();
        open.mockRestore();
      }
    } finally {
      await limited.cleanup();
    }
  });

  it('reads a file under a raised limit: the limit is the configured one, not a constant', async () => {
    const story = frontMatterArticle(9);
    const small = await openPipeline({ maxArticleBytes: 1000 });
    try {
      const [file] = await writeFiles(small.inputDir, { 'story.md': `${story}\n\n${'Padding paragraph without news. '.repeat(40)}` });
      expect((await small.ingestPaths([file ?? ''])).bySource(file ?? '')).toMatchObject({ status: 'rejected', reason: 'too-large' });
    } finally {
      await small.cleanup();
    }
    const [file] = await writeFiles(p.inputDir, { 'story.md': `${story}\n\n${'Padding paragraph without news. '.repeat(40)}` });
    expect((await p.ingestPaths([file ?? ''])).bySource(file ?? '').status).toBe('ingested');
  });

  it('keeps only the story of a page with scripts, styles, iframes, comments and noscript', async () => {
    const story = leadershipStory(2);
    const [file] = await writeFiles(p.inputDir, { 'page.html': pageWithChrome(story.body) });
    const run = await p.ingestPaths([file ?? '']);
    expect(run.bySource(file ?? '').status).toBe('ingested');
    const [stored] = await p.store.getArticles([run.bySource(file ?? '').articleId ?? '']);
    expect(stored?.text).toContain(personName(2));
    for (const hidden of ['Kozlov', 'Petrova', 'Salgado', 'Schroeder', 'Antonov', 'Draxler', 'dataLayer', 'color: red']) {
      expect(stored?.text).not.toContain(hidden);
    }
    const names = await entityNames(p.store);
    expect(names).toContain(personName(2));
    expect(names.filter((n) => /Kozlov|Petrova|Salgado|Antonov|Draxler|Orlova/.test(n))).toEqual([]);
  });

  it('reads a page nested 10,000 elements deep without overflowing the stack', async () => {
    const story = leadershipStory(1);
    const deep = `<html><body>${'<div>'.repeat(10_000)}<p>${story.body.replace('\n\n', '</p><p>')}</p>${'</div>'.repeat(10_000)}</body></html>`;
    const [file] = await writeFiles(p.inputDir, { 'deep.html': deep });
    const run = await p.ingestPaths([file ?? '']);
    expect(run.bySource(file ?? '').status).toBe('ingested');
    expect(await entityNames(p.store)).toContain(personName(1));
  });

  it('segments and mines an article with no sentence-ending punctuation', async () => {
    const text = leadershipStory(11).body.replace(/[.!?]/g, '');
    const [file] = await writeFiles(p.inputDir, { 'no-punctuation.txt': text });
    const run = await p.ingestPaths([file ?? '']);
    expect(run.bySource(file ?? '').status).toBe('ingested');
    const [stored] = await p.store.getArticles([run.bySource(file ?? '').articleId ?? '']);
    expect(stored?.sentences.length).toBeGreaterThan(0);
    for (const s of stored?.sentences ?? []) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(stored?.text.length ?? 0);
    }
    expect(await entityNames(p.store)).toContain(personName(11));
  });

  it('recognises a French article and reports it as not English without mining it', async () => {
    const [file] = await writeFiles(p.inputDir, { 'francais.txt': FRENCH_STORY });
    const run = await p.ingestPaths([file ?? '']);
    expect(run.bySource(file ?? '')).toMatchObject({ status: 'rejected', reason: 'not-english' });
    expect(run.bySource(file ?? '').message).toContain("'fr'");
    expect((await p.store.stats()).articles).toBe(0);
    expect(await entityNames(p.store)).toEqual([]);
  });

  it('ingests an article whose front matter is not YAML, without its metadata, saying why', async () => {
    const story = leadershipStory(3);
    const [file] = await writeFiles(p.inputDir, { 'broken-yaml.md': `---\ntitle: "unclosed\npublished: [2023\n: : :\n---\n${story.body}\n` });
    const run = await p.ingestPaths([file ?? '']);
    const outcome = run.bySource(file ?? '');
    expect(outcome.status).toBe('ingested');
    expect(outcome.diagnostics?.join('\n')).toMatch(/not valid YAML/);
    const [stored] = await p.store.getArticles([outcome.articleId ?? '']);
    expect(stored?.text).not.toContain('unclosed');
    expect(stored?.published).toBeNull();
  });

  it.each([
    ['a date that does not exist', '2023-13-45'],
    ['a date that is not a date', 'sometime last spring'],
    ['a date in the future', '2031-01-01'],
  ])('leaves the publication date empty for %s, saying why', async (_what, value) => {
    const story = leadershipStory(4);
    const [file] = await writeFiles(p.inputDir, { 'dated.md': `---\ntitle: Dated\npublished: ${value}\n---\n${story.body}\n` });
    const outcome = (await p.ingestPaths([file ?? ''])).bySource(file ?? '');
    expect(outcome.status).toBe('ingested');
    expect(outcome.diagnostics?.join('\n')).toContain(value);
    const [stored] = await p.store.getArticles([outcome.articleId ?? '']);
    expect(stored?.published).toBeNull();
    expect(stored?.title).toBe('Dated');
  });

  it('stores the same article under two names once, reporting the second as a duplicate', async () => {
    const [first, second] = await writeFiles(p.inputDir, { 'a-original.md': frontMatterArticle(6), 'b-copy.md': frontMatterArticle(6) });
    const run = await p.ingestPaths([p.inputDir]);
    expect(run.bySource(first ?? '').status).toBe('ingested');
    const duplicate = run.bySource(second ?? '');
    expect(duplicate).toMatchObject({ status: 'duplicate', reason: 'same-content' });
    expect(duplicate.message).toContain(run.bySource(first ?? '').articleId);
    expect((await p.store.stats()).articles).toBe(1);
  });

  it('replaces the facts of an article updated in place: the old entity disappears, the new one appears', async () => {
    const [file] = await writeFiles(p.inputDir, { 'story.md': frontMatterArticle(20) });
    const before = (await p.ingestPaths([file ?? ''])).bySource(file ?? '');
    expect(before.status).toBe('ingested');
    const oldName = personName(20);
    expect(await entityNames(p.store)).toContain(oldName);

    const newName = 'Theodora Quennell';
    await writeFile(file ?? '', frontMatterArticle(20).split(oldName).join(newName));
    const after = (await p.ingestPaths([file ?? ''])).bySource(file ?? '');
    expect(after).toMatchObject({ status: 'ingested', articleId: before.articleId });
    const names = await entityNames(p.store);
    expect(names).toContain(newName);
    expect(names).not.toContain(oldName);
    expect((await p.store.searchEntities({ text: oldName, limit: 5 })).map((e) => e.name)).not.toContain(oldName);
    expect((await p.store.stats()).articles).toBe(1);
    // The same file again changes nothing.
    expect((await p.ingestPaths([file ?? ''])).bySource(file ?? '').status).toBe('unchanged');
  });
});

describe('a batch mixing good and bad input', () => {
  it('ingests every good article and reports each bad one with its reason', async () => {
    const p = await openPipeline({ maxArticleBytes: 200_000 });
    try {
      const dir = p.inputDir;
      const good = await writeFiles(dir, {
        'good-1.md': frontMatterArticle(30),
        'good-2.html': pageWithChrome(leadershipStory(31).body),
        'good-3.txt': leadershipStory(32).body,
        'good-deep.html': `<div>${'<section>'.repeat(10_000)}<p>${leadershipStory(33).body}</p>${'</section>'.repeat(10_000)}</div>`,
        'good-latin1.txt': Buffer.from(leadershipStory(34).body.replace('statement', 'communiqué'), 'latin1'),
        'good-bad-yaml.md': `---\ntitle: [oops\n---\n${leadershipStory(35).body}`,
        'good-future-date.md': `---\npublished: 2099-01-01\n---\n${leadershipStory(36).body}`,
        'good-no-punctuation.txt': leadershipStory(37).body.replace(/[.]/g, ''),
      });
      // In a subdirectory, so the walk (files first, then subdirectories) meets the copy after its original.
      const more = path.join(dir, 'more');
      await writeFiles(more, {
        'bad-copy.md': frontMatterArticle(30),
        'bad-empty.txt': '',
        'bad-blank.txt': '\n\n   \n',
        'bad-french.txt': FRENCH_STORY,
        'bad-pdf.txt': tinyPdf('not an article'),
        'bad-png.html': tinyPng(),
        'bad-zip.md': tinyZip('a.txt', 'hello'),
        'bad-huge.txt': '',
        'bad-markup-only.html': '<html><head><script>var x = 1;</script></head><body><nav>Home</nav></body></html>',
      });
      await truncate(path.join(more, 'bad-huge.txt'), 50 * 1024 * 1024);
      const missing = path.join(dir, 'no-such-file.txt');
      const run = await p.ingestPaths([dir, missing]);

      expect(run.summary.read).toBe(good.length + 10);
      expect(run.summary.byStatus.ingested).toBe(good.length);
      for (const file of good) expect(run.bySource(file).status).toBe('ingested');
      const reasons = Object.fromEntries(run.summary.problems.map((problem) => [path.basename(problem.source ?? ''), problem.reason]));
      expect(reasons).toEqual({
        'bad-copy.md': 'same-content',
        'bad-empty.txt': 'empty',
        'bad-blank.txt': 'empty',
        'bad-french.txt': 'not-english',
        'bad-pdf.txt': 'binary',
        'bad-png.html': 'binary',
        'bad-zip.md': 'binary',
        'bad-huge.txt': 'too-large',
        'bad-markup-only.html': 'no-text',
        'no-such-file.txt': 'not-found',
      });
      for (const problem of run.summary.problems) expect(problem.message.length).toBeGreaterThan(10);
      // Articles read despite a problem are ingested, and the summary says what was set aside, naming the file once.
      expect(run.summary.notes).toEqual([
        expect.stringMatching(/^[^:]*good-bad-yaml\.md: front matter is not valid YAML/),
        expect.stringMatching(/^[^:]*good-future-date\.md: front matter published "2099-01-01" lies in the future/),
      ]);
      expect((await p.store.stats()).articles).toBe(good.length);
    } finally {
      await p.cleanup();
    }
  });
});
