import { describe, expect, it } from 'vitest';
import { charStep, paragraphStart, paragraphs, sentences, unitAt, wordStep } from './caret-text';

const TEXT = [
  'The harbour board voted on Tuesday. Mr. Dale objected.',
  '"We listened to the port\'s workers," said the chair. "The last boat was a scandal."',
].join('\n\n');
const slice = (r: { start: number; end: number } | null) => (r ? TEXT.slice(r.start, r.end) : null);

describe('caret steps', () => {
  it('moves one character, and over a paragraph gap in one step', () => {
    const end = TEXT.indexOf('\n\n');
    expect(charStep(TEXT, 0, 1)).toBe(1);
    expect(charStep(TEXT, end, 1)).toBe(end + 2);
    expect(charStep(TEXT, end + 2, -1)).toBe(end);
    expect(charStep(TEXT, 0, -1)).toBe(0);
    expect(charStep(TEXT, TEXT.length, 1)).toBe(TEXT.length);
  });

  it('moves a word: forward to the end of the next word, backward to the start of the one before', () => {
    expect(TEXT.slice(0, wordStep(TEXT, 0, 1))).toBe('The');
    expect(TEXT.slice(3, wordStep(TEXT, 3, 1))).toBe(' harbour');
    const at = TEXT.indexOf('port') + 'port\'s'.length;
    expect(TEXT.slice(wordStep(TEXT, at, -1), at)).toBe('port\'s');
    // From the start of a paragraph, back over the gap to the last word of the one before.
    const p2 = TEXT.indexOf('"We');
    expect(TEXT.slice(wordStep(TEXT, p2, -1), p2)).toBe('objected.\n\n');
  });
});

describe('sentences and paragraphs', () => {
  it('splits sentences at their ends, not after "Mr.", and keeps a closing quotation mark', () => {
    expect(sentences(TEXT).map(slice)).toEqual([
      'The harbour board voted on Tuesday.',
      'Mr. Dale objected.',
      '"We listened to the port\'s workers," said the chair.',
      '"The last boat was a scandal."',
    ]);
    expect(paragraphs(TEXT).map(slice)).toEqual(TEXT.split('\n\n'));
  });

  it('selects the unit at the caret, then takes in the next one when asked again', () => {
    const ss = sentences(TEXT);
    const first = unitAt(ss, TEXT.indexOf('board'), null);
    expect(slice(first)).toBe('The harbour board voted on Tuesday.');
    const two = unitAt(ss, 0, first);
    expect(slice(two)).toBe('The harbour board voted on Tuesday. Mr. Dale objected.');
    // A selection that is not whole sentences is replaced by the sentence at the caret.
    expect(slice(unitAt(ss, TEXT.indexOf('chair'), { start: TEXT.indexOf('said'), end: TEXT.indexOf('said') + 4 }))).toBe('"We listened to the port\'s workers," said the chair.');
    // The last sentence stays as it is.
    const last = ss[ss.length - 1]!;
    expect(unitAt(ss, last.start, last)).toEqual(last);
    // In the gap between paragraphs: the next paragraph.
    expect(slice(unitAt(paragraphs(TEXT), TEXT.indexOf('\n\n') + 1, null))).toBe(TEXT.split('\n\n')[1]);
    expect(paragraphStart(TEXT, TEXT.indexOf('scandal'))).toBe(TEXT.indexOf('"We'));
  });
});
