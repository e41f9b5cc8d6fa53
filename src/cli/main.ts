#!/usr/bin/env node
/** The `newsgraph` command: ingest, serve, export. */
import 'reflect-metadata';
import { Command, Option } from 'commander';
import { NewsgraphError, describeError } from '../errors';

const program = new Command()
  .name('newsgraph')
  .description('Build a knowledge graph of people, groups, places and events from news articles.')
  .showHelpAfterError();

const dataDir = () =>
  new Option('--data-dir <dir>', 'data directory of the embedded store (env NEWSGRAPH_DATA_DIR, default ./.newsgraph)');
const store = () => new Option('--store <kind>', 'graph store (env NEWSGRAPH_STORE)').choices(['embedded', 'neo4j']);

program
  .command('ingest')
  .description('read articles (files, directories, JSON Lines dumps, web pages, RSS/Atom feeds) into the graph')
  .argument('[inputs...]', 'files, directories, .jsonl/.ndjson(.gz) dumps, or http(s) URLs of pages or feeds')
  .addOption(dataDir())
  .addOption(store())
  .addOption(new Option('--format <format>', 'force the input format').choices(['html', 'front-matter', 'text']))
  .option('--title <title>', 'title for every input (overrides the document)')
  .option('--outlet <name>', 'outlet for every input (overrides the document)')
  .option('--url <url>', 'URL for every input (overrides the document)')
  .option('--published <date>', 'publication date YYYY-MM-DD for every input (overrides the document)')
  .option('--feed <url>', 'RSS/Atom feed to ingest (repeatable)', (v: string, all: string[]) => [...all, v], [] as string[])
  .option('--concurrency <n>', 'requests in flight at once (default 4)')
  .option('--timeout <seconds>', 'time limit per request (default 20)')
  .option('--workers <n>', 'extraction threads, 0 = one per core (env NEWSGRAPH_WORKERS)')
  .option('--quiet', 'no progress display')
  .action(async (paths: string[], options) => {
    // Each command loads its own modules: `--help` and `export` need not load the GraphQL stack.
    const { runIngest } = await import('./commands/ingest.js');
    process.exitCode = await runIngest(paths, options);
  });

program
  .command('serve')
  .description('serve the GraphQL API')
  .addOption(dataDir())
  .addOption(store())
  .option('--host <host>', 'interface to listen on (env NEWSGRAPH_HOST, default 127.0.0.1)')
  .option('--port <port>', 'port (env NEWSGRAPH_PORT, default 4000)')
  .action(async (options) => {
    const { runServe } = await import('./commands/serve.js');
    process.exitCode = await runServe(options);
  });

program
  .command('export')
  .description('export the whole graph')
  .addOption(dataDir())
  .addOption(store())
  .addOption(new Option('--format <format>', 'output format').choices(['json', 'graphml', 'csv']).default('json'))
  .option('--out <path>', 'output file (json, graphml; default stdout) or directory (csv)')
  .action(async (options) => {
    const { runExport } = await import('./commands/export.js');
    process.exitCode = await runExport(options);
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  // Configuration and store errors carry a message that says what to do; anything else is a bug.
  if (error instanceof NewsgraphError) {
    process.stderr.write(`newsgraph: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`newsgraph: unexpected error: ${describeError(error)}\n`);
    if (error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  }
});
