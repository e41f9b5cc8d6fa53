/** A small snapshot with awkward text (quotes, commas, semicolons, markup, line breaks) for export tests. */
import type { GraphSnapshot } from '../../../src/store/graph-store';
import { aggregateEdge, aggregateEntity, aggregateEvent } from '../../../src/store/aggregate';
import { articleFixture, edgeFixture, entityFixture, eventFixture } from '../contract';

/** Two outlets reporting one killing, with text that exercises every escaping rule of XML and CSV. */
export function awkwardSnapshot(): GraphSnapshot {
  const a1 = articleFixture('a1', {
    title: 'Pentagon: "ISIS No. 2" killed, officials say; <update> & more',
    outlet: 'Reuters',
    text: 'Text of a1. Second sentence of a1.\n\nA new paragraph, with "quotes"; and a semicolon.',
  });
  const a2 = articleFixture('a2', { outlet: 'Bloomberg', published: '2016-03-26', title: null });
  const imam1 = entityFixture('p-imam', 'Person', 'Haji Imam', ['Abd al-Rahman; al-Qaduli'], { roles: ['finance "minister"'] });
  const imam2 = entityFixture('p-imam', 'Person', 'Haji Iman');
  const carter = entityFixture('p-carter', 'Person', 'Ash Carter', ['Carter'], { roles: ['Defense Secretary'] });
  const isis = entityFixture('g-is', 'Group', 'Islamic State', ['ISIS', 'ISIL']);
  const kill1 = { ...eventFixture('ev-kill', 'a1', 'Killing', 'Killing of Haji Imam', { start: '2016-03-19', end: '2016-03-25', text: 'this week' }), figures: { killed: '1' } };
  const kill2 = { ...eventFixture('ev-kill', 'a2', 'Killing', 'Killing of Haji Imam', { start: '2016-03-24', end: '2016-03-24', text: 'Thursday' }), status: 'hedged' as const, figures: { killed: '2' } };
  const targeted1 = { ...edgeFixture('a1', 'TARGETED', 'ev-kill', 'p-imam'), evidence: [{ articleId: 'a1', text: 'US forces & "allies" killed him <today>\u0007.', start: 0, end: 11 }] };
  const targeted2 = edgeFixture('a2', 'TARGETED', 'ev-kill', 'p-imam', 'hedged');
  const announced = edgeFixture('a1', 'ANNOUNCED', 'p-carter', 'ev-kill', 'attributed');
  const member = edgeFixture('a2', 'MEMBER_OF', 'p-imam', 'g-is');
  const dangling = edgeFixture('a2', 'LOCATED_IN', 'g-is', 'l-nowhere');
  return {
    articles: [a1, a2],
    entities: [
      aggregateEntity('g-is', [{ articleId: 'a2', c: isis }]),
      aggregateEntity('p-carter', [{ articleId: 'a1', c: carter }]),
      aggregateEntity('p-imam', [
        { articleId: 'a1', c: imam1 },
        { articleId: 'a2', c: imam2 },
      ]),
    ],
    events: [
      aggregateEvent('ev-kill', [
        { articleId: 'a1', c: kill1 },
        { articleId: 'a2', c: kill2 },
      ]),
    ],
    edges: [
      aggregateEdge(announced.id, [{ articleId: 'a1', c: announced }]),
      aggregateEdge(dangling.id, [{ articleId: 'a2', c: dangling }]),
      aggregateEdge(member.id, [{ articleId: 'a2', c: member }]),
      aggregateEdge(targeted1.id, [
        { articleId: 'a1', c: targeted1 },
        { articleId: 'a2', c: targeted2 },
      ]),
    ],
  };
}
