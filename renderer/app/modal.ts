/**
 * What every modal (the command palette, dialogs, the quote picker) does with the keyboard, in one
 * place: when it closes, the element that had focus before it opened gets it back — the note's
 * editor with its caret where it was, the article text, the list, the button that opened it —
 * unless the user or the action that closed it put focus somewhere else.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';

/** Where the keyboard was: the focused element and, in editable text, the caret or selection in it. */
interface Place {
  el: HTMLElement;
  range: Range | null;
}

interface OpenModal {
  root: HTMLElement;
}

/** Open modals, the one opened last on top. */
const openModals: OpenModal[] = [];

/**
 * A closed modal's root → where it gave the keyboard back to. A modal opened from another one (a
 * palette command that opens a dialog) remembers an element inside the first, which is gone by
 * the time the second closes: the second gives the keyboard to where the first would have.
 */
const handedBack = new WeakMap<Element, Place | null>();

function focusable(el: Element | null): el is HTMLElement {
  return el instanceof HTMLElement && el !== document.body && el !== document.documentElement;
}

function placeNow(): Place | null {
  const el = document.activeElement;
  if (!focusable(el)) return null;
  const selection = window.getSelection();
  // A contenteditable (the note editor) does not keep its caret when focus leaves it: remember it.
  const range = el.isContentEditable && selection && selection.rangeCount > 0 && el.contains(selection.getRangeAt(0).startContainer) ? selection.getRangeAt(0).cloneRange() : null;
  return { el, range };
}

/** Where to give the keyboard back: `place`, or if a modal closed since took it away, where that modal sent it. */
function returnPlace(place: Place | null): Place | null {
  for (let hops = 0; place && !place.el.isConnected && hops < 10; hops++) {
    let found: Place | null | undefined;
    for (let n: Element | null = place.el; n && found === undefined; n = n.parentElement) found = handedBack.get(n);
    place = found ?? null;
  }
  return place?.el.isConnected ? place : null;
}

function giveBack(place: Place): void {
  place.el.focus({ preventScroll: true });
  const { range } = place;
  const selection = window.getSelection();
  if (range && selection && place.el.contains(range.startContainer) && place.el.contains(range.endContainer)) {
    selection.removeAllRanges();
    selection.addRange(range);
  }
}

/** True when nothing has the keyboard, or only the closing modal's own (removed) elements do. */
function keyboardLost(root: HTMLElement): boolean {
  const now = document.activeElement;
  return !focusable(now) || !now.isConnected || root.contains(now);
}

/**
 * Makes the element in `ref` a modal for as long as the calling component is mounted: mount the
 * component when the modal opens and unmount it when it closes.
 */
export function useModal(ref: RefObject<HTMLElement | null>): void {
  // Read while rendering the opening modal, before it (or its autoFocus) takes the keyboard.
  const [opener] = useState(placeNow);

  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    const entry: OpenModal = { root };
    openModals.push(entry);
    return () => {
      openModals.splice(openModals.indexOf(entry), 1);
      const back = returnPlace(opener);
      handedBack.set(root, back);
      // The component may be unmounting while its elements are still in the page: decide once
      // React has finished, when whatever the closing action focused has the keyboard.
      queueMicrotask(() => {
        // Still open (React re-ran the effect without closing it, as StrictMode does in development).
        if (root.isConnected && openModals.some((m) => m.root === root)) return;
        const to = keyboardLost(root) ? returnPlace(back) : null;
        if (to) giveBack(to);
      });
    };
  }, [ref, opener]);
}
