/** Article files on disk: a lazy, deterministic directory walk and a size-checked file reader. */
import { readFileSync, statSync, type Stats } from 'node:fs';
import { opendir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { ArticleRejectedError, describeError } from '../errors';
import type { RawArticle } from '../model/article';
import { tooLargeError } from './decode';
import { isJsonLinesPath } from './jsonl';

/**
 * One item of a walk: an article file to read (no `error`), or a path that could not be walked, with a
 * message saying why and a per-article reason ('not-found' or 'unreadable').
 */
export type WalkedPath = { path: string; error?: undefined } | { path: string; error: string; reason: string };

/** File extensions read as articles inside directories; files without an extension are read too. */
const ARTICLE_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.md', '.markdown', '.txt', '.text']);

/** True when a file name found in a directory is an article (or a JSON Lines dump of articles). */
export function isArticleFileName(name: string): boolean {
  if (name.startsWith('.')) return false;
  const extension = extname(name).toLowerCase();
  return extension === '' || ARTICLE_EXTENSIONS.has(extension) || isJsonLinesPath(name);
}

/** The per-article error for a path that cannot be read: 'not-found' or 'unreadable'. */
function unreadable(path: string, error: unknown): ArticleRejectedError {
  // Checked structurally: errors from Node's fs can come from another realm (e.g. under test runners).
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') {
    return new ArticleRejectedError('not-found', `${path} does not exist: check the path.`, { cause: error });
  }
  return new ArticleRejectedError('unreadable', `${path} cannot be read: ${describeError(error)}`, { cause: error });
}

function walkError(path: string, error: unknown): WalkedPath {
  const rejected = unreadable(path, error);
  return { path, error: rejected.message, reason: rejected.reason };
}

/** The sorted article entries and subdirectories of one directory; only this directory's names are held. */
async function listDirectory(dir: string): Promise<{ files: string[]; dirs: string[] }> {
  const files: string[] = [];
  const dirs: string[] = [];
  const handle = await opendir(dir);
  for await (const entry of handle) {
    if (entry.name.startsWith('.')) continue;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(join(dir, entry.name));
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch {
        // A dangling link is not an article; it is skipped like any other non-file.
        continue;
      }
    }
    if (isDir) dirs.push(entry.name);
    else if (isFile && isArticleFileName(entry.name)) files.push(entry.name);
  }
  // Code-unit order, not locale order: the same tree walks the same way on every machine.
  files.sort();
  dirs.sort();
  return { files, dirs };
}

/**
 * Walks files and directories lazily (depth first, sorted within each directory, hidden entries and
 * non-article extensions skipped), yielding absolute paths. A path that is missing or unreadable is
 * yielded with an error instead of stopping the walk.
 */
export async function* walkArticlePaths(paths: string[]): AsyncGenerator<WalkedPath> {
  const visited = new Set<string>();
  for (const given of paths) {
    const start = resolve(given);
    let info;
    try {
      info = await stat(start);
    } catch (error) {
      yield walkError(start, error);
      continue;
    }
    if (!info.isDirectory()) {
      // A file named explicitly is read whatever its extension: the caller asked for it.
      yield { path: start };
      continue;
    }
    const pending: string[] = [start];
    while (pending.length) {
      const dir = pending.pop();
      if (dir === undefined) break;
      let listing: { files: string[]; dirs: string[] };
      try {
        // Symlinked directories can form cycles; each real directory is walked once.
        const real = await realpath(dir);
        if (visited.has(real)) continue;
        visited.add(real);
        listing = await listDirectory(dir);
      } catch (error) {
        yield walkError(dir, error);
        continue;
      }
      for (const name of listing.files) yield { path: join(dir, name) };
      for (let i = listing.dirs.length - 1; i >= 0; i--) pending.push(join(dir, listing.dirs[i] ?? ''));
    }
  }
}

/** Stat, not-a-file and size checks shared by both readers, so a worker thread rejects exactly as this one. */
function checkArticleFile(absolute: string, info: Stats, maxBytes: number): void {
  if (!info.isFile()) {
    throw new ArticleRejectedError('unreadable', `${absolute} is not a regular file.`);
  }
  if (info.size > maxBytes) throw tooLargeError(absolute, info.size, maxBytes);
}

function rawArticle(content: Buffer, source: string): RawArticle {
  return { content: new Uint8Array(content.buffer, content.byteOffset, content.byteLength), source };
}

/**
 * Reads an article file as bytes for `readArticle`, with the absolute path as its source. Checks the size
 * with stat first: a file over `maxBytes` is rejected ('too-large') without being read.
 */
export async function readArticleFile(path: string, options: { maxBytes: number }): Promise<RawArticle> {
  const absolute = resolve(path);
  let info;
  try {
    info = await stat(absolute);
  } catch (error) {
    throw unreadable(absolute, error);
  }
  checkArticleFile(absolute, info, options.maxBytes);
  try {
    return rawArticle(await readFile(absolute), absolute);
  } catch (error) {
    throw unreadable(absolute, error);
  }
}

/**
 * `readArticleFile` for a worker thread, where blocking costs no one else and the promise machinery of the
 * async reader is pure overhead: the same checks, the same raw article, the same errors.
 */
export function readArticleFileSync(path: string, options: { maxBytes: number }): RawArticle {
  const absolute = resolve(path);
  let info;
  try {
    info = statSync(absolute);
  } catch (error) {
    throw unreadable(absolute, error);
  }
  checkArticleFile(absolute, info, options.maxBytes);
  try {
    return rawArticle(readFileSync(absolute), absolute);
  } catch (error) {
    throw unreadable(absolute, error);
  }
}
