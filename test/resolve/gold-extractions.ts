/**
 * Test helper: the development set's gold annotations as per-article `ArticleExtraction`s, so resolution
 * and export can be measured on real outlet variation without the extractor. Gold ids are shared across
 * articles; here they are made local to each article (prefixed), so only names and aliases can join them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ArticleDocument } from '../../src/model/article';
import type { ArticleExtraction, DateRange, Evidence, ExtractedEvent } from '../../src/model/extraction';
import { ENTITY_LABELS, EVENT_TYPES, RELATION_TYPES, isOneOf } from '../../src/model/vocabulary';

/** The evaluation kit beside the repository, or null with the reason it is unusable. */
export const EVAL_DIR = path.resolve(__dirname, '..', '..', '..', 'shared', 'eval');

/** Why gold-based tests must skip, or null when the kit is there. */
export function evalKitMissing(): string | null {
  return existsSync(path.join(EVAL_DIR, 'gold')) && existsSync(path.join(EVAL_DIR, 'articles'))
    ? null
    : `no evaluation kit at ${EVAL_DIR}`;
}

interface GoldEntity {
  id: string;
  type: string;
  name: string;
  aliases?: string[];
}
interface GoldEvent {
  id: string;
  type: string;
  date?: string | string[];
  targets?: string[];
  place?: string;
  agents?: string[];
  announcedBy?: string[];
  evidence?: string;
}
interface GoldRelation {
  type: string;
  source: string | string[];
  target: string | string[];
  evidence?: string;
}
interface GoldFile {
  article: string;
  published?: string;
  entities: GoldEntity[];
  events?: GoldEvent[];
  relations: GoldRelation[];
}

function first(value: string | string[]): string {
  return Array.isArray(value) ? (value[0] ?? '') : value;
}

function dateOf(value: string | string[] | undefined): DateRange | null {
  if (value === undefined) return null;
  if (Array.isArray(value)) {
    const [start, end] = value;
    return start && end ? { start, end, text: `${start}..${end}` } : null;
  }
  if (value.length === 4) return { start: `${value}-01-01`, end: `${value}-12-31`, text: value };
  if (value.length === 7) return { start: `${value}-01`, end: `${value}-28`, text: value };
  return { start: value, end: value, text: value };
}

/** One gold article as a document plus the extraction a perfect extractor would return. */
export interface GoldArticle {
  doc: ArticleDocument;
  extraction: ArticleExtraction;
}

/** Every gold article of the kit, in file order. */
export function loadGoldArticles(): GoldArticle[] {
  const goldDir = path.join(EVAL_DIR, 'gold');
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const gold = JSON.parse(readFileSync(path.join(goldDir, file), 'utf8')) as GoldFile;
      const text = readFileSync(path.join(EVAL_DIR, 'articles', `${gold.article}.txt`), 'utf8');
      const articleId = gold.article;
      const local = (id: string) => `${articleId}:${id}`;
      const evidence = (sentence: string | undefined): Evidence[] => {
        if (!sentence) return [];
        const start = Math.max(0, text.indexOf(sentence));
        return [{ articleId, text: sentence, start, end: start + sentence.length }];
      };
      const entityIds = new Set(gold.entities.map((e) => e.id));
      const eventIds = new Set((gold.events ?? []).map((e) => e.id));
      const events: ExtractedEvent[] = (gold.events ?? []).flatMap((e) =>
        isOneOf(EVENT_TYPES, e.type)
          ? [
              {
                key: local(e.id),
                eventType: e.type,
                name: e.id,
                agents: (e.agents ?? []).filter((a) => entityIds.has(a)).map(local),
                targets: (e.targets ?? []).filter((t) => entityIds.has(t)).map(local),
                places: e.place && entityIds.has(e.place) ? [local(e.place)] : [],
                announcers: (e.announcedBy ?? []).filter((a) => entityIds.has(a)).map(local),
                date: dateOf(e.date),
                status: 'stated' as const,
                evidence: evidence(e.evidence),
                figures: {},
              },
            ]
          : [],
      );
      const extraction: ArticleExtraction = {
        articleId,
        entities: gold.entities.flatMap((e) =>
          isOneOf(ENTITY_LABELS, e.type)
            ? [{ key: local(e.id), label: e.type, name: e.name, aliases: e.aliases ?? [], roles: [], mentions: [] }]
            : [],
        ),
        events,
        relations: gold.relations.flatMap((r) => {
          const target = first(r.target);
          if (!isOneOf(RELATION_TYPES, r.type) || !(entityIds.has(target) || eventIds.has(target))) return [];
          return [
            { type: r.type, source: local(first(r.source)), target: local(target), status: 'stated' as const, evidence: evidence(r.evidence) },
          ];
        }),
        diagnostics: [],
      };
      const doc: ArticleDocument = {
        id: articleId,
        contentHash: `gold-${articleId}`,
        format: 'text',
        meta: { title: articleId, outlet: null, url: null, published: gold.published ?? null, language: 'en' },
        source: null,
        text,
        paragraphs: [],
        sentences: [],
      };
      return { doc, extraction };
    });
}
