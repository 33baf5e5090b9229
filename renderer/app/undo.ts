import { createStore, useStore } from './store';
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
  key: string | undefined;
}

const last = createStore<Offered | null>(null);
/** Offers still open, by what they restore ("article:<id>"), so a restore made elsewhere can withdraw them. */
const byKey = new Map<string, Offered>();

function drop(entry: Offered): void {
  if (entry.key !== undefined && byKey.get(entry.key) === entry) byKey.delete(entry.key);
  if (last.get() === entry) last.set(null);
}

function take(entry: Offered): void {
  drop(entry);
  entry.restore();
}

/**
 * Shows the "Deleted …" toast with Undo, and keeps its undo as the last deletion's. `key` names what
 * it restores (`<kind>:<id>`, as in Recently deleted), so restoring that from elsewhere withdraws it.
 */
export function offerUndo(deletion: Deletion & { message: string; timeoutMs?: number; key?: string }): void {
  const entry: Offered = { what: deletion.what, restore: deletion.restore, toastId: 0, key: deletion.key };
  entry.toastId = showToast({ kind: 'info', message: deletion.message, action: { label: 'Undo', run: () => take(entry) }, undo: true }, deletion.timeoutMs);
  if (entry.key !== undefined) byKey.set(entry.key, entry);
  last.set(entry);
}

/** The item was restored another way (Recently deleted): its Undo toast goes, and Ctrl+Z no longer offers it. */
export function withdrawUndo(key: string): void {
  const entry = byKey.get(key);
  if (!entry) return;
  dismissToast(entry.toastId);
  drop(entry);
}

/** Restores the last deletion (and takes its toast away). False when there is nothing to undo. */
export function undoLastDeletion(): boolean {
  const entry = last.get();
  if (!entry) return false;
  dismissToast(entry.toastId);
  take(entry);
  return true;
}

export function lastDeletion(): Deletion | null {
  return last.get();
}

export function useLastDeletion(): Deletion | null {
  return useStore(last);
}
