import { extractArticle } from '../../src/extract';
import { docFromText, entityNamed, relationPairs } from './helpers';

describe('names and titles', () => {
  it('splits a title from the name and keeps it as a role', () => {
    const x = extractArticle(docFromText('U.S. Defense Secretary Lloyd Harmon said the talks would resume next month in Vienna.'));
    const p = entityNamed(x, 'Lloyd Harmon');
    expect(p?.label).toBe('Person');
    expect(p?.roles.join(' ')).toMatch(/Defense Secretary/);
    expect(entityNamed(x, 'Defense Secretary Lloyd Harmon')).toBeUndefined();
    expect(relationPairs(x, 'LEADS')).toContain('Lloyd Harmon -> U.S. Department of Defense');
  });

  it('strips military ranks and congressional titles, keeping "Mr." + surname as an alias', () => {
    const x = extractArticle(
      docFromText(
        'Lt. Gen. Dana Whitcomb briefed Rep. Sam Okafor (D-Ohio), a member of the House Intelligence Committee, on Monday. Mr. Okafor asked about the budget.',
      ),
    );
    expect(entityNamed(x, 'Dana Whitcomb')?.label).toBe('Person');
    const okafor = entityNamed(x, 'Sam Okafor');
    expect(okafor?.aliases).toEqual(expect.arrayContaining(['Okafor', 'Mr. Okafor']));
    expect(relationPairs(x, 'MEMBER_OF')).toContain('Sam Okafor -> House Intelligence Committee');
  });

  it('types organisations by their head word and places by their cues', () => {
    const x = extractArticle(
      docFromText('The Harbor Logistics Group opened an office near Tal Kashaf, a village of Dhira province, after talks with the Coastal Defense Council on Trade.'),
    );
    expect(entityNamed(x, 'Harbor Logistics Group')?.label).toBe('Group');
    expect(entityNamed(x, 'Coastal Defense Council on Trade')?.label).toBe('Group');
    expect(entityNamed(x, 'Tal Kashaf')?.label).toBe('Place');
    expect(entityNamed(x, 'Dhira province')?.label).toBe('Place');
  });

  it('ignores a menu line of section names left in the page text', () => {
    const x = extractArticle(docFromText('Home World Europe Asia Middle East Business\n\nTroops entered Kirkuk on Friday.'));
    expect(x.entities.map((e) => e.name)).toEqual(['Kirkuk']);
  });

  it('does not take sentence-initial words, weekdays or headline words as names', () => {
    const x = extractArticle(docFromText('Meanwhile the ministry said on Friday that prices rose.\n\nRising Prices Worry Families Across Town'));
    expect(x.entities).toEqual([]);
  });

  it('keeps "Abu" and "al-" names whole and does not read a town inside a personal name', () => {
    const x = extractArticle(docFromText('Commander Abu Yahya al-Baghdadi met Hamza bin Khalid in the village.'));
    expect(entityNamed(x, 'Abu Yahya al-Baghdadi')?.label).toBe('Person');
    expect(entityNamed(x, 'Hamza bin Khalid')?.label).toBe('Person');
    expect(x.entities.find((e) => e.label === 'Place')).toBeUndefined();
  });

  it('keeps particles and corporate suffixes inside names and links a two-word surname', () => {
    const x = extractArticle(
      docFromText('Commission President Greta van den Berg met Lena de la Cruz of Netflix Inc. on Monday. Van den Berg said de la Cruz agreed.'),
    );
    expect(entityNamed(x, 'Greta van den Berg')?.label).toBe('Person');
    expect(entityNamed(x, 'Netflix Inc.')?.label).toBe('Group');
    expect(x.entities.filter((e) => e.label === 'Person')).toHaveLength(2);
  });

  it('types the object of "ran" or "acquired" as an organisation', () => {
    const x = extractArticle(docFromText('Ortiz, who previously ran Harmon Kardell, said the board acquired Velda Systems in May.'));
    expect(entityNamed(x, 'Harmon Kardell')?.label).toBe('Group');
  });

  it('types Arabic and Urdu organisation names ("Jaish ...", "Lashkar-e-...") as groups', () => {
    const x = extractArticle(docFromText('Officials blamed Jaish al-Nasr and Lashkar-e-Qadim for the raid, Abu Walid al-Souri said.'));
    expect(entityNamed(x, 'Jaish al-Nasr')?.label).toBe('Group');
    expect(entityNamed(x, 'Lashkar-e-Qadim')?.label).toBe('Group');
    expect(entityNamed(x, 'Abu Walid al-Souri')?.label).toBe('Person');
  });

  it('takes no entity from the names of storms, operations, agreements and conferences', () => {
    const x = extractArticle(docFromText('Aid stalled as Typhoon Kalmaegi hit while delegates at the Vienna Energy Forum praised the Lisbon Climate Accord, Ana Lopez said.'));
    expect(x.entities.map((e) => e.name)).toEqual(['Ana Lopez']);
  });

  it('does not take a named thing after "the" or in quotes for a person', () => {
    const x = extractArticle(docFromText('Fans watched the Summer Games final and read a report titled "Global Risk Outlook" in Madrid.'));
    expect(x.entities.filter((e) => e.label === 'Person')).toEqual([]);
  });

  it('reads "the Assad regime" as naming a person', () => {
    const x = extractArticle(docFromText('Diplomats blamed the Karimov regime for the crackdown in the east of the country.'));
    expect(entityNamed(x, 'Karimov')?.label).toBe('Person');
  });
});

describe('lone names and broadcasters', () => {
  it('keeps a sentence-initial surname of a person named earlier', () => {
    const x = extractArticle(docFromText('President Dale Warner spoke in Washington. Warner ordered the strike after a week of violence in Iraq.'));
    expect(entityNamed(x, 'Dale Warner')?.aliases).toContain('Warner');
  });

  it('types a broadcaster named after "told" as a group', () => {
    const x = extractArticle(docFromText('A spokesman told Radio Okapi on Friday that the rebels had left the town of Beni.'));
    expect(entityNamed(x, 'Radio Okapi')?.label).toBe('Group');
  });
});
