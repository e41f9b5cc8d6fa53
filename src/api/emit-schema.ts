/**
 * Writes the schema as SDL to `schema/schema.graphql` (`npm run build && npm run schema:emit`), the committed
 * contract clients code against; `test/api/schema.test.ts` fails when it is stale.
 */
import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { printSchemaFile } from './print-schema';
import { buildNewsgraphSchema } from './schema';

/** Where the committed schema lives, relative to the repository root. */
export const SCHEMA_FILE = path.join('schema', 'schema.graphql');

async function main(): Promise<void> {
  const target = path.resolve(__dirname, '..', '..', SCHEMA_FILE);
  const text = printSchemaFile(await buildNewsgraphSchema());
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, text, 'utf8');
  process.stdout.write(`schema written to ${target}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`schema:emit failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
