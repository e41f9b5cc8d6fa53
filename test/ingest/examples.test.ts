/** The example articles shipped in examples/articles read as their formats promise. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ArticleDocument } from '../../src/model/article';
import { readArticle } from '../../src/ingest/read-article';

const EXAMPLES = resolve(__dirname, '..', '..', 'examples', 'articles');

function readExample(prefix: string): ArticleDocument {
  const name = readdirSync(EXAMPLES).find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`no example starting with ${prefix}`);
  const path = join(EXAMPLES, name);
  return readArticle({ content: readFileSync(path), source: path }, { maxBytes: 1_000_000, now: new Date('2025-01-01') });
}

describe('example articles', () => {
  it('reads the WordPress export without shortcodes or its Source link, its credit as its own paragraph', () => {
    const doc = readExample('01-');
    expect(doc.format).toBe('front-matter');
    expect(doc.meta).toMatchObject({ title: 'Karvenia says air strike killed Northern Valley commander', published: '2024-03-08' });
    expect(doc.text).not.toMatch(/\[ad_\d\]|Source/);
    expect(doc.text.split('\n\n').slice(-1)[0]).toBe('(Reporting by Anton Feld; Editing by Lucia Marr)');
  });

  it('reads the HTML page without navigation, share buttons, ads, related links or footer', () => {
    const doc = readExample('02-');
    expect(doc.format).toBe('html');
    expect(doc.meta).toMatchObject({ outlet: 'The Northern Courier', published: '2024-03-08' });
    expect(doc.text).not.toMatch(/Share on|Advertisement|Most read|Privacy policy|cookies|Sign up|Home/);
    expect(doc.text).toContain('Smoke rises over hills near Ostrava Gorge');
    expect(doc.paragraphs.length).toBeGreaterThan(5);
  });

  it('reads the plain-text page without player chrome, the credit copy of its caption or the promotional tail', () => {
    const doc = readExample('03-');
    expect(doc.meta).toMatchObject({ title: 'Halvorsen Maritime names Ingrid Solberg chief executive', published: null });
    expect(doc.text).not.toMatch(/please wait|0:00|Share this|Advertisement|Read more|Before it's here|Photo by/);
    expect(doc.text.match(/speaks at the Halvorsen Maritime shipyard/g)).toHaveLength(1);
  });

  it('reads the Markdown article with its list items as paragraphs', () => {
    const doc = readExample('04-');
    expect(doc.meta).toMatchObject({ outlet: 'Caldwell Gazette', published: '2024-05-13' });
    expect(doc.text).not.toMatch(/[#*>]|\]\(/);
    expect(doc.sentences.map((s) => s.text)).toContain('new tram lines to the northern suburbs,');
  });

  it('takes the plain-text follow-up date from its dateline, dropping byline and breadcrumb', () => {
    const doc = readExample('05-');
    expect(doc.meta).toMatchObject({ title: "Northern Valley militants name new commander after al-Maruni's death", published: '2024-03-11' });
    expect(doc.text).not.toMatch(/By Petra Lind|World \| Karvenia|Copyright/);
  });
});
