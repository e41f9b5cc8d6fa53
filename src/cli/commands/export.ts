/** `newsgraph export`: the whole graph as JSON (the scorer's shape), GraphML or neo4j-admin CSV. */
import { writeFile } from 'node:fs/promises';
import { toExportGraph } from '../../export/json';
import { openStore } from '../../store/open-store';
import { configFrom, type CommonOptions } from '../common';

/** Flags of `export`. */
export interface ExportOptions extends CommonOptions {
  format: 'json' | 'graphml' | 'csv';
  out?: string;
}

/** Runs the command; returns the process exit code. */
export async function runExport(options: ExportOptions): Promise<number> {
  const config = configFrom(options);
  const store = await openStore(config);
  try {
    const snapshot = await store.snapshot();
    if (options.format === 'json') {
      const text = `${JSON.stringify(toExportGraph(snapshot), null, 2)}\n`;
      if (options.out) await writeFile(options.out, text);
      else process.stdout.write(text);
      return 0;
    }
    process.stderr.write(`newsgraph: export format '${options.format}' is not available in this build\n`);
    return 2;
  } finally {
    await store.close();
  }
}
