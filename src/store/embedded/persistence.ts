/**
 * Files of the embedded store: an append-only JSON Lines journal, atomic snapshots that fold it, and a
 * lock file so only one process writes a data directory.
 */
import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, rename, truncate, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { NewsgraphError, StoreUnavailableError } from '../../errors';

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

/**
 * True when `error` is a Node system error with this code. Not `instanceof Error`: errors made by Node
 * internals come from another realm under test runners that sandbox modules.
 */
export function isErrno(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
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

/** The append-only journal: lines are appended as written and made durable by `sync`. */
export class Journal {
  private handle: FileHandle | null = null;
  private bytes = 0;

  constructor(readonly file: string) {}

  /** Opens for appending, first cutting off a torn last line so new lines never join it. */
  async open(validBytes: number, tornBytes: number): Promise<void> {
    if (tornBytes > 0) await truncate(this.file, validBytes);
    this.handle = await open(this.file, 'a');
    this.bytes = validBytes;
  }

  /** Size of the journal in bytes. */
  get size(): number {
    return this.bytes;
  }

  /** Appends complete lines (each value on its own line). */
  async append(values: readonly unknown[]): Promise<void> {
    if (values.length === 0) return;
    const data = values.map((v) => `${JSON.stringify(v)}\n`).join('');
    await this.requireHandle().appendFile(data, 'utf8');
    this.bytes += Buffer.byteLength(data, 'utf8');
  }

  /** Makes every appended line durable. */
  async sync(): Promise<void> {
    await this.requireHandle().sync();
  }

  /** Empties the journal once a snapshot holds everything in it. */
  async reset(): Promise<void> {
    await this.requireHandle().truncate(0);
    await this.requireHandle().sync();
    this.bytes = 0;
  }

  async close(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    if (handle) {
      await handle.sync();
      await handle.close();
    }
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
