import { sentenceRanges } from '../../shared/suggest/tokens';
import type { Placement } from './reanchor';

/**
 * Caret movement over the reader's mapped text (shared/text/dom-text: blocks separated by "\n\n").
 * Offsets are the ones quotes anchor to, so a keyboard selection turns into the same Range a mouse
 * selection would.
 */

const LETTER = /[\p{L}\p{N}\p{M}]/u;
const JOINER = /['’\-‐]/u;

/** A character of a word: a letter, digit or mark, or an apostrophe or hyphen between two of them ("port's", "night-time"). */
function inWord(text: string, i: number): boolean {
  const c = text[i];
  if (c === undefined) return false;
  if (LETTER.test(c)) return true;
  return JOINER.test(c) && LETTER.test(text[i - 1] ?? '') && LETTER.test(text[i + 1] ?? '');
}

/** One character on; a run of line breaks (a paragraph gap) is one step, and a surrogate pair one character. */
export function charStep(text: string, offset: number, dir: 1 | -1): number {
  let i = offset;
  if (dir === 1) {
    if (i >= text.length) return text.length;
    if (text[i] === '\n') {
      while (text[i] === '\n') i++;
      return i;
    }
    i++;
    if (/[\uDC00-\uDFFF]/.test(text[i] ?? '')) i++;
    return i;
  }
  if (i <= 0) return 0;
  if (text[i - 1] === '\n') {
    while (i > 0 && text[i - 1] === '\n') i--;
    return i;
  }
  i--;
  if (/[\uDC00-\uDFFF]/.test(text[i] ?? '') && i > 0) i--;
  return i;
}

/** One word on: forward to the end of the next word, backward to the start of the word before. */
export function wordStep(text: string, offset: number, dir: 1 | -1): number {
  let i = offset;
  if (dir === 1) {
    while (i < text.length && !inWord(text, i)) i++;
    while (i < text.length && inWord(text, i)) i++;
    return i;
  }
  while (i > 0 && !inWord(text, i - 1)) i--;
  while (i > 0 && inWord(text, i - 1)) i--;
  return i;
}

function trimmed(text: string, r: Placement): Placement {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The paragraphs (blocks) of the text, without their separators. */
export function paragraphs(text: string): Placement[] {
  const out: Placement[] = [];
  const re = /\n{2,}/g;
  let start = 0;
  for (let m = re.exec(text); ; m = re.exec(text)) {
    const end = m ? m.index : text.length;
    const p = trimmed(text, { start, end });
    if (p.end > p.start) out.push(p);
    if (!m) break;
    start = m.index + m[0].length;
  }
  return out;
}

/** The sentences of the text, trimmed, never running over a paragraph break. */
export function sentences(text: string): Placement[] {
  return sentenceRanges(text)
    .map((r) => trimmed(text, r))
    .filter((r) => r.end > r.start);
}

/**
 * The unit (sentence or paragraph) to select at the caret. When `current` already is a run of
 * whole units, the next one is added to it, so pressing the key again takes in one more sentence.
 * Null when the text has no such unit.
 */
export function unitAt(units: readonly Placement[], caret: number, current: Placement | null): Placement | null {
  if (units.length === 0) return null;
  if (current && current.end > current.start) {
    const first = units.findIndex((u) => u.start === current.start);
    const last = units.findIndex((u) => u.end === current.end);
    if (first >= 0 && last >= first) {
      const next = units[last + 1];
      return next ? { start: current.start, end: next.end } : current;
    }
  }
  // The unit the caret is in, or else the first one after it (the caret in a gap), or the last one.
  const at = units.find((u) => u.start <= caret && caret < u.end) ?? units.find((u) => u.start >= caret) ?? units[units.length - 1]!;
  return { start: at.start, end: at.end };
}

/** The start of the paragraph the offset is in (or of the next one, from a gap). */
export function paragraphStart(text: string, offset: number): number {
  const ps = paragraphs(text);
  return (ps.find((p) => p.start <= offset && offset <= p.end) ?? ps.find((p) => p.start >= offset) ?? ps[ps.length - 1])?.start ?? 0;
}
