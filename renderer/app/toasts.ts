import { createStore, useStore } from './store';

/** Short messages at the bottom of the window: errors that need reading, and Undo for deletions. */
export interface Toast {
  id: number;
  kind: 'info' | 'error';
  message: string;
  action?: { label: string; run: () => void };
  /** The action undoes a change that cannot be got back another way: such a toast is pushed out last. */
  undo?: boolean;
  /** The article the toast is about ("Clipped … Open"): the toast goes when that article is deleted. */
  articleId?: string;
}

/** At most this many toasts show at once (one more when all the others are worth more than the newest). */
export const MAX_TOASTS = 5;

/** A toast's countdown: paused while something holds it (the pointer on it, focus in it). */
interface Timer {
  remaining: number;
  startedAt: number;
  handle: ReturnType<typeof setTimeout> | null;
  holds: Set<string>;
}

const shown = createStore<Toast[]>([]);
let nextId = 1;
const timers = new Map<number, Timer>();

function start(id: number, timer: Timer): void {
  timer.startedAt = Date.now();
  timer.handle = setTimeout(() => dismissToast(id), timer.remaining);
}

function stop(timer: Timer): void {
  if (timer.handle === null) return;
  clearTimeout(timer.handle);
  timer.handle = null;
  timer.remaining = Math.max(0, timer.remaining - (Date.now() - timer.startedAt));
}

/** How much a toast is worth keeping: plain (0) < with an action such as Open (1) < with an Undo (2). */
const rank = (t: Toast): number => (t.undo ? 2 : t.action ? 1 : 0);

/**
 * The toast that makes room for a new one: the oldest of the least worth keeping, and never one worth
 * more than the new one. So an Undo is never pushed out by plain messages or by "Clipped … Open" toasts
 * (which push out each other instead); only a newer Undo pushes out an older one.
 */
function evictee(list: Toast[], added: Toast): Toast | undefined {
  let out: Toast | undefined;
  for (const t of list) if (t.id !== added.id && rank(t) <= rank(added) && (!out || rank(t) < rank(out))) out = t;
  return out;
}

/**
 * An error on screen that says the same as `toast`: a failed write is reported once by storage
 * (a plain toast) and again by the action that failed, with its way to retry ("Dossier could not
 * clip … <the same reason>", Edit address). One toast says it, with the action.
 */
function sameError(toast: Omit<Toast, 'id'>): { repeated: Toast; keep: 'old' | 'new' } | null {
  if (toast.kind !== 'error') return null;
  for (const t of shown.get()) {
    if (t.kind !== 'error' || t.undo || toast.undo) continue;
    if (!t.action && toast.message.includes(t.message)) return { repeated: t, keep: 'new' };
    if (!toast.action && t.message.includes(toast.message)) return { repeated: t, keep: 'old' };
  }
  return null;
}

export function showToast(toast: Omit<Toast, 'id'>, timeoutMs = toast.kind === 'error' ? 12000 : 6000): number {
  const same = sameError(toast);
  if (same) return same.keep === 'old' ? same.repeated.id : replaceToast(same.repeated.id, toast, timeoutMs);
  const id = nextId++;
  const added = { ...toast, id };
  let next = [...shown.get(), added];
  while (next.length > MAX_TOASTS) {
    const out = evictee(next, added);
    if (!out) break;
    next = next.filter((t) => t !== out);
    dropTimer(out.id);
  }
  const timer: Timer = { remaining: timeoutMs, startedAt: 0, handle: null, holds: new Set() };
  timers.set(id, timer);
  start(id, timer);
  shown.set(next);
  return id;
}

/**
 * Puts `toast` in the place of toast `id` (a progress message replaced by its result), with a
 * fresh countdown; shown as a new toast if `id` has gone meanwhile. Answers the toast's id.
 */
export function replaceToast(id: number, toast: Omit<Toast, 'id'>, timeoutMs = toast.kind === 'error' ? 12000 : 6000): number {
  if (!shown.get().some((t) => t.id === id)) return showToast(toast, timeoutMs);
  // The pointer or focus resting on the progress toast keeps holding its result.
  const holds = timers.get(id)?.holds ?? new Set<string>();
  dropTimer(id);
  const timer: Timer = { remaining: timeoutMs, startedAt: 0, handle: null, holds };
  timers.set(id, timer);
  if (holds.size === 0) start(id, timer);
  shown.set(shown.get().map((t) => (t.id === id ? { ...toast, id } : t)));
  return id;
}

function dropTimer(id: number): void {
  const timer = timers.get(id);
  if (timer?.handle) clearTimeout(timer.handle);
  timers.delete(id);
}

export function dismissToast(id: number): void {
  dropTimer(id);
  if (!shown.get().some((t) => t.id === id)) return;
  shown.set(shown.get().filter((t) => t.id !== id));
}

/**
 * Holds a toast open for a reason ('hover', 'focus'): its countdown pauses while any reason holds it
 * and resumes, with the time it had left, when the last one lets go.
 */
export function holdToast(id: number, reason: string, held: boolean): void {
  const timer = timers.get(id);
  if (!timer) return;
  if (held) {
    timer.holds.add(reason);
    stop(timer);
  } else if (timer.holds.delete(reason) && timer.holds.size === 0 && timer.handle === null) {
    start(id, timer);
  }
}

export function useToasts(): Toast[] {
  return useStore(shown);
}

/** The toasts showing now (for code outside React, and tests). */
export function currentToasts(): Toast[] {
  return shown.get();
}

/** Shows an error toast with the error's own message (our errors are written for people). */
export function showError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  showToast({ kind: 'error', message });
}
