import { describe, expect, it } from 'vitest';
import { selectionQuote } from './clip-actions';

const TEXT = 'The council voted on Tuesday.\n\n"We listened, and we moved," Mr Oduya said.\n\nThe fee rise is phased.';

describe('selectionQuote: the text selected on a page becomes the first highlight', () => {
  it('finds the selection in the stored text and anchors it there', () => {
    const quote = selectionQuote('a1', TEXT, '"We listened, and we moved,"')!;
    expect(quote.text).toBe('"We listened, and we moved,"');
    expect(quote.positionSelector).toEqual({ type: 'TextPositionSelector', start: 31, end: 59 });
    expect(TEXT.slice(quote.positionSelector.start, quote.positionSelector.end)).toBe(quote.text);
    expect(quote).toMatchObject({ articleId: 'a1', unplaced: false, color: 'yellow' });
  });

  it('matches across the paragraph breaks a browser selection flattens to spaces or newlines', () => {
    const quote = selectionQuote('a1', TEXT, 'on Tuesday.\n"We listened')!;
    expect(quote.text).toBe('on Tuesday.\n\n"We listened');
  });

  it('no highlight when the selection is empty or not in the article', () => {
    expect(selectionQuote('a1', TEXT, '   ')).toBeNull();
    expect(selectionQuote('a1', TEXT, 'words the article never says')).toBeNull();
    expect(selectionQuote('a1', TEXT, undefined)).toBeNull();
  });
});
