/**
 * CSV files for `neo4j-admin database import full`: the fastest way to load a large graph into an empty
 * Neo4j. Same labels, relationship types and properties as the Neo4j store (`src/store/neo4j/records.ts`),
 * with typed headers (`id:ID(Entity)`, `:LABEL`, `sources:string[]`, `:START_ID(Article)`, `:TYPE`) and
 * arrays delimited by ';'. Resolution keys and per-article contributions are not part of a snapshot, so a
 * bulk-loaded database serves reads; re-ingest through the store to keep updating it article by article.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isInt } from 'neo4j-driver';
import type { ArticleRecord, EntityNode, EventNode, GraphEdge } from '../model/graph';
import type { EdgeType } from '../model/vocabulary';
import type { GraphSnapshot } from '../store/graph-store';
import { compareText } from '../store/aggregate';
import { writeLinesToFile } from '../util/json-lines';
import { articleProps, edgeProps, entityProps, eventProps, type PropValue, type Props } from '../store/neo4j/records';

/** Delimiter of array elements inside one CSV field (neo4j-admin's `--array-delimiter`). */
export const ARRAY_DELIMITER = ';';
// neo4j-admin has no escape for the array delimiter: inside an element it becomes a full-width semicolon,
// one UTF-16 unit like ';', so evidence offsets still line up with the text.
const DELIMITER_STAND_IN = '\uFF1B';

type ColumnType = 'string' | 'int' | 'string[]' | 'int[]';
type Column = readonly [name: string, type: ColumnType];

const ARTICLE_COLUMNS: readonly Column[] = [
  ['contentHash', 'string'],
  ['format', 'string'],
  ['title', 'string'],
  ['outlet', 'string'],
  ['outletKey', 'string'],
  ['url', 'string'],
  ['published', 'string'],
  ['language', 'string'],
  ['source', 'string'],
  ['text', 'string'],
  ['sentenceStarts', 'int[]'],
  ['sentenceEnds', 'int[]'],
  ['ingestedAt', 'string'],
];
const ENTITY_COLUMNS: readonly Column[] = [
  ['name', 'string'],
  ['aliases', 'string[]'],
  ['roles', 'string[]'],
  ['formTexts', 'string[]'],
  ['formArticles', 'string[]'],
  ['sources', 'string[]'],
  ['supportCount', 'int'],
  ['mentionCount', 'int'],
  ['nameKeys', 'string[]'],
];
const EVIDENCE_COLUMNS: readonly Column[] = [
  ['statusArticles', 'string[]'],
  ['statuses', 'string[]'],
  ['evidenceArticles', 'string[]'],
  ['evidenceTexts', 'string[]'],
  ['evidenceStarts', 'int[]'],
  ['evidenceEnds', 'int[]'],
];
const EVENT_COLUMNS: readonly Column[] = [
  ['eventType', 'string'],
  ['name', 'string'],
  ['dateStart', 'string'],
  ['dateEnd', 'string'],
  ['dateText', 'string'],
  ['dateArticles', 'string[]'],
  ['dateStarts', 'string[]'],
  ['dateEnds', 'string[]'],
  ['dateTexts', 'string[]'],
  ...EVIDENCE_COLUMNS,
  ['figureArticles', 'string[]'],
  ['figureKeys', 'string[]'],
  ['figureValues', 'string[]'],
  ['sources', 'string[]'],
  ['supportCount', 'int'],
];
const EDGE_COLUMNS: readonly Column[] = [['id', 'string'], ['sources', 'string[]'], ['supportCount', 'int'], ...EVIDENCE_COLUMNS];

/** One CSV field, quoted when it holds a quote, comma, line break or leading/trailing space. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function scalar(value: unknown): string {
  if (isInt(value)) return value.toString();
  return String(value);
}

function cell(value: PropValue | undefined, type: ColumnType): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    if (value.length === 0) return '';
    const parts = value.map((v) => scalar(v).split(ARRAY_DELIMITER).join(DELIMITER_STAND_IN));
    return csvField(parts.join(ARRAY_DELIMITER));
  }
  // A string that is empty stays an empty string (quoted), unlike a missing value.
  const text = scalar(value);
  return type === 'string' && text === '' ? '""' : csvField(text);
}

function header(lead: readonly string[], columns: readonly Column[]): string {
  return [...lead, ...columns.map(([name, type]) => (type === 'string' ? name : `${name}:${type}`))].map(csvField).join(',');
}

function row(lead: readonly string[], props: Props, columns: readonly Column[]): string {
  return [...lead.map(csvField), ...columns.map(([name, type]) => cell(props[name], type))].join(',');
}

const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => compareText(a.id, b.id));

/** One CSV file to write: its header line, then its rows, produced as they are written. */
type CsvFile = Iterable<string> | AsyncIterable<string>;

async function* fileLines(headerLine: string, rows: Iterable<string> | AsyncIterable<string>): AsyncGenerator<string> {
  yield headerLine;
  yield* rows;
}

function* mapRows<T>(items: Iterable<T>, toRow: (item: T) => string): Generator<string> {
  for (const item of items) yield toRow(item);
}

async function* articleRows(articles: Iterable<ArticleRecord> | AsyncIterable<ArticleRecord>): AsyncGenerator<string> {
  const noContribution = (id: string) => ({ articleId: id, entities: [], events: [], edges: [] });
  for await (const a of articles) yield row([a.id, 'Article'], articleProps(a, noContribution(a.id)), ARTICLE_COLUMNS);
}

type Space = 'Entity' | 'Event';

/** The file name of one relationship group: one per type, with the ID spaces when a type joins several. */
function edgeFileName(type: EdgeType, start: Space, end: Space, mixed: boolean): string {
  const base = `edges-${type.toLowerCase().replace(/_/g, '-')}`;
  return mixed ? `${base}-${start.toLowerCase()}-${end.toLowerCase()}.csv` : `${base}.csv`;
}

/** The `neo4j-admin` command that imports these files (node files first) into an empty database. */
export function neo4jImportCommand(files: readonly string[], database = 'neo4j'): string {
  const csv = files.filter((f) => f.endsWith('.csv'));
  const isNodes = (f: string) => /^(articles|entities|events)\.csv$/.test(path.basename(f));
  return [
    `neo4j-admin database import full ${database}`,
    '--overwrite-destination=true',
    "--id-type=string",
    `--array-delimiter='${ARRAY_DELIMITER}'`,
    '--multiline-fields=true',
    ...csv.filter(isNodes).map((f) => `--nodes=${f}`),
    ...csv.filter((f) => !isNodes(f)).map((f) => `--relationships=${f}`),
  ].join(' \\\n  ');
}

function nodeFiles(snapshot: GraphSnapshot, articles: Iterable<ArticleRecord> | AsyncIterable<ArticleRecord>): Map<string, CsvFile> {
  const files = new Map<string, CsvFile>();
  files.set('articles.csv', fileLines(header(['id:ID(Article)', ':LABEL'], ARTICLE_COLUMNS), articleRows(articles)));
  files.set(
    'entities.csv',
    fileLines(
      header(['id:ID(Entity)', ':LABEL'], ENTITY_COLUMNS),
      mapRows(byId(snapshot.entities), (n: EntityNode) => row([n.id, `Entity${ARRAY_DELIMITER}${n.label}`], entityProps(n, []), ENTITY_COLUMNS)),
    ),
  );
  files.set(
    'events.csv',
    fileLines(
      header(['id:ID(Event)', ':LABEL'], EVENT_COLUMNS),
      mapRows(byId(snapshot.events), (n: EventNode) => row([n.id, 'Event'], eventProps(n), EVENT_COLUMNS)),
    ),
  );
  return files;
}

function relationshipFiles(snapshot: GraphSnapshot): Map<string, CsvFile> {
  const space = new Map<string, Space>();
  for (const n of snapshot.entities) space.set(n.id, 'Entity');
  for (const n of snapshot.events) space.set(n.id, 'Event');
  const groups = new Map<string, { type: EdgeType; start: Space; end: Space; edges: GraphEdge[] }>();
  for (const edge of byId(snapshot.edges)) {
    const start = space.get(edge.source);
    const end = space.get(edge.target);
    if (!start || !end) continue; // neo4j-admin would reject an edge to a node that is not imported
    const key = `${edge.type}|${start}|${end}`;
    const group = groups.get(key) ?? { type: edge.type, start, end, edges: [] };
    group.edges.push(edge);
    groups.set(key, group);
  }
  const spacesPerType = new Map<EdgeType, number>();
  for (const g of groups.values()) spacesPerType.set(g.type, (spacesPerType.get(g.type) ?? 0) + 1);
  const files = new Map<string, CsvFile>();
  for (const g of [...groups.values()].sort((a, b) => compareText(edgeFileName(a.type, a.start, a.end, true), edgeFileName(b.type, b.start, b.end, true)))) {
    files.set(
      edgeFileName(g.type, g.start, g.end, (spacesPerType.get(g.type) ?? 0) > 1),
      fileLines(
        header([`:START_ID(${g.start})`, `:END_ID(${g.end})`, ':TYPE'], EDGE_COLUMNS),
        mapRows(g.edges, (e) => row([e.source, e.target, e.type], edgeProps(e), EDGE_COLUMNS)),
      ),
    );
  }
  // Provenance: which article mentions which entity (with the forms it used) and which event.
  function* entityMentions(): Generator<string> {
    for (const n of byId(snapshot.entities)) {
      for (const articleId of n.sources) {
        const forms = n.forms.filter((f) => f.articleIds.includes(articleId)).map((f) => f.form);
        yield row([articleId, n.id, 'MENTIONS'], { forms }, [['forms', 'string[]']]);
      }
    }
  }
  files.set('mentions-entities.csv', fileLines(header([':START_ID(Article)', ':END_ID(Entity)', ':TYPE'], [['forms', 'string[]']]), entityMentions()));
  const eventColumns: readonly Column[] = [['status', 'string'], ['dateStart', 'string'], ['dateEnd', 'string'], ['dateText', 'string']];
  function* eventMentions(): Generator<string> {
    for (const n of byId(snapshot.events)) {
      for (const articleId of n.sources) {
        const date = n.datesBySource.find((d) => d.articleId === articleId)?.date ?? null;
        const status = n.statuses.find((s) => s.articleId === articleId)?.status ?? null;
        yield row(
          [articleId, n.id, 'MENTIONS'],
          { status, dateStart: date?.start ?? null, dateEnd: date?.end ?? null, dateText: date?.text ?? null },
          eventColumns,
        );
      }
    }
  }
  files.set('mentions-events.csv', fileLines(header([':START_ID(Article)', ':END_ID(Event)', ':TYPE'], eventColumns), eventMentions()));
  return files;
}

/**
 * Writes the snapshot as neo4j-admin import CSV files into `dir` (created if needed) plus `import.sh`
 * holding the exact import command (run from that folder), and returns the paths written (CSV files, then
 * the script). Rows are written as they are made, never a whole file in memory. `articles`, when given, is
 * read instead of `snapshot.articles`: a large store pages them in, texts included, as they are written.
 */
export async function writeNeo4jCsv(
  snapshot: GraphSnapshot,
  dir: string,
  articles: Iterable<ArticleRecord> | AsyncIterable<ArticleRecord> = byId(snapshot.articles),
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, lines] of [...nodeFiles(snapshot, articles), ...relationshipFiles(snapshot)]) {
    const file = path.resolve(dir, name);
    await writeLinesToFile(file, lines);
    written.push(file);
  }
  const script = path.resolve(dir, 'import.sh');
  await writeFile(
    script,
    [
      '#!/bin/sh',
      '# Loads these files into an EMPTY, STOPPED Neo4j database (it replaces the database).',
      '# With docker compose: docker compose stop neo4j, then run this inside the image with this folder mounted.',
      'set -e',
      'cd "$(dirname "$0")"',
      neo4jImportCommand(written.map((f) => path.basename(f))),
      '',
    ].join('\n'),
    { encoding: 'utf8', mode: 0o755 },
  );
  written.push(script);
  return written;
}
