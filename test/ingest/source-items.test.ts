import { ArticleRejectedError } from '../../src/errors';
import { createLimiter, failedItem, prefetchLoads, type SourceItem } from '../../src/ingest/source-items';

const tick = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('createLimiter', () => {
  it('runs at most its size at once and starts waiting tasks in arrival order', async () => {
    const limiter = createLimiter(2);
    const started: number[] = [];
    let peak = 0;
    const tasks = [0, 1, 2, 3, 4].map((n) =>
      limiter.run(async () => {
        started.push(n);
        peak = Math.max(peak, limiter.active);
        await tick(5);
        return n * 10;
      }),
    );
    expect(await Promise.all(tasks)).toEqual([0, 10, 20, 30, 40]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
    expect(limiter.active).toBe(0);
  });

  it('frees its slot when a task fails', async () => {
    const limiter = createLimiter(1);
    await expect(limiter.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limiter.run(() => Promise.resolve('next'))).resolves.toBe('next');
  });
});

describe('prefetchLoads', () => {
  /** Items whose loads finish in reverse order of their position, recording when each load starts. */
  function slowItems(count: number, started: string[]): AsyncGenerator<SourceItem> {
    return (async function* () {
      for (let i = 0; i < count; i++) {
        const source = `item-${i}`;
        if (i === 2) {
          yield { source, error: 'cannot open', reason: 'unreadable' };
          continue;
        }
        yield {
          source,
          load: async () => {
            started.push(source);
            await tick((count - i) * 3);
            if (i === 4) throw new ArticleRejectedError('too-large', 'too big');
            return { content: `text ${i}`, source };
          },
        };
      }
    })();
  }

  it('yields items in source order, loads started ahead, failures kept with their item', async () => {
    const started: string[] = [];
    const out: string[] = [];
    for await (const item of prefetchLoads(slowItems(6, started), 3)) {
      if (item.error !== undefined) {
        out.push(`${item.source}:${item.reason}`);
        continue;
      }
      try {
        const raw = await item.load();
        out.push(`${item.source}=${String(raw.content)}`);
      } catch (error) {
        out.push(`${item.source}!${error instanceof ArticleRejectedError ? error.reason : 'other'}`);
      }
      // By the time the first article is handed over, the next loads are already under way.
      if (item.source === 'item-0') expect(started.length).toBeGreaterThan(1);
    }
    expect(out).toEqual(['item-0=text 0', 'item-1=text 1', 'item-2:unreadable', 'item-3=text 3', 'item-4!too-large', 'item-5=text 5']);
  });

  it('loads nothing more and closes its source when the consumer stops early', async () => {
    const started: string[] = [];
    let closed = false;
    async function* source(): AsyncGenerator<SourceItem> {
      try {
        for (let i = 0; i < 100; i++) {
          yield { source: `s${i}`, load: async () => (started.push(`s${i}`), { content: 'x', source: `s${i}` }) };
        }
      } finally {
        closed = true;
      }
    }
    for await (const item of prefetchLoads(source(), 2)) {
      if (item.source === 's1') break;
    }
    expect(closed).toBe(true);
    expect(started.length).toBeLessThanOrEqual(4);
  });

  it('keeps the reason of a rejection and falls back for other errors in failedItem', () => {
    expect(failedItem('u', new ArticleRejectedError('timeout', 'slow'))).toEqual({ source: 'u', error: 'slow', reason: 'timeout' });
    expect(failedItem('u', new Error('odd'), 'network')).toEqual({ source: 'u', error: 'odd', reason: 'network' });
  });
});
