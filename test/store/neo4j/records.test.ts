import { isInt } from 'neo4j-driver';
import { aggregateEdge, aggregateEntity, aggregateEvent } from '../../../src/store/aggregate';
import {
  articleFrom,
  articleProps,
  edgeFrom,
  edgeProps,
  edgeSupportFrom,
  entityContributionFrom,
  entityFrom,
  entityMentionProps,
  entityProps,
  eventContributionFrom,
  eventFrom,
  eventMentionProps,
  eventProps,
  type Props,
  type StoredProps,
} from '../../../src/store/neo4j/records';
import { luceneKeysQuery, luceneNameQuery } from '../../../src/store/neo4j/lucene';
import type { EventContribution } from '../../../src/model/graph';
import { articleFixture, edgeFixture, entityFixture } from '../contract';

/** What Neo4j hands back for written properties: nulls are not stored, integers come back as numbers. */
function stored(props: Props): StoredProps {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (value === null) continue;
    out[key] = Array.isArray(value) ? value.map((v) => (isInt(v) ? v.toNumber() : v)) : isInt(value) ? value.toNumber() : value;
  }
  return out;
}

function flatValues(props: Props): unknown[] {
  return Object.values(props).flatMap((v) => (Array.isArray(v) ? v : [v]));
}

const killing = (articleId: string, date: EventContribution['date'], killed: string): EventContribution => ({
  id: 'ev-1',
  eventType: 'Killing',
  name: 'Killing of Haji Imam',
  date,
  status: articleId === 'a2' ? 'hedged' : 'stated',
  evidence: [{ articleId, text: 'He was killed.', start: 10, end: 24 }],
  figures: { killed, wounded: '3' },
});

describe('Neo4j property mapping', () => {
  it('stores only strings, booleans, integers and flat lists of them: no JSON text', () => {
    const entity = aggregateEntity('p-1', [{ articleId: 'a1', c: entityFixture('p-1', 'Person', 'Haji Imam', ['Imam']) }]);
    const event = aggregateEvent('ev-1', [{ articleId: 'a1', c: killing('a1', null, '1') }]);
    for (const props of [entityProps(entity, ['k']), eventProps(event), articleProps(articleFixture('a1'), { articleId: 'a1', entities: [], events: [], edges: [] })]) {
      for (const value of flatValues(props)) {
        expect(value === null || ['string', 'boolean'].includes(typeof value) || isInt(value)).toBe(true);
        if (typeof value === 'string') expect(value.startsWith('{') || value.startsWith('[{')).toBe(false);
      }
    }
  });

  it('reads back an entity aggregate with its forms by article, label and keys', () => {
    const node = aggregateEntity('p-1', [
      { articleId: 'a1', c: entityFixture('p-1', 'Person', 'Haji Iman', ['Imam']) },
      { articleId: 'a2', c: entityFixture('p-1', 'Person', 'Haji Imam', ['Imam']) },
    ]);
    const props = entityProps(node, ['k:imam', 'k:haji imam', 'k:imam']);
    expect(props.keys).toEqual(['k:haji imam', 'k:imam']);
    expect(props.nameKeys).toEqual(['haji imam', 'haji iman', 'imam']);
    expect(entityFrom(stored(props), ['Entity', 'Person'])).toEqual(node);
    expect(() => entityFrom(stored(props), ['Entity'])).toThrow(/without a Person, Group or Place label/);
  });

  it('reads back an event aggregate with per-source dates, statuses, evidence and figures', () => {
    const node = aggregateEvent('ev-1', [
      { articleId: 'a1', c: killing('a1', { start: '2016-03-19', end: '2016-03-25', text: 'this week' }, 'at least 31') },
      { articleId: 'a2', c: killing('a2', { start: '2016-03-24', end: '2016-03-24', text: 'Thursday' }, '30') },
    ]);
    expect(eventFrom(stored(eventProps(node)))).toEqual(node);
    const undated = aggregateEvent('ev-2', [{ articleId: 'a1', c: { ...killing('a1', null, '1'), id: 'ev-2', figures: {} } }]);
    expect(eventFrom(stored(eventProps(undated)))).toEqual(undated);
  });

  it('reads back contributions from MENTIONS properties', () => {
    const entity = entityFixture('p-1', 'Person', 'Ash Carter', ['Carter'], { roles: ['Defense Secretary'] });
    expect(entityContributionFrom('p-1', stored(entityMentionProps(entity, 3)))).toEqual(entity);
    const event = killing('a1', { start: '2016-03-25', end: '2016-03-25', text: 'Friday' }, '1');
    expect(eventContributionFrom('ev-1', stored(eventMentionProps(event, 0)))).toEqual(event);
  });

  it('recovers each source’s support for an edge from the stored aggregate', () => {
    const a = edgeFixture('a1', 'MEMBER_OF', 'p-1', 'g-1');
    const b = edgeFixture('a2', 'MEMBER_OF', 'p-1', 'g-1', 'hedged');
    const edge = aggregateEdge(a.id, [
      { articleId: 'a2', c: b },
      { articleId: 'a1', c: a },
    ]);
    const back = edgeFrom({ id: edge.id, type: edge.type, source: edge.source, target: edge.target }, stored(edgeProps(edge)));
    expect(back).toEqual(edge);
    expect(edgeSupportFrom(back)).toEqual([
      { articleId: 'a1', c: a },
      { articleId: 'a2', c: b },
    ]);
    expect(aggregateEdge(edge.id, edgeSupportFrom(back))).toEqual(edge);
  });

  it('reads back an article, null metadata included', () => {
    const article = articleFixture('a1', { title: null, url: null, source: null, language: null });
    expect(articleFrom(stored(articleProps(article, { articleId: 'a1', entities: [], events: [], edges: [] })))).toEqual(article);
  });
});

describe('Lucene queries', () => {
  it('quotes and escapes every key', () => {
    expect(luceneKeysQuery('keys', ['us department', 'say "x" \\ y'])).toBe('keys:("us department" OR "say \\"x\\" \\\\ y")');
  });

  it('builds name queries from normalised words with prefix and edit-distance alternatives', () => {
    expect(luceneNameQuery("Al-Qa'ida's Qadulí")).toBe('(al OR al*) OR (qa OR qa*) OR (ida OR ida*) OR (qaduli OR qaduli* OR qaduli~1)');
    expect(luceneNameQuery('Abd al-Rahman')).toBe('(abd OR abd*) OR (al OR al*) OR (rahman OR rahman* OR rahman~1)');
    expect(luceneNameQuery('Shaddadiya')).toBe('(shaddadiya OR shaddadiya* OR shaddadiya~2)');
    expect(luceneNameQuery('  ...  ')).toBeNull();
  });
});
