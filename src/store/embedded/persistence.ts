/**
 * Files of the embedded store: an append-only JSON Lines journal, atomic snapshots that fold it, and a
 * lock file so only one process writes a data directory.
 */
import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, rename, truncate, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { NewsgraphError, StoreUnavailableError } from '../../errors';
import { isErrno } from '../../util/errno';

/** Raised when a store file is damaged beyond a torn last line. */
export class StoreCorruptError extends NewsgraphError {
  constructor(message: string) {
    super('STORE_CORRUPT', message);
    this.name = 'StoreCorruptError';
  }
}

/** What reading a JSON Lines file found. */
export interface JsonLinesRead {
  /** Bytes up to and including the last complete line. */
  validBytes: number;
  /** Bytes after it: a line cut short by a crash mid-append (0 when none). */
  tornBytes: number;
  lines: number;
}

/**
 * Streams a JSON Lines file, calling `onValue` for each complete line. A final line without its newline
 * is a torn append and is left out; a complete line that does not parse is corruption and throws.
 * Returns null when the file does not exist.
 */
export async function readJsonLines(file: string, onValue: (value: unknown) => void): Promise<JsonLinesRead | null> {
  let validBytes = 0;
  let lines = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const stream = createReadStream(file);
  try {
    for await (const chunk of stream) {
      const buffer = chunk instanceof Buffer ? chunk : Buffer.from(String(chunk));
      let from = 0;
      for (let nl = buffer.indexOf(10, from); nl !== -1; nl = buffer.indexOf(10, from)) {
        const piece = buffer.subarray(from, nl);
        const line = pending.length ? Buffer.concat([...pending, piece]).toString('utf8') : piece.toString('utf8');
        const lineBytes = pendingBytes + piece.length + 1;
        pending = [];
        pendingBytes = 0;
        lines++;
        if (line.trim() !== '') {
          let value: unknown;
          try {
            value = JSON.parse(line);
          } catch (error) {
            throw new StoreCorruptError(
              `${file}: line ${lines} is not valid JSON (${error instanceof Error ? error.message : String(error)}); ` +
                'restore the data directory from a backup or re-ingest into an empty one',
            );
          }
          onValue(value);
        }
        validBytes += lineBytes;
        from = nl + 1;
      }
      if (from < buffer.length) {
        pending.push(buffer.subarray(from));
        pendingBytes += buffer.length - from;
      }
    }
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return null;
    throw error;
  }
  return { validBytes, tornBytes: pendingBytes, lines };
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Replaces `file` atomically: `write` fills a temporary file in the same directory, which is fsync'd and
 * renamed over the target. After a failure at any point the target is untouched and no temporary file
 * remains.
 */
export async function writeFileAtomic(file: string, write: (handle: FileHandle) => Promise<void>): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const handle = await open(temp, 'w');
  try {
    try {
      await write(handle);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(path.dirname(file));
}

/** Appended lines held back until this many bytes are pending, then written in one call (group commit). */
const GROUP_BYTES = 32 * 1024;
/** Longest a pending line waits for others before it is written anyway. */
const GROUP_DELAY_MS = 50;

/**
 * The append-only journal. Appended lines are grouped and written in order, in one call per `GROUP_BYTES`
 * or after `GROUP_DELAY_MS` (a write per article cost more than resolving it); `sync` writes what is pending
 * and makes it durable. A crash loses at most the lines of the last few milliseconds, always a whole
 * suffix, so replay still yields a state the store went through. A failed write fails every later call.
 */
export class Journal {
  private handle: FileHandle | null = null;
  private bytes = 0;
  private pending: string[] = [];
  private pendingBytes = 0;
  private timer: NodeJS.Timeout | null = null;
  /** The chain of writes in order; rejected for good once one fails. */
  private writing: Promise<void> = Promise.resolve();
  private failure: Error | null = null;

  constructor(readonly file: string) {}

  /** Opens for appending, first cutting off a torn last line so new lines never join it. */
  async open(validBytes: number, tornBytes: number): Promise<void> {
    if (tornBytes > 0) await truncate(this.file, validBytes);
    this.handle = await open(this.file, 'a');
    this.bytes = validBytes;
  }

  /** Size of the journal in bytes, lines not yet written included. */
  get size(): number {
    return this.bytes;
  }

  /** Appends complete lines (each value on its own line); resolves once they are queued or written. */
  async append(values: readonly unknown[]): Promise<void> {
    if (this.failure) throw this.failure;
    if (values.length === 0) return;
    const data = values.map((v) => `${JSON.stringify(v)}\n`).join('');
    const length = Buffer.byteLength(data, 'utf8');
    this.requireHandle();
    this.pending.push(data);
    this.pendingBytes += length;
    this.bytes += length;
    if (this.pendingBytes >= GROUP_BYTES) {
      await this.writePending();
    } else if (this.timer === null) {
      // Unreferenced: a pending write never keeps the process alive; close() writes it anyway.
      this.timer = setTimeout(() => void this.writePending().catch(() => undefined), GROUP_DELAY_MS).unref();
    }
  }

  /** Makes every appended line durable. */
  async sync(): Promise<void> {
    await this.writePending();
    await this.requireHandle().sync();
  }

  /** Empties the journal once a snapshot holds everything in it. */
  async reset(): Promise<void> {
    await this.writePending();
    await this.requireHandle().truncate(0);
    await this.requireHandle().sync();
    this.bytes = 0;
  }

  async close(): Promise<void> {
    const handle = this.handle;
    try {
      if (handle) await this.writePending();
    } finally {
      this.handle = null;
      if (handle) {
        await handle.sync().catch(() => undefined);
        await handle.close();
      }
    }
  }

  /** Queues the pending lines as one write after those already queued; resolves when all are written. */
  private writePending(): Promise<void> {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.pending.length > 0) {
      const data = this.pending.join('');
      const handle = this.requireHandle();
      this.pending = [];
      this.pendingBytes = 0;
      this.writing = this.writing.then(() =>
        handle.appendFile(data, 'utf8').catch((error: unknown) => {
          this.failure = error instanceof Error ? error : new Error(String(error));
          throw this.failure;
        }),
      );
    }
    return this.writing;
  }

  private requireHandle(): FileHandle {
    if (!this.handle) throw new StoreUnavailableError(`journal ${this.file} is not open; call init() first`);
    return this.handle;
  }
}

/** Data directories locked by this process (a pid check alone cannot tell two stores in one process apart). */
const lockedHere = new Set<string>();

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isErrno(error, 'EPERM');
  }
}

/** `dataDir/LOCK` holding the writer's pid; a lock left by a process that has died is taken over. */
export class DataDirLock {
  private constructor(private readonly file: string) {}

  /** Creates the data directory if needed and takes its lock, or throws saying who holds it. */
  static async acquire(dataDir: string): Promise<DataDirLock> {
    await mkdir(dataDir, { recursive: true });
    const file = path.join(path.resolve(dataDir), 'LOCK');
    for (let attempt = 0; attempt < 2; attempt++) {
      if (lockedHere.has(file)) {
        throw new StoreUnavailableError(
          `data directory ${dataDir} is already open in this process; close the other store first`,
        );
      }
      try {
        const handle = await open(file, 'wx');
        try {
          await handle.writeFile(`${process.pid}\n`, 'utf8');
          await handle.sync();
        } finally {
          await handle.close();
        }
        lockedHere.add(file);
        return new DataDirLock(file);
      } catch (error) {
        if (!isErrno(error, 'EEXIST')) throw error;
      }
      const holder = Number.parseInt((await readFile(file, 'utf8').catch(() => '')).trim(), 10);
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && processAlive(holder)) {
        throw new StoreUnavailableError(
          `data directory ${dataDir} is locked by process ${holder} (${file}); stop that process or use ` +
            'another NEWSGRAPH_DATA_DIR (if no newsgraph process is running, delete the LOCK file)',
        );
      }
      // The holder is gone (or the file is unreadable): the lock is stale.
      await unlink(file).catch(() => undefined);
    }
    throw new StoreUnavailableError(`could not take the lock ${file}; another process keeps creating it`);
  }

  /** Releases the lock. */
  async release(): Promise<void> {
    lockedHere.delete(this.file);
    await unlink(this.file).catch(() => undefined);
  }
}
