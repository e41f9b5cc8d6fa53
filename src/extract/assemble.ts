/**
 * Turns the working state into the public `ArticleExtraction`: entity keys, names, aliases as written,
 * roles and mentions; events with participant keys; relations merged per (type, source, target) with all
 * their evidence sentences.
 */
import type { ArticleExtraction, ExtractedEntity, ExtractedEvent, ExtractedRelation } from '../model/extraction';
import type { FactStatus } from '../model/vocabulary';
import { eventName } from './find-events';
import type { WorkingState } from './state';

const STATUS_RANK: Record<FactStatus, number> = { stated: 3, attributed: 2, hedged: 1, disputed: 0 };

/** The extraction of a finished working state. */
export function assemble(state: WorkingState): ArticleExtraction {
  const entities: ExtractedEntity[] = state.entities.map((e) => ({
    key: e.key,
    label: e.label,
    name: e.name,
    aliases: e.forms.filter((f) => f !== e.name),
    roles: [...e.roles],
    mentions: e.mentions
      .map((id) => state.mentions[id])
      .filter((m) => m !== undefined)
      .map((m) => ({ text: m.text, start: m.start, end: m.end, sentence: m.sentence }))
      .sort((a, b) => a.start - b.start),
  }));
  const keyOf = (i: number): string => state.entities[i]?.key ?? '';
  const events: ExtractedEvent[] = state.events.map((ev, i) => ({
    key: `v${i + 1}`,
    eventType: ev.eventType,
    name: eventName(ev.eventType, state, ev),
    agents: ev.agents.map(keyOf),
    targets: ev.targets.map(keyOf),
    places: ev.places.map(keyOf),
    announcers: ev.announcers.map(keyOf),
    date: ev.date,
    status: ev.status,
    evidence: [...ev.evidence].sort((a, b) => a.start - b.start),
    figures: { ...ev.figures },
  }));
  const byKey = new Map<string, ExtractedRelation>();
  for (const r of state.relations) {
    const source = keyOf(r.source);
    const target = r.type === 'ANNOUNCED' ? `v${r.target + 1}` : keyOf(r.target);
    if (!source || !target) continue;
    const k = `${r.type}|${source}|${target}`;
    const seen = byKey.get(k);
    if (!seen) {
      byKey.set(k, { type: r.type, source, target, status: r.status, evidence: [r.evidence] });
      continue;
    }
    if (!seen.evidence.some((x) => x.start === r.evidence.start)) seen.evidence.push(r.evidence);
    if (STATUS_RANK[r.status] > STATUS_RANK[seen.status]) seen.status = r.status;
  }
  return { articleId: state.doc.id, entities, events, relations: [...byKey.values()], diagnostics: state.diagnostics };
}
