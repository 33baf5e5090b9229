import type { DomTextMap } from '../../shared/text/dom-text';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../shared/model';
import type { Placement } from './reanchor';

/**
 * Highlights are painted with the CSS Custom Highlight API: one registered Highlight per colour
 * holding a StaticRange per quote. The article DOM is never changed, so the text map stays valid,
 * overlapping highlights need no splitting (the browser paints each range, translucent colours
 * blend where they overlap), and 300 highlights cost 300 range objects rather than re-parsed HTML.
 * The styles are `::highlight(dossier-<colour>)` in reader.css.
 */
export const HIGHLIGHT_NAMES = {
  color: (c: HighlightColor) => `dossier-${c}`,
  focus: 'dossier-focus',
  comment: 'dossier-comment',
  detected: 'dossier-detected',
} as const;

export interface PaintedQuote extends Placement {
  id: string;
  color: HighlightColor;
  hasComment: boolean;
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

function rangeOf(map: DomTextMap, start: number, end: number): StaticRange | null {
  const a = map.toDomPoint(start, 'forward');
  const b = map.toDomPoint(end, 'backward');
  if (!a || !b) return null;
  return new StaticRange({ startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset });
}

/** A live DOM Range over [start, end) of the mapped text, for scrolling to and measuring. */
export function domRangeOf(map: DomTextMap, start: number, end: number): Range | null {
  const a = map.toDomPoint(start, 'forward');
  const b = map.toDomPoint(end, 'backward');
  if (!a || !b) return null;
  const r = document.createRange();
  r.setStart(a.node, a.offset);
  r.setEnd(b.node, b.offset);
  return r;
}

/** Paints (or repaints) every highlight of the open article; returns how many ranges were painted. */
export function paintHighlights(map: DomTextMap, quotes: readonly PaintedQuote[], focusId: string | null, detected: readonly Placement[]): number {
  if (!highlightsSupported()) return 0;
  const byColor = new Map<HighlightColor, StaticRange[]>(HIGHLIGHT_COLORS.map((c) => [c, []]));
  const comments: StaticRange[] = [];
  const focus: StaticRange[] = [];
  let painted = 0;
  for (const q of quotes) {
    const r = rangeOf(map, q.start, q.end);
    if (!r) continue;
    byColor.get(q.color)?.push(r);
    if (q.hasComment) comments.push(r);
    if (q.id === focusId) focus.push(r);
    painted++;
  }
  HIGHLIGHT_COLORS.forEach((c, i) => {
    const h = new Highlight(...byColor.get(c)!);
    h.priority = i + 1;
    CSS.highlights.set(HIGHLIGHT_NAMES.color(c), h);
  });
  const commentHl = new Highlight(...comments);
  commentHl.priority = 10;
  CSS.highlights.set(HIGHLIGHT_NAMES.comment, commentHl);
  const focusHl = new Highlight(...focus);
  focusHl.priority = 11;
  CSS.highlights.set(HIGHLIGHT_NAMES.focus, focusHl);
  const detectedRanges = detected.map((d) => rangeOf(map, d.start, d.end)).filter((r): r is StaticRange => !!r);
  CSS.highlights.set(HIGHLIGHT_NAMES.detected, new Highlight(...detectedRanges));
  return painted;
}

export function clearHighlights(): void {
  if (!highlightsSupported()) return;
  for (const c of HIGHLIGHT_COLORS) CSS.highlights.delete(HIGHLIGHT_NAMES.color(c));
  CSS.highlights.delete(HIGHLIGHT_NAMES.focus);
  CSS.highlights.delete(HIGHLIGHT_NAMES.comment);
  CSS.highlights.delete(HIGHLIGHT_NAMES.detected);
}

/** The text offset under a viewport point (for clicks on a highlight), or null outside the text. */
export function offsetAtPoint(map: DomTextMap, root: Element, x: number, y: number): number | null {
  const pos = document.caretPositionFromPoint?.(x, y);
  if (!pos || !root.contains(pos.offsetNode)) return null;
  return map.toTextOffset(pos.offsetNode, pos.offset, 'forward');
}

/**
 * The user's selection as a range of the mapped text, trimmed of surrounding whitespace, or null
 * when it is empty or not inside the article body.
 */
export function selectionToText(map: DomTextMap, root: Element, selection: Selection | null): Placement | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const r = map.rangeToText(range);
  if (!r) return null;
  let { start, end } = r;
  while (start < end && /\s/.test(map.text[start]!)) start++;
  while (end > start && /\s/.test(map.text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
