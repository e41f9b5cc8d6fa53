/**
 * Relations that follow from events: KILLED (agent → victim of a Killing; orders and competing claims never
 * give an event an agent, see find-events), ATTACKED (attacker → attacked place or group) and ANNOUNCED (announcer → event), each with the
 * event's sentences as evidence.
 */
import { sentenceMentions } from './coref';
import { addRelation, postAfterAs, relationFor } from './find-roles';
import { titleBefore } from './lexicon-access';
import type { Extractor, WorkingEvent, WorkingState } from './state';

/** Sentences of the event that mention the entity, else the event's first sentence. */
function evidenceSentences(state: WorkingState, ev: WorkingEvent, entity: number): number[] {
  const e = state.entities[entity];
  const mentioned = new Set((e?.mentions ?? []).map((id) => state.mentions[id]?.sentence));
  const sentences = ev.evidence.map((x) => state.sentences.findIndex((s) => s.start === x.start)).filter((i) => i >= 0);
  const hits = sentences.filter((i) => mentioned.has(i));
  return hits.length > 0 ? hits : sentences.slice(0, 1);
}

/**
 * "Acme named Maria Lopez as its chief executive": the post named after the appointee is a post in the
 * appointing organisation (LEADS for heading offices, MEMBER_OF otherwise).
 */
function appointedPost(state: WorkingState, ev: WorkingEvent): void {
  const agent = state.entities[ev.agents[0] ?? -1];
  const person = ev.targets[0];
  if (person === undefined) return;
  for (const e of ev.evidence) {
    const s = state.sentences.find((x) => x.start === e.start);
    const m = s ? sentenceMentions(state, s.index).find((x) => x.entity === person) : undefined;
    if (!s || !m) continue;
    // "named Cook, the company's chief operating officer, as the new CEO": the post after "as" is the one given.
    for (let j = m.tokEnd; j < s.tokens.length; j++) {
      const w = s.tokens[j]?.lower ?? '';
      if (w === ';' || (w === 'and' && j > m.tokEnd + 2 && s.tokens[j + 1]?.kind === 'word' && !s.tokens[j + 1]?.cap)) break;
      if (w !== 'as') continue;
      const post = postAfterAs(state, s, j);
      const target = agent?.label === 'Group' ? agent : post?.target;
      const type = post && target ? relationFor(post.entry, target, false) : null;
      if (type && target) {
        addRelation(state, type, person, target.index, s.index, ev.status);
        return;
      }
      break;
    }
    const org = agent;
    if (!org || org.label !== 'Group') return;
    for (let end = Math.min(s.tokens.length, m.tokEnd + 8); end > m.tokEnd; end--) {
      const title = titleBefore(s.tokens, s.texts, end);
      if (!title || title.start < m.tokEnd) continue;
      const type = relationFor(title.entry, org, false);
      if (type) addRelation(state, type, person, org.index, s.index, ev.status);
      return;
    }
  }
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
      if (ev.eventType === 'Appointment') appointedPost(state, ev);
      for (const announcer of ev.announcers) {
        for (const s of evidenceSentences(state, ev, announcer)) addRelation(state, 'ANNOUNCED', announcer, index, s, ev.status);
      }
    });
  },
};
