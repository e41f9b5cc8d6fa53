/** JSON Lines output shared by the embedded store's snapshots and the benchmark corpus. */
import type { FileHandle } from 'node:fs/promises';

/**
 * Writes values as JSON Lines through a file handle in ~1 MiB chunks (one huge string could exceed
 * V8's string limit for a large graph). Returns the bytes written.
 */
export async function writeJsonLines(handle: FileHandle, values: Iterable<unknown>): Promise<number> {
  let bytes = 0;
  let chunk = '';
  const write = async () => {
    bytes += Buffer.byteLength(chunk, 'utf8');
    await handle.writeFile(chunk, 'utf8');
    chunk = '';
  };
  for (const value of values) {
    chunk += `${JSON.stringify(value)}\n`;
    if (chunk.length > 1 << 20) await write();
  }
  await write();
  return bytes;
}
