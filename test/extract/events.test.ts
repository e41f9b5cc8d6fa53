import { extractArticle } from '../../src/extract';
import { docFromText, eventsOf, relationPairs, roleNames } from './helpers';

// Published on Friday 2016-03-25 unless a test says otherwise.
const extract = (text: string, published: string | null = '2016-03-25') => extractArticle(docFromText(text, published));

describe('events', () => {
  it('reads an active killing with its agent, victim, place, date and announcer', () => {
    const x = extract('A French airstrike killed Idris Moussa, a senior commander of Ansar Dine, near Timbuktu on Tuesday, the French Defense Ministry said.');
    const [k] = eventsOf(x, 'Killing');
    expect(k && roleNames(x, k, 'targets')).toEqual(['Idris Moussa']);
    expect(k && roleNames(x, k, 'agents')).toEqual(['France']);
    expect(k && roleNames(x, k, 'places')).toEqual(['Timbuktu']);
    expect(k?.date).toEqual({ start: '2016-03-22', end: '2016-03-22', text: 'Tuesday' });
    expect(k?.status).toBe('attributed');
    expect(relationPairs(x, 'KILLED')).toEqual(['France -> Idris Moussa']);
  });

  it('reads the country behind "<demonym> troops" as the agent and a group named before "militia"', () => {
    const x = extract('Congolese troops killed Pierre Malu, the leader of the Kata Katanga militia, in Lubumbashi on Monday.');
    expect(relationPairs(x, 'KILLED')).toEqual(['Democratic Republic of the Congo -> Pierre Malu']);
    expect(relationPairs(x, 'LEADS')).toEqual(['Pierre Malu -> Kata Katanga']);
  });

  it('gives one killing per listed victim, names with "ur-" included, and no role from inside a name', () => {
    const x = extract('A drone strike killed Qasim Farooq, Wali ur-Rahim and Noor Baz in Waziristan, officials said.');
    expect(eventsOf(x, 'Killing').map((e) => roleNames(x, e, 'targets')[0])).toEqual(['Qasim Farooq', 'Wali ur-Rahim', 'Noor Baz']);
    expect(x.entities.flatMap((e) => e.roles)).toEqual([]);
  });

  it('reads a passive killing by a country\'s forces and gives one killing per victim', () => {
    const x = extract('Omar Jalil and Yusuf Barre were killed by U.S. forces this week, officials said.');
    expect(eventsOf(x, 'Killing').map((e) => roleNames(x, e, 'targets')[0])).toEqual(['Omar Jalil', 'Yusuf Barre']);
    expect(relationPairs(x, 'KILLED')).toEqual(['U.S. forces -> Omar Jalil', 'U.S. forces -> Yusuf Barre']);
  });

  it('reads "X, killed by ...," and "X died in a <demonym> drone strike" but not a natural death', () => {
    const x = extract('Anas Rahimi, killed by U.S. forces last week, was buried on Friday. Karim Saleh died in a Turkish drone strike near Afrin. Lina Haddad died of cancer.');
    expect(relationPairs(x, 'KILLED')).toEqual(['U.S. forces -> Anas Rahimi', 'Turkey -> Karim Saleh']);
    expect(eventsOf(x, 'Killing')).toHaveLength(2);
  });

  it('reads the place inside the subject and a country speaking through its military', () => {
    const x = extract("Jordan's military said an airstrike in Syria killed Fadi Nasser, a commander of the Nusra Front.");
    const [k] = eventsOf(x, 'Killing');
    expect(k && roleNames(x, k, 'places')).toEqual(['Syria']);
    expect(k && roleNames(x, k, 'announcers')).toEqual(['Jordan']);
  });

  it('reads the owner of the strike in "was killed in a U.S. airstrike" and "the death of its leader X"', () => {
    const x = extract('Abu Yasir al-Hadi was killed in a U.S. airstrike near Kirkuk. Al-Shabaab confirmed the death of its leader Omar Dheere.');
    expect(relationPairs(x, 'KILLED')).toEqual(['United States -> Abu Yasir al-Hadi']);
    expect(eventsOf(x, 'Killing').map((e) => roleNames(x, e, 'targets')[0])).toEqual(['Abu Yasir al-Hadi', 'Omar Dheere']);
    expect(relationPairs(x, 'ANNOUNCED')).toEqual(['al-Shabaab -> Killing of Omar Dheere']);
  });

  it('marks hedged killings ("likely", "we believe")', () => {
    const x = extract('We believe the strike killed Karim Haddad, the spokesman said.');
    expect(eventsOf(x, 'Killing')[0]?.status).toBe('hedged');
  });

  it('does not make an order into KILLED', () => {
    const x = extract('President Ana Ruiz ordered the killing of Tomas Vela, a cartel boss.');
    expect(eventsOf(x, 'Killing')).toHaveLength(1);
    expect(relationPairs(x, 'KILLED')).toEqual([]);
  });

  it('marks a competing claim as disputed and takes no agent from it', () => {
    const x = extract('The army said it killed Salim Farouk on Sunday. The Taliban denied that Farouk had been killed.');
    const [k] = eventsOf(x, 'Killing');
    expect(k?.status).toBe('disputed');
    expect(eventsOf(x, 'Killing')).toHaveLength(1);
  });

  it('skips negated, hypothetical and historical killings', () => {
    const x = extract(
      'The raid did not kill Daoud Karimi. Militants could kill Hamid Rasuli next. The bombing was the worst since Leon Trotsky\'s death in Mexico.',
    );
    expect(eventsOf(x, 'Killing')).toEqual([]);
    expect(x.diagnostics.map((d) => d.code)).toEqual(['negated-event', 'hypothetical-event', 'historical-event']);
    for (const d of x.diagnostics) expect(d.start).toBeDefined();
  });

  it('reads a strike with an unconfirmed outcome as a Strike, and merges it into a later reported killing', () => {
    const a = extract('A U.S. drone strike targeted Abu Bilal al-Harbi in Yemen on Monday.');
    expect(eventsOf(a, 'Strike').map((e) => roleNames(a, e, 'targets')[0])).toEqual(['Abu Bilal al-Harbi']);
    const b = extract('U.S. forces carried out the strike against Abu Bilal al-Harbi. Abu Bilal al-Harbi was killed, officials said.');
    expect(eventsOf(b, 'Strike')).toEqual([]);
    expect(eventsOf(b, 'Killing')).toHaveLength(1);
  });

  it('reads a strike told among deaths as a hedged killing, unless someone survived', () => {
    const dead = extract('It was the third casualty among the leaders this month. A drone strike on Friday targeted Rashid Kamal.');
    expect(eventsOf(dead, 'Killing').map((e) => [roleNames(dead, e, 'targets')[0], e.status])).toEqual([['Rashid Kamal', 'hedged']]);
    const alive = extract('Three guards were killed. A drone strike on Friday targeted Rashid Kamal, who survived.');
    expect(eventsOf(alive, 'Killing')).toEqual([]);
    expect(eventsOf(alive, 'Strike')).toHaveLength(1);
  });

  it('reads an attack on a place and its claimed author, even across sentences', () => {
    const x = extract('A suicide bombing at a market in Maiduguri killed at least 12 people on Wednesday. Boko Haram claimed responsibility for the attack.');
    const [a] = eventsOf(x, 'Attack');
    expect(a && roleNames(x, a, 'places')).toEqual(['Maiduguri']);
    expect(a && roleNames(x, a, 'agents')).toEqual(['Boko Haram']);
    expect(a?.figures).toEqual({ killed: 'at least 12' });
    expect(a?.date).toEqual({ start: '2016-03-23', end: '2016-03-23', text: 'Wednesday' });
    expect(relationPairs(x, 'ATTACKED')).toEqual(['Boko Haram -> Maiduguri']);
  });

  it('reads the capture of a town and an offensive against a city', () => {
    const x = extract('The capture of the Iraqi town of Hit earlier this year cut supply lines. Iraqi troops launched an offensive against Islamic State in Fallujah.');
    expect(eventsOf(x, 'Capture').map((e) => roleNames(x, e, 'places')[0])).toEqual(['Hit']);
    expect(eventsOf(x, 'Offensive').map((e) => roleNames(x, e, 'places')[0])).toEqual(['Fallujah']);
    expect(relationPairs(x, 'LOCATED_IN')).toContain('Hit -> Iraq');
  });

  it('reads an appointment with its successor and the post it leads', () => {
    const x = extract('Northwind Airlines on Monday named Priya Raman as its new chief executive, replacing Carl Dobbs.');
    const [a] = eventsOf(x, 'Appointment');
    expect(a && roleNames(x, a, 'targets')).toEqual(['Priya Raman']);
    expect(a && roleNames(x, a, 'agents')).toEqual(['Northwind Airlines']);
    expect(relationPairs(x, 'SUCCEEDED')).toEqual(['Priya Raman -> Carl Dobbs']);
    expect(relationPairs(x, 'LEADS')).toContain('Priya Raman -> Northwind Airlines');
  });

  it('reads an appointment made by "its board" with the post it gives', () => {
    const x = extract('Orbital Freight Corp. said on Monday that its board had appointed Dev Malhotra as chief executive officer.');
    const [a] = eventsOf(x, 'Appointment');
    expect(a && roleNames(x, a, 'agents')).toEqual(['Orbital Freight Corp.']);
    expect(a?.date).toMatchObject({ start: '2016-03-21', end: '2016-03-21' });
    expect(relationPairs(x, 'LEADS')).toEqual(['Dev Malhotra -> Orbital Freight Corp.']);
  });

  it('reads an election winner, an arrest and a resignation', () => {
    const x = extract(
      "Ghana's opposition leader Kofi Mensah won the presidential election on Sunday. Police arrested Ama Owusu in Accra. Finance Minister Yaw Boateng resigned on Thursday.",
    );
    const [el] = eventsOf(x, 'Election');
    expect(el && roleNames(x, el, 'targets')).toEqual(['Kofi Mensah']);
    expect(el && roleNames(x, el, 'places')).toEqual(['Ghana']);
    expect(eventsOf(x, 'Arrest').map((e) => roleNames(x, e, 'targets')[0])).toEqual(['Ama Owusu']);
    expect(eventsOf(x, 'Resignation').map((e) => roleNames(x, e, 'targets')[0])).toEqual(['Yaw Boateng']);
  });

  it('finds no event in ordinary senses of trigger words', () => {
    const x = extract(
      'Senator Mia Lund was named in the lawsuit. Her campaign in Iowa raised money. Her aide Tom Rees quit smoking. A fan suffered a heart attack in Boston.',
    );
    expect(x.events).toEqual([]);
  });

  it('attaches a described victim ("the group\'s No. 2") to the article\'s main killing', () => {
    const x = extract('The group\'s deputy leader was killed this week, the ministry announced. Officials said the raid killed Nasser Qadi. Qadi had led attacks for years.');
    const killings = eventsOf(x, 'Killing');
    expect(killings).toHaveLength(1);
    expect(killings[0]?.evidence).toHaveLength(2);
  });

  it('bounds an event date by the date it was reported ("this week", "said on Friday")', () => {
    const x = extract('Rebel commander Luka Ilic was likely killed this week, the minister said on Friday.', '2016-03-26');
    expect(eventsOf(x, 'Killing')[0]?.date).toMatchObject({ start: '2016-03-21', end: '2016-03-25' });
  });

  it('gives no date to a relative expression when the publication date is unknown', () => {
    const x = extract('Rebel commander Luka Ilic was killed this week, the minister said.', null);
    expect(eventsOf(x, 'Killing')[0]?.date).toBeNull();
  });
});
