import { extractArticle } from '../../src/extract';
import { docFromText, entityNamed, relationPairs } from './helpers';

describe('aliases and coreference', () => {
  it('links "also known as", "whose real name is" and surnames into one person', () => {
    const x = extractArticle(
      docFromText(
        'Officials named the commander as Sheikh Rami Dawud, also known as Abu Hafs al-Tunisi. Dawud, whose real name is Rami Salim Dawud, fled north.',
      ),
    );
    const people = x.entities.filter((e) => e.label === 'Person');
    expect(people).toHaveLength(1);
    const forms = [people[0]?.name, ...(people[0]?.aliases ?? [])];
    expect(forms).toEqual(expect.arrayContaining(['Abu Hafs al-Tunisi', 'Dawud', 'Rami Salim Dawud']));
  });

  it('takes a quoted nickname after "known as" for the person a pronoun refers to', () => {
    const x = extractArticle(docFromText('A drone targeted Georgian-born Zurab Kvaratskhelia. He was also known as "Zurab the Mountaineer."'));
    expect(entityNamed(x, 'Zurab Kvaratskhelia')?.aliases).toContain('Zurab the Mountaineer');
  });

  it('defines an acronym in parentheses or after "or"', () => {
    const x = extractArticle(
      docFromText('The Northern Coalition Defense Council (NCDC) met the Southern Border Forces, or SBF, in the capital. NCDC leaders left early.'),
    );
    expect(entityNamed(x, 'Northern Coalition Defense Council')?.aliases).toContain('NCDC');
    expect(entityNamed(x, 'Southern Border Forces')?.aliases).toContain('SBF');
  });

  it('uses lexicon aliases: the Pentagon is the Department of Defense', () => {
    const x = extractArticle(docFromText('The Pentagon said the Defense Department would publish the report on Tuesday.'));
    const dod = entityNamed(x, 'U.S. Department of Defense');
    expect(dod?.aliases).toEqual(expect.arrayContaining(['Pentagon', 'Defense Department']));
  });

  it('resolves "the group\'s" to the last group and "He" to the salient person', () => {
    const x = extractArticle(
      docFromText('Al-Shabaab said Hassan Nur Warsame was killed on Monday. He was the group\'s finance chief and a veteran commander.'),
    );
    expect(relationPairs(x, 'MEMBER_OF')).toContain('Hassan Nur Warsame -> al-Shabaab');
  });

  it('links a short organisation name to the full one written earlier', () => {
    const x = extractArticle(docFromText('Veltra Mining Corp. reported a loss. Veltra shares fell 4 percent in Toronto.'));
    expect(entityNamed(x, 'Veltra Mining Corp.')?.aliases).toContain('Veltra');
  });
});
