/**
 * The window's side of notebook search: starts the search worker (or, where workers cannot run,
 * the same service in the window), forwards every change the repositories report, and answers
 * queries. One engine per window.
 */
import type { SearchHit, SearchOptions } from '../../shared/search/notebook-index';
import { onChange, type Change } from '../db/changes';
import { naiveScan } from './naive-scan';
import type { WorkerReply, WorkerRequest } from './protocol';
import { SearchService, type SearchStatus } from './service';

interface SearchEngine {
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  change(change: Change): void;
  flush(): Promise<void>;
  whenReady(): Promise<void>;
  status(): SearchStatus;
}

const INITIAL: SearchStatus = { state: 'starting', docs: 0, source: null, readyMs: null, changeCount: 0 };
const statusListeners = new Set<() => void>();
let currentStatus: SearchStatus = INITIAL;

function publish(status: SearchStatus): void {
  currentStatus = status;
  for (const l of statusListeners) l();
}

class InlineEngine implements SearchEngine {
  private readonly service = new SearchService(publish);

  constructor(replay: Change[]) {
    for (const c of replay) void this.service.apply(c);
    void this.service.start();
  }

  search(query: string, options?: SearchOptions): Promise<SearchHit[]> {
    return Promise.resolve(this.service.search(query, options));
  }
  change(change: Change): void {
    void this.service.apply(change);
  }
  flush(): Promise<void> {
    return this.service.whenReady().then(() => this.service.flush());
  }
  whenReady(): Promise<void> {
    return this.service.whenReady();
  }
  status(): SearchStatus {
    return this.service.getStatus();
  }
}

/** Thrown to callers waiting on a worker that failed to start; they retry on the fallback. */
const WORKER_FAILED = new Error('search worker failed');

class WorkerEngine implements SearchEngine {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: never) => void; reject: (e: unknown) => void }>();
  private readonly readyWaiters: (() => void)[] = [];
  private started = false;
  /** Changes sent before the worker said it runs, replayed in the window if it never does. */
  private readonly unconfirmed: Change[] = [];
  private last: SearchStatus = INITIAL;

  constructor(
    private readonly worker: Worker,
    private readonly onFail: (replay: Change[]) => void,
  ) {
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => this.receive(event.data));
    worker.addEventListener('error', (event) => {
      if (this.started) {
        console.error('Dossier search worker error:', event.message);
        return;
      }
      event.preventDefault();
      this.fail();
    });
  }

  private fail(): void {
    this.worker.terminate();
    for (const { reject } of this.pending.values()) reject(WORKER_FAILED);
    this.pending.clear();
    this.onFail(this.unconfirmed.splice(0));
  }

  private receive(message: WorkerReply): void {
    if (message.type === 'status') {
      this.started = true;
      this.unconfirmed.length = 0;
      this.last = message.status;
      publish(message.status);
      if (message.status.state === 'ready' || message.status.state === 'failed') for (const w of this.readyWaiters.splice(0)) w();
      return;
    }
    const waiter = this.pending.get(message.id);
    if (!waiter) return;
    this.pending.delete(message.id);
    waiter.resolve((message.type === 'hits' ? message.hits : undefined) as never);
  }

  private request<T>(message: { type: 'search'; query: string; options?: SearchOptions } | { type: 'flush' }): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: never) => void, reject });
      this.worker.postMessage({ ...message, id } as WorkerRequest);
    });
  }

  search(query: string, options?: SearchOptions): Promise<SearchHit[]> {
    return this.request<SearchHit[]>({ type: 'search', query, ...(options ? { options } : {}) });
  }
  change(change: Change): void {
    if (!this.started) this.unconfirmed.push(change);
    this.worker.postMessage({ type: 'change', change } satisfies WorkerRequest);
  }
  flush(): Promise<void> {
    return this.request<void>({ type: 'flush' });
  }
  whenReady(): Promise<void> {
    if (this.last.state === 'ready' || this.last.state === 'failed') return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }
  status(): SearchStatus {
    return this.last;
  }
}

let engine: SearchEngine | null = null;
let unsubscribe: (() => void) | null = null;
let fallbackWaiters: (() => void)[] = [];

function startInline(replay: Change[]): SearchEngine {
  engine = new InlineEngine(replay);
  for (const w of fallbackWaiters.splice(0)) w();
  return engine;
}

function createEngine(): SearchEngine {
  if (typeof Worker === 'undefined') return startInline([]);
  try {
    const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'dossier-search' });
    return new WorkerEngine(worker, (replay) => {
      console.warn('Dossier search worker could not start; searching in the window instead.');
      startInline(replay);
    });
  } catch {
    return startInline([]);
  }
}

/** Starts notebook search for this window (once; later calls do nothing). */
export function startNotebookSearch(): void {
  if (engine) return;
  engine = createEngine();
  unsubscribe = onChange((change) => engine?.change(change));
  // A read-only probe for benchmarks and end-to-end tests: the same calls the palette makes.
  (globalThis as unknown as { __dossierSearch?: unknown }).__dossierSearch = {
    status: () => currentStatus,
    /** Where the index runs: 'worker', or 'window' when workers could not start. */
    engine: () => (engine instanceof InlineEngine ? 'window' : 'worker'),
    whenReady: () => engine!.whenReady(),
    search: searchNotebook,
    flush: () => engine!.flush(),
    naiveScan,
  };
}

/** Ranked hits grouped by kind (see NotebookIndex.search). */
export async function searchNotebook(query: string, options?: SearchOptions): Promise<SearchHit[]> {
  startNotebookSearch();
  try {
    return await engine!.search(query, options);
  } catch (error) {
    if (error !== WORKER_FAILED) throw error;
    if (!(engine instanceof InlineEngine)) await new Promise<void>((resolve) => fallbackWaiters.push(resolve));
    return engine!.search(query, options);
  }
}

export function searchStatus(): SearchStatus {
  return currentStatus;
}

export function subscribeSearchStatus(listener: () => void): () => void {
  statusListeners.add(listener);
  return () => statusListeners.delete(listener);
}

/** Test seam: forget the engine (unit tests start a fresh one per database). */
export function resetNotebookSearchForTests(): void {
  unsubscribe?.();
  unsubscribe = null;
  engine = null;
  fallbackWaiters = [];
  currentStatus = INITIAL;
}
