import fc from 'fast-check';
import { extractArticle } from '../../src/extract';
import { docFromText } from './helpers';

// Words that exercise titles, particles, triggers, dates, quotes and punctuation in random orders.
const WORDS = [
  'The', 'the', 'U.S.', 'Defense', 'Secretary', 'Ash', 'Carter', 'said', 'killed', 'was', 'by', 'forces', 'in', 'Iraq',
  'al-Qaduli', 'Abu', 'Sarah', 'also', 'known', 'as', '"', '\u201c', '\u201d', '(', ')', ',', '.', ';', "'s", '\u2019s',
  'Islamic', 'State', 'ISIS', 'leader', 'of', 'strike', 'against', 'attack', 'on', 'Friday', 'this', 'week', 'March', '20',
  'named', 'CEO', 'replacing', 'He', 'his', 'death', 'Council', 'on', 'Foreign', 'Relations', 'Mr.', 'Gen.', 'capture',
  'town', 'Syrian', 'province', 'Hasakah', 'WASHINGTON', '\u2014', 'bin', 'von', 'der', 'Leyen', 'Inc.', 'who', 'resigned',
];

describe('extraction invariants on arbitrary word sequences', () => {
  it('never throws, and every offset and evidence matches the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 80 }), fc.boolean(), (words, dated) => {
        const text = words.join(' ');
        const x = extractArticle(docFromText(text, dated ? '2016-03-25' : null));
        const keys = new Set(x.entities.map((e) => e.key));
        for (const e of x.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        for (const ev of x.events) {
          for (const k of [...ev.agents, ...ev.targets, ...ev.places, ...ev.announcers]) expect(keys.has(k)).toBe(true);
          for (const e of ev.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
          if (ev.date) expect(ev.date.start <= ev.date.end).toBe(true);
        }
        for (const r of x.relations) for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
