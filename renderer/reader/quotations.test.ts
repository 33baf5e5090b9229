import { describe, expect, it } from 'vitest';
import { detectQuotations, unhighlighted } from './quotations';

describe('detected quotations', () => {
  it('finds straight and curly quotations and joins a quotation that runs over paragraphs', () => {
    const text = [
      'The mayor said "the bridge opens in June" and left.',
      '“We have waited long enough,” said Tomas Brek. “The council’s ‘careful review’ took a year.',
      '“Now it must act,” he added.',
    ].join('\n\n');
    const d = detectQuotations(text);
    // A comma that joins the quotation to its attribution (“…,” said Tomas Brek) is not part of it.
    expect(d.map((q) => q.text)).toEqual([
      'the bridge opens in June',
      'We have waited long enough',
      'The council’s ‘careful review’ took a year.\n\n“Now it must act',
    ]);
    expect(text.slice(d[1]!.start, d[1]!.end)).toBe(d[1]!.text);
    expect(text.slice(d[1]!.end, d[1]!.end + 2)).toBe(',”');
    expect(d[2]!.paragraphs).toBe(2);
    expect(text.slice(d[2]!.start, d[2]!.end)).toBe(d[2]!.text);
  });

  it('leaves out quotations already highlighted', () => {
    const text = 'He said "yes" and she said "no thanks".';
    const d = detectQuotations(text);
    const yes = d[0]!;
    expect(unhighlighted(d, [{ start: yes.start - 1, end: yes.end + 1 }]).map((q) => q.text)).toEqual(['no thanks']);
  });
});
