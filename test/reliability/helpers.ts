/**
 * Shared pieces of the reliability suite: temporary directories and stores, the real ingest pipeline over
 * them, generated articles of our own writing, and the built CLI as a child process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { batchItems } from '../../src/cli/commands/ingest';
import type { MetadataOverrides } from '../../src/model/article';
import { ingestBatch, type BatchSummary } from '../../src/pipeline/batch';
import { createIngestor, type IngestArticleFn, type IngestOutcome } from '../../src/pipeline/ingest';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import type { GraphStore } from '../../src/store/graph-store';

/** The repository root (tests run with it as their working directory, but do not rely on that). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** The built CLI; CI builds it through `npm ci`'s prepare script, locally `npm run build`. */
export const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'main.js');

/** A fixed "now" so future-date checks do not drift with the calendar. */
export const NOW = new Date('2024-06-01T12:00:00Z');

/** A temporary directory removed by the returned cleanup. */
export async function tempDir(prefix: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `newsgraph-${prefix}-`));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A batch's summary and the outcome of each input, in order. */
export interface BatchRun {
  summary: BatchSummary;
  outcomes: IngestOutcome[];
  /** The outcome of the input read from `file`; throws when the batch never reached it. */
  bySource(file: string): IngestOutcome;
}

function outcomeFor(outcomes: readonly IngestOutcome[], file: string): IngestOutcome {
  const found = outcomes.find((o) => o.source === file);
  if (found === undefined) {
    throw new Error(`no outcome for ${file}; the batch reported: ${outcomes.map((o) => o.source).join(', ')}`);
  }
  return found;
}

/** An open embedded store in a fresh data directory, with the ingest function the CLI would build over it. */
export interface PipelineUnderTest {
  store: GraphStore;
  ingest: IngestArticleFn;
  /** Directory for input files (separate from the data directory). */
  inputDir: string;
  maxArticleBytes: number;
  /** Runs the real batch over files and directories, as `newsgraph ingest` does, keeping every outcome. */
  ingestPaths(paths: readonly string[], overrides?: MetadataOverrides): Promise<BatchRun>;
  cleanup(): Promise<void>;
}

/** Opens the real pipeline (reader, extractor, resolver, embedded store) over temporary directories. */
export async function openPipeline(options: { maxArticleBytes?: number } = {}): Promise<PipelineUnderTest> {
  const root = await tempDir('reliability');
  const inputDir = path.join(root.dir, 'input');
  const store = new EmbeddedGraphStore({ dataDir: path.join(root.dir, 'data') });
  await store.init();
  const maxArticleBytes = options.maxArticleBytes ?? 1_000_000;
  const ingest = createIngestor({ store, maxArticleBytes, clock: () => NOW });
  return {
    store,
    ingest,
    inputDir,
    maxArticleBytes,
    async ingestPaths(paths, overrides = {}) {
      const outcomes: IngestOutcome[] = [];
      const summary = await ingestBatch(batchItems(paths, maxArticleBytes, overrides, undefined), ingest, {
        now: () => 0,
        onProgress: (_done, last) => outcomes.push(last),
      });
      return { summary, outcomes, bySource: (file) => outcomeFor(outcomes, file) };
    },
    async cleanup() {
      await store.close();
      await root.cleanup();
    },
  };
}

/** Writes `files` (name → content) into `dir`, creating it; returns the absolute paths in the given order. */
export async function writeFiles(dir: string, files: Record<string, string | Uint8Array>): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    await writeFile(file, content);
    written.push(file);
  }
  return written;
}

const GIVEN = ['Maria', 'David', 'Aisha', 'Tomas', 'Ingrid', 'Kwame', 'Elena', 'Rafael', 'Nadia', 'Oliver', 'Priya', 'Samuel'];
const FAMILY = ['Lindqvist', 'Okafor', 'Castellano', 'Brennan', 'Haddad', 'Novak', 'Moreau', 'Fischer', 'Tanaka', 'Varga', 'Osei', 'Whitfield', 'Romero'];
const COMPANIES = ['Northwind Freight', 'Bluewater Energy', 'Calder Mining', 'Harbor Telecom', 'Pinecrest Foods', 'Ridgeway Insurance', 'Solano Motors'];
const CITIES = ['Chicago', 'Toronto', 'Denver', 'Manchester', 'Lyon', 'Melbourne', 'Nairobi', 'Osaka'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

function pick<T>(list: readonly T[], n: number): T {
  const value = list[n % list.length];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}

/** A person's name that differs for each `n` (combinations of given and family names). */
export function personName(n: number): string {
  return `${pick(GIVEN, n)} ${pick(FAMILY, Math.floor(n / GIVEN.length) + n)}`;
}

/**
 * A short business story of our own writing about a leadership change; `n` varies the people, company, city
 * and date so each generated article is distinct and resolution has real work to do across them.
 */
export function leadershipStory(n: number): { title: string; published: string; body: string } {
  const incoming = personName(n);
  const outgoing = personName(n + 5);
  const company = pick(COMPANIES, n);
  const city = pick(CITIES, n + 3);
  const day = (n % 27) + 1;
  const published = `2023-${String((n % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const surname = incoming.split(' ')[1] ?? incoming;
  const body =
    `${company} named ${incoming} as its new chief executive on ${pick(WEEKDAYS, n)}, the company said in a statement. ` +
    `${surname} succeeds ${outgoing}, who retired after eleven years in the role.\n\n` +
    `The board approved the appointment at a meeting in ${city}, according to the statement. ` +
    `Shares of ${company} rose 3 percent after the announcement.`;
  return { title: `${company} names ${incoming} chief executive`, published, body };
}

/** The story as a Markdown file with YAML front matter. */
export function frontMatterArticle(n: number): string {
  const story = leadershipStory(n);
  return `---\ntitle: "${story.title}"\npublished: ${story.published}\noutlet: Business Wire Test\n---\n${story.body}\n`;
}

/** Fails with a message that says what to do when the CLI has not been built. */
export function requireBuiltCli(): string {
  if (!existsSync(CLI)) {
    throw new Error(`${CLI} is missing: run \`npm run build\` first (CI builds it through npm ci's prepare script).`);
  }
  return CLI;
}

/** The exit of a child process and everything it wrote. */
export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts the built CLI with `args`; `done` resolves when it exits. The environment is test mode plus `env`. */
export function startCli(args: readonly string[], env: Record<string, string> = {}): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [requireBuiltCli(), ...args], {
    cwd: REPO_ROOT,
    // Only what the CLI needs: no inherited NEWSGRAPH_* or NEO4J_* settings from the developer's shell.
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<CliResult>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

/** Runs the built CLI to completion. */
export function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  return startCli(args, env).done;
}

/** Resolves once `check` returns a value other than undefined, polling every `everyMs`; rejects after `timeoutMs`. */
export async function waitFor<T>(check: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 20_000, everyMs = 10): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
