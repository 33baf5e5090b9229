import { useSyncExternalStore } from 'react';

/** Short messages at the bottom of the window: errors that need reading, and Undo for deletions. */
export interface Toast {
  id: number;
  kind: 'info' | 'error';
  message: string;
  action?: { label: string; run: () => void };
}

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export function showToast(toast: Omit<Toast, 'id'>, timeoutMs = toast.kind === 'error' ? 12000 : 6000): number {
  const id = nextId++;
  toasts = [...toasts.slice(-4), { ...toast, id }];
  emit();
  setTimeout(() => dismissToast(id), timeoutMs);
  return id;
}

export function dismissToast(id: number): void {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

export function useToasts(): Toast[] {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => toasts,
  );
}

/** Shows an error toast with the error's own message (our errors are written for people). */
export function showError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  showToast({ kind: 'error', message });
}
