/** `newsgraph export`: the whole graph as JSON (the scorer's shape), GraphML or neo4j-admin CSV. */
import { once } from 'node:events';
import { exportJsonPieces, type ExportSource } from '../../export/json';
import { graphmlPieces, type GraphmlSource } from '../../export/graphml';
import { neo4jImportCommand, writeNeo4jCsv } from '../../export/neo4j-csv';
import { storedArticles } from '../../export/article-pages';
import { writeLinesToFile } from '../../util/json-lines';
import { isErrno } from '../../util/errno';
import { openStore } from '../../store/open-store';
import type { GraphStore } from '../../store/graph-store';
import { configFrom, type CommonOptions } from '../common';

/** Flags of `export`. */
export interface ExportOptions extends CommonOptions {
  format: 'json' | 'graphml' | 'csv';
  out?: string;
}

/** The graph with article metadata only: what the JSON and GraphML exports show of articles (no text is read). */
async function graphWithoutTexts(store: GraphStore): Promise<GraphmlSource & ExportSource> {
  return { ...(await store.snapshot({ articles: false })), articles: await store.listArticles({}) };
}

/** Writes pieces of text, each followed by a newline, to `out` or standard output, waiting when a pipe is full. */
async function writePieces(pieces: Iterable<string>, out: string | undefined): Promise<void> {
  if (out) {
    await writeLinesToFile(out, pieces);
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
      case 'json':
        await writePieces(exportJsonPieces(await graphWithoutTexts(store)), options.out);
        return 0;
      case 'graphml':
        await writePieces(graphmlPieces(await graphWithoutTexts(store)), options.out);
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
