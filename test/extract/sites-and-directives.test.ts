import { extractArticle } from '../../src/extract';
import { docFromText, entityNamed, eventsOf, relationPairs, roleNames } from './helpers';

const extract = (text: string) => extractArticle(docFromText(text));

describe('named sites and directive phrases', () => {
  it('never makes the person who directed a killing its victim', () => {
    const x = extract(
      'A drone strike killed Harun Baqir on Friday. The Pentagon said the U.S. military had killed Baqir at the direction of President Dale Warner.',
    );
    const victims = eventsOf(x, 'Killing').flatMap((ev) => roleNames(x, ev, 'targets'));
    expect(victims).toContain('Harun Baqir');
    expect(victims).not.toContain('Dale Warner');
    expect(relationPairs(x, 'KILLED').some((p) => p.endsWith('Dale Warner'))).toBe(false);
  });

  it('keeps a site named after a city whole, as a place', () => {
    const x = extract('A strike near Baghdad International Airport killed Harun Baqir. Missiles later hit the Tal Rumi air base.');
    expect(entityNamed(x, 'Baghdad International Airport')?.label).toBe('Place');
    expect(entityNamed(x, 'International Airport')).toBeUndefined();
    expect(entityNamed(x, 'Tal Rumi air base')?.label).toBe('Place');
  });

  it('types names with company and site head words', () => {
    const x = extract('Shares of Norland Freight Lines rose after Fjord Capital and Halvorsen Maritime bid. Crowds gathered at Vastmoor Palace.');
    expect(entityNamed(x, 'Norland Freight Lines')?.label).toBe('Group');
    expect(entityNamed(x, 'Fjord Capital')?.label).toBe('Group');
    expect(entityNamed(x, 'Halvorsen Maritime')?.label).toBe('Group');
    expect(entityNamed(x, 'Vastmoor Palace')?.label).toBe('Place');
  });
});

describe('datelines and credits in the cleaned text', () => {
  it('reads the place of a dateline paragraph and the places of a credit, with no relations from them', () => {
    const x = extractArticle(
      docFromText('SANAA, Yemen\n\nOfficials said a drone strike killed Harun Baqir on Friday.\n\n(Additional reporting by Lina Maro in Beirut; Editing by Tom Reyes)'),
    );
    expect(entityNamed(x, 'Sanaa')?.label).toBe('Place');
    expect(entityNamed(x, 'Beirut')?.label).toBe('Place');
    const fromCredit = x.relations.filter((r) => r.evidence.some((e) => e.text.includes('reporting by')));
    expect(fromCredit).toEqual([]);
    expect(eventsOf(x, 'Killing')).toHaveLength(1);
  });
});

describe('organisation names from context', () => {
  it('reads "chairman of X" and "the payments company X" as organisations, and who runs them', () => {
    const x = extract('Lena Marsh also runs the payments company Quillet. Ivo Kask, chairman of Brenholt, spoke on Monday.');
    expect(entityNamed(x, 'Quillet')?.label).toBe('Group');
    expect(entityNamed(x, 'Brenholt')?.label).toBe('Group');
    expect(relationPairs(x, 'LEADS')).toEqual(expect.arrayContaining(['Lena Marsh -> Quillet', 'Ivo Kask -> Brenholt']));
  });

  it('keeps a lower-case group noun that ends a known name, and a demonym that makes another organisation', () => {
    const x = extract('He was a leader of the Haqqani network. He merged his Egyptian Islamic Jihad group with al-Qaeda.');
    expect(entityNamed(x, 'Haqqani network')?.label).toBe('Group');
    expect(entityNamed(x, 'Egyptian Islamic Jihad')?.label).toBe('Group');
    expect(entityNamed(x, 'Palestinian Islamic Jihad')).toBeUndefined();
  });
});

describe('unknown countries and groups from context', () => {
  it("types \"X's defence ministry\" as a place, never a killing's victim, and 'X said it had killed' as X's act", () => {
    const x = extract(
      "The Sons of the Western Ridge named a new commander, three days after Valdoria said it had killed his predecessor, Omar Tesh, in an air strike. Valdoria's Defence Minister, Piet Rask, said the strike had worked.",
    );
    expect(entityNamed(x, 'Valdoria')?.label).toBe('Place');
    expect(entityNamed(x, 'Sons of the Western Ridge')?.label).toBe('Group');
    expect(relationPairs(x, 'KILLED')).toEqual(['Valdoria -> Omar Tesh']);
    expect(eventsOf(x, 'Killing').flatMap((ev) => roleNames(x, ev, 'targets'))).toEqual(['Omar Tesh']);
  });
});

describe('killings told in other phrasings', () => {
  it('reads a subject before a closed relative clause as the victim, and "confirmed the death" as announcing it', () => {
    const x = extract(
      'Omar Tesh was killed on Friday in an airstrike in northern Valdoria. Hours later President Dale Warner confirmed the death. Rami Sol, an engineer who edited the group\'s magazine, was also killed in the strike, officials said.',
    );
    const victims = eventsOf(x, 'Killing').flatMap((ev) => roleNames(x, ev, 'targets'));
    expect(victims).toEqual(expect.arrayContaining(['Omar Tesh', 'Rami Sol']));
    expect(relationPairs(x, 'ANNOUNCED')).toContain('Dale Warner -> Killing of Omar Tesh');
  });

  it('does not make a country the announcer of what its unnamed officials said', () => {
    const x = extract('Omar Tesh was killed on Friday in an airstrike in Yemen, Yemeni and U.S. officials said.');
    expect(relationPairs(x, 'ANNOUNCED')).toEqual([]);
  });
});

describe('the strike already told', () => {
  it('gives "The strike also killed X" the agents of the strike reported before', () => {
    const x = extract('A U.S. drone strike near the airport killed Omar Tesh on Friday. The strike also killed Rami Sol, the deputy head of the militia.');
    expect(relationPairs(x, 'KILLED')).toEqual(expect.arrayContaining(['United States -> Omar Tesh', 'United States -> Rami Sol']));
  });

  it('does not give agents to a killing told before any strike with agents', () => {
    const x = extract('Rami Sol was killed in the raid last year. A U.S. drone strike killed Omar Tesh on Friday.');
    expect(relationPairs(x, 'KILLED')).not.toContain('United States -> Rami Sol');
  });
});

describe('who carried out the strike', () => {
  it('gives "the strike was carried out by American drones" to the killings of that strike', () => {
    const x = extract(
      'Omar Tesh was killed on Friday in an airstrike in northern Yemen, officials said. Officials said the strike was carried out by American drones. Rami Sol, an engineer who edited the magazine, was also killed in the strike, officials said.',
    );
    expect(relationPairs(x, 'KILLED')).toEqual(expect.arrayContaining(['United States -> Omar Tesh', 'United States -> Rami Sol']));
  });
});

describe('firing projectiles', () => {
  it('reads "X responded by firing missiles at bases in Y" as an attack by X, and firing a person as nothing', () => {
    const x = extract('Iran responded early on Wednesday by firing more than a dozen ballistic missiles at two bases in Iraq. Nokia fired its chief executive, Lena Marsh, on Monday.');
    expect(relationPairs(x, 'ATTACKED')).toEqual(['Iran -> Iraq']);
    expect(eventsOf(x, 'Attack')).toHaveLength(1);
  });
});
