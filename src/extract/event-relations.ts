/**
 * Relations that follow from events: KILLED (agent → victim of a Killing; orders and competing claims never
 * give an event an agent, see find-events), ATTACKED (attacker → attacked place or group) and ANNOUNCED (announcer → event), each with the
 * event's sentences as evidence.
 */
import { addRelation } from './find-roles';
import type { Extractor, WorkingEvent, WorkingState } from './state';

/** Sentences of the event that mention the entity, else the event's first sentence. */
function evidenceSentences(state: WorkingState, ev: WorkingEvent, entity: number): number[] {
  const e = state.entities[entity];
  const mentioned = new Set((e?.mentions ?? []).map((id) => state.mentions[id]?.sentence));
  const sentences = ev.evidence.map((x) => state.sentences.findIndex((s) => s.start === x.start)).filter((i) => i >= 0);
  const hits = sentences.filter((i) => mentioned.has(i));
  return hits.length > 0 ? hits : sentences.slice(0, 1);
}

/** Extractor: KILLED, ATTACKED and ANNOUNCED from the events found. */
export const eventRelations: Extractor = {
  name: 'event-relations',
  requires: ['entities', 'events'],
  assigns: ['event-relations'],
  run(state: WorkingState): void {
    state.events.forEach((ev, index) => {
      // Evidence: the event's sentences that name the attacker/announcer (or, for a victim, the victim).
      const relate = (type: 'KILLED' | 'ATTACKED', sources: readonly number[], evidenceBy: 'source' | 'target'): void => {
        for (const source of sources) {
          for (const target of ev.targets) {
            for (const s of evidenceSentences(state, ev, evidenceBy === 'source' ? source : target)) addRelation(state, type, source, target, s, ev.status);
          }
        }
      };
      if (ev.eventType === 'Killing') relate('KILLED', ev.agents, 'target');
      if (ev.eventType === 'Attack') relate('ATTACKED', ev.agents, 'source');
      for (const announcer of ev.announcers) {
        for (const s of evidenceSentences(state, ev, announcer)) addRelation(state, 'ANNOUNCED', announcer, index, s, ev.status);
      }
    });
  },
};
