import { checkRegistry, EXTRACTORS, extractArticle, type Extractor } from '../../src/extract';
import { docFromText } from './helpers';

const TEXT = [
  'KABUL — Taliban fighters attacked a checkpoint in Kunduz on Tuesday, Afghan officials said.',
  'Interior Minister Omar Sadiq said the attack killed 9 policemen. Sadiq, a former general, visited the site.',
  'The Taliban\'s spokesman, Zabihullah Mujahid, said the group carried out the assault.',
].join('\n\n');

describe('extractArticle', () => {
  it('gives mention, event and relation offsets that lie in the text and match it', () => {
    const x = extractArticle(docFromText(TEXT));
    expect(x.entities.length).toBeGreaterThan(3);
    for (const e of x.entities) {
      for (const m of e.mentions) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(TEXT.length);
        expect(TEXT.slice(m.start, m.end)).toBe(m.text);
      }
      expect([e.name, ...e.aliases].length).toBe(new Set([e.name, ...e.aliases]).size);
    }
    for (const ev of x.events) for (const e of ev.evidence) expect(TEXT.slice(e.start, e.end)).toBe(e.text);
    for (const r of x.relations) for (const e of r.evidence) expect(TEXT.slice(e.start, e.end)).toBe(e.text);
  });

  it('uses only keys it defines', () => {
    const x = extractArticle(docFromText(TEXT));
    const entityKeys = new Set(x.entities.map((e) => e.key));
    const eventKeys = new Set(x.events.map((e) => e.key));
    for (const ev of x.events) for (const k of [...ev.agents, ...ev.targets, ...ev.places, ...ev.announcers]) expect(entityKeys.has(k)).toBe(true);
    for (const r of x.relations) {
      expect(entityKeys.has(r.source)).toBe(true);
      expect((r.type === 'ANNOUNCED' ? eventKeys : entityKeys).has(r.target)).toBe(true);
    }
  });

  it('is deterministic', () => {
    expect(extractArticle(docFromText(TEXT))).toEqual(extractArticle(docFromText(TEXT)));
  });

  it('returns an empty extraction with a diagnostic for a non-English document', () => {
    const doc = { ...docFromText('Le ministre a annoncé la mort du chef du groupe armé vendredi à Paris.'), meta: { title: null, outlet: null, url: null, published: null, language: 'fr' } };
    const x = extractArticle(doc);
    expect(x.entities).toEqual([]);
    expect(x.diagnostics.map((d) => d.code)).toEqual(['not-english']);
  });

  it('returns an empty extraction with a diagnostic for a very short document', () => {
    const x = extractArticle(docFromText('Photo: Reuters'));
    expect(x.entities).toEqual([]);
    expect(x.diagnostics.map((d) => d.code)).toEqual(['too-short']);
  });

  it('leaves credit lines out of the people it finds', () => {
    const x = extractArticle(docFromText('The talks in Oslo ended on Monday without a deal.\n\n(Reporting by Nils Berg; Editing by Kari Holm)'));
    expect(x.entities.filter((e) => e.label === 'Person')).toEqual([]);
  });
});

describe('the extractor registry', () => {
  it('runs every extractor after the ones it depends on', () => {
    expect(() => checkRegistry(EXTRACTORS)).not.toThrow();
  });

  it('rejects an order where an extractor needs a slot nobody filled yet', () => {
    const reversed: Extractor[] = [...EXTRACTORS].reverse();
    expect(() => checkRegistry(reversed)).toThrow(/requires/);
  });
});
