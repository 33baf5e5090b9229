import { createStore, useStore } from '../app/store';
import type { ClipOutcome } from './clip-actions';

/** One item of a long clipping run (many files dropped or opened at once). */
export interface BatchJob {
  name: string;
  run: () => Promise<ClipOutcome>;
}

export interface BatchState {
  total: number;
  done: number;
  saved: number;
  current: string | null;
  failures: { name: string; message: string }[];
  running: boolean;
  cancelled: boolean;
}

const batch = createStore<BatchState | null>(null);
const set = batch.set;
let cancelRequested = false;

/**
 * Clips the jobs one after another, publishing progress; cancelling stops before the next job
 * (each job saves all-or-nothing, so what was saved stays and nothing is half-saved).
 */
export async function runBatch(jobs: BatchJob[]): Promise<BatchState> {
  if (batch.get()?.running) throw new Error('Dossier is still clipping the previous files. Wait for it to finish, or cancel it first.');
  cancelRequested = false;
  let s: BatchState = { total: jobs.length, done: 0, saved: 0, current: null, failures: [], running: true, cancelled: false };
  set(s);
  for (const job of jobs) {
    if (cancelRequested) {
      s = { ...s, cancelled: true };
      break;
    }
    set((s = { ...s, current: job.name }));
    try {
      const outcome = await job.run();
      s = { ...s, done: s.done + 1, saved: s.saved + (outcome.status === 'saved' ? 1 : 0) };
    } catch (error) {
      s = { ...s, done: s.done + 1, failures: [...s.failures, { name: job.name, message: error instanceof Error ? error.message : String(error) }] };
    }
    set(s);
  }
  s = { ...s, running: false, current: null, cancelled: s.cancelled || cancelRequested };
  set(s);
  return s;
}

export function cancelBatch(): void {
  cancelRequested = true;
}

/** Forgets a finished run (its summary was read). */
export function dismissBatch(): void {
  if (!batch.get()?.running) set(null);
}

export function useBatch(): BatchState | null {
  return useStore(batch);
}
