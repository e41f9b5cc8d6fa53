import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawArticle } from '../../src/model/article';
import { readArticleFile, readArticleFileSync } from '../../src/ingest/sources';
import { readFileInput, withMetadata, type FileInput, type SourceItem } from '../../src/ingest/source-items';

/** What a read gave: the raw article, or the error's reason and message. */
type Read = { raw: RawArticle } | { reason: unknown; message: unknown };

function failure(error: unknown): Read {
  const fields = typeof error === 'object' && error !== null ? (error as { reason?: unknown; message?: unknown }) : {};
  return { reason: fields.reason, message: fields.message };
}

async function readAsync(path: string, maxBytes: number): Promise<Read> {
  try {
    return { raw: await readArticleFile(path, { maxBytes }) };
  } catch (error) {
    return failure(error);
  }
}

function readSync(path: string, maxBytes: number): Read {
  try {
    return { raw: readArticleFileSync(path, { maxBytes }) };
  } catch (error) {
    return failure(error);
  }
}

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-file-input-'));
  writeFileSync(join(dir, 'small.txt'), 'A short article about the harbour.');
  writeFileSync(join(dir, 'big.txt'), 'x'.repeat(5000));
  writeFileSync(join(dir, 'empty.txt'), '');
  mkdirSync(join(dir, 'folder.txt'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readArticleFileSync', () => {
  it.each([
    ['a readable file', 'small.txt'],
    ['a file over the limit', 'big.txt'],
    ['an empty file', 'empty.txt'],
    ['a directory', 'folder.txt'],
    ['a missing file', 'nope.txt'],
  ])('reads %s exactly as the async reader does', async (_, name) => {
    const path = join(dir, name);
    const expected = await readAsync(path, 1000);
    expect(readSync(path, 1000)).toEqual(expected);
  });

  it('rejects with the async reader’s reasons: too-large, unreadable, not-found', () => {
    expect(readSync(join(dir, 'big.txt'), 1000)).toMatchObject({ reason: 'too-large' });
    expect(readSync(join(dir, 'folder.txt'), 1000)).toMatchObject({ reason: 'unreadable', message: `${join(dir, 'folder.txt')} is not a regular file.` });
    expect(readSync(join(dir, 'nope.txt'), 1000)).toMatchObject({ reason: 'not-found' });
  });
});

describe('file inputs', () => {
  function fileItem(name: string, maxBytes = 1000): SourceItem {
    const path = join(dir, name);
    return { source: path, load: () => readArticleFile(path, { maxBytes }), file: { path, maxBytes } };
  }

  async function load(item: SourceItem): Promise<Read> {
    if (item.error !== undefined) throw new Error(`not a loadable item: ${item.error}`);
    try {
      return { raw: await item.load() };
    } catch (error) {
      return failure(error);
    }
  }

  function readInput(file: FileInput): Read {
    try {
      return { raw: readFileInput(file) };
    } catch (error) {
      return failure(error);
    }
  }

  it('reads a file input into what the item’s load gives, flag metadata and format included', async () => {
    const item = withMetadata(withMetadata(fileItem('small.txt'), { title: 'Harbour' }, 'text'), { outlet: 'Daily' });
    if (item.error !== undefined || item.file === undefined) throw new Error('the file was lost');
    const loaded = await load(item);
    expect(loaded).toMatchObject({ raw: { overrides: { title: 'Harbour', outlet: 'Daily' }, format: 'text' } });
    expect(readInput(item.file)).toEqual(loaded);
  });

  it('fails a file input with the reason and message its load fails with', async () => {
    for (const name of ['big.txt', 'folder.txt', 'nope.txt']) {
      const item = withMetadata(fileItem(name), { title: 'Flagged' });
      if (item.error !== undefined || item.file === undefined) throw new Error('the file was lost');
      const loaded = await load(item);
      expect(loaded).not.toHaveProperty('raw');
      expect(readInput(item.file)).toEqual(loaded);
    }
  });

  it('applies the limit the item was made with, not a default', () => {
    expect(readInput({ path: join(dir, 'big.txt'), maxBytes: 10_000 })).toHaveProperty('raw');
    expect(readInput({ path: join(dir, 'big.txt'), maxBytes: 4_999 })).toMatchObject({ reason: 'too-large' });
  });

  it('leaves items that are not files without a file input', async () => {
    const item = withMetadata({ source: 'line 3', load: async () => ({ content: 'Text.', source: 'line 3' }) }, { title: 'T' });
    expect(item).not.toHaveProperty('file');
    expect(await load(item)).toEqual({ raw: { content: 'Text.', source: 'line 3', overrides: { title: 'T' } } });
  });
});
