import { extractArticle } from '../../src/extract';
import { docFromText, relationPairs } from './helpers';

const extract = (text: string) => extractArticle(docFromText(text));

describe('relations', () => {
  it('reads LEADS from heading titles and appositions, MEMBER_OF from member roles', () => {
    const x = extract(
      'Gen. Rosa Diaz, the head of the National Geospatial Agency, met Tariq Aziz Hamdan, a senior leader of the Nusra Front, and Pentagon spokesman Leo Grant in Geneva.',
    );
    expect(relationPairs(x, 'LEADS')).toContain('Rosa Diaz -> National Geospatial Agency');
    expect(relationPairs(x, 'MEMBER_OF')).toEqual(expect.arrayContaining(['Tariq Aziz Hamdan -> Nusra Front', 'Leo Grant -> U.S. Department of Defense']));
    expect(relationPairs(x, 'LEADS')).not.toContain('Tariq Aziz Hamdan -> Nusra Front');
  });

  it('reads a country led from "<demonym> Prime Minister" and a group led from "<group> leader"', () => {
    const x = extract('Dutch Prime Minister Pieter Jansen spoke after Hezbollah leader Hassan Nasrallah appeared on television.');
    expect(relationPairs(x, 'LEADS')).toEqual(expect.arrayContaining(['Pieter Jansen -> Netherlands', 'Hassan Nasrallah -> Hezbollah']));
  });

  it('reads membership from "X of the ORG", "ORG\'s X", "ORG leaders like X" and "joined ORG"', () => {
    const x = extract(
      "Mira Solberg of the Atlantic Policy Institute said Reuters' Omar Khan saw it. Al-Shabaab leaders like Ahmed Diriye fled. Diriye joined Al-Shabaab in 2008.",
    );
    const member = relationPairs(x, 'MEMBER_OF');
    expect(member).toEqual(expect.arrayContaining(['Mira Solberg -> Atlantic Policy Institute', 'Ahmed Diriye -> al-Shabaab']));
  });

  it('reads LOCATED_IN from comma chains and "the <demonym> town of X"', () => {
    const x = extract('Fighters gathered near Tal Hamis, Hasakah province, Syria, on Monday. The capture of the Syrian town of Tel Brak followed.');
    const located = relationPairs(x, 'LOCATED_IN');
    expect(located).toEqual(expect.arrayContaining(['Tal Hamis -> Hasakah', 'Hasakah -> Syria', 'Tel Brak -> Syria']));
  });

  it('reads LOCATED_IN from "X in northern Y" but not from two places merely named together', () => {
    const x = extract('Troops reached Kirkuk in northern Iraq. Trade between Basra and Iran grew.');
    expect(relationPairs(x, 'LOCATED_IN')).toEqual(['Kirkuk -> Iraq']);
  });

  it('reads LEADS from "who leads X" and "X, led by Y"', () => {
    const x = extract('Anna Sorensen, who leads the Green Future Party, spoke first. The Civic Renewal Movement, led by Piet Hols, abstained.');
    expect(relationPairs(x, 'LEADS')).toEqual(['Anna Sorensen -> Green Future Party', 'Piet Hols -> Civic Renewal Movement']);
  });

  it('reads SUCCEEDED but not from "in line to succeed"', () => {
    const x = extract('Rafael Ortiz took over from Lena Brandt in May. Carla Nunez is in line to succeed Rafael Ortiz.');
    expect(relationPairs(x, 'SUCCEEDED')).toEqual(['Rafael Ortiz -> Lena Brandt']);
  });

  it('reads SUCCEEDED with a pronoun object ("X\'s deputy, Y, took over from him")', () => {
    const x = extract("Omar Haddad died in May. Haddad's deputy, Samir Nasr, took over from him, aides said.");
    expect(relationPairs(x, 'SUCCEEDED')).toEqual(['Samir Nasr -> Omar Haddad']);
  });

  it('reads ANNOUNCED from the speaker of a killing, pointing at the event', () => {
    const x = extract('The Pentagon announced that U.S. forces killed Jamal Hatem on Monday.');
    expect(relationPairs(x, 'ANNOUNCED')).toEqual(['U.S. Department of Defense -> Killing of Jamal Hatem']);
    const announced = x.relations.find((r) => r.type === 'ANNOUNCED');
    expect(x.events.map((e) => e.key)).toContain(announced?.target);
  });

  it('attaches the whole sentence as evidence, with offsets into the text', () => {
    const text = 'Markets were calm. Defense Secretary Lloyd Harmon said U.S. forces killed Jamal Hatem.';
    const x = extractArticle(docFromText(text, '2016-03-25', 'a1'));
    expect(x.relations.length).toBeGreaterThan(0);
    for (const r of x.relations) {
      for (const e of r.evidence) {
        expect(e.articleId).toBe('a1');
        expect(text.slice(e.start, e.end)).toBe(e.text);
        expect(e.text).toBe('Defense Secretary Lloyd Harmon said U.S. forces killed Jamal Hatem.');
      }
    }
  });
});

describe('LOCATED_IN from possessives and appositions', () => {
  it('reads "Syria\'s Idlib province", "Kabul\'s Sherpur neighborhood" and "X, a village in Y province"', () => {
    const x = extractArticle(
      docFromText("Troops raided a compound in Syria's Idlib province. Missiles hit a house in Kabul's Sherpur neighborhood. The raid took place near Barisha, a village in Idlib province."),
    );
    expect(relationPairs(x, 'LOCATED_IN')).toEqual(expect.arrayContaining(['Idlib -> Syria', 'Sherpur -> Kabul', 'Barisha -> Idlib']));
  });
});

describe('more role phrasings', () => {
  const x = (text: string) => extractArticle(docFromText(text));

  it('reads a title before an honorific, a hyphenated modifier before the organisation and "and their leader, X"', () => {
    const a = x("Iran's Supreme Leader Ayatollah Hamid Rostami vowed revenge. Dana Kurt, commander of the Kurdish-led Syrian Democratic Forces, spoke. The Liberal Democrats won 11 seats, and their leader, Jo Pratt, lost her seat.");
    expect(relationPairs(a, 'LEADS')).toEqual(expect.arrayContaining(['Hamid Rostami -> Iran', 'Dana Kurt -> Syrian Democratic Forces', 'Jo Pratt -> Liberal Democrats']));
    expect(a.entities.some((e) => e.name === 'Supreme Leader')).toBe(false);
  });

  it('reads party membership from "as the candidate of X" and "ran for X"', () => {
    const a = x("Tomas Veloso spoke on Sunday. He led the country from 2003 to 2010 as the candidate of the Labour Party. Marco Lins, a former army captain who ran for the Green Party, did not concede.");
    expect(relationPairs(a, 'MEMBER_OF')).toEqual(expect.arrayContaining(['Tomas Veloso -> Labour Party', 'Marco Lins -> Green Party']));
  });

  it('reads "He succeeded X as leader" with the pronoun resolved', () => {
    const a = x('Ayman Zahir was a surgeon. He succeeded Osama bin Laden as leader of al-Qaeda in 2011.');
    expect(relationPairs(a, 'SUCCEEDED')).toContain('Ayman Zahir -> Osama bin Laden');
    expect(relationPairs(a, 'LEADS')).toContain('Ayman Zahir -> al-Qaeda');
  });
});

describe('"the group" in a story about a group', () => {
  it("reads \"the group's founder\" as the story's group, not the ministry quoted last", () => {
    const x = extractArticle(
      docFromText("The Islamic State lost its leader. The Islamic State named no successor. Turkey's Defense Ministry said it had been told. The group's founder, Abu Musab al-Zarqawi, died in 2006."),
    );
    expect(relationPairs(x, 'MEMBER_OF')).toContain('Abu Musab al-Zarqawi -> Islamic State');
    expect(relationPairs(x, 'MEMBER_OF')).not.toContain('Abu Musab al-Zarqawi -> Turkish Defense Ministry');
  });
});

describe('appositions joined by "and" and figures in a group', () => {
  it('reads both posts of "X, chairman of A and a member of B\'s board" and "a leading figure in G"', () => {
    const x = extractArticle(
      docFromText("Ivo Kask, chairman of Brenholt and a member of Nokia's board, spoke. Omar Tesh, a cleric who became a leading figure in al-Qaeda in the Arabian Peninsula, was killed."),
    );
    expect(relationPairs(x, 'MEMBER_OF')).toEqual(expect.arrayContaining(['Ivo Kask -> Nokia', 'Omar Tesh -> al-Qaeda in the Arabian Peninsula']));
  });
});

describe('past titles with a qualifier', () => {
  it('does not read "former Sao Paulo governor X" as X leading Sao Paulo now', () => {
    const x = extractArticle(docFromText('His running mate, former Sao Paulo governor Geraldo Alves, will be vice president.'));
    expect(relationPairs(x, 'LEADS')).not.toContain('Geraldo Alves -> Sao Paulo');
  });
});
