import { mkdtemp, open, readFile, rm, stat, type FileHandle } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Journal } from '../../../src/store/embedded/persistence';

describe('Journal (grouped appends)', () => {
  let dir: string;
  let journal: Journal;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-journal-'));
    journal = new Journal(path.join(dir, 'journal.jsonl'));
    await journal.open(0, 0);
  });
  afterEach(async () => {
    await journal.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });
  const onDisk = async () => (await stat(journal.file)).size;
  const lines = async () => (await readFile(journal.file, 'utf8')).split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as unknown);

  it('holds small appends back, counts them in its size, and writes them in order on sync', async () => {
    await journal.append([{ n: 1 }]);
    await journal.append([{ n: 2 }, { n: 3 }]);
    expect(journal.size).toBe('{"n":1}\n{"n":2}\n{"n":3}\n'.length);
    expect(await onDisk()).toBe(0);
    await journal.sync();
    expect(await lines()).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it('writes pending lines by itself shortly after the last append', async () => {
    await journal.append([{ n: 1 }]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await lines()).toEqual([{ n: 1 }]);
  });

  it('writes at once when a group is full', async () => {
    const big = 'x'.repeat(40 * 1024);
    await journal.append([{ big }]);
    expect(await onDisk()).toBe(journal.size);
  });

  it('writes what is pending before it is emptied for a snapshot, and on close', async () => {
    await journal.append([{ n: 1 }]);
    await journal.reset();
    expect(await onDisk()).toBe(0);
    expect(journal.size).toBe(0);
    await journal.append([{ n: 2 }]);
    await journal.close();
    expect(await lines()).toEqual([{ n: 2 }]);
  });

  it('fails every later call once a write has failed', async () => {
    // Every FileHandle shares one prototype: a full disk is simulated on it for one write.
    const probe = await open(journal.file, 'r');
    const appendFile = jest.spyOn(Object.getPrototypeOf(probe) as FileHandle, 'appendFile');
    await probe.close();
    appendFile.mockRejectedValueOnce(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
    try {
      await journal.append([{ n: 1 }]);
      await expect(journal.sync()).rejects.toThrow('ENOSPC');
      await expect(journal.append([{ n: 2 }])).rejects.toThrow('ENOSPC');
      await expect(journal.sync()).rejects.toThrow('ENOSPC');
    } finally {
      appendFile.mockRestore();
    }
  });
});
