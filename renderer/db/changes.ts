/** What changed in the notebook, so the search index and open views update incrementally. */
export type TableName = 'articles' | 'quotes' | 'actors' | 'notes';
export interface Change {
  table: TableName;
  kind: 'put' | 'delete';
  ids: string[];
}

type Listener = (change: Change) => void;
const listeners = new Set<Listener>();

export function onChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Repositories call this after a write commits. */
export function emitChange(change: Change): void {
  if (change.ids.length === 0) return;
  for (const listener of listeners) listener(change);
}
