/**
 * What every modal (the command palette, dialogs, the quote picker) does with the keyboard, in one
 * place:
 * - Tab and Shift+Tab go round the controls of the topmost modal, never to the page or the toasts
 *   behind it;
 * - Escape closes the topmost modal wherever focus is (a control inside it that handles Escape
 *   itself calls preventDefault);
 * - when it closes, the element that had focus before it opened gets it back — the note's editor
 *   with its caret where it was, the article text, the list, the button that opened it — unless
 *   the user or the action that closed it put focus somewhere else.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Where the keyboard was: the focused element and, in editable text, the caret or selection in it. */
interface Place {
  el: HTMLElement;
  range: Range | null;
}

interface OpenModal {
  root: HTMLElement;
  close: () => void;
}

/** Open modals, the one opened last on top. */
const openModals: OpenModal[] = [];

/** Whether a modal (the palette, a dialog) is open: a view's own keys then leave the keyboard to it. */
export function modalOpen(): boolean {
  return openModals.length > 0;
}

const TABBABLE = 'a[href], button, input, select, textarea, [tabindex], [contenteditable="true"], [contenteditable=""]';

/** The controls Tab stops at inside `root`, in document order (of a radio group, only the checked or else the first one). */
function tabStops(root: HTMLElement): HTMLElement[] {
  const radioGroups = new Set<string>();
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => {
    if (el.tabIndex < 0 || el.matches(':disabled') || el.closest('[inert]') || el.getClientRects().length === 0) return false;
    if (getComputedStyle(el).visibility === 'hidden') return false;
    if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
      const group = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => r.name === el.name && r.form === el.form);
      const stop = group.find((r) => r.checked) ?? group[0];
      if (stop !== el || radioGroups.has(el.name)) return false;
      radioGroups.add(el.name);
    }
    return true;
  });
}

/** Tab and Escape while a modal is open: listened to on the document, so they work wherever focus is. */
function onModalKey(e: KeyboardEvent): void {
  const top = openModals[openModals.length - 1];
  if (!top || e.defaultPrevented || e.isComposing) return;
  if (e.key === 'Escape') {
    e.preventDefault();
    top.close();
  } else if (e.key === 'Tab' && !e.ctrlKey && !e.metaKey && !e.altKey) {
    e.preventDefault();
    const stops = tabStops(top.root);
    const now = document.activeElement;
    if (stops.length === 0) {
      top.root.focus({ preventScroll: true });
      return;
    }
    const i = now ? stops.indexOf(now as HTMLElement) : -1;
    let next: HTMLElement | undefined;
    if (i >= 0) next = stops[(i + (e.shiftKey ? -1 : 1) + stops.length) % stops.length];
    else if (now && top.root.contains(now)) {
      // Focus on something inside that Tab does not stop at (the dialog itself, an option): the next stop after it.
      const after = stops.findIndex((s) => now.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING);
      next = e.shiftKey ? stops[(after < 0 ? stops.length : after) - 1] ?? stops[stops.length - 1] : stops[after < 0 ? 0 : after];
    } else next = e.shiftKey ? stops[stops.length - 1] : stops[0];
    next?.focus();
  }
}

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
 * component when the modal opens and unmount it when it closes. `onClose` is called for Escape.
 */
export function useModal(ref: RefObject<HTMLElement | null>, onClose: () => void): void {
  // Read while rendering the opening modal, before it (or its autoFocus) takes the keyboard.
  const [opener] = useState(placeNow);
  const closeRef = useRef(onClose);
  useLayoutEffect(() => {
    closeRef.current = onClose;
  });

  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    const entry: OpenModal = { root, close: () => closeRef.current() };
    if (openModals.length === 0) document.addEventListener('keydown', onModalKey);
    openModals.push(entry);
    return () => {
      openModals.splice(openModals.indexOf(entry), 1);
      if (openModals.length === 0) document.removeEventListener('keydown', onModalKey);
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
