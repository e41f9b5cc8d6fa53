import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeJsonLines } from '../../src/util/json-lines';

describe('writeJsonLines', () => {
  it('writes every value as one line, small and larger than its write buffer, and returns the bytes written', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-jsonl-'));
    const file = path.join(dir, 'out.jsonl');
    const values = [
      ...Array.from({ length: 5000 }, (_, i) => ({ i, text: `line ${i}: “quoted” — Zürich 北京`.repeat(1 + (i % 7)) })),
      { big: 'x’'.repeat(700_000) },
      { after: true },
    ];
    const handle = await open(file, 'w');
    const bytes = await writeJsonLines(handle, values);
    await handle.close();
    const written = await readFile(file, 'utf8');
    expect(Buffer.byteLength(written, 'utf8')).toBe(bytes);
    expect(written.endsWith('\n')).toBe(true);
    expect(written.trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual(values);
    await rm(dir, { recursive: true, force: true });
  });
});
