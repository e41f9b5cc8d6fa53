import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BodyFile, type ArticleBody } from '../../../src/store/embedded/body-file';
import { StoreUnavailableError } from '../../../src/errors';

function body(i: number, repeat = 1): ArticleBody {
  const text = `Article ${i}: the minister’s “final” word — Zürich, 北京. `.repeat(repeat);
  return { text, sentences: [{ start: 0, end: 10 + i }, { start: 11 + i, end: text.length }] };
}

describe('BodyFile', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-bodies-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads back texts with any characters and their sentences, before and after they reach the disk', () => {
    const file = BodyFile.create(path.join(dir, 'bodies.cache'));
    // About 3 MB: the first bodies are read from the file, the last from the chunk not yet written.
    for (let i = 0; i < 3000; i++) file.put(`a${i}`, body(i, 15));
    for (const i of [0, 1, 1500, 2999]) expect(file.get(`a${i}`)).toEqual(body(i, 15));
    expect(file.get('missing')).toBeNull();
    expect(file.size).toBe(3000);
    file.close();
  });

  it('holds a body larger than its write chunk', () => {
    const file = BodyFile.create(path.join(dir, 'bodies.cache'));
    const big = body(7, 40_000);
    file.put('small', body(1));
    file.put('big', big);
    file.put('after', body(2));
    expect(file.get('big')).toEqual(big);
    expect(file.get('small')).toEqual(body(1));
    expect(file.get('after')).toEqual(body(2));
    file.close();
  });

  it('counts replaced and removed bodies as dead, and a rewrite reclaims their space keeping the rest', async () => {
    const name = path.join(dir, 'bodies.cache');
    const file = BodyFile.create(name);
    for (let i = 0; i < 2000; i++) file.put(`a${i}`, body(i, 10));
    for (let i = 0; i < 1000; i++) file.put(`a${i}`, body(i + 5000, 10));
    for (let i = 1000; i < 1500; i++) file.delete(`a${i}`);
    expect(file.deadBytes).toBeGreaterThan(file.liveBytes / 2);
    const live = file.liveBytes;
    const ids = Array.from({ length: 2000 }, (_, i) => `a${i}`);
    file.rewrite(ids);
    expect(file.deadBytes).toBe(0);
    expect(file.liveBytes).toBe(live);
    expect((await stat(name)).size).toBe(live);
    expect(file.get('a3')).toEqual(body(5003, 10));
    expect(file.get('a1200')).toBeNull();
    expect(file.get('a1999')).toEqual(body(1999, 10));
    expect(file.size).toBe(1500);
    file.put('new', body(1));
    expect(file.get('new')).toEqual(body(1));
    file.close();
  });

  it('starts empty over a file a crashed process left, and removes its file on close', async () => {
    const name = path.join(dir, 'bodies.cache');
    await writeFile(name, 'left over by a crash');
    const file = BodyFile.create(name);
    expect(file.get('a0')).toBeNull();
    expect((await stat(name)).size).toBe(0);
    file.put('b', body(3));
    file.close();
    expect(await readdir(dir)).toEqual([]);
  });

  it('says the store is closed when read after close', () => {
    const file = BodyFile.create(path.join(dir, 'bodies.cache'));
    for (let i = 0; i < 3000; i++) file.put(`a${i}`, body(i, 15));
    file.close();
    expect(() => file.get('a0')).toThrow(StoreUnavailableError);
  });
});
