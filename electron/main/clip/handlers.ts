import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Handlers } from '../../../shared/api';
import { FETCH_LIMITS, type clipCalls } from '../../../shared/api/calls/clip';
import { ChosenFiles, CLIP_FILE_FILTERS, readClipFileAt, type ShowOpenDialog } from './files';
import { fetchImages, type ImageLimits } from './images';
import { fetchPage } from './page';

/** What clip handlers need from the outside world (network limits, dialogs), injected for Node tests. */
export interface ClipDeps {
  /** Electron's dialog.showOpenDialog bound to the window (tests: a recorder that answers chosen paths). */
  showOpenDialog: ShowOpenDialog;
  /** Overrides for tests: a short time-out, small caps. */
  fetchTimeoutMs?: number;
  maxPageBytes?: number;
  imageLimits?: Partial<ImageLimits>;
}

/**
 * The fetches running for each renderer requestId, so cancelFetch can abort them. A fetch without
 * a requestId cannot be cancelled (it still ends at the time-out).
 */
class RunningFetches {
  private readonly running = new Map<string, Set<AbortController>>();

  async run<T>(requestId: string | undefined, work: (signal: AbortSignal | undefined) => Promise<T>): Promise<T> {
    if (requestId === undefined) return work(undefined);
    const controller = new AbortController();
    const set = this.running.get(requestId) ?? new Set<AbortController>();
    set.add(controller);
    this.running.set(requestId, set);
    try {
      return await work(controller.signal);
    } finally {
      set.delete(controller);
      if (set.size === 0 && this.running.get(requestId) === set) this.running.delete(requestId);
    }
  }

  cancel(requestId: string): boolean {
    const set = this.running.get(requestId);
    if (!set) return false;
    this.running.delete(requestId);
    for (const controller of set) controller.abort();
    return true;
  }
}

export function createClipHandlers(deps: ClipDeps): Pick<Handlers, keyof typeof clipCalls> {
  const chosen = new ChosenFiles();
  const fetches = new RunningFetches();
  return {
    fetchPage: ({ url, requestId }) => fetches.run(requestId, (signal) => fetchPage(url, { timeoutMs: deps.fetchTimeoutMs, maxBytes: deps.maxPageBytes, signal })),
    fetchImages: ({ urls, requestId }) => fetches.run(requestId, (signal) => fetchImages(urls, { timeoutMs: deps.fetchTimeoutMs, ...deps.imageLimits }, { signal })),
    cancelFetch: async ({ requestId }) => ({ cancelled: fetches.cancel(requestId) }),
    chooseClipFiles: async () => {
      const result = await deps.showOpenDialog({ title: 'Open articles to clip', properties: ['openFile', 'multiSelections'], filters: CLIP_FILE_FILTERS });
      if (result.canceled) return { cancelled: true, files: [] };
      const files = [];
      for (const path of result.filePaths.slice(0, FETCH_LIMITS.files)) {
        const size = await stat(path).then((s) => s.size, () => 0);
        files.push({ token: chosen.remember(path), name: basename(path).slice(0, 1000), size });
      }
      return { cancelled: false, files };
    },
    readClipFile: async ({ token }) => readClipFileAt(chosen.take(token)),
  };
}
