/**
 * The words of a detected quotation that become a highlight. A comma just inside the closing mark
 * belongs to the sentence around the quotation, not to what was said: in “We have listened,” she
 * said, it joins the quotation to its attribution, so the highlight (and the quote stored, shown
 * in timelines and notes, exported) ends before it. ?, !, . and … are the speaker's and stay.
 *
 * `findQuotations` and `suggest` still report the quotation as the text between its marks; the
 * speaker rules and their evaluation read that span.
 */

/** A trailing comma (ASCII, full-width, ideographic or Arabic) with any spaces around it. */
const TRAILING_COMMA = /\s*[,\uff0c\u3001\u060c][\s,\uff0c\u3001\u060c]*$/u;

export interface HighlightSpan {
  start: number;
  end: number;
  exact: string;
}

/**
 * The span to highlight for the quotation `exact` found at `start`: [start, end) with the trailing
 * comma left out. A quotation that is nothing but commas and spaces is kept as it is.
 */
export function quotationHighlight(exact: string, start: number): HighlightSpan {
  const m = TRAILING_COMMA.exec(exact);
  const length = m && m.index > 0 ? m.index : exact.length;
  return { start, end: start + length, exact: exact.slice(0, length) };
}
