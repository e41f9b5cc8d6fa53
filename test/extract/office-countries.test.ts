import { extractArticle } from '../../src/extract';
import { docFromText, entityNamed, relationPairs } from './helpers';

const extract = (text: string) => extractArticle(docFromText(text));

describe('countries of offices and nisba short names', () => {
  it('gives a bare "President X" the country of the institutions around him, not the country the story is about', () => {
    const x = extract(
      'Yemen said the strike hit a convoy in Yemen. Yemen\'s army searched the area. In an address from the White House, President Dale Warner said Yemen had helped. Warner spoke at Fort Myer, Virginia.',
    );
    expect(relationPairs(x, 'LEADS')).toContain('Dale Warner -> United States');
    expect(relationPairs(x, 'LEADS')).not.toContain('Dale Warner -> Yemen');
  });

  it('does not tie a president to a country named only as where something happened', () => {
    const x = extract('Syria was quiet. Fighting in Syria went on. President Dale Warner said the raid in northwestern Syria succeeded.');
    expect(relationPairs(x, 'LEADS')).not.toContain('Dale Warner -> Syria');
  });

  it('reads a one-word city name as the short form of a person\'s nisba', () => {
    const x = extract('Abu Omar al-Taji led the cell for years. Officials said Taji died in the raid.');
    expect(entityNamed(x, 'Abu Omar al-Taji')?.label).toBe('Person');
    expect(x.entities.some((e) => e.name === 'Taji')).toBe(false);
  });
});

describe('heads of parties and courts', () => {
  it('reads "the court\'s president, X" as heading the court named before', () => {
    const x = extract("Brazil's Superior Electoral Court counted the votes. The court's president, Tomas Veloso, declared the result on Sunday.");
    expect(relationPairs(x, 'LEADS')).toContain('Tomas Veloso -> Superior Electoral Court');
    expect(relationPairs(x, 'LEADS')).not.toContain('Tomas Veloso -> Brazil');
  });

  it('reads "X\'s <party>" as X leading the party', () => {
    const x = extract("Prime Minister Dale Warner's Conservative Party won a majority in Thursday's vote in Britain.");
    expect(relationPairs(x, 'LEADS')).toContain('Dale Warner -> Conservative Party');
  });
});

describe('national bodies named by a country possessive', () => {
  it("names \"Russia's Defense Ministry\" as Russia's, apart from Turkey's", () => {
    const x = extract(
      "Russia's Defense Ministry spokesman Igor Volkov said the raid was staged. Turkey's Defense Ministry said it had been told in advance.",
    );
    expect(entityNamed(x, 'Russian Defense Ministry')?.label).toBe('Group');
    expect(entityNamed(x, 'Turkish Defense Ministry')?.label).toBe('Group');
  });

  it('joins later bare mentions of the body when only one country\'s was named', () => {
    const x = extract("Russia's Defense Ministry said the raid was staged. Later the Defense Ministry gave no details.");
    expect(entityNamed(x, 'Russian Defense Ministry')?.mentions).toHaveLength(2);
    expect(x.entities.some((e) => e.name === 'Defense Ministry')).toBe(false);
  });
});

describe('people sharing a surname', () => {
  it('never joins two full names with different given names through their bare surname', () => {
    const x = extract(
      'President Tomas Veloso lost the runoff. Veloso did not concede on Sunday. His eldest son, Senator Marco Veloso, thanked the supporters. Arthur Lira, a Veloso ally, said the result stood.',
    );
    expect(entityNamed(x, 'Tomas Veloso')?.aliases).toContain('Veloso');
    expect(entityNamed(x, 'Marco Veloso')).toBeDefined();
    expect(entityNamed(x, 'Marco Veloso')?.key).not.toBe(entityNamed(x, 'Tomas Veloso')?.key);
  });
});
