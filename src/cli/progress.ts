/** Progress display for long ingests: one live line on a terminal, plain periodic lines otherwise. */
import type { IngestOutcome } from '../pipeline/ingest';

/** Where progress goes and how often. */
export interface ProgressOptions {
  stream: NodeJS.WriteStream | { write(text: string): boolean; isTTY?: boolean };
  now: () => number;
  /** Minimum milliseconds between updates. */
  intervalMs?: number;
}

/** A progress reporter: `update` after every article, `done` once at the end. */
export interface ProgressReporter {
  update(done: number, last?: IngestOutcome): void;
  done(): void;
}

/** Creates a reporter suited to the stream (TTY or not). */
export function createProgress(options: ProgressOptions): ProgressReporter {
  const tty = options.stream.isTTY === true;
  const interval = options.intervalMs ?? (tty ? 100 : 5000);
  const started = options.now();
  let lastShown = started;
  let shownOnce = false;
  let latest = 0;
  const line = (done: number): string => {
    const seconds = (options.now() - started) / 1000;
    const rate = seconds > 0 ? (done / seconds).toFixed(1) : '-';
    return `ingest: ${done} articles, ${rate}/s`;
  };
  return {
    update(done) {
      latest = done;
      const now = options.now();
      if (now - lastShown < interval) return;
      lastShown = now;
      shownOnce = true;
      options.stream.write(tty ? `\r${line(done)}` : `${line(done)}\n`);
    },
    done() {
      if (tty && shownOnce) options.stream.write(`\r${line(latest)}\n`);
    },
  };
}
