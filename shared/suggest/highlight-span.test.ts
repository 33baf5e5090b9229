import { describe, expect, it } from 'vitest';
import { anchor, describeRange } from '../anchor';
import { quotationHighlight } from './highlight-span';
import { suggest } from './index';

const TEXT = [
  'Varnholt port reopens',
  '“We have listened to the people who keep this port running,” said Ilsa Varga, the harbour chair.',
  '“Is it over?” a docker asked. “It is over!” she said. “It works…,” he said. “Good, ” he added.',
  '“We lost two nights of fishing because the light was out,” added Piet Olden.',
].join('\n\n');

/** The highlight of the quotation `suggest` reports first with these words. */
function highlightOf(words: string) {
  const q = suggest(TEXT).quotes.find((s) => s.exact.startsWith(words));
  if (!q) throw new Error(`no quotation starting “${words}”`);
  return { q, span: quotationHighlight(q.exact, q.start) };
}

describe('quotationHighlight: the comma that joins a quotation to its attribution is left out', () => {
  it('trims the trailing comma; the W3C selectors describe exactly the trimmed words', () => {
    const { q, span } = highlightOf('We have listened');
    // suggest still reports the quotation between its marks (the speaker rules and eval:actors read that).
    expect(q.exact).toBe('We have listened to the people who keep this port running,');
    expect(span).toEqual({ start: q.start, end: q.end - 1, exact: 'We have listened to the people who keep this port running' });
    expect(TEXT.slice(span.start, span.end)).toBe(span.exact);

    const { quote, position } = describeRange(TEXT, span.start, span.end);
    expect(quote.exact).toBe('We have listened to the people who keep this port running');
    expect(position).toEqual({ type: 'TextPositionSelector', start: span.start, end: span.end });
    // The comma and the closing mark are context now, right after the exact words.
    expect(quote.suffix.startsWith(',” said Ilsa Varga')).toBe(true);
    expect(quote.prefix.endsWith('Varnholt port reopens\n\n“')).toBe(true);
    expect(TEXT.slice(span.start - quote.prefix.length, span.start)).toBe(quote.prefix);
    expect(TEXT.slice(span.end, span.end + quote.suffix.length)).toBe(quote.suffix);

    // Anchoring finds the same words: by position here, by the quote where the text moved.
    expect(anchor(TEXT, { quote, position })).toMatchObject({ start: span.start, end: span.end, method: 'position', similarity: 1 });
    const moved = `Updated: a correction was added above.\n\n${TEXT}`;
    const shift = moved.length - TEXT.length;
    const placed = anchor(moved, { quote, position });
    expect(placed).toMatchObject({ start: span.start + shift, end: span.end + shift, similarity: 1 });
    expect(placed.unplaced ? null : moved.slice(placed.start, placed.end)).toBe(quote.exact);
  });

  it('trims a comma followed by a space, and a comma after an ellipsis; keeps ?, ! and …', () => {
    expect(highlightOf('Good').span.exact).toBe('Good');
    expect(highlightOf('It works').span.exact).toBe('It works…');
    expect(highlightOf('Is it over').span.exact).toBe('Is it over?');
    expect(highlightOf('It is over').span.exact).toBe('It is over!');
    expect(highlightOf('We lost').span.exact).toBe('We lost two nights of fishing because the light was out');
  });

  it('on its own words: only trailing commas and the spaces around them go', () => {
    expect(quotationHighlight('Night shifts will be voluntary,', 10)).toEqual({ start: 10, end: 40, exact: 'Night shifts will be voluntary' });
    expect(quotationHighlight('We will not sell, ', 0)).toEqual({ start: 0, end: 16, exact: 'We will not sell' });
    expect(quotationHighlight('We will, in time, sell.', 5)).toEqual({ start: 5, end: 28, exact: 'We will, in time, sell.' });
    expect(quotationHighlight('Enough.', 0).exact).toBe('Enough.');
    expect(quotationHighlight('Is that so?', 0).exact).toBe('Is that so?');
    expect(quotationHighlight('And then…', 0).exact).toBe('And then…');
    expect(quotationHighlight('我们会回来，', 0).exact).toBe('我们会回来');
    // Nothing but a comma: kept, so a highlight is never empty.
    expect(quotationHighlight(',', 3)).toEqual({ start: 3, end: 4, exact: ',' });
  });
});
