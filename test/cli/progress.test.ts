import { createProgress } from '../../src/cli/progress';

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, write: (t: string) => (chunks.push(t), true) } };
}

describe('createProgress', () => {
  it('rewrites one line on a terminal and ends it with a newline', () => {
    const { chunks, stream } = sink(true);
    let t = 0;
    const progress = createProgress({ stream, now: () => t, intervalMs: 100 });
    for (let i = 1; i <= 5; i++) {
      t += 60;
      progress.update(i);
    }
    progress.done();
    expect(chunks.every((c) => c.startsWith('\r'))).toBe(true);
    expect(chunks.at(-1)).toMatch(/^\ringest: 5 articles, .*\n$/);
  });

  it('prints plain periodic lines when not a terminal', () => {
    const { chunks, stream } = sink(false);
    let t = 0;
    const progress = createProgress({ stream, now: () => t, intervalMs: 1000 });
    for (let i = 1; i <= 30; i++) {
      t += 100;
      progress.update(i);
    }
    progress.done();
    expect(chunks).toHaveLength(3);
    expect(chunks.every((c) => !c.includes('\r') && c.endsWith('\n'))).toBe(true);
  });
});
