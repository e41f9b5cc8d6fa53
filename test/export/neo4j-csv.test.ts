import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { csvField, neo4jImportCommand, writeNeo4jCsv } from '../../src/export/neo4j-csv';
import { awkwardSnapshot } from '../store/neo4j/snapshot-fixture';

/** RFC 4180 parser: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  return rows;
}

describe('writeNeo4jCsv', () => {
  let dir: string;
  let files: string[];
  const read = async (name: string) => parseCsv(await readFile(path.join(dir, name), 'utf8'));
  const column = (rows: string[][], name: string, id: string) => {
    const header = rows[0] ?? [];
    const line = rows.find((r) => r[0] === id) ?? [];
    return line[header.indexOf(name)];
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-csv-'));
    files = await writeNeo4jCsv(awkwardSnapshot(), dir);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes node files, one relationship file per type, provenance files and the import script', () => {
    expect(files.map((f) => path.basename(f))).toEqual([
      'articles.csv',
      'entities.csv',
      'events.csv',
      'edges-announced.csv',
      'edges-member-of.csv',
      'edges-targeted.csv',
      'mentions-entities.csv',
      'mentions-events.csv',
      'import.sh',
    ]);
    expect(files.every((f) => path.isAbsolute(f))).toBe(true);
  });

  it('uses the typed headers neo4j-admin import expects', async () => {
    expect((await read('entities.csv'))[0]).toEqual([
      'id:ID(Entity)',
      ':LABEL',
      'name',
      'aliases:string[]',
      'roles:string[]',
      'formTexts:string[]',
      'formArticles:string[]',
      'sources:string[]',
      'supportCount:int',
      'mentionCount:int',
      'nameKeys:string[]',
    ]);
    expect((await read('articles.csv'))[0]?.slice(0, 2)).toEqual(['id:ID(Article)', ':LABEL']);
    expect((await read('articles.csv'))[0]).toContain('sentenceStarts:int[]');
    expect((await read('edges-targeted.csv'))[0]?.slice(0, 6)).toEqual([':START_ID(Event)', ':END_ID(Entity)', ':TYPE', 'id', 'sources:string[]', 'supportCount:int']);
    expect((await read('edges-announced.csv'))[0]?.slice(0, 2)).toEqual([':START_ID(Entity)', ':END_ID(Event)']);
    expect((await read('mentions-events.csv'))[0]?.slice(0, 3)).toEqual([':START_ID(Article)', ':END_ID(Event)', ':TYPE']);
  });

  it('quotes awkward fields and keeps line breaks, with arrays split on ";" only between elements', async () => {
    const articles = await read('articles.csv');
    expect(column(articles, 'title', 'a1')).toBe('Pentagon: "ISIS No. 2" killed, officials say; <update> & more');
    expect(column(articles, 'text', 'a1')).toBe('Text of a1. Second sentence of a1.\n\nA new paragraph, with "quotes"; and a semicolon.');
    expect(column(articles, 'title', 'a2')).toBe('');
    expect(column(articles, 'sentenceStarts:int[]', 'a1')).toBe('0;12');
    const entities = await read('entities.csv');
    expect(column(entities, ':LABEL', 'p-imam')).toBe('Entity;Person');
    // The alias's own ';' becomes a full-width semicolon so it is not split into two aliases.
    expect(column(entities, 'aliases:string[]', 'p-imam')).toBe('Abd al-Rahman\uFF1B al-Qaduli;Haji Iman');
    expect(column(entities, 'supportCount:int', 'p-imam')).toBe('2');
    const targeted = await read('edges-targeted.csv');
    const edge = targeted.find((r) => r[0] === 'ev-kill') ?? [];
    expect(edge.slice(0, 3)).toEqual(['ev-kill', 'p-imam', 'TARGETED']);
    expect(edge[targeted[0]?.indexOf('statuses:string[]') ?? -1]).toBe('stated;hedged');
  });

  it('records which article mentions what, with the forms each used', async () => {
    const mentions = await read('mentions-entities.csv');
    expect(mentions.filter((r) => r[1] === 'p-imam').map((r) => [r[0], r[3]])).toEqual([
      ['a1', 'Abd al-Rahman\uFF1B al-Qaduli;Haji Imam'],
      ['a2', 'Haji Iman'],
    ]);
    const events = await read('mentions-events.csv');
    expect(events.slice(1).map((r) => r.slice(0, 5))).toEqual([
      ['a1', 'ev-kill', 'MENTIONS', 'stated', '2016-03-19'],
      ['a2', 'ev-kill', 'MENTIONS', 'hedged', '2016-03-24'],
    ]);
  });

  it('writes the exact import command: node files as --nodes, the rest as --relationships', async () => {
    const script = await readFile(path.join(dir, 'import.sh'), 'utf8');
    expect(script).toContain('neo4j-admin database import full neo4j');
    expect(script).toContain('--nodes=entities.csv');
    expect(script).toContain('--relationships=edges-targeted.csv');
    expect(script).toContain("--array-delimiter=';'");
    expect(script).toContain('--multiline-fields=true');
    const command = neo4jImportCommand(['/x/articles.csv', '/x/mentions-events.csv'], 'news');
    expect(command).toMatch(/^neo4j-admin database import full news/);
    expect(command.indexOf('--nodes=/x/articles.csv')).toBeLessThan(command.indexOf('--relationships=/x/mentions-events.csv'));
  });

  it('quotes a field only when it needs to', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(' padded')).toBe('" padded"');
  });
});
