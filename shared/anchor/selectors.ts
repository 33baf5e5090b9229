import type { TextPositionSelector, TextQuoteSelector } from '../model/quote';

/** How many characters of context a quote keeps on each side (W3C prefix/suffix). */
export const CONTEXT_LENGTH = 32;

export interface QuoteSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/**
 * Describes [start, end) of `text` (UTF-16 code units of the normalised article text) with the two
 * W3C selectors a quote stores. Context boundaries never split a surrogate pair, so the stored
 * strings are always well-formed.
 */
export function describeRange(text: string, start: number, end: number, contextLength = CONTEXT_LENGTH): QuoteSelectors {
  if (!(Number.isInteger(start) && Number.isInteger(end)) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Cannot describe range [${start}, ${end}) of a text of length ${text.length}: it must be non-empty and inside the text.`);
  }
  let prefixStart = Math.max(0, start - contextLength);
  if (isLowSurrogate(text, prefixStart) && prefixStart > 0) prefixStart--;
  let suffixEnd = Math.min(text.length, end + contextLength);
  if (isLowSurrogate(text, suffixEnd)) suffixEnd++;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** True when the code unit at i is the second half of a surrogate pair (a cut there splits a character). */
function isLowSurrogate(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  const p = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff;
}
