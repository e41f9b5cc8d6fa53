/** Test helpers for the extraction engine: documents from plain text, lookups by name, graph export for the scorer. */
import type { ArticleDocument } from '../../src/model/article';
import type { ArticleExtraction, ExtractedEntity, ExtractedEvent } from '../../src/model/extraction';
import { segmentText } from '../../src/text/segment';

/** A document from plain text (paragraphs separated by blank lines), English, optionally dated. */
export function docFromText(text: string, published: string | null = '2016-03-25', id = 'test'): ArticleDocument {
  const { paragraphs, sentences } = segmentText(text);
  return {
    id,
    contentHash: id,
    format: 'text',
    meta: { title: null, outlet: null, url: null, published, language: 'en' },
    source: null,
    text,
    paragraphs,
    sentences,
  };
}

/** The entity whose name or alias is `form`, or undefined. */
export function entityNamed(x: ArticleExtraction, form: string): ExtractedEntity | undefined {
  return x.entities.find((e) => e.name === form || e.aliases.includes(form));
}

/** Relations of a type as "source name -> target name" strings (ANNOUNCED targets show the event name). */
export function relationPairs(x: ArticleExtraction, type: string): string[] {
  const name = (key: string): string => x.entities.find((e) => e.key === key)?.name ?? x.events.find((v) => v.key === key)?.name ?? key;
  return x.relations.filter((r) => r.type === type).map((r) => `${name(r.source)} -> ${name(r.target)}`);
}

/** Events of a type. */
export function eventsOf(x: ArticleExtraction, type: string): ExtractedEvent[] {
  return x.events.filter((e) => e.eventType === type);
}

/** Names of an event's participants in one role. */
export function roleNames(x: ArticleExtraction, ev: ExtractedEvent, role: 'agents' | 'targets' | 'places' | 'announcers'): string[] {
  return ev[role].map((k) => x.entities.find((e) => e.key === k)?.name ?? k);
}

/** Scorer graph JSON (see ../shared/eval/README.md) for one extraction. */
export function toScorerGraph(x: ArticleExtraction): { nodes: unknown[]; edges: unknown[] } {
  const nodes: unknown[] = [];
  const edges: unknown[] = [];
  for (const e of x.entities) nodes.push({ id: e.key, label: e.label, name: e.name, aliases: e.aliases, properties: {} });
  for (const v of x.events) {
    nodes.push({
      id: v.key,
      label: 'Event',
      name: v.name,
      properties: { eventType: v.eventType, ...(v.date ? { dateStart: v.date.start, dateEnd: v.date.end } : {}) },
    });
    for (const t of v.targets) edges.push({ type: 'TARGETED', source: v.key, target: t, properties: {} });
    for (const p of v.places) edges.push({ type: 'OCCURRED_IN', source: v.key, target: p, properties: {} });
    for (const a of v.agents) edges.push({ type: 'CARRIED_OUT', source: a, target: v.key, properties: {} });
  }
  for (const r of x.relations) edges.push({ type: r.type, source: r.source, target: r.target, properties: { evidence: r.evidence } });
  return { nodes, edges };
}
