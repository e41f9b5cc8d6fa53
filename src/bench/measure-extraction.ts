/**
 * Extraction throughput on generated articles: our extractor on one core (extract only, and read+extract),
 * the worker pool on every core, and compromise's people/places/organizations on the very same texts.
 */
import nlp from 'compromise';
import type { ArticleDocument, RawArticle } from '../model/article';
import { extractArticle } from '../extract';
import { readArticle } from '../ingest/read-article';
import { ExtractPool, type WorkerScript } from '../pipeline/worker-pool';
import { generateCorpus } from './corpus';

/**
 * Words per wall-clock second and per CPU-second (all threads of this process) of a contender. On a shared
 * machine the CPU figure is the steadier one: it does not count time spent waiting for a core.
 */
export interface Throughput {
  wall: number;
  cpu: number;
}

/** Throughput of each contender; `words` is the whitespace-separated words of the cleaned texts. */
export interface ExtractionFigures {
  articles: number;
  words: number;
  extractOneCore: Throughput;
  readExtractOneCore: Throughput;
  readExtractPool: Throughput;
  poolWorkers: number;
  compromiseArticles: number;
  compromise: Throughput;
  /** Our extract-only CPU throughput over compromise's, on the same texts. */
  ratio: number;
}

/** Whitespace-separated words, the unit every figure here is counted in. */
export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Runs `work` over and over until at least `minMs` have passed; returns `unitsPerPass` per second. */
async function rate(unitsPerPass: number, minMs: number, work: () => void | Promise<void>): Promise<Throughput> {
  const start = performance.now();
  const cpuStart = cpuMs();
  let passes = 0;
  do {
    await work();
    passes++;
  } while (performance.now() - start < minMs);
  const units = unitsPerPass * passes * 1000;
  return { wall: units / (performance.now() - start), cpu: units / Math.max(1, cpuMs() - cpuStart) };
}

const NOW = new Date('2030-01-01T00:00:00Z');
const MAX_BYTES = 10_000_000;

/** Measures every contender; `compromiseArticles` bounds the (slow) compromise pass. */
export async function measureExtraction(options: {
  seed: number;
  articles: number;
  compromiseArticles: number;
  workers: number;
  minMs: number;
  script?: WorkerScript;
}): Promise<ExtractionFigures> {
  const raws: RawArticle[] = [];
  for (const article of generateCorpus({ seed: options.seed, count: options.articles })) {
    raws.push({ content: article.content, source: article.name });
  }
  const docs: ArticleDocument[] = raws.map((raw) => readArticle(raw, { maxBytes: MAX_BYTES, now: NOW }));
  const words = docs.reduce((sum, doc) => sum + countWords(doc.text), 0);

  // Warm up the JIT and lazily built lexicons before timing anything.
  for (const doc of docs.slice(0, 50)) extractArticle(doc);
  const extractOneCore = await rate(words, options.minMs, () => {
    for (const doc of docs) extractArticle(doc);
  });
  const readExtractOneCore = await rate(words, options.minMs, () => {
    for (const raw of raws) extractArticle(readArticle(raw, { maxBytes: MAX_BYTES, now: NOW }));
  });

  const pool = new ExtractPool({
    workers: options.workers,
    maxArticleBytes: MAX_BYTES,
    ...(options.script ? { script: options.script } : {}),
  });
  let readExtractPool: Throughput;
  try {
    // One untimed pass over every article starts the workers and warms them up, as the single-core figures
    // above are warm: each worker compiles its own code and builds its own lexicons, and a few dozen articles
    // left the first timed pass half cold (the pool then read as slower than one core).
    await Promise.all(raws.map((raw) => pool.submit(raw, NOW)));
    readExtractPool = await rate(words, options.minMs, async () => {
      await Promise.all(raws.map((raw) => pool.submit(raw, NOW)));
    });
  } finally {
    await pool.close();
  }

  // compromise is slow: the same texts, fewer of them; our extractor is re-timed on that subset for the ratio.
  const subset = docs.slice(0, options.compromiseArticles);
  const subsetWords = subset.reduce((sum, doc) => sum + countWords(doc.text), 0);
  nlp(subset[0]?.text ?? '').people();
  const compromise = await rate(subsetWords, options.minMs, () => {
    for (const doc of subset) {
      const view = nlp(doc.text);
      view.people().out('array');
      view.places().out('array');
      view.organizations().out('array');
    }
  });
  const extractSubset = await rate(subsetWords, options.minMs, () => {
    for (const doc of subset) extractArticle(doc);
  });
  return {
    articles: docs.length,
    words,
    extractOneCore,
    readExtractOneCore,
    readExtractPool,
    poolWorkers: pool.size,
    compromiseArticles: subset.length,
    compromise,
    ratio: extractSubset.cpu / compromise.cpu,
  };
}
