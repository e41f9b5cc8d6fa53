/**
 * Shared harness of our own check sets (test/fixtures/<set>: articles/ and gold/ side by side, gold by the rules
 * of ../shared/eval/README.md): ingest every article into a temporary store, export, score with the scorer, and
 * find violence reported from articles whose gold holds none.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { EVAL_DIR, exportJson, score, tempStore, type ScoreReport } from './dev-set.helpers';

/** The parts of the JSON export the check-set tests read. */
export interface CheckSetGraph {
  nodes: { id: string; label: string; name: string; properties?: { eventType?: string; sources?: string[] } }[];
  edges: { type: string; source: string; target: string; properties?: { evidence?: ({ article?: string } | string)[] } }[];
}

/** One scored run over a check set. */
export interface CheckSetRun {
  report: ScoreReport;
  graph: CheckSetGraph;
  /** Stored article id → the file stem it came from. */
  stemOf: Map<string, string>;
  goldDir: string;
  /** Gold files in the set. */
  goldCount: number;
}

/** Gold event types and relation types that only violent news has. */
const VIOLENT_EVENT_TYPES = new Set(['Killing', 'Attack', 'Strike', 'Capture', 'Offensive']);
const VIOLENT_RELATIONS = new Set(['KILLED', 'ATTACKED']);

/**
 * Registers hooks that ingest, export and score `test/fixtures/<setName>` once for the test file (every article
 * must ingest) and logs the figures; call the returned function inside tests. Only where the scorer exists.
 */
export function useCheckSet(setName: string): () => CheckSetRun {
  const setDir = resolve(__dirname, '..', 'fixtures', setName);
  const articlesDir = join(setDir, 'articles');
  const goldDir = join(setDir, 'gold');
  let run: CheckSetRun | null = null;
  let env: Awaited<ReturnType<typeof tempStore>> | null = null;
  beforeAll(async () => {
    env = await tempStore();
    const stemOf = new Map<string, string>();
    for (const file of readdirSync(articlesDir).filter((f) => !f.startsWith('.')).sort()) {
      const outcome = await env.ingestFile(join(articlesDir, file));
      expect(outcome.status).toBe('ingested');
      if (outcome.articleId) stemOf.set(outcome.articleId, basename(file, extname(file)));
    }
    const text = await exportJson(env.store);
    const report = score(EVAL_DIR as string, text, env.dir, { gold: goldDir, articles: articlesDir });
    const goldCount = readdirSync(goldDir).filter((f) => f.endsWith('.json')).length;
    run = { report, graph: JSON.parse(text) as CheckSetGraph, stemOf, goldDir, goldCount };
    console.log(
      `${setName} (${stemOf.size} articles): entities F1 ${report.entities.f1.toFixed(3)} ` +
        `(split ${report.entities.splits}, over-merged ${report.entities.merges}); ` +
        `events F1 ${report.events.f1.toFixed(3)} (dates right ${report.events.datesRight}/${report.events.datesGiven}); ` +
        `relations F1 ${report.relations.f1.toFixed(3)} (P ${report.relations.precision.toFixed(3)}, R ${report.relations.recall.toFixed(3)}); ` +
        `evidence ${report.provenance.evidenceOk}/${report.provenance.evidenceChecked}`,
    );
  });
  afterAll(async () => {
    await env?.cleanup();
  });
  return () => {
    if (run === null) throw new Error(`useCheckSet(${setName}): the run exists only inside tests`);
    return run;
  };
}

/** File stems of the articles whose gold records no violent event or relation. */
export function calmStems(goldDir: string): Set<string> {
  const stems = new Set<string>();
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as {
      article: string;
      events?: { type: string }[];
      relations: { type: string }[];
    };
    const violent = (gold.events ?? []).some((e) => VIOLENT_EVENT_TYPES.has(e.type)) || gold.relations.some((r) => VIOLENT_RELATIONS.has(r.type));
    if (!violent) stems.add(gold.article);
  }
  return stems;
}

/** Killing events and KILLED edges the run draws from articles whose gold holds no violence, as readable strings. */
export function violenceFromCalmArticles(run: CheckSetRun): { calm: Set<string>; killings: string[]; killed: string[] } {
  const calm = calmStems(run.goldDir);
  const fromCalm = (articleId: string): boolean => calm.has(run.stemOf.get(articleId) ?? '');
  const evidenceArticles = (edge: CheckSetGraph['edges'][number]): string[] =>
    (edge.properties?.evidence ?? []).flatMap((e) => (typeof e === 'string' || !e.article ? [] : [e.article]));
  const killings = run.graph.nodes
    .filter((n) => n.label === 'Event' && n.properties?.eventType === 'Killing' && (n.properties.sources ?? []).some(fromCalm))
    .map((n) => n.name);
  const killed = run.graph.edges
    .filter((e) => e.type === 'KILLED' && evidenceArticles(e).some(fromCalm))
    .map((e) => `${e.source} KILLED ${e.target}`);
  return { calm, killings, killed };
}
