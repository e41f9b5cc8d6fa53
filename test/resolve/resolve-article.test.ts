import { resolveArticle } from '../../src/resolve';
import { GraphState } from '../../src/store/embedded/graph-state';
import type { ArticleDocument } from '../../src/model/article';
import type {
  ArticleExtraction,
  ExtractedEntity,
  ExtractedEvent,
  ExtractedRelation,
} from '../../src/model/extraction';
import type { ArticleContribution, ResolutionIndex } from '../../src/model/graph';
import type { EntityLabel } from '../../src/model/vocabulary';
import { articleFixture } from '../store/contract';

function docFor(id: string, published = '2016-03-25'): ArticleDocument {
  return {
    id,
    contentHash: `hash-${id}`,
    format: 'text',
    meta: { title: id, outlet: null, url: null, published, language: 'en' },
    source: null,
    text: `Text of ${id}.`,
    paragraphs: [],
    sentences: [],
  };
}

function ent(key: string, label: EntityLabel, name: string, aliases: string[] = [], roles: string[] = []): ExtractedEntity {
  return { key, label, name, aliases, roles, mentions: [{ text: name, start: 0, end: name.length, sentence: 0 }] };
}

function evidence(articleId: string) {
  return [{ articleId, text: `Text of ${articleId}.`, start: 0, end: `Text of ${articleId}.`.length }];
}

/** A graph being built article by article, the way the pipeline does it. */
class Graph {
  readonly state = new GraphState();
  readonly index: ResolutionIndex = { candidatesByKeys: async (keys) => this.state.candidates(keys) };

  async ingest(
    articleId: string,
    entities: ExtractedEntity[],
    events: ExtractedEvent[] = [],
    relations: ExtractedRelation[] = [],
    published = '2016-03-25',
  ): Promise<ArticleContribution> {
    const extraction: ArticleExtraction = { articleId, entities, events, relations, diagnostics: [] };
    const contribution = await resolveArticle(docFor(articleId, published), extraction, this.index);
    this.state.put(articleFixture(articleId), contribution);
    return contribution;
  }

  /** Names of the nodes, each with its other forms, sorted. */
  nodes(label?: EntityLabel): string[] {
    return this.state.entities
      .ids()
      .flatMap((id) => this.state.entities.get(id) ?? [])
      .filter((n) => label === undefined || n.label === label)
      .map((n) => [n.name, ...n.aliases].join(' | '))
      .sort();
  }
}

/** The global id each local key was resolved to. */
function idOf(contribution: ArticleContribution, name: string): string | undefined {
  return contribution.entities.find((e) => e.forms.includes(name))?.id;
}

describe('resolveArticle: merging the same entity across outlets', () => {
  it("merges 'Haji Iman' and 'Haji Imam' whose long aliases differ only in the ar-/al- particle", async () => {
    const g = new Graph();
    await g.ingest('a', [ent('e1', 'Person', 'Haji Iman', ['Abd ar-Rahman Mustafa al-Qaduli'])]);
    await g.ingest('b', [ent('e1', 'Person', 'Haji Imam', ['Abd al-Rahman Mustafa al-Qaduli', 'Imam'])]);
    await g.ingest('c', [ent('e1', 'Person', 'Abd al-Rahman Mustafa al-Qaduli', ['Hami Imam'])]);
    expect(g.nodes('Person')).toEqual([
      'Abd al-Rahman Mustafa al-Qaduli | Abd ar-Rahman Mustafa al-Qaduli | Haji Imam | Haji Iman | Hami Imam | Imam',
    ]);
  });

  it('merges spelling variants of a long name only when another form corroborates them', async () => {
    const g = new Graph();
    await g.ingest('a', [ent('e1', 'Person', 'Abu Musab al-Zarqawi', ['Zarqawi'])]);
    await g.ingest('b', [ent('e1', 'Person', 'Abu Musaib Zarqawi', ['Zarqawi'])]);
    await g.ingest('c', [ent('e1', 'Person', 'Abu Musaab Zarkawi')]);
    expect(g.nodes('Person')).toEqual([
      'Abu Musaab Zarkawi',
      'Abu Musab al-Zarqawi | Abu Musaib Zarqawi | Zarqawi',
    ]);
  });

  it('merges place spellings with and without the Arabic article and doubled consonants', async () => {
    const g = new Graph();
    await g.ingest('a', [ent('e1', 'Place', 'Ash Shaddadi')]);
    await g.ingest('b', [ent('e1', 'Place', 'Shadadi')]);
    await g.ingest('c', [ent('e1', 'Place', 'Shaddadi')]);
    expect(g.nodes('Place')).toEqual(['Ash Shaddadi | Shadadi | Shaddadi']);
  });

  it('merges vowel spellings of an organisation: al-Qaeda, al-Qaida, al Qaeda, Al-Queda', async () => {
    const g = new Graph();
    await g.ingest('a', [ent('e1', 'Group', 'al-Qaeda'), ent('e2', 'Group', 'al-Qaeda in Iraq')]);
    await g.ingest('b', [ent('e1', 'Group', 'al-Qaida in Iraq'), ent('e2', 'Group', 'al Qaeda')]);
    await g.ingest('c', [ent('e1', 'Group', 'Al-Queda in Iraq')]);
    expect(g.nodes('Group')).toEqual([
      'Al-Queda in Iraq | al-Qaeda in Iraq | al-Qaida in Iraq',
      'al Qaeda | al-Qaeda',
    ]);
  });

  it('merges a country typed Place by one outlet and Group by another, through lexicon aliases', async () => {
    const g = new Graph();
    const a = await g.ingest('a', [ent('e1', 'Place', 'United States')]);
    const b = await g.ingest('b', [ent('e1', 'Group', 'U.S.')]);
    const c = await g.ingest('c', [ent('e1', 'Group', 'America')]);
    expect(idOf(b, 'U.S.')).toBe(idOf(a, 'United States'));
    expect(idOf(c, 'America')).toBe(idOf(a, 'United States'));
  });

  it('merges short and full given names of one person: Ash / Ashton Carter, Joe / Joseph Dunford', async () => {
    const g = new Graph();
    await g.ingest('a', [ent('e1', 'Person', 'Ash Carter', ['Carter']), ent('e2', 'Person', 'Joseph Dunford')]);
    await g.ingest('b', [ent('e1', 'Person', 'Ashton Carter'), ent('e2', 'Person', 'Joe Dunford', ['Dunford'])]);
    expect(g.nodes('Person')).toEqual(['Ashton Carter | Ash Carter | Carter', 'Joseph Dunford | Dunford | Joe Dunford']);
  });

  it('folds two local entities that resolve to one node into one contribution', async () => {
    const g = new Graph();
    await g.ingest('a', [ent('e1', 'Place', 'Shaddadi')]);
    const b = await g.ingest('b', [ent('e1', 'Place', 'Ash Shaddadi'), ent('e2', 'Place', 'Shadadi')]);
    expect(b.entities).toHaveLength(1);
    expect(b.entities[0]?.forms.sort()).toEqual(['Ash Shaddadi', 'Shadadi']);
    expect(b.entities[0]?.mentionCount).toBe(2);
  });
});

describe('resolveArticle: keeping different entities apart', () => {
  it('keeps people with the same surname and different given names apart (Phil / Vincent Stewart)', async () => {
    const g = new Graph();
    await g.ingest('a', [ent('e1', 'Person', 'Phil Stewart', ['Stewart'])]);
    await g.ingest('b', [ent('e1', 'Person', 'Vincent Stewart', ['Stewart'])]);
    expect(g.nodes('Person')).toEqual(['Phil Stewart | Stewart', 'Vincent Stewart | Stewart']);
  });

  it('keeps George W. Bush and George H. W. Bush apart and will not guess which one "George Bush" is', async () => {
    const g = new Graph();
    await g.ingest('a', [ent('e1', 'Person', 'George W. Bush', ['George Bush', 'Bush'])]);
    await g.ingest('b', [ent('e1', 'Person', 'George H. W. Bush', ['George Bush', 'Bush'])]);
    const c = await g.ingest('c', [ent('e1', 'Person', 'George Bush')]);
    expect(g.nodes('Person')).toEqual([
      'George Bush',
      'George H. W. Bush | Bush | George Bush',
      'George W. Bush | Bush | George Bush',
    ]);
    expect(c.entities).toHaveLength(1);
  });

  it('never merges a bare surname across articles, but folds it into the full name within one', async () => {
    const g = new Graph();
    await g.ingest('a', [ent('e1', 'Person', 'Ash Carter'), ent('e2', 'Person', 'Carter')]);
    await g.ingest('b', [ent('e1', 'Person', 'Carter')]);
    await g.ingest('c', [ent('e1', 'Person', 'Mr. Carter')]);
    expect(g.nodes('Person')).toEqual(['Ash Carter | Carter', 'Carter', 'Mr. Carter']);
  });

  it('never merges a person with a place of the same name', async () => {
    const g = new Graph();
    await g.ingest('a', [ent('e1', 'Place', 'Santa Clara')]);
    await g.ingest('b', [ent('e1', 'Person', 'Santa Clara')]);
    expect(g.state.entities.size).toBe(2);
  });

  it('keeps short names one letter apart apart (Iran / Iraq, Gaza / Giza)', async () => {
    const g = new Graph();
    await g.ingest('a', [ent('e1', 'Place', 'Iraq'), ent('e2', 'Place', 'Gaza')]);
    await g.ingest('b', [ent('e1', 'Place', 'Iran'), ent('e2', 'Place', 'Giza')]);
    expect(g.nodes('Place')).toEqual(['Gaza', 'Giza', 'Iran', 'Iraq']);
  });
});

describe('resolveArticle: events and edges', () => {
  const killing = (articleId: string, extra: Partial<ExtractedEvent> = {}): ExtractedEvent => ({
    key: 'v1',
    eventType: 'Killing',
    name: 'Killing of Haji Imam',
    agents: ['us'],
    targets: ['imam'],
    places: ['syria'],
    announcers: ['carter'],
    date: { start: '2016-03-19', end: '2016-03-25', text: 'this week' },
    status: 'stated',
    evidence: evidence(articleId),
    figures: {},
    ...extra,
  });
  const people = (variant: string) => [
    ent('imam', 'Person', variant, ['Abd al-Rahman Mustafa al-Qaduli']),
    ent('carter', 'Person', 'Ash Carter'),
    ent('us', 'Place', 'United States'),
    ent('syria', 'Place', 'Syria'),
  ];

  it('gives one killing reported by two outlets one id, keyed by its victim whatever the dates say', async () => {
    const g = new Graph();
    const a = await g.ingest('a', people('Haji Iman'), [killing('a')]);
    const b = await g.ingest('b', people('Haji Imam'), [
      killing('b', { name: 'Death of Haji Imam', date: { start: '2016-03-01', end: '2016-03-31', text: 'March' }, places: [] }),
    ]);
    expect(a.events.map((e) => e.id)).toEqual(b.events.map((e) => e.id));
    const [event] = g.state.events.ids().map((id) => g.state.events.get(id));
    expect(event?.sources).toEqual(['a', 'b']);
    expect(event?.date).toMatchObject({ start: '2016-03-19', end: '2016-03-25' });
  });

  it('turns event roles into edges carrying the event evidence and maps ANNOUNCED relations onto the event', async () => {
    const g = new Graph();
    const c = await g.ingest('a', people('Haji Imam'), [killing('a', { announcers: [] })], [
      { type: 'ANNOUNCED', source: 'carter', target: 'v1', status: 'stated', evidence: evidence('a') },
      { type: 'KILLED', source: 'us', target: 'imam', status: 'hedged', evidence: evidence('a') },
    ]);
    const name = (id: string) => c.entities.find((e) => e.id === id)?.name ?? c.events.find((e) => e.id === id)?.eventType;
    expect(c.edges.map((e) => `${name(e.source)} ${e.type} ${name(e.target)} ${e.status}`).sort()).toEqual([
      'Ash Carter ANNOUNCED Killing stated',
      'Killing OCCURRED_IN Syria stated',
      'Killing TARGETED Haji Imam stated',
      'United States CARRIED_OUT Killing stated',
      'United States KILLED Haji Imam hedged',
    ]);
    expect(c.edges.every((e) => e.evidence[0]?.articleId === 'a')).toBe(true);
  });

  it('splits a killing of two people into one event per victim', async () => {
    const g = new Graph();
    const c = await g.ingest('a', [...people('Haji Imam'), ent('sarah', 'Person', 'Abu Sarah')], [
      killing('a', { targets: ['imam', 'sarah'] }),
    ]);
    expect(c.events.map((e) => e.name).sort()).toEqual(['Killing of Abu Sarah', 'Killing of Haji Imam']);
    expect(c.edges.filter((e) => e.type === 'TARGETED')).toHaveLength(2);
    expect(c.edges.filter((e) => e.type === 'ANNOUNCED')).toHaveLength(2);
  });

  it('keys other events by place and year: Paris attacks of different years stay apart', async () => {
    const g = new Graph();
    const attack = (articleId: string, date: string | null): ExtractedEvent => ({
      ...killing(articleId),
      eventType: 'Attack',
      name: 'Paris attacks',
      agents: [],
      targets: ['paris'],
      places: ['paris'],
      announcers: [],
      date: date === null ? null : { start: date, end: date, text: date },
    });
    const paris = [ent('paris', 'Place', 'Paris')];
    const a = await g.ingest('a', paris, [attack('a', '2015-11-13')]);
    const b = await g.ingest('b', paris, [attack('b', null)], [], '2015-11-20');
    const c = await g.ingest('c', paris, [attack('c', '2016-07-14')]);
    expect(b.events[0]?.id).toBe(a.events[0]?.id);
    expect(c.events[0]?.id).not.toBe(a.events[0]?.id);
  });

  it('reproduces the identical contribution when an article is resolved again', async () => {
    const g = new Graph();
    const first = await g.ingest('a', people('Haji Iman'), [killing('a')]);
    await g.ingest('b', people('Haji Imam'), [killing('b')]);
    const again = await g.ingest('a', people('Haji Iman'), [killing('a')]);
    expect(again).toEqual(first);
  });
});

describe('resolveArticle: lexicon', () => {
  it('joins ISIS, ISIL, Daesh and Islamic State, which share no spelling, through the organisation lexicon', async () => {
    const g = new Graph();
    await g.ingest('a', [ent('e1', 'Group', 'ISIL')]);
    await g.ingest('b', [ent('e1', 'Group', 'Daesh')]);
    await g.ingest('c', [ent('e1', 'Group', 'Islamic State', ['ISIS'])]);
    await g.ingest('d', [ent('e1', 'Group', 'Pentagon'), ent('e2', 'Group', 'State Department')]);
    await g.ingest('e', [ent('e1', 'Group', 'U.S. Department of Defense')]);
    expect(g.nodes('Group')).toEqual([
      'Islamic State | Daesh | ISIL | ISIS',
      'State Department',
      'U.S. Department of Defense | Pentagon',
    ]);
  });
});

describe('resolveArticle: bare names within one article', () => {
  it('leaves a bare surname on its own when two people of the article share it', async () => {
    const g = new Graph();
    const c = await g.ingest('a', [
      ent('e1', 'Person', 'Phil Stewart', ['Stewart']),
      ent('e2', 'Person', 'Vincent Stewart'),
      ent('e3', 'Person', 'Stewart'),
    ]);
    expect(c.entities).toHaveLength(3);
  });
});

describe('resolveArticle: middle names', () => {
  it('keeps Abu Bakr al-Baghdadi and Abu Omar al-Baghdadi apart, but joins written-out and initial middles', async () => {
    const g = new Graph();
    await g.ingest('a', [ent('e1', 'Person', 'Abu Bakr al-Baghdadi')]);
    await g.ingest('b', [ent('e1', 'Person', 'Abu Omar al-Baghdadi')]);
    await g.ingest('c', [ent('e1', 'Person', 'George Herbert Walker Bush')]);
    await g.ingest('d', [ent('e1', 'Person', 'George H. W. Bush')]);
    await g.ingest('e', [ent('e1', 'Person', 'George W. Bush')]);
    expect(g.nodes('Person')).toEqual([
      'Abu Bakr al-Baghdadi',
      'Abu Omar al-Baghdadi',
      'George Herbert Walker Bush | George H. W. Bush',
      'George W. Bush',
    ]);
  });
});

describe('resolveArticle: companies', () => {
  it('joins a company with and without its legal form, but not two companies sharing a word', async () => {
    const g = new Graph();
    await g.ingest('a', [ent('e1', 'Group', 'Northwind Traders Inc.')]);
    await g.ingest('b', [ent('e1', 'Group', 'Northwind Traders')]);
    await g.ingest('c', [ent('e1', 'Group', 'Northwind Logistics Corp.')]);
    expect(g.nodes('Group')).toEqual(['Northwind Logistics Corp.', 'Northwind Traders Inc. | Northwind Traders']);
  });
});

describe('resolveArticle: vowel spellings', () => {
  it('joins transliterated vowel variants (al-Qaida / Al-Queda) but not short names differing in a vowel', async () => {
    const g = new Graph();
    await g.ingest('a', [ent('e1', 'Group', 'al-Qaida'), ent('e2', 'Group', 'Mitsui')]);
    await g.ingest('b', [ent('e1', 'Group', 'Al-Queda'), ent('e2', 'Group', 'Matsui')]);
    expect(g.nodes('Group')).toEqual(['Al-Queda | al-Qaida', 'Matsui', 'Mitsui']);
  });
});

describe('resolveArticle: generic group names', () => {
  it('keeps "the army" of one article apart from that of another, but folds it into its full name within one', async () => {
    const g = new Graph();
    const a = await g.ingest('a', [ent('e1', 'Group', 'Iraqi army', ['army']), ent('e2', 'Group', 'army')]);
    await g.ingest('b', [ent('e1', 'Group', 'army')]);
    await g.ingest('c', [ent('e1', 'Group', 'Senate')]);
    await g.ingest('d', [ent('e1', 'Group', 'U.S. Senate')]);
    expect(a.entities).toHaveLength(1);
    expect(g.nodes('Group')).toEqual(['Iraqi army | army', 'U.S. Senate | Senate', 'army']);
  });
});

describe('resolveArticle: an entity whose forms name two people', () => {
  it('gives the other person a node of their own instead of merging father and son', async () => {
    const g = new Graph();
    const c = await g.ingest('a', [ent('e1', 'Person', 'Jair Bolsonaro', ['Bolsonaro', 'Flavio Bolsonaro'])], [], [
      { type: 'LEADS', source: 'e1', target: 'br', status: 'stated', evidence: evidence('a') },
    ]);
    await g.ingest('b', [ent('e1', 'Person', 'Flavio Bolsonaro')]);
    expect(g.nodes('Person')).toEqual(['Flavio Bolsonaro', 'Jair Bolsonaro | Bolsonaro']);
    expect(c.entities.map((e) => e.name).sort()).toEqual(['Flavio Bolsonaro', 'Jair Bolsonaro']);
  });
});

describe('resolveArticle: titles written into a form', () => {
  it('does not take "Defense Secretary Carter" for another person than Ash Carter', async () => {
    const g = new Graph();
    const c = await g.ingest('a', [
      ent('e1', 'Person', 'Ash Carter', ['Defense Secretary Carter', 'Secretary Ashton Carter', 'Jimmy Carter']),
    ]);
    expect(c.entities.map((e) => e.forms.join(' | ')).sort()).toEqual([
      'Ash Carter | Defense Secretary Carter | Secretary Ashton Carter',
      'Jimmy Carter',
    ]);
  });
});
