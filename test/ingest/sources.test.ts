import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArticleFile, walkArticlePaths, type WalkedPath } from '../../src/ingest/sources';

async function collect(paths: string[]): Promise<WalkedPath[]> {
  const out: WalkedPath[] = [];
  for await (const item of walkArticlePaths(paths)) out.push(item);
  return out;
}

describe('walkArticlePaths', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-walk-'));
    mkdirSync(join(dir, 'b-sub'));
    mkdirSync(join(dir, 'a-sub'));
    mkdirSync(join(dir, '.hidden-dir'));
    for (const name of ['z.txt', 'a.html', 'm.md', 'README', 'notes.markdown', 'page.htm', 'x.xhtml', 'y.text']) {
      writeFileSync(join(dir, name), 'text');
    }
    for (const name of ['.hidden.txt', 'photo.jpg', 'data.json', 'doc.pdf']) writeFileSync(join(dir, name), 'skip');
    writeFileSync(join(dir, 'b-sub', 'one.txt'), 'text');
    writeFileSync(join(dir, 'a-sub', 'two.txt'), 'text');
    writeFileSync(join(dir, '.hidden-dir', 'three.txt'), 'text');
    // A link back to the top must not make the walk loop.
    symlinkSync(dir, join(dir, 'a-sub', 'loop'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('yields article files depth first, sorted within each directory, skipping hidden files and other extensions', async () => {
    const items = await collect([dir]);
    expect(items.every((item) => item.error === undefined)).toBe(true);
    expect(items.map((item) => item.path.slice(dir.length + 1))).toEqual([
      'README',
      'a.html',
      'm.md',
      'notes.markdown',
      'page.htm',
      'x.xhtml',
      'y.text',
      'z.txt',
      join('a-sub', 'two.txt'),
      join('b-sub', 'one.txt'),
    ]);
  });

  it('yields a named file whatever its extension', async () => {
    const items = await collect([join(dir, 'data.json')]);
    expect(items).toEqual([{ path: join(dir, 'data.json') }]);
  });

  it('reports a missing path as an item and goes on with the rest', async () => {
    const missing = join(dir, 'does-not-exist');
    const items = await collect([missing, join(dir, 'b-sub')]);
    expect(items).toHaveLength(2);
    expect(items[0]?.path).toBe(missing);
    expect(items[0]).toMatchObject({ reason: 'not-found', error: `${missing} does not exist: check the path.` });
    expect(items[1]).toEqual({ path: join(dir, 'b-sub', 'one.txt') });
  });
});

describe('readArticleFile', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-read-'));
    writeFileSync(join(dir, 'small.txt'), 'A short article about the harbour.');
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(5000));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the bytes with the absolute path as source', async () => {
    const raw = await readArticleFile(join(dir, 'small.txt'), { maxBytes: 1000 });
    expect(raw.source).toBe(join(dir, 'small.txt'));
    expect(Buffer.from(raw.content).toString('utf8')).toBe('A short article about the harbour.');
  });

  it('rejects a file over the limit as too-large', async () => {
    await expect(readArticleFile(join(dir, 'big.txt'), { maxBytes: 1000 })).rejects.toMatchObject({ reason: 'too-large' });
  });

  it('rejects a missing file as not-found', async () => {
    await expect(readArticleFile(join(dir, 'nope.txt'), { maxBytes: 1000 })).rejects.toMatchObject({ reason: 'not-found' });
  });

  it('rejects a directory as unreadable', async () => {
    await expect(readArticleFile(dir, { maxBytes: 1000 })).rejects.toMatchObject({ reason: 'unreadable' });
  });
});
