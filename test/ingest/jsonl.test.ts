import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { articleFromRecord, isJsonLinesPath, readJsonLines } from '../../src/ingest/jsonl';
import type { SourceItem } from '../../src/ingest/source-items';
import type { RawArticle } from '../../src/model/article';
import { storyParagraphs } from './local-web';

const NOW = new Date('2024-06-01T12:00:00Z');

type Line = { source: string; raw: RawArticle } | { source: string; reason: string; message: string };

async function collect(items: AsyncIterable<SourceItem>): Promise<Line[]> {
  const lines: Line[] = [];
  for await (const item of items) {
    if (item.error !== undefined) lines.push({ source: item.source, reason: item.reason, message: item.error });
    else lines.push({ source: item.source, raw: await item.load() });
  }
  return lines;
}

const story = (n: number): string => storyParagraphs(n).join('\n\n');

describe('JSON Lines dumps', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-jsonl-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const write = async (name: string, lines: string[] | Buffer): Promise<string> => {
    const file = path.join(dir, name);
    await writeFile(file, Array.isArray(lines) ? lines.join('\n') : lines);
    return file;
  };

  it('reads one article per line with its metadata, and reports bad lines by number without stopping', async () => {
    const file = await write('dump.jsonl', [
      JSON.stringify({ text: story(1), title: 'First', outlet: 'Wire One', url: 'https://news.example/1', published: '2024-03-02' }),
      '{"text": "broken',
      '',
      JSON.stringify({ title: 'No body here', url: 'https://news.example/3' }),
      JSON.stringify({ html: `<p>${story(4)}</p>`, headline: 'Fourth', date: 'March 4, 2024', id: 'a-4' }),
      JSON.stringify([1, 2, 3]),
      JSON.stringify({ content: story(7), publishedAt: 1709856000, source: { id: null, name: 'Wire Seven' } }),
    ]);
    const lines = await collect(readJsonLines(file, { maxBytes: 100_000, now: NOW }));
    expect(lines.map((l) => ('reason' in l ? `${l.source}:${l.reason}` : l.source))).toEqual([
      'https://news.example/1',
      `${file}#L2:bad-json`,
      `${file}#L4:no-text`,
      `${file}#id=a-4`,
      `${file}#L6:not-article`,
      `${file}#L7`,
    ]);
    const [first, , , fourth, , seventh] = lines;
    expect(first && 'raw' in first && first.raw).toMatchObject({
      content: story(1),
      format: 'text',
      overrides: { title: 'First', outlet: 'Wire One', url: 'https://news.example/1', published: '2024-03-02' },
    });
    expect(fourth && 'raw' in fourth && fourth.raw).toMatchObject({
      format: 'html',
      overrides: { title: 'Fourth', published: '2024-03-04' },
    });
    // Epoch seconds 1709856000 is 2024-03-08; NewsAPI's source object gives the outlet's name.
    expect(seventh && 'raw' in seventh && seventh.raw).toMatchObject({
      overrides: { outlet: 'Wire Seven', published: '2024-03-08' },
    });
    expect(seventh && 'raw' in seventh ? seventh.raw.format : 'missing').toBeUndefined();
  });

  it('reads gzipped dumps as a stream, CRLF line ends included', async () => {
    const body = [1, 2, 3].map((n) => JSON.stringify({ body: story(n), link: `https://news.example/${n}` })).join('\r\n');
    const file = await write('dump.jsonl.gz', gzipSync(Buffer.from(`${body}\r\n`)));
    const lines = await collect(readJsonLines(file, { maxBytes: 100_000, now: NOW }));
    expect(lines.map((l) => l.source)).toEqual([1, 2, 3].map((n) => `https://news.example/${n}`));
    expect(lines.every((l) => 'raw' in l && l.raw.content === story(Number(l.source.slice(-1))))).toBe(true);
  });

  it('reports a corrupt gzip file after the lines it could read', async () => {
    const good = gzipSync(Buffer.from(`${JSON.stringify({ text: story(1) })}\n`.repeat(3)));
    const corrupt = Buffer.concat([good.subarray(0, good.length - 12), Buffer.from('not gzip at all')]);
    const file = await write('corrupt.ndjson.gz', corrupt);
    const lines = await collect(readJsonLines(file, { maxBytes: 100_000, now: NOW }));
    const last = lines[lines.length - 1];
    expect(last && 'reason' in last ? last.reason : 'none').toBe('bad-gzip');
  });

  it('refuses a line over the size limit by its number and reads the lines after it', async () => {
    const file = await write('long.jsonl', [
      JSON.stringify({ text: story(1) }),
      JSON.stringify({ text: 'x'.repeat(300_000) }),
      JSON.stringify({ text: story(3) }),
    ]);
    const lines = await collect(readJsonLines(file, { maxBytes: 10_000, now: NOW }));
    expect(lines.map((l) => ('reason' in l ? `${l.source}:${l.reason}` : l.source))).toEqual([
      `${file}#L1`,
      `${file}#L2:too-large`,
      `${file}#L3`,
    ]);
  });

  it('reports a missing file as not-found', async () => {
    const lines = await collect(readJsonLines(path.join(dir, 'absent.jsonl'), { maxBytes: 1000 }));
    expect(lines.map((l) => ('reason' in l ? l.reason : 'ok'))).toEqual(['not-found']);
  });

  it('drops dates that do not parse or lie in the future instead of failing the line', () => {
    const raw = articleFromRecord({ text: story(2), date: 'last Tuesday', url: 'ftp://x/y' }, '/d.jsonl', 9, NOW);
    expect(raw.overrides).toEqual({});
    expect(raw.source).toBe('/d.jsonl#L9');
    const future = articleFromRecord({ text: story(2), published: '2031-01-01' }, '/d.jsonl', 1, NOW);
    expect(future.overrides?.published).toBeUndefined();
  });

  it('recognises JSON Lines file names', () => {
    expect(['a.jsonl', 'b.NDJSON', 'c.jsonl.gz', 'd.ndjson.gz'].map(isJsonLinesPath)).toEqual([true, true, true, true]);
    expect(['a.json', 'b.jsonl.txt', 'c.gz'].map(isJsonLinesPath)).toEqual([false, false, false]);
  });
});
