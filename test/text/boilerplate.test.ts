import { cleanArticleText, dropRepeats, guessTitle, isChromeLine, splitPlaceDateline, stripCreditTail, stripPlaceDateline } from '../../src/text/boilerplate';

const NOW = new Date('2024-06-01T00:00:00Z');

describe('isChromeLine', () => {
  it.each([
    'Accessibility links',
    'Skip to content',
    'Breaking News',
    'please wait',
    'No media source currently available',
    'Direct link',
    'Share this',
    'Advertisement',
    'Read more',
    'Subscribe',
    'Sign up for our morning newsletter',
    'Updated at 1:38 p.m.',
    'Image copyright Getty Images',
    'Photo: Jane Roe',
    'AFP/Getty Images',
    'U.S. Marine Corps photo by Cpl. Andre Dakis',
    '0:00 0:03:41 0:00',
    '1:23 / 4:56',
    "Before it's here, it's on the Bloomberg Terminal.",
    'The post Ten things to know appeared first on Daily Roundup.',
    'World | Europe',
  ])('drops %p', (line) => {
    expect(isChromeLine(line)).toBe(true);
  });

  it.each([
    'The U.S. military has killed a senior Islamic State leader in Syria, Defense Secretary Ash Carter said.',
    'Caliphate ‘Fantasy’',
    'Updated figures show the toll has risen.',
    'Islamic State fighters sit on a pickup truck near Ash Shaddadi, Hasakah province, Syria, Feb. 18, 2016.',
    'He said the photo by the agency was fake and that officials had seen it.',
    '(Additional reporting by Maher Chmaytelli in Baghdad; Editing by Don Durfee)',
  ])('keeps %p', (line) => {
    expect(isChromeLine(line)).toBe(false);
  });
});

describe('stripCreditTail', () => {
  it('removes a photo credit after a caption and keeps the caption', () => {
    expect(
      stripCreditTail('Marines fire a howitzer at Fire Base Bell, Iraq, March 18, 2016. U.S. Marine Corps photo by Cpl. Andre Dakis'),
    ).toBe('Marines fire a howitzer at Fire Base Bell, Iraq, March 18, 2016.');
    expect(stripCreditTail('Smoke rises over the city. (Photo: Jane Roe/AFP)')).toBe('Smoke rises over the city.');
    expect(stripCreditTail('Smoke rises over the city on Friday. Photo: Jane Roe')).toBe('Smoke rises over the city on Friday.');
  });

  it('leaves a sentence that only mentions a photo alone', () => {
    const text = 'The minister spoke on Friday. He said the photo by the agency was fake and that officials had doubts about it.';
    expect(stripCreditTail(text)).toBe(text);
  });
});

describe('dropRepeats', () => {
  it('keeps the first copy of a repeated headline or paragraph', () => {
    expect(dropRepeats(['Headline here', 'Body text.', 'Headline here', 'Body text.'])).toEqual(['Headline here', 'Body text.']);
  });

  it('drops a caption reprinted with its credit appended', () => {
    const caption = 'Marines fire a howitzer at Fire Base Bell, Iraq, March 18, 2016.';
    expect(dropRepeats([caption, `${caption} U.S. Marine Corps photo by Cpl. Andre Dakis`, 'Next.'])).toEqual([caption, 'Next.']);
  });

  it('keeps a later paragraph that merely starts like a short heading', () => {
    expect(dropRepeats(['Mosul', 'Mosul is a city of 2 million people.'])).toEqual(['Mosul', 'Mosul is a city of 2 million people.']);
  });
});

describe('guessTitle', () => {
  it('takes the first short line without terminal punctuation', () => {
    expect(guessTitle(['A caption that ends with a period.', 'Pentagon Wants More Troops in Iraq', 'Body.'])).toBe(
      'Pentagon Wants More Troops in Iraq',
    );
  });

  it('finds none when every top line is a sentence', () => {
    expect(guessTitle(['The army said so.', 'Officials agreed.'])).toBeNull();
  });
});

describe('cleanArticleText', () => {
  const page = [
    'Accessibility links',
    '',
    'Breaking News',
    '',
    'Momentum Against ISIL Builds',
    '',
    'Fighters sit on a pickup truck near Ash Shaddadi, Hasakah province, Syria, Feb. 18, 2016.',
    '',
    'The last few weeks have not been good for the group.',
    '',
    'The last few weeks have not been good for the group.',
    '',
    'Momentum Against ISIL Builds',
    'please wait',
    '',
    'No media source currently available',
    '',
    '0:00 0:03:41 0:00',
    'Direct link',
    '',
    '  • Carter sees momentum in effort to defeat terrorist group',
    '  • Battlefield losses drive attacks outside Mideast, Kerry says',
    '',
    'Defense Secretary Ashton Carter said key leaders were killed.',
    '',
    "Before it's here, it's on the Bloomberg Terminal.",
  ].join('\n');

  it('drops chrome, media timers, repeats and promotional tails, keeping the caption once', () => {
    const cleaned = cleanArticleText(page, NOW);
    expect(cleaned.paragraphs).toEqual([
      'Momentum Against ISIL Builds',
      'Fighters sit on a pickup truck near Ash Shaddadi, Hasakah province, Syria, Feb. 18, 2016.',
      'The last few weeks have not been good for the group.',
      'Carter sees momentum in effort to defeat terrorist group',
      'Battlefield losses drive attacks outside Mideast, Kerry says',
      'Defense Secretary Ashton Carter said key leaders were killed.',
    ]);
    expect(cleaned.title).toBe('Momentum Against ISIL Builds');
  });

  it('never takes a date in a photo caption as the publication date', () => {
    expect(cleanArticleText(page, NOW).published).toBeNull();
  });

  it('reads the publication date from a dateline at the top and removes the line', () => {
    const cleaned = cleanArticleText('Troops Leave the Valley\n\nBy Jane Roe\n\nPublished March 25, 2016\n\nThe troops left.', NOW);
    expect(cleaned.published).toBe('2016-03-25');
    expect(cleaned.paragraphs).toEqual(['Troops Leave the Valley', 'The troops left.']);
  });

  it('ignores a dateline in the future', () => {
    expect(cleanArticleText('Published March 25, 2099\n\nThe troops left.', NOW).published).toBeNull();
  });

  it('joins hard-wrapped lines but keeps headline lines apart', () => {
    const wrapped = [
      'Headline Without A Period',
      '',
      'The ministry said on Friday that the strike had killed the commander of the',
      'group in the mountains near the border, and that two other fighters were also',
      'killed.',
    ].join('\n');
    expect(cleanArticleText(wrapped, NOW).paragraphs).toEqual([
      'Headline Without A Period',
      'The ministry said on Friday that the strike had killed the commander of the group in the mountains near the border, and that two other fighters were also killed.',
    ]);
  });
});

describe('splitPlaceDateline', () => {
  it.each([
    ['WASHINGTON — Islamic State said it would fight on.', 'WASHINGTON'],
    ['SANAA, Yemen — Officials said the strike killed him.', 'SANAA, Yemen'],
    ['REDMOND, Wash. — Microsoft named a new chief executive.', 'REDMOND, Wash.'],
    ['BEIRUT, March 25 (Reuters) - The army said it had retaken the town.', 'BEIRUT'],
  ])('keeps the place of %p', (input, place) => {
    expect(splitPlaceDateline(input)?.place).toBe(place);
  });

  it('keeps a dateline as its own paragraph in the cleaned text', () => {
    const cleaned = cleanArticleText('SANAA, Yemen — Officials said on Friday that the strike killed the commander near the border.', NOW);
    expect(cleaned.paragraphs).toEqual(['SANAA, Yemen', 'Officials said on Friday that the strike killed the commander near the border.']);
  });
});

describe('stripPlaceDateline', () => {
  it.each([
    ['WASHINGTON — Islamic State said it would fight on.', 'Islamic State said it would fight on.'],
    ['PORT CALDWELL — Lena Okafor was elected mayor on Sunday.', 'Lena Okafor was elected mayor on Sunday.'],
    ['BEIRUT, March 25 (Reuters) - The army said it had retaken the town.', 'The army said it had retaken the town.'],
    ['LONDON (AP) — “We will not give in,” the minister said.', '“We will not give in,” the minister said.'],
  ])('removes the dateline of %p', (input, expected) => {
    expect(stripPlaceDateline(input)).toBe(expected);
  });

  it.each([
    'NATO – the alliance – met on Friday in Brussels.',
    'Carter — The Defense Secretary spoke on Friday.',
    'The U.S. - led coalition struck again on Friday.',
  ])('keeps %p', (input) => {
    expect(stripPlaceDateline(input)).toBe(input);
  });
});
