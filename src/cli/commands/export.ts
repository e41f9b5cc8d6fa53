/** `newsgraph export`: the whole graph as JSON (the scorer's shape), GraphML or neo4j-admin CSV. */
import { writeFile } from 'node:fs/promises';
import { toExportGraph } from '../../export/json';
import { toGraphml } from '../../export/graphml';
import { neo4jImportCommand, writeNeo4jCsv } from '../../export/neo4j-csv';
import { storedArticles } from '../../export/article-pages';
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

/** Runs the command; returns the process exit code. */
export async function runExport(options: ExportOptions): Promise<number> {
  const config = configFrom(options);
  const store = await openStore(config);
  try {
    switch (options.format) {
      case 'json':
        await writeOut(`${JSON.stringify(toExportGraph(await store.snapshot()), null, 2)}\n`, options.out);
        return 0;
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
