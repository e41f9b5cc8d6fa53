/** Line-by-line file output shared by the embedded store's snapshots, the CSV export and the benchmark corpus. */
import { open, type FileHandle } from 'node:fs/promises';

/** Size of the buffer lines are gathered in before each write. */
const CHUNK_BYTES = 1 << 20;

/**
 * Writes lines (each gets a '\n') through a file handle, one write per ~1 MiB. Lines are encoded into one
 * reused buffer: gathering them in a string instead made a megabyte string per write, which V8 allocates among
 * long-lived objects, so a snapshot of a large graph grew the heap by its own size before a full collection
 * reclaimed it. Returns the bytes written.
 */
export async function writeLines(handle: FileHandle, lines: Iterable<string> | AsyncIterable<string>): Promise<number> {
  let bytes = 0;
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = 0;
  const write = async (buffer: Buffer, length: number) => {
    let done = 0;
    while (done < length) done += (await handle.write(buffer, done, length - done)).bytesWritten;
    bytes += length;
  };
  for await (const text of lines) {
    const line = `${text}\n`;
    const length = Buffer.byteLength(line, 'utf8');
    if (used + length > CHUNK_BYTES) {
      await write(chunk, used);
      used = 0;
    }
    if (length > CHUNK_BYTES) await write(Buffer.from(line, 'utf8'), length);
    else used += chunk.write(line, used, 'utf8');
  }
  await write(chunk, used);
  return bytes;
}

function* jsonTexts(values: Iterable<unknown>): Generator<string> {
  for (const value of values) yield JSON.stringify(value);
}

/** Writes values as JSON Lines (see `writeLines`). Returns the bytes written. */
export async function writeJsonLines(handle: FileHandle, values: Iterable<unknown>): Promise<number> {
  return writeLines(handle, jsonTexts(values));
}

/** Writes lines (see `writeLines`) into `file`, created or emptied first. Returns the bytes written. */
export async function writeLinesToFile(file: string, lines: Iterable<string> | AsyncIterable<string>): Promise<number> {
  const handle = await open(file, 'w');
  try {
    return await writeLines(handle, lines);
  } finally {
    await handle.close();
  }
}
