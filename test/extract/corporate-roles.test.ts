import { extractArticle } from '../../src/extract';
import { docFromText, eventsOf, relationPairs, roleNames } from './helpers';

const extract = (text: string) => extractArticle(docFromText(text));

describe('corporate roles', () => {
  it('gives a post named without an organisation to the company the article is about', () => {
    const x = extract(
      'Nokia named Lena Marsh as its chief executive on Tuesday. Paul Okafor, the board\'s lead independent director, was named chairman. Ivan Reyes will remain a director. Nokia shares rose.',
    );
    expect(relationPairs(x, 'LEADS')).toEqual(expect.arrayContaining(['Lena Marsh -> Nokia', 'Paul Okafor -> Nokia']));
    expect(relationPairs(x, 'MEMBER_OF')).toContain('Ivan Reyes -> Nokia');
    expect(relationPairs(x, 'LEADS')).not.toContain('Ivan Reyes -> Nokia');
  });

  it('reads a company suffix as the end of the name, not part of a title', () => {
    const x = extract('Analysts mentioned Ford Motor Co. chief executive Dana Whitfield. Nokia said Nokia would decide soon.');
    expect(relationPairs(x, 'LEADS')).toContain('Dana Whitfield -> Ford');
    expect(relationPairs(x, 'LEADS')).not.toContain('Dana Whitfield -> Nokia');
  });

  it('does not make a headline subject the holder of a title before its comma', () => {
    const x = extract('Nokia names Lena Marsh chief executive, Okafor steps aside as chairman. Nokia said Paul Okafor would stay.');
    expect(relationPairs(x, 'LEADS')).not.toContain('Paul Okafor -> Nokia');
  });

  it('reads "co-founder" as a title and a post left as membership only', () => {
    const x = extract('Nokia co-founder Mara Lind stepped down as chairman of the company on Monday. Nokia shares fell.');
    expect(relationPairs(x, 'MEMBER_OF')).toContain('Mara Lind -> Nokia');
    expect(relationPairs(x, 'LEADS')).not.toContain('Mara Lind -> Nokia');
  });
});

describe('appointments and successors', () => {
  it('gives the post after "as" to the appointee, not an apposition before it', () => {
    const x = extract("Nokia's board named Lena Marsh, the company's chief operating officer, as the new CEO and elected Ivo Kask chairman of the board. Nokia shares rose.");
    expect(relationPairs(x, 'LEADS')).toEqual(expect.arrayContaining(['Lena Marsh -> Nokia', 'Ivo Kask -> Nokia']));
    const appointed = eventsOf(x, 'Appointment').flatMap((ev) => roleNames(x, ev, 'targets'));
    expect(appointed).toEqual(expect.arrayContaining(['Lena Marsh', 'Ivo Kask']));
    expect(eventsOf(x, 'Election')).toHaveLength(0);
  });

  it('gives a successor the post the predecessor left and reads "was replaced by X" as an appointment', () => {
    const x = extract('Nokia co-founder Mara Lind stepped down as chief executive of the company on Monday and was replaced by Ivo Kask, its chief technology officer. Nokia shares rose.');
    expect(relationPairs(x, 'SUCCEEDED')).toContain('Ivo Kask -> Mara Lind');
    expect(relationPairs(x, 'LEADS')).toContain('Ivo Kask -> Nokia');
    expect(eventsOf(x, 'Appointment').flatMap((ev) => roleNames(x, ev, 'targets'))).toEqual(['Ivo Kask']);
  });

  it('gives "X succeeded Y as chairman of ORG" the post to X', () => {
    const x = extract('Gen. Dale Warner succeeded Adm. Tom Reyes as chairman of the Joint Chiefs of Staff on Friday.');
    expect(relationPairs(x, 'LEADS')).toContain('Dale Warner -> Joint Chiefs of Staff');
  });
});

describe('appointments by a leader', () => {
  it('reads "he named Brig. Gen. X, Y\'s deputy, as the new commander of Z, succeeding Y"', () => {
    const x = extract(
      "Hamid Rostami leads Iran. Within hours he named Brig. Gen. Esmail Darvish, Omar Tesh's deputy, as the new commander of the Quds Force, succeeding Tesh.",
    );
    expect(eventsOf(x, 'Appointment').flatMap((ev) => roleNames(x, ev, 'targets'))).toEqual(['Esmail Darvish']);
    expect(relationPairs(x, 'SUCCEEDED')).toContain('Esmail Darvish -> Omar Tesh');
    expect(relationPairs(x, 'LEADS')).toContain('Esmail Darvish -> Quds Force');
  });
});

describe('handing over the reins', () => {
  it('reads "X resigned, handing the reins of the company to his deputy, Y" as Y succeeding X', () => {
    const x = extract('Mara Lind resigned as chief executive of Nokia on Wednesday, handing the reins of the company to her longtime deputy, Ivo Kask.');
    expect(relationPairs(x, 'SUCCEEDED')).toEqual(['Ivo Kask -> Mara Lind']);
  });
});
