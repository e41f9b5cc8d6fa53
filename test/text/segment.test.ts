import fc from 'fast-check';
import { segmentText } from '../../src/text/segment';

/** The sentence texts of a text, for readable expectations. */
function sentencesOf(text: string): string[] {
  return segmentText(text).sentences.map((s) => s.text);
}

describe('segmentText', () => {
  it('splits paragraphs at blank lines, with offsets into the text', () => {
    const text = 'First paragraph here.\n\nSecond one.\n   \nThird.';
    const { paragraphs } = segmentText(text);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['First paragraph here.', 'Second one.', 'Third.']);
    expect(paragraphs.map((p) => p.index)).toEqual([0, 1, 2]);
  });

  it('does not end a sentence at titles and ranks before names', () => {
    expect(
      sentencesOf('Lt. Gen. Vincent Stewart spoke. Rep. Joe Heck and Sen. Ann Ray agreed. Mr. Carter and Dr. Lee left.'),
    ).toEqual(['Lt. Gen. Vincent Stewart spoke.', 'Rep. Joe Heck and Sen. Ann Ray agreed.', 'Mr. Carter and Dr. Lee left.']);
  });

  it('keeps initials and dotted acronyms inside the sentence', () => {
    expect(sentencesOf('George H. W. Bush met U.S. and U.K. envoys. They talked.')).toEqual([
      'George H. W. Bush met U.S. and U.K. envoys.',
      'They talked.',
    ]);
  });

  it('ends a sentence after an acronym when a sentence opener follows', () => {
    expect(sentencesOf('The strike was confirmed by the U.S. The group denied it.')).toEqual([
      'The strike was confirmed by the U.S.',
      'The group denied it.',
    ]);
  });

  it('keeps months, times, company suffixes and state tags inside the sentence', () => {
    expect(
      sentencesOf(
        'On Jan. 5 at 1:38 p.m. Friday, Acme Inc. and Bolt Corp. said Rep. Joe Heck (R-Nev.), a member, agreed. He left.',
      ),
    ).toEqual(['On Jan. 5 at 1:38 p.m. Friday, Acme Inc. and Bolt Corp. said Rep. Joe Heck (R-Nev.), a member, agreed.', 'He left.']);
  });

  it('treats "Sept." and "Aug." as month abbreviations before a day', () => {
    expect(sentencesOf('It began Sept. 11 and ended Aug. 3. Nobody knew.')).toEqual(['It began Sept. 11 and ended Aug. 3.', 'Nobody knew.']);
  });

  it('does not split decimals, money and numbered ranks', () => {
    expect(sentencesOf('Sales rose 3.5 percent to $7.2 million. He was No. 2 in command. She agreed.')).toEqual([
      'Sales rose 3.5 percent to $7.2 million.',
      'He was No. 2 in command.',
      'She agreed.',
    ]);
  });

  it('keeps closing quotes with the sentence they end', () => {
    expect(sentencesOf('He called it "indisputable." Then he left. “Is it over?’ she asked.” Yes.')).toEqual([
      'He called it "indisputable."',
      'Then he left.',
      '“Is it over?’ she asked.”',
      'Yes.',
    ]);
  });

  it('does not split inside a quotation continued by its attribution', () => {
    expect(sentencesOf('“Leaders can be replaced,” he said. “Really?” she asked. “Yes!” he said.')).toEqual([
      '“Leaders can be replaced,” he said.',
      '“Really?” she asked.',
      '“Yes!” he said.',
    ]);
  });

  it('handles ellipses, spaced ellipses and an ellipsis touching the next sentence', () => {
    expect(sentencesOf('We have a message for [ISIL]. . .We will not be intimidated. Wait... What? It went on … and on.')).toEqual([
      'We have a message for [ISIL]. . .',
      'We will not be intimidated.',
      'Wait...',
      'What?',
      'It went on … and on.',
    ]);
  });

  it('makes a headline without terminal punctuation one sentence', () => {
    const { sentences } = segmentText('MOSUL OPERATION\n\nU.S. officials said so.');
    expect(sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [0, 'MOSUL OPERATION'],
      [1, 'U.S. officials said so.'],
    ]);
  });

  it('makes each bullet line its own sentence without the marker', () => {
    expect(sentencesOf('• Carter sees momentum\n• Losses drive attacks, Kerry says\n- A dash item')).toEqual([
      'Carter sees momentum',
      'Losses drive attacks, Kerry says',
      'A dash item',
    ]);
  });

  it('numbers sentences across paragraphs and records their paragraph', () => {
    const { sentences } = segmentText('One. Two.\n\nThree.');
    expect(sentences.map((s) => [s.index, s.paragraph])).toEqual([
      [0, 0],
      [1, 0],
      [2, 1],
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(segmentText('')).toEqual({ paragraphs: [], sentences: [] });
    expect(segmentText(' \n\n \t')).toEqual({ paragraphs: [], sentences: [] });
  });

  it('gives offsets that round-trip and trimmed sentences for any text', () => {
    const alphabet = fc.constantFrom(...'ab U.S. Gen. 3.5 "x." “y?” … \n\n• - ! ?'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }).map((chars) => chars.join('')), (text) => {
        const { paragraphs, sentences } = segmentText(text);
        for (const s of sentences) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text).toBe(s.text.trim());
          expect(s.text.length).toBeGreaterThan(0);
          const paragraph = paragraphs[s.paragraph];
          expect(paragraph).toBeDefined();
          expect(s.start).toBeGreaterThanOrEqual(paragraph?.start ?? -1);
          expect(s.end).toBeLessThanOrEqual(paragraph?.end ?? -1);
        }
        for (let i = 1; i < sentences.length; i++) {
          expect(sentences[i]?.start ?? 0).toBeGreaterThanOrEqual(sentences[i - 1]?.end ?? 0);
        }
      }),
    );
  });
});
