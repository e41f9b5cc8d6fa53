import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runExport } from '../../../src/cli/commands/export';
import { exportJsonText } from '../../../src/export/json';
import { toGraphml } from '../../../src/export/graphml';
import { writeNeo4jCsv } from '../../../src/export/neo4j-csv';
import { EmbeddedGraphStore } from '../../../src/store/embedded/embedded-store';
import { articleFixture, entityFixture, edgeFixture } from '../../store/contract';

describe('newsgraph export', () => {
  let dir: string;
  let dataDir: string;
  let whole: Awaited<ReturnType<EmbeddedGraphStore['snapshot']>>;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-export-'));
    dataDir = path.join(dir, 'data');
    const store = new EmbeddedGraphStore({ dataDir });
    await store.init();
    await store.putArticles(
      ['art-b', 'art-a', 'art-c'].map((id) => ({
        article: articleFixture(id, { text: `${id}: the minister’s “final” word, said Ash Carter.` }),
        contribution: {
          articleId: id,
          entities: [entityFixture('p-carter', 'Person', 'Ash Carter'), entityFixture('g-dod', 'Group', 'Pentagon')],
          events: [],
          edges: [edgeFixture(id, 'LEADS', 'p-carter', 'g-dod')],
        },
      })),
    );
    whole = await store.snapshot();
    await store.close();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the JSON export piece by piece, the same text as the whole snapshot gives', async () => {
    const out = path.join(dir, 'graph.json');
    expect(await runExport({ format: 'json', out, dataDir, store: 'embedded' })).toBe(0);
    expect(await readFile(out, 'utf8')).toBe(exportJsonText(whole));
  });

  it('writes the GraphML export piece by piece, the same document as the whole snapshot gives', async () => {
    const out = path.join(dir, 'graph.graphml');
    expect(await runExport({ format: 'graphml', out, dataDir, store: 'embedded' })).toBe(0);
    expect(await readFile(out, 'utf8')).toBe(toGraphml(whole));
  });

  it('writes the CSV files with article texts paged in, the same files as from the whole snapshot', async () => {
    const streamed = path.join(dir, 'csv-streamed');
    const fromWhole = path.join(dir, 'csv-whole');
    const log = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await runExport({ format: 'csv', out: streamed, dataDir, store: 'embedded' })).toBe(0);
    } finally {
      log.mockRestore();
    }
    await writeNeo4jCsv(whole, fromWhole);
    const names = (await readdir(fromWhole)).sort();
    expect((await readdir(streamed)).sort()).toEqual(names);
    for (const name of names.filter((n) => n.endsWith('.csv'))) {
      expect(await readFile(path.join(streamed, name), 'utf8')).toBe(await readFile(path.join(fromWhole, name), 'utf8'));
    }
    expect(await readFile(path.join(streamed, 'articles.csv'), 'utf8')).toContain('the minister’s “final” word');
  });
});
