import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Bias, DomTextMap } from '../../shared/text/dom-text';
import { isEditable } from '../app/keyboard';
import { modalOpen } from '../app/modal';
import { charStep, paragraphs, sentences, unitAt, wordStep } from './caret-text';
import { offsetAtPoint } from './paint';
import type { Placement } from './reanchor';

/**
 * Selecting words in the reader without a mouse, like a browser's caret browsing: F7 (or v) puts a
 * caret in the text, the arrow keys move it, Shift extends the selection (Ctrl or Alt: by word),
 * s takes the sentence at the caret and Shift+P the paragraph (again: one more), Esc ends it.
 *
 * The selection made is the document's own Selection, so h, c, a, m and the colour keys act on it
 * through the same path as on a mouse selection (Range → text offsets → TextQuote and TextPosition
 * selectors). The caret is drawn by the reader, since the browser draws none in text that is not
 * editable.
 *
 * Home and End go to the start and end of the line.
 */

interface Caret {
  anchor: number;
  focus: number;
}

/** Where the reader draws the caret: inside the scrolling box, in its content's coordinates. */
export interface CaretBox {
  left: number;
  top: number;
  height: number;
}

interface Options {
  map: DomTextMap | null;
  bodyRef: RefObject<HTMLElement | null>;
  scrollerRef: RefObject<HTMLElement | null>;
  /** Where the caret starts when there is a focused highlight: its first character. */
  focusedStart: () => number | null;
  /** Changes when the text is laid out again (the font size): the caret is measured again. */
  layoutKey: unknown;
}

export interface KeyboardSelection {
  active: boolean;
  caretBox: CaretBox | null;
  /** Handles a key of the reader; true when it was one of the mode's keys. */
  onKey: (e: KeyboardEvent) => boolean;
  toggle: () => void;
  /** Selects the sentence or paragraph at the caret (entering the mode first); returns it. */
  selectUnit: (unit: 'sentence' | 'paragraph') => Placement | null;
}

/** The screen box of the caret at `offset`, or null where the text has no box (an empty map). */
function caretRect(map: DomTextMap, offset: number, bias: Bias): DOMRect | null {
  const p = map.toDomPoint(offset, bias);
  if (!p) return null;
  const r = document.createRange();
  r.setStart(p.node, p.offset);
  r.collapse(true);
  const rect = r.getClientRects()[0] ?? r.getBoundingClientRect();
  if (rect.height > 0) return rect;
  // A point at the very edge of a text node can measure empty: take the character beside it.
  const text = map.text;
  const after = offset < text.length && text[offset] !== '\n' ? map.toDomPoint(offset + 1, 'backward') : null;
  if (after) {
    r.setEnd(after.node, after.offset);
    const b = r.getBoundingClientRect();
    if (b.height > 0) return new DOMRect(b.left, b.top, 0, b.height);
  }
  const before = offset > 0 ? map.toDomPoint(offset - 1, 'forward') : null;
  if (before) {
    r.setStart(before.node, before.offset);
    r.setEnd(p.node, p.offset);
    const b = r.getBoundingClientRect();
    if (b.height > 0) return new DOMRect(b.right, b.top, 0, b.height);
  }
  return null;
}

export function useKeyboardSelection({ map, bodyRef, scrollerRef, focusedStart, layoutKey }: Options): KeyboardSelection {
  const [active, setActive] = useState(false);
  const [caretBox, setCaretBox] = useState<CaretBox | null>(null);
  // The caret is read and moved by key presses faster than React renders: a ref holds it.
  const caret = useRef<Caret | null>(null);
  const activeRef = useRef(false);
  /** The Selection as this hook last set it, to tell the user's own selections from it. */
  const lastSet = useRef<{ an: Node; ao: number; fn: Node; fo: number } | null>(null);
  /** The horizontal position Up and Down keep to, as caret browsing does. */
  const goalX = useRef<number | null>(null);

  const focusBias = (c: Caret): Bias => (c.focus > c.anchor ? 'backward' : 'forward');

  const measure = useCallback(() => {
    const c = caret.current;
    const scroller = scrollerRef.current;
    if (!c || !map || !scroller || !activeRef.current) {
      setCaretBox(null);
      return;
    }
    const rect = caretRect(map, c.focus, focusBias(c));
    if (!rect) return setCaretBox(null);
    const box = scroller.getBoundingClientRect();
    setCaretBox({ left: rect.left - box.left + scroller.scrollLeft, top: rect.top - box.top + scroller.scrollTop, height: rect.height });
  }, [map, scrollerRef]);

  /** Scrolls the caret into view, with a line's room above and below it. */
  const reveal = useCallback(() => {
    const c = caret.current;
    const scroller = scrollerRef.current;
    if (!c || !map || !scroller) return;
    const rect = caretRect(map, c.focus, focusBias(c));
    if (!rect) return;
    const box = scroller.getBoundingClientRect();
    if (rect.top < box.top + rect.height) scroller.scrollTop -= box.top + rect.height - rect.top;
    else if (rect.bottom > box.bottom - rect.height) scroller.scrollTop += rect.bottom - box.bottom + rect.height;
  }, [map, scrollerRef]);

  /** Puts the caret (and the document's selection) at `next`. */
  const apply = useCallback(
    (next: Caret) => {
      if (!map) return;
      const len = map.text.length;
      const c = { anchor: Math.max(0, Math.min(len, next.anchor)), focus: Math.max(0, Math.min(len, next.focus)) };
      caret.current = c;
      const forward = c.focus >= c.anchor;
      const a = map.toDomPoint(c.anchor, forward ? 'forward' : 'backward');
      const f = c.focus === c.anchor ? a : map.toDomPoint(c.focus, forward ? 'backward' : 'forward');
      const sel = window.getSelection();
      if (a && f && sel) {
        sel.setBaseAndExtent(a.node, a.offset, f.node, f.offset);
        lastSet.current = { an: a.node, ao: a.offset, fn: f.node, fo: f.offset };
      }
      reveal();
      measure();
    },
    [map, measure, reveal],
  );

  /** Where the caret starts: the focused highlight, the user's selection, else the first paragraph in view. */
  const startingCaret = useCallback((): Caret => {
    if (!map) return { anchor: 0, focus: 0 };
    const sel = window.getSelection();
    const body = bodyRef.current;
    if (sel && sel.rangeCount > 0 && !sel.isCollapsed && body?.contains(sel.anchorNode) && body.contains(sel.focusNode)) {
      return { anchor: map.toTextOffset(sel.anchorNode!, sel.anchorOffset, 'forward'), focus: map.toTextOffset(sel.focusNode!, sel.focusOffset, 'backward') };
    }
    const focused = focusedStart();
    if (focused !== null) return { anchor: focused, focus: focused };
    const scroller = scrollerRef.current;
    const ps = paragraphs(map.text);
    if (!scroller || ps.length === 0) return { anchor: 0, focus: 0 };
    const box = scroller.getBoundingClientRect();
    // Paragraphs lie top to bottom: the first whose start is at or below the top of the view.
    let lo = 0;
    let hi = ps.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const r = caretRect(map, ps[mid]!.start, 'forward');
      if (r && r.top >= box.top) hi = mid;
      else lo = mid + 1;
    }
    const first = ps[lo];
    const top = first ? caretRect(map, first.start, 'forward')?.top : undefined;
    if (first && top !== undefined && top < box.bottom) return { anchor: first.start, focus: first.start };
    // One paragraph fills the view: the line at its top.
    const b = body?.getBoundingClientRect();
    const at = body && b ? offsetAtPoint(map, body, b.left + 2, box.top + 24) : null;
    const start = at ?? ps[Math.max(0, lo - 1)]!.start;
    return { anchor: start, focus: start };
  }, [map, bodyRef, scrollerRef, focusedStart]);

  const enter = useCallback(() => {
    if (!map || activeRef.current) return;
    activeRef.current = true;
    setActive(true);
    goalX.current = null;
    apply(startingCaret());
  }, [map, apply, startingCaret]);

  const leave = useCallback(() => {
    if (!activeRef.current) return;
    activeRef.current = false;
    setActive(false);
    caret.current = null;
    lastSet.current = null;
    window.getSelection()?.removeAllRanges();
    setCaretBox(null);
  }, []);

  const toggle = useCallback(() => (activeRef.current ? leave() : enter()), [enter, leave]);

  /** The caret one line up or down, keeping to the horizontal position it had. */
  const lineStep = (c: Caret, dir: 1 | -1): number => {
    const body = bodyRef.current;
    const scroller = scrollerRef.current;
    if (!map || !body || !scroller) return c.focus;
    let rect = caretRect(map, c.focus, focusBias(c));
    if (!rect) return c.focus;
    // The line to go to must be on screen to be found by its position.
    const box = scroller.getBoundingClientRect();
    const room = rect.height * 3;
    if (dir === 1 && rect.bottom + room > box.bottom) scroller.scrollTop += rect.bottom + room - box.bottom;
    if (dir === -1 && rect.top - room < box.top) scroller.scrollTop -= box.top - (rect.top - room);
    rect = caretRect(map, c.focus, focusBias(c)) ?? rect;
    const x = goalX.current ?? rect.left;
    goalX.current = x;
    // Down from the bottom of this line (up from its top) in half-line steps, over the space between paragraphs.
    for (let k = 1; k <= 8; k++) {
      const y = dir === 1 ? rect.bottom + (k * rect.height) / 2 : rect.top - (k * rect.height) / 2;
      const at = offsetAtPoint(map, body, x, y);
      if (at === null) continue;
      const r = caretRect(map, at, 'forward');
      if (r && (dir === 1 ? r.top >= rect.bottom - 1 : r.bottom <= rect.top + 1)) return at;
    }
    return dir === 1 ? map.text.length : 0;
  };

  /** The start (-1) or end (1) of the line the caret is on. */
  const lineEdge = (c: Caret, dir: 1 | -1): number => {
    const body = bodyRef.current;
    const rect = map ? caretRect(map, c.focus, focusBias(c)) : null;
    if (!map || !body || !rect) return c.focus;
    const box = body.getBoundingClientRect();
    const y = rect.top + rect.height / 2;
    const at = offsetAtPoint(map, body, dir === 1 ? box.right - 1 : box.left + 1, y);
    if (at === null) return c.focus;
    // The end of a wrapped line: before the space the line broke at.
    return dir === 1 && at > 0 && at > c.focus && /\s/.test(map.text[at - 1]!) ? at - 1 : at;
  };

  const selectUnit = useCallback(
    (unit: 'sentence' | 'paragraph'): Placement | null => {
      if (!map) return null;
      if (!activeRef.current) enter();
      const c = caret.current ?? { anchor: 0, focus: 0 };
      const current = c.anchor === c.focus ? null : { start: Math.min(c.anchor, c.focus), end: Math.max(c.anchor, c.focus) };
      const found = unitAt(unit === 'sentence' ? sentences(map.text) : paragraphs(map.text), Math.min(c.anchor, c.focus), current);
      if (!found) return null;
      goalX.current = null;
      apply({ anchor: found.start, focus: found.end });
      return found;
    },
    [map, enter, apply],
  );

  const onKey = (e: KeyboardEvent): boolean => {
    if (!map || e.defaultPrevented || isEditable(e.target) || modalOpen()) return false;
    const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
    const arrow = e.key === 'ArrowLeft' || e.key === 'ArrowRight' || e.key === 'ArrowUp' || e.key === 'ArrowDown';
    const run = (fn: () => unknown): true => {
      e.preventDefault();
      fn();
      return true;
    };
    if (plain && !e.shiftKey && (e.key === 'F7' || e.key === 'v')) return run(toggle);
    if (plain && !e.shiftKey && e.key === 's') return run(() => selectUnit('sentence'));
    if (plain && e.shiftKey && e.key.toLowerCase() === 'p') return run(() => selectUnit('paragraph'));
    if (!activeRef.current) {
      // Shift+arrow starts selecting from the reading position (or extends the mouse's selection).
      if (!(arrow && e.shiftKey && !e.metaKey)) return false;
      enter();
    }
    if (e.key === 'Escape' && plain) return run(leave);
    const c = caret.current ?? { anchor: 0, focus: 0 };
    if ((e.key === 'Home' || e.key === 'End') && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      goalX.current = null;
      const focus = lineEdge(c, e.key === 'End' ? 1 : -1);
      apply(e.shiftKey ? { anchor: c.anchor, focus } : { anchor: focus, focus });
      return true;
    }
    if (!arrow || e.metaKey) return false;
    e.preventDefault();
    const byWord = e.ctrlKey || e.altKey;
    let focus: number;
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') focus = lineStep(c, e.key === 'ArrowDown' ? 1 : -1);
    else {
      goalX.current = null;
      const dir = e.key === 'ArrowRight' ? 1 : -1;
      // Without Shift, a selection collapses to its edge on that side before the caret moves on.
      if (!e.shiftKey && c.anchor !== c.focus && !byWord) focus = dir === 1 ? Math.max(c.anchor, c.focus) : Math.min(c.anchor, c.focus);
      else focus = byWord ? wordStep(map.text, c.focus, dir) : charStep(map.text, c.focus, dir);
    }
    apply(e.shiftKey ? { anchor: c.anchor, focus } : { anchor: focus, focus });
    return true;
  };

  // A selection made some other way while the mode is on (the mouse, a highlight that cleared it)
  // moves the caret there, so the keys go on from what the user sees.
  useEffect(() => {
    if (!active) return;
    const onChange = () => {
      const sel = window.getSelection();
      const body = bodyRef.current;
      const c = caret.current;
      if (!map || !sel || !body || !c) return;
      if (sel.rangeCount === 0) {
        const end = Math.max(c.anchor, c.focus);
        caret.current = { anchor: end, focus: end };
        lastSet.current = null;
        measure();
        return;
      }
      const last = lastSet.current;
      if (last && sel.anchorNode === last.an && sel.anchorOffset === last.ao && sel.focusNode === last.fn && sel.focusOffset === last.fo) return;
      if (!body.contains(sel.anchorNode) || !body.contains(sel.focusNode)) return;
      caret.current = { anchor: map.toTextOffset(sel.anchorNode!, sel.anchorOffset, 'forward'), focus: map.toTextOffset(sel.focusNode!, sel.focusOffset, 'forward') };
      lastSet.current = { an: sel.anchorNode!, ao: sel.anchorOffset, fn: sel.focusNode!, fo: sel.focusOffset };
      goalX.current = null;
      measure();
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [active, map, bodyRef, measure]);

  // The text laid out again (another font size, another window width): the caret is measured again.
  useLayoutEffect(() => {
    if (!active) return;
    measure();
    const onResize = () => measure();
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [active, measure, layoutKey]);

  return { active, caretBox, onKey, toggle, selectUnit };
}
