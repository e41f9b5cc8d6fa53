import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { exportJsonPieces, exportJsonText, toExportGraph, type ExportSource } from '../../src/export/json';
import { resolveArticle } from '../../src/resolve';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import type { GraphSnapshot } from '../../src/store/graph-store';
import { articleFixture } from '../store/contract';
import { EVAL_DIR, evalKitMissing, loadGoldArticles } from '../resolve/gold-extractions';

/** Ingests the gold articles in the given order through resolution into a fresh embedded store. */
async function goldGraph(order: 'forward' | 'reverse'): Promise<GraphSnapshot> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-export-'));
  const store = new EmbeddedGraphStore({ dataDir });
  await store.init();
  try {
    const articles = loadGoldArticles();
    if (order === 'reverse') articles.reverse();
    for (const { doc, extraction } of articles) {
      const contribution = await resolveArticle(doc, extraction, store);
      await store.putArticles([{ article: articleFixture(doc.id, { published: doc.meta.published }), contribution }]);
    }
    return await store.snapshot();
  } finally {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

interface ScoreReport {
  entities: { recall: number; precision: number; splits: number; merges: number };
  events: { recall: number; duplicates: number; datesRight: number; datesGiven: number };
  relations: { recall: number; precision: number };
  provenance: { relationEdges: number; edgesWithEvidence: number; evidenceChecked: number; evidenceOk: number };
  detail: { splits: unknown[]; mergeErrors: unknown[] };
}

describe('toExportGraph', () => {
  const snapshot: GraphSnapshot = {
    articles: [articleFixture('art-b'), articleFixture('art-a', { title: null })],
    entities: [
      {
        id: 'p1',
        label: 'Person',
        name: 'Ash Carter',
        aliases: ['Carter'],
        roles: ['Defense Secretary'],
        forms: [
          { form: 'Ash Carter', articleIds: ['art-a', 'art-b'] },
          { form: 'Carter', articleIds: ['art-b'] },
        ],
        sources: ['art-a', 'art-b'],
        mentionCount: 3,
      },
    ],
    events: [
      {
        id: 'e1',
        eventType: 'Killing',
        name: 'Killing of Haji Imam',
        date: { start: '2016-03-19', end: '2016-03-25', text: 'this week' },
        datesBySource: [{ articleId: 'art-a', date: { start: '2016-03-19', end: '2016-03-25', text: 'this week' } }],
        statuses: [{ articleId: 'art-a', status: 'hedged' }],
        evidence: [],
        figuresBySource: [],
        sources: ['art-a'],
      },
    ],
    edges: [
      {
        id: 'r1',
        type: 'ANNOUNCED',
        source: 'p1',
        target: 'e1',
        evidence: [{ articleId: 'art-a', text: 'Carter said.', start: 4, end: 16 }],
        statuses: [{ articleId: 'art-a', status: 'attributed' }],
        sources: ['art-a'],
      },
    ],
  };

  it('streams exactly the text it would write in one string, for a graph with and without nodes or edges', () => {
    const pieces = (source: ExportSource) => `${[...exportJsonPieces(source)].join('\n')}\n`;
    for (const source of [snapshot, { ...snapshot, edges: [] }, { articles: [], entities: [], events: [], edges: [] }]) {
      expect(pieces(source)).toBe(exportJsonText(source));
    }
    // Article nodes need metadata only: what listArticles gives.
    const metas = snapshot.articles.map(({ text: _text, sentences: _sentences, ...meta }) => meta);
    expect(pieces({ ...snapshot, articles: metas })).toBe(exportJsonText(snapshot));
  });

  it('writes entities, events and articles in the scorer shape, sorted by id', () => {
    const graph = toExportGraph(snapshot);
    expect(graph.nodes.map((n) => `${n.label}:${n.id}:${n.name}`)).toEqual([
      'Article:art-a:art-a',
      'Article:art-b:Title art-b',
      'Event:e1:Killing of Haji Imam',
      'Person:p1:Ash Carter',
    ]);
    const person = graph.nodes.find((n) => n.id === 'p1');
    expect(person?.aliases).toEqual(['Carter']);
    expect(person?.properties).toEqual({
      roles: ['Defense Secretary'],
      sources: ['art-a', 'art-b'],
      formsByArticle: { 'art-a': ['Ash Carter'], 'art-b': ['Ash Carter', 'Carter'] },
      mentionCount: 3,
    });
    expect(graph.nodes.find((n) => n.id === 'e1')?.properties).toMatchObject({
      eventType: 'Killing',
      dateStart: '2016-03-19',
      dateEnd: '2016-03-25',
      dateText: 'this week',
      statuses: [{ article: 'art-a', status: 'hedged' }],
    });
    expect(graph.edges).toEqual([
      {
        id: 'r1',
        type: 'ANNOUNCED',
        source: 'p1',
        target: 'e1',
        properties: {
          evidence: [{ article: 'art-a', text: 'Carter said.', start: 4, end: 16 }],
          sources: ['art-a'],
          statuses: [{ article: 'art-a', status: 'attributed' }],
          supportCount: 1,
        },
      },
    ]);
  });

  it('gives byte-identical text for the same graph whatever order it was built in', async () => {
    const skip = evalKitMissing();
    if (skip) {
      console.log(`skipped: ${skip}`);
      return;
    }
    expect(exportJsonText(await goldGraph('reverse'))).toBe(exportJsonText(await goldGraph('forward')));
  });

  it('scores the gold annotations, resolved across the five outlets, with no wrong merge', async () => {
    const skip = evalKitMissing();
    if (skip) {
      console.log(`skipped: ${skip}`);
      return;
    }
    const work = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-score-'));
    try {
      const file = path.join(work, 'graph.json');
      await writeFile(file, exportJsonText(await goldGraph('forward')));
      const out = execFileSync(process.execPath, [
        path.join(EVAL_DIR, 'score.mjs'),
        '--graph', file,
        '--gold', path.join(EVAL_DIR, 'gold'),
        '--articles', path.join(EVAL_DIR, 'articles'),
        '--json',
      ]);
      const report = JSON.parse(out.toString('utf8')) as ScoreReport;
      console.log(
        `gold through resolution: entities R ${report.entities.recall.toFixed(3)} P ${report.entities.precision.toFixed(3)} ` +
          `splits ${JSON.stringify(report.detail.splits)} merges ${JSON.stringify(report.detail.mergeErrors)}; ` +
          `events R ${report.events.recall.toFixed(3)} duplicates ${report.events.duplicates}; ` +
          `relations R ${report.relations.recall.toFixed(3)} P ${report.relations.precision.toFixed(3)}`,
      );
      expect(report.entities.recall).toBe(1);
      expect(report.entities.merges).toBe(0);
      expect(report.provenance.evidenceOk).toBe(report.provenance.evidenceChecked);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
