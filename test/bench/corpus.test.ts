import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corpusFileName, generateCorpus, writeCorpus, writeCorpusJsonl, type CorpusArticle } from '../../src/bench/corpus';
import { createRng } from '../../src/bench/prng';
import { readArticle } from '../../src/ingest/read-article';

const take = (seed: number, count: number): CorpusArticle[] => [...generateCorpus({ seed, count })];

describe('generateCorpus', () => {
  const articles = take(11, 400);

  it('gives the same articles for the same seed and different ones for another seed', () => {
    expect(take(11, 50)).toEqual(articles.slice(0, 50));
    const other = take(12, 50);
    expect(other.map((a) => a.content)).not.toEqual(articles.slice(0, 50).map((a) => a.content));
  });

  it('is a prefix-stable stream: a larger corpus starts with the smaller one', () => {
    expect(take(11, 120).map((a) => a.content)).toEqual(articles.slice(0, 120).map((a) => a.content));
  });

  it('writes all four page formats, and the reader detects each as what it is', () => {
    const detected = new Map<string, Set<string>>();
    for (const article of articles) {
      const doc = readArticle({ content: article.content, source: article.name }, { maxBytes: 1_000_000, now: new Date('2030-01-01') });
      const set = detected.get(article.format) ?? new Set<string>();
      set.add(doc.format);
      detected.set(article.format, set);
      // Chrome must not survive as article text.
      expect(doc.text).not.toMatch(/Skip to content|Subscribe to our newsletter|\[ad_1\]/);
    }
    expect(detected).toEqual(
      new Map([
        ['html', new Set(['html'])],
        ['front-matter', new Set(['front-matter'])],
        ['markdown', new Set(['front-matter'])],
        ['text', new Set(['text'])],
      ]),
    );
  });

  it('reports one happening through several outlets in different wording', () => {
    const byStory = new Map<number, CorpusArticle[]>();
    for (const article of articles) byStory.set(article.story, [...(byStory.get(article.story) ?? []), article]);
    const shared = [...byStory.values()].filter((reports) => reports.length >= 2);
    expect(shared.length).toBeGreaterThan(50);
    for (const reports of shared) {
      expect(new Set(reports.map((r) => r.outlet)).size).toBe(reports.length);
    }
    const distinctTexts = shared.filter((reports) => new Set(reports.map((r) => r.content)).size === reports.length);
    // Only the occasional syndicated copy repeats a text word for word.
    expect(distinctTexts.length / shared.length).toBeGreaterThan(0.95);
  });

  it('names many different people, across naming traditions and with spelling variants', () => {
    const text = articles.map((a) => a.content).join('\n');
    const names = new Set(text.match(/\b(?:Abu )?[A-Z][a-zé]+ (?:al-)?[A-Z][a-zé]+\b/g) ?? []);
    expect(names.size).toBeGreaterThan(1000);
    for (const form of ['al-', 'Abu ', 'Gen.', 'García', 'Sergei', 'Zhang', 'Okafor']) {
      expect(text).toContain(form);
    }
    // A variant spelling and its usual form both occur (transliteration differences across outlets).
    expect(/Mohammed/.test(text) && /Muhammad|Mohamed|Mohammad/.test(text)).toBe(true);
  });

  it('covers every event kind of the brief', () => {
    const text = articles.map((a) => a.content).join('\n');
    for (const cue of [/killed/, /airstrike|strike/, /attack/, /captured/, /offensive/, /named .* (CEO|chief executive)|appointed/, /election/]) {
      expect(text).toMatch(cue);
    }
  });
});

describe('writeCorpus', () => {
  it('streams the corpus to files named by index and outlet, a folder per thousand', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-corpus-'));
    try {
      const written = await writeCorpus(dir, { seed: 5, count: 30 });
      expect(written.files).toBe(30);
      const files = readdirSync(path.join(dir, '0000')).sort();
      expect(files).toHaveLength(30);
      const [first] = take(5, 1);
      expect(files[0]).toBe(path.basename(corpusFileName(0, first?.outlet ?? '', first?.format ?? 'html')));
      expect(readFileSync(path.join(dir, '0000', files[0] ?? ''), 'utf8')).toBe(first?.content);
      const jsonl = path.join(dir, 'corpus.jsonl');
      const lines = await writeCorpusJsonl(jsonl, { seed: 5, count: 30 });
      expect(lines.lines).toBe(30);
      const parsed = readFileSync(jsonl, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { content: string });
      expect(parsed[0]?.content).toBe(first?.content);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('createRng', () => {
  it('repeats its sequence for a seed and spreads picks over the whole list', () => {
    const a = createRng(42);
    const b = createRng(42);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    const rng = createRng(1);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) {
      const k = rng.int(0, 3);
      counts[k] = (counts[k] ?? 0) + 1;
    }
    for (const count of counts) expect(count).toBeGreaterThan(800);
    expect(new Set(rng.sample([1, 2, 3, 4, 5], 5))).toEqual(new Set([1, 2, 3, 4, 5]));
  });
});
