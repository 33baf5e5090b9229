import { useSyncExternalStore } from 'react';

/**
 * A value kept outside React (module state that views share: toasts, the last deletion, a clip's
 * progress…). `set` replaces it and tells every subscriber; components read it with useStore.
 */
export interface Store<T> {
  get: () => T;
  set: (next: T) => void;
  subscribe: (listener: () => void) => () => void;
  /** How many subscribers there are (a view that shows the value is mounted). */
  subscribers: () => number;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set: (next) => {
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    subscribers: () => listeners.size,
  };
}

/** The store's value; the component renders again whenever it is set. */
export function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.get);
}
