/**
 * Text copied from a PDF, an e-mail or a terminal comes hard-wrapped: every paragraph broken into
 * lines of about the same width. Read line by line, each piece would be a paragraph of its own
 * (and the first one a deck). This finds such text and joins each paragraph's lines back into one
 * span, which still covers the input exactly (its text is the input's slice, line breaks and all;
 * HTML renders them as spaces).
 */
import type { TextSpan } from './plaintext';

/** Wrapped lines are at least this long; a paragraph of lines a book or a newsletter wraps. */
const MIN_WIDTH = 40;
/** Longer lines than this are paragraphs of their own: no one wraps that wide. */
const MAX_WIDTH = 110;
/** A line shorter than this share of the wrap width ends its paragraph (or is a heading, a byline, a date). */
const LAST_LINE_SHARE = 0.6;
/** A line that opens an item of a list. */
const LIST_ITEM = /^(?:[-–—•*·▪►]\s|\d{1,2}[.)]\s)/;
/** A blank line between two lines: a paragraph break whatever the widths. */
const BLANK_LINE = /\n[ \t\u00a0]*\r?\n/;

/** The width the text is wrapped at, or null when it is not hard-wrapped. */
export function wrapWidth(spans: readonly TextSpan[], input: string): number | null {
  if (spans.length < 3) return null;
  // (A loop, not Math.max(...): spreading hundreds of thousands of lines overflows the call stack.)
  let longest = 0;
  for (const s of spans) longest = Math.max(longest, s.text.length);
  if (longest > MAX_WIDTH || longest < MIN_WIDTH) return null;
  // Lines followed by another line of the same block (no blank line between): where a wrap may be.
  // Most of them are wide, and a wrap falls mid-sentence more often than not: the next line goes on
  // in lower case ("… a 7% pay / rise, ending …"), as no new paragraph, heading or verse line does.
  // (One pass by index: a pasted book may hold tens of thousands of lines.)
  let inner = 0;
  let wide = 0;
  let goesOnLower = 0;
  for (let i = 0; i + 1 < spans.length; i++) {
    const s = spans[i]!;
    const next = spans[i + 1]!;
    if (BLANK_LINE.test(input.slice(s.end, next.start))) continue;
    inner++;
    if (s.text.length < LAST_LINE_SHARE * longest) continue;
    wide++;
    if (/^[“"‘'(]?\p{Ll}/u.test(next.text)) goesOnLower++;
  }
  if (wide < 2 || wide < inner * 0.5) return null;
  return goesOnLower >= 2 && goesOnLower >= wide * 0.5 ? longest : null;
}

/** The spans with each wrapped paragraph's lines joined into one span; the spans as they are when the text is not hard-wrapped. */
export function joinWrappedLines(spans: readonly TextSpan[], input: string): TextSpan[] {
  const width = wrapWidth(spans, input);
  if (width === null) return [...spans];
  const out: TextSpan[] = [];
  let start = -1;
  spans.forEach((s, i) => {
    const next = spans[i + 1];
    if (start < 0) start = s.start;
    // The line goes on in the next one: it is wide, and no blank line comes between.
    // (Not into a list's next item: "• Prices rose …", "2. The port …".)
    const goesOn = !!next && s.text.length >= LAST_LINE_SHARE * width && !BLANK_LINE.test(input.slice(s.end, next.start)) && !LIST_ITEM.test(next.text);
    if (goesOn) return;
    out.push({ text: input.slice(start, s.end), start, end: s.end });
    start = -1;
  });
  return out;
}
