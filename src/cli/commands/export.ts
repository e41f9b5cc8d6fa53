/** `newsgraph export`: the whole graph as JSON (the scorer's shape), GraphML or neo4j-admin CSV. */
import { once } from 'node:events';
import { open, writeFile } from 'node:fs/promises';
import { exportJsonPieces } from '../../export/json';
import { toGraphml } from '../../export/graphml';
import { neo4jImportCommand, writeNeo4jCsv } from '../../export/neo4j-csv';
import { storedArticles } from '../../export/article-pages';
import { writeLines } from '../../util/json-lines';
import { isErrno } from '../../store/embedded/persistence';
import { openStore } from '../../store/open-store';
import { configFrom, type CommonOptions } from '../common';

/** Flags of `export`. */
export interface ExportOptions extends CommonOptions {
  format: 'json' | 'graphml' | 'csv';
  out?: string;
}

async function writeOut(text: string, out: string | undefined): Promise<void> {
  if (out) await writeFile(out, text);
  else process.stdout.write(text);
}

/** Writes pieces of text, each followed by a newline, to `out` or standard output, waiting when a pipe is full. */
async function writePieces(pieces: Iterable<string>, out: string | undefined): Promise<void> {
  if (out) {
    const handle = await open(out, 'w');
    try {
      await writeLines(handle, pieces);
    } finally {
      await handle.close();
    }
    return;
  }
  // A reader that stops early (`| head`) closes the pipe: that ends the export quietly, as for any Unix tool.
  let closed = false;
  const onError = (error: unknown) => {
    if (isErrno(error, 'EPIPE')) closed = true;
  };
  process.stdout.on('error', onError);
  try {
    for (const piece of pieces) {
      if (closed) return;
      if (!process.stdout.write(`${piece}\n`)) await Promise.race([once(process.stdout, 'drain'), once(process.stdout, 'error')]);
    }
  } catch (error) {
    if (!isErrno(error, 'EPIPE')) throw error;
  } finally {
    process.stdout.off('error', onError);
  }
}

/** Runs the command; returns the process exit code. */
export async function runExport(options: ExportOptions): Promise<number> {
  const config = configFrom(options);
  const store = await openStore(config);
  try {
    switch (options.format) {
      case 'json': {
        // Article nodes carry metadata only, so texts are never read; the text is written a node at a time.
        const snapshot = await store.snapshot({ articles: false });
        await writePieces(exportJsonPieces({ ...snapshot, articles: await store.listArticles({}) }), options.out);
        return 0;
      }
      case 'graphml':
        await writeOut(toGraphml(await store.snapshot()), options.out);
        return 0;
      case 'csv': {
        // The bulk path for large graphs: article texts are paged in as they are written, not held all at once.
        const snapshot = await store.snapshot({ articles: false });
        const files = await writeNeo4jCsv(snapshot, options.out ?? 'neo4j-import', storedArticles(store));
        process.stdout.write(`Wrote ${files.length} files:\n${files.map((f) => `  ${f}`).join('\n')}\n`);
        process.stdout.write(`Load them into an empty database with:\n  ${neo4jImportCommand(files)}\n`);
        return 0;
      }
    }
  } finally {
    await store.close();
  }
}
