import { useSyncExternalStore } from 'react';
import { dismissToast, showToast } from './toasts';

/**
 * The last deletion's Undo, kept after its toast has gone: the palette offers it as
 * "Undo: restore “…”" and Ctrl+Z outside text fields runs it (App). Using it, from the toast or
 * from here, clears it; the next deletion replaces it.
 */
export interface Deletion {
  /** What was deleted, as people read it: an article's title, a note's, an actor's name, a highlight's words. */
  what: string;
  restore: () => void;
}

interface Offered extends Deletion {
  toastId: number;
}

let last: Offered | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

function take(entry: Offered): void {
  if (last === entry) {
    last = null;
    emit();
  }
  entry.restore();
}

/** Shows the "Deleted …" toast with Undo, and keeps its undo as the last deletion's. */
export function offerUndo(deletion: Deletion & { message: string; timeoutMs?: number }): void {
  const entry: Offered = { what: deletion.what, restore: deletion.restore, toastId: 0 };
  entry.toastId = showToast({ kind: 'info', message: deletion.message, action: { label: 'Undo', run: () => take(entry) }, undo: true }, deletion.timeoutMs);
  last = entry;
  emit();
}

/** Restores the last deletion (and takes its toast away). False when there is nothing to undo. */
export function undoLastDeletion(): boolean {
  const entry = last;
  if (!entry) return false;
  dismissToast(entry.toastId);
  take(entry);
  return true;
}

export function lastDeletion(): Deletion | null {
  return last;
}

export function useLastDeletion(): Deletion | null {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    lastDeletion,
  );
}
