import { contextKeys, leadSameNode, roleKey, sharesContext, type ContextArticle } from '../../src/resolve/corroboration';

const none = () => [];

function article(published: string | null, partial: Partial<ContextArticle>): ContextArticle {
  return { published, entities: [], events: [], relations: [], ...partial };
}

describe('contextKeys: what an article says a person does', () => {
  const entities = [
    { key: 'p', label: 'Person' as const, name: 'Esmail Ghaani', forms: [] },
    { key: 'g', label: 'Group' as const, name: 'Quds Force', forms: [] },
    { key: 'us', label: 'Place' as const, name: 'United States', forms: [] },
    { key: 'army', label: 'Group' as const, name: 'the army', forms: [] },
  ];

  it('records the node a person leads, with the year of the report, and the groups they belong to', () => {
    const keys = contextKeys(
      article('2020-01-03', {
        entities,
        relations: [
          { type: 'LEADS', source: 'p', target: 'g' },
          { type: 'MEMBER_OF', source: 'p', target: 'g' },
          { type: 'LEADS', source: 'g', target: 'us' },
        ],
      }),
      none,
    );
    expect(keys.get('p')).toEqual(['r:lead:qads farca', 'r:lead:qads farca@2020', 'r:member:qads farca']);
    // Only people get context keys: a group leading a place is not what they are for.
    expect(keys.has('g')).toBe(false);
  });

  it('records who killed a person and the year of the killing, with lexicon ids of the killer', () => {
    const keys = contextKeys(
      article(null, {
        entities,
        events: [{ eventType: 'Killing', agents: ['us'], targets: ['p'], date: { start: '2020-01-03', end: '2020-01-03', text: 'Friday' } }],
      }),
      (label, forms) => (forms.includes('United States') ? ['x:place:us'] : []),
    );
    expect(keys.get('p')).toEqual(['k:@2020', 'k:by:anatad statas', 'k:by:x:place:us']);
  });

  it('names nothing after a generic group ("the army") and leaves undated leadership without a year', () => {
    const keys = contextKeys(article(null, { entities, relations: [{ type: 'LEADS', source: 'p', target: 'army' }] }), none);
    expect(keys.has('p')).toBe(false);
  });
});

describe('roleKey and the corroboration tests', () => {
  it('reads one post in a named body however it is written', () => {
    expect(roleKey('commander of the Quds Force')).toBe(roleKey('head of the Qods Force'));
    expect(roleKey('Quds Force commander')).toBe(roleKey('commander of the Quds Force'));
    expect(roleKey('commander of the Quds Force')).not.toBe('');
  });

  it('gives generic roles no key: many people hold them', () => {
    expect(['deputy', 'President', 'Gen.', 'military commander', 'chief executive'].map(roleKey)).toEqual(['', '', '', '', '']);
  });

  it('shares context only through context keys, never name keys', () => {
    expect(sharesContext(['n:ali hassan', 'r:lead:x'], ['n:ali hassan'])).toBe(false);
    expect(sharesContext(['r:lead:x'], ['r:lead:x', 'n:other'])).toBe(true);
  });

  it('leads the same node in the same year, or when either side is undated', () => {
    expect(leadSameNode(['r:lead:x', 'r:lead:x@2020'], ['r:lead:x', 'r:lead:x@2020'])).toBe(true);
    expect(leadSameNode(['r:lead:x'], ['r:lead:x', 'r:lead:x@2020'])).toBe(true);
    expect(leadSameNode(['r:lead:x', 'r:lead:x@2003'], ['r:lead:x', 'r:lead:x@1990'])).toBe(false);
    expect(leadSameNode(['r:member:x'], ['r:member:x'])).toBe(false);
  });
});
