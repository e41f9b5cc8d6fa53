import { extractArticle } from '../../src/extract';
import { docFromText, entityNamed, eventsOf, relationPairs, roleNames } from './helpers';

const extract = (text: string) => extractArticle(docFromText(text, '2022-10-31'));

describe('elections', () => {
  it('reads "X defeated Y in the runoff" as the election of X, announced by whoever declared the winner', () => {
    const x = extract(
      "Marta Reyes Okonjo narrowly defeated President Tomas Veloso in Chile's runoff election on Sunday. Chile's Electoral Court counted the ballots. The court's president, Ines Barros, declared Okonjo the winner.",
    );
    const elections = eventsOf(x, 'Election');
    expect(elections).toHaveLength(1);
    const ev = elections[0]!;
    expect(roleNames(x, ev, 'targets')).toEqual(['Marta Reyes Okonjo']);
    expect(roleNames(x, ev, 'places')).toEqual(['Chile']);
    expect(relationPairs(x, 'ANNOUNCED')).toContain('Ines Barros -> Election of Marta Reyes Okonjo');
  });

  it('reads "X\'s party won a majority" as an election won by the leader and the party', () => {
    const x = extract(
      "Prime Minister Dale Warner's Conservative Party won a commanding majority in Thursday's general election in Britain, taking 365 seats.",
    );
    const ev = eventsOf(x, 'Election')[0];
    expect(ev && roleNames(x, ev, 'targets')).toEqual(['Dale Warner', 'Conservative Party']);
    expect(ev?.date?.start).toBe('2022-10-27');
  });

  it('does not read a win outside an election as one', () => {
    const x = extract('Dale Warner won the cycling race on Sunday. The team defeated its rivals in the final stage.');
    expect(eventsOf(x, 'Election')).toHaveLength(0);
  });

  it('links an inner word of a long name as its short form', () => {
    const x = extract('Luiz Carlos Okonjo da Silva spoke on Sunday. Later Okonjo said he would govern for all.');
    expect(entityNamed(x, 'Luiz Carlos Okonjo da Silva')?.aliases).toContain('Okonjo');
  });
});

describe('local elections', () => {
  it('reads "was elected mayor of X" as X being a place the winner leads, and the election held there', () => {
    const x = extract('Lena Okafor, a former council member, was elected mayor of Port Caldwell on Sunday, defeating the incumbent.');
    expect(entityNamed(x, 'Port Caldwell')?.label).toBe('Place');
    expect(relationPairs(x, 'LEADS')).toContain('Lena Okafor -> Port Caldwell');
    const ev = eventsOf(x, 'Election')[0];
    expect(ev && roleNames(x, ev, 'places')).toEqual(['Port Caldwell']);
  });

  it('reads a share of the vote as an election result', () => {
    const x = extract('Lena Okafor spoke on Sunday. Okafor, who ran for the Civic Renewal party, won 51.8 percent of the vote.');
    expect(eventsOf(x, 'Election').flatMap((ev) => roleNames(x, ev, 'targets'))).toContain('Lena Okafor');
  });
});
