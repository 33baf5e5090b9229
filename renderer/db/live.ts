import { liveQuery } from 'dexie';

/**
 * Observes a query: calls `onValue` now and whenever the tables it read change (Dexie liveQuery).
 * Returns the unsubscribe function. React hooks wrap this; components never see Dexie.
 */
export function observe<T>(query: () => Promise<T>, onValue: (value: T) => void, onError: (error: unknown) => void): () => void {
  const subscription = liveQuery(query).subscribe({ next: onValue, error: onError });
  return () => subscription.unsubscribe();
}
