import { useEffect, useRef, type RefObject } from 'react';
import { createStore, useStore } from './store';

/**
 * "Ready for the keyboard": the shell sets data-ready="<section>[/<id>]" on #main once the view for
 * the current route has mounted, attached its key handlers and registered its palette commands, and
 * removes it when the route changes. End-to-end tests wait for it before pressing keys
 * (tests/helpers/app-ready.ts): a key pressed earlier reaches no listener.
 *
 * React runs effects children first and, within a component, in the order they are written, so an
 * effect the shell declares after its own key handlers runs after every effect the view ran on
 * mounting. A view whose handlers come with a child that mounts later (once its data has loaded)
 * holds the marker back until then with useHoldReady.
 */

let holds = 0;
/** Counts the holds taken and released, so the marker's effect runs again after each. */
const version = createStore(0);

function changed(): void {
  version.set(version.get() + 1);
}

/** While `holding` is true, the view is not ready (e.g. it shows a loading placeholder instead of the component with its handlers). */
export function useHoldReady(holding: boolean): void {
  useEffect(() => {
    if (!holding) return;
    holds++;
    changed();
    return () => {
      holds--;
      changed();
    };
  }, [holding]);
}

/**
 * The shell's side: returns the ref of the element to mark; it carries data-ready={view} while
 * nothing holds it back. Call it after the shell's own key handlers.
 */
export function useReadyMarker<T extends HTMLElement>(view: string): RefObject<T | null> {
  const target = useRef<T>(null);
  // Re-runs the effect whenever a hold is taken or released.
  const holdsVersion = useStore(version);
  useEffect(() => {
    const el = target.current;
    // The live count, not a value from render: the view's effects that just ran may have taken a hold.
    if (!el || holds > 0) return;
    el.setAttribute('data-ready', view);
    return () => el.removeAttribute('data-ready');
  }, [view, holdsVersion]);
  return target;
}
