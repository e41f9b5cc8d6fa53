/**
 * Article bodies (cleaned text and sentence offsets) kept on disk instead of in the heap. They are most of
 * what a store holds (about 3 KB per article, since news text with typographic quotes is stored by V8 at two
 * bytes a character) and resolution never reads them: only article queries, exports and snapshots do. The
 * file is a cache derived from the snapshot and journal, which stay the durable copy: it is rebuilt on every
 * open, so a crash can never leave it out of step, and it is removed on close.
 */
import { closeSync, openSync, readSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { StoreUnavailableError } from '../../errors';
import { isErrno } from '../../util/errno';

/** What the body file holds for an article. */
export interface ArticleBody {
  text: string;
  sentences: { start: number; end: number }[];
}

/** Where the graph state keeps article bodies (the body file, or memory in tests and tools). */
export interface ArticleBodies {
  put(articleId: string, body: ArticleBody): void;
  get(articleId: string): ArticleBody | null;
  delete(articleId: string): void;
}

/** Bodies held in memory: for a graph state without a data directory (tests, in-process tools). */
export class MemoryBodies implements ArticleBodies {
  private readonly bodies = new Map<string, ArticleBody>();
  put(articleId: string, body: ArticleBody): void {
    this.bodies.set(articleId, body);
  }
  get(articleId: string): ArticleBody | null {
    return this.bodies.get(articleId) ?? null;
  }
  delete(articleId: string): void {
    this.bodies.delete(articleId);
  }
}

/** Where a body lies in the file. */
interface BodyRef {
  offset: number;
  bytes: number;
}

/** Appends are gathered into chunks of this size, so writing costs one system call per chunk, not per article. */
const CHUNK_BYTES = 1 << 20;

/** Encodes a body: text byte length, UTF-8 text, sentence count, then start/end pairs (all little-endian u32). */
function encode(body: ArticleBody): Buffer {
  const textBytes = Buffer.byteLength(body.text, 'utf8');
  const buffer = Buffer.allocUnsafe(8 + textBytes + 8 * body.sentences.length);
  buffer.writeUInt32LE(textBytes, 0);
  buffer.write(body.text, 4, 'utf8');
  let at = 4 + textBytes;
  buffer.writeUInt32LE(body.sentences.length, at);
  at += 4;
  for (const s of body.sentences) {
    buffer.writeUInt32LE(s.start, at);
    buffer.writeUInt32LE(s.end, at + 4);
    at += 8;
  }
  return buffer;
}

function decode(buffer: Buffer): ArticleBody {
  const textBytes = buffer.readUInt32LE(0);
  const text = buffer.toString('utf8', 4, 4 + textBytes);
  let at = 4 + textBytes;
  const count = buffer.readUInt32LE(at);
  at += 4;
  const sentences: { start: number; end: number }[] = new Array(count);
  for (let i = 0; i < count; i++, at += 8) sentences[i] = { start: buffer.readUInt32LE(at), end: buffer.readUInt32LE(at + 4) };
  return { text, sentences };
}

/** Bodies by article id in one append-only file, read back with positioned reads (see the module comment). */
export class BodyFile implements ArticleBodies {
  private readonly refs = new Map<string, BodyRef>();
  private fd: number;
  /** Bytes written to the file so far; appends after this are still in `chunk`. */
  private flushed = 0;
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private chunkUsed = 0;
  /** Bytes of bodies replaced or removed since the file was written afresh. */
  private dead = 0;

  private constructor(readonly file: string) {
    // 'w+' truncates: whatever a previous process left is stale by definition.
    this.fd = openSync(file, 'w+');
  }

  /** Creates (or empties) the body file at `file`. */
  static create(file: string): BodyFile {
    return new BodyFile(file);
  }

  /** Number of bodies held. */
  get size(): number {
    return this.refs.size;
  }

  /** Bytes held by bodies that were replaced or removed (reclaimed by `rewrite`). */
  get deadBytes(): number {
    return this.dead;
  }

  /** Bytes held by current bodies. */
  get liveBytes(): number {
    return this.flushed + this.chunkUsed - this.dead;
  }

  /** Stores the body of an article, replacing its previous one. */
  put(articleId: string, body: ArticleBody): void {
    const encoded = encode(body);
    // Writes first: when one fails (disk full), the previous body is still the one held.
    if (this.chunkUsed + encoded.length > this.chunk.length) this.flushChunk();
    const offset = this.flushed + this.chunkUsed;
    if (encoded.length > this.chunk.length) {
      this.writeAll(encoded, this.flushed);
      this.flushed += encoded.length;
    } else {
      encoded.copy(this.chunk, this.chunkUsed);
      this.chunkUsed += encoded.length;
    }
    this.release(articleId);
    this.refs.set(articleId, { offset, bytes: encoded.length });
  }

  /** The body of an article; null when none is held. */
  get(articleId: string): ArticleBody | null {
    const ref = this.refs.get(articleId);
    if (!ref) return null;
    if (ref.offset >= this.flushed) {
      const from = ref.offset - this.flushed;
      return decode(this.chunk.subarray(from, from + ref.bytes));
    }
    if (this.fd < 0) throw new StoreUnavailableError(`the embedded store is closed; its article texts were in ${this.file}`);
    const buffer = Buffer.allocUnsafe(ref.bytes);
    let read = 0;
    while (read < ref.bytes) {
      const n = readSync(this.fd, buffer, read, ref.bytes - read, ref.offset + read);
      if (n === 0) {
        throw new StoreUnavailableError(
          `${this.file} was cut short (body of ${articleId}); something else changed it; reopen the store`,
        );
      }
      read += n;
    }
    return decode(buffer);
  }

  /** Forgets the body of an article (its bytes stay in the file until `rewrite`). */
  delete(articleId: string): void {
    this.release(articleId);
    this.refs.delete(articleId);
  }

  /**
   * Writes the current bodies afresh, in the given order (ids without a body are skipped), and drops the
   * space of replaced and removed ones. The new file is complete before it replaces the old one.
   */
  rewrite(order: Iterable<string>): void {
    const next = new BodyFile(`${this.file}.next`);
    try {
      for (const id of order) {
        const body = this.get(id);
        if (body) next.put(id, body);
      }
      next.flushChunk();
    } catch (error) {
      next.close();
      throw error;
    }
    closeSync(this.fd);
    renameSync(next.file, this.file);
    this.fd = next.fd;
    this.flushed = next.flushed;
    this.chunk = next.chunk;
    this.chunkUsed = next.chunkUsed;
    this.dead = 0;
    this.refs.clear();
    for (const [id, ref] of next.refs) this.refs.set(id, ref);
  }

  /** Closes and removes the file (it is a cache; see the module comment). */
  close(): void {
    if (this.fd < 0) return;
    closeSync(this.fd);
    this.fd = -1;
    try {
      unlinkSync(this.file);
    } catch (error) {
      if (!isErrno(error, 'ENOENT')) throw error;
    }
  }

  private release(articleId: string): void {
    const old = this.refs.get(articleId);
    if (old) this.dead += old.bytes;
  }

  private flushChunk(): void {
    if (this.chunkUsed === 0) return;
    this.writeAll(this.chunk.subarray(0, this.chunkUsed), this.flushed);
    this.flushed += this.chunkUsed;
    // Reused: `get` decodes into new strings, so nothing handed out points into the chunk.
    this.chunkUsed = 0;
  }

  private writeAll(buffer: Buffer, position: number): void {
    let written = 0;
    try {
      while (written < buffer.length) {
        written += writeSync(this.fd, buffer, written, buffer.length - written, position + written);
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new StoreUnavailableError(
        `could not write article texts to ${this.file}: ${reason}; free disk space in the data directory and ingest again`,
        { cause: error },
      );
    }
  }
}
