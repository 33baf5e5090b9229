import { describe, expect, it } from 'vitest';
import { anchor, describeRange, type AnchorResult } from './index';

const ARTICLE = [
  'Port Alder council approved the harbour budget on Tuesday after a long night of debate.',
  '"We will not reopen it," Mayor Idris Kell told reporters outside the chamber.',
  'The opposition said the budget ignored the fishing fleet. "We will not reopen it" was, they said, a slogan.',
  'Residents will vote on the plan in March.',
].join('\n\n');

function placedText(text: string, r: AnchorResult): string | null {
  return r.unplaced ? null : text.slice(r.start, r.end);
}

describe('describeRange', () => {
  it('stores the exact words, 32 characters of context and the position', () => {
    const start = ARTICLE.indexOf('Mayor Idris Kell');
    const s = describeRange(ARTICLE, start, start + 16);
    expect(s.quote.exact).toBe('Mayor Idris Kell');
    expect(s.quote.prefix).toBe(ARTICLE.slice(start - 32, start));
    expect(s.quote.suffix).toBe(ARTICLE.slice(start + 16, start + 48));
    expect(s.position).toEqual({ type: 'TextPositionSelector', start, end: start + 16 });
  });

  it('never cuts a surrogate pair in the context', () => {
    // 32 code units before "quote" fall on the second half of the emoji: the prefix takes it whole.
    const text = 'x'.repeat(40) + '😀' + 'a'.repeat(31) + 'quote' + 'y'.repeat(40);
    const start = text.indexOf('quote');
    const s = describeRange(text, start, start + 5);
    expect(s.quote.prefix.startsWith('\udc00')).toBe(false);
    expect(s.quote.prefix.length).toBe(33);
    expect(s.quote.suffix.length).toBe(32);
  });

  it('refuses empty or out-of-range ranges with a clear message', () => {
    expect(() => describeRange('abc', 2, 2)).toThrow(/non-empty/);
    expect(() => describeRange('abc', 1, 9)).toThrow(/inside the text/);
  });
});

describe('anchor', () => {
  it('places an unchanged quote by its position', () => {
    const start = ARTICLE.indexOf('harbour budget');
    const r = anchor(ARTICLE, describeRange(ARTICLE, start, start + 14));
    expect(r).toMatchObject({ start, end: start + 14, method: 'position' });
  });

  it('tells two occurrences of the same words apart by their context', () => {
    const second = ARTICLE.lastIndexOf('We will not reopen it');
    const sel = describeRange(ARTICLE, second, second + 21);
    // The article gained a paragraph at the top: positions are off, context still says which one.
    const changed = 'Editor’s note: this story was updated.\n\n' + ARTICLE;
    const r = anchor(changed, sel);
    expect(r).toMatchObject({ start: second + 40, method: 'quote' });
    // Without a position at all, the context alone decides.
    expect(anchor(changed, { quote: sel.quote })).toMatchObject({ start: second + 40 });
  });

  it('follows a quote whose words were corrected after it was taken (fuzzy)', () => {
    const start = ARTICLE.indexOf('the budget ignored the fishing fleet');
    const sel = describeRange(ARTICLE, start, start + 36);
    const changed = ARTICLE.replace('the budget ignored the fishing fleet', 'the budget ignores the fishing fleets');
    const r = anchor(changed, sel);
    expect(r.unplaced).toBeFalsy();
    expect(placedText(changed, r)).toBe('the budget ignores the fishing fleets');
    expect(r).toMatchObject({ method: 'fuzzy' });
  });

  it('reports a deleted quote as unplaced instead of moving it onto other words', () => {
    const start = ARTICLE.indexOf('the fishing fleet');
    const sel = describeRange(ARTICLE, start, start + 17);
    const changed = ARTICLE.replace('The opposition said the budget ignored the fishing fleet. ', '');
    const r = anchor(changed, sel);
    expect(r).toMatchObject({ unplaced: true });
  });

  it('does not put a short quote on the same word in another sentence once its passage is gone', () => {
    const start = ARTICLE.indexOf('budget on Tuesday') ;
    const sel = describeRange(ARTICLE, start, start + 6); // "budget"
    const changed = ARTICLE.replace(/^Port Alder council[^\n]*\n\n/, '');
    expect(changed.includes('budget')).toBe(true);
    const r = anchor(changed, sel);
    expect(r).toMatchObject({ unplaced: true });
    expect((r as { reason: string }).reason).toMatch(/not in the passage/);
  });

  it('keeps a long verbatim quote that moved into a new context', () => {
    const quote = '"We will not reopen it," Mayor Idris Kell told reporters';
    const start = ARTICLE.indexOf(quote);
    const sel = describeRange(ARTICLE, start, start + quote.length);
    const changed = `A different lead paragraph entirely.\n\n${quote}.`;
    const r = anchor(changed, sel);
    expect(placedText(changed, r)).toBe(quote);
  });

  it('reports an empty quote as unplaced with a reason', () => {
    const r = anchor('text', { quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } });
    expect(r).toEqual({ unplaced: true, reason: expect.stringMatching(/no text/) });
  });
});
