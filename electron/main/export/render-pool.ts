/**
 * Renders a notebook export's articles on worker threads (one per core but one): the article step is
 * almost all of an export's CPU time, and articles are independent of each other. Used by main,
 * the command line and the benchmark, through exportNotebook's `articleRenderer` option.
 *
 * Workers are started on first use and live until `close()`. A job that throws rejects its
 * render with the worker's message; a worker that dies, or an abort, stops the whole pool (every
 * worker is terminated and every pending render rejected), since the export stops too.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { ArticleJob } from '../../../shared/export/documents';
import type { ArticleRenderer } from '../../../shared/export/notebook';

export interface RenderRequest {
  id: number;
  jobs: ArticleJob[];
}

export type RenderReply = { id: number; texts: string[] } | { id: number; error: string };

export interface RenderPoolOptions {
  /**
   * Starts one worker running ./render-worker: its bundled file in the app (electron-vite's
   * `?modulePath` import), or the .ts file through tsx's loader on the command line.
   */
  spawn: () => Worker;
  /** Number of workers (default: defaultPoolSize()). */
  size?: number;
  /** Jobs sent to a worker at once (default 10): small enough to spread a batch over every worker. */
  jobsPerTask?: number;
}

/**
 * One worker per core the process may use but one, at least one: the main thread has its own
 * share of an export (reading rows, fingerprints, writing files, actors and notes). Measured on 2
 * cores (N10k): 1 worker 12.5 s of CPU, 2 workers 19.9 s, as three busy threads fought over two.
 */
export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism() - 1);
}

interface Task {
  id: number;
  jobs: ArticleJob[];
  resolve(texts: string[]): void;
  reject(error: unknown): void;
}

export class ArticleRenderPool implements ArticleRenderer {
  readonly size: number;
  /** Batches the export keeps in flight: enough for every worker to have the next task queued. */
  readonly concurrency: number;
  private readonly spawn: () => Worker;
  private readonly jobsPerTask: number;
  private readonly workers = new Set<Worker>();
  private readonly idle: Worker[] = [];
  private readonly running = new Map<Worker, Task>();
  private readonly queue: Task[] = [];
  private nextId = 1;
  /** Why the pool stopped (closed, aborted, a worker died); it takes no more work. */
  private stoppedFor: unknown = null;

  constructor(options: RenderPoolOptions) {
    this.spawn = options.spawn;
    this.size = Math.max(1, Math.floor(options.size ?? defaultPoolSize()));
    this.jobsPerTask = Math.max(1, Math.floor(options.jobsPerTask ?? 10));
    this.concurrency = this.size + 1;
  }

  /** True once the pool takes no more work (closed, aborted, or a worker died). */
  get stopped(): boolean {
    return this.stoppedFor !== null;
  }

  /** Workers started so far. */
  get started(): number {
    return this.workers.size;
  }

  render(jobs: ArticleJob[], signal?: AbortSignal): Promise<string[]> {
    if (this.stoppedFor) return Promise.reject(this.stoppedFor);
    if (signal?.aborted) {
      this.stop(signal.reason);
      return Promise.reject(signal.reason);
    }
    if (!jobs.length) return Promise.resolve([]);
    const onAbort = () => this.stop(signal!.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const parts: Promise<string[]>[] = [];
    for (let i = 0; i < jobs.length; i += this.jobsPerTask) {
      const slice = jobs.slice(i, i + this.jobsPerTask);
      parts.push(new Promise<string[]>((resolve, reject) => this.queue.push({ id: this.nextId++, jobs: slice, resolve, reject })));
    }
    this.pump();
    return Promise.all(parts).then(
      (texts) => {
        signal?.removeEventListener('abort', onAbort);
        return texts.flat();
      },
      (error: unknown) => {
        signal?.removeEventListener('abort', onAbort);
        throw error;
      },
    );
  }

  /** Terminates every worker; pending and later renders reject. */
  async close(): Promise<void> {
    this.stop(new Error('The article render pool is closed.'));
    await this.terminateAll();
  }

  private pump(): void {
    while (this.queue.length && !this.stoppedFor) {
      const worker = this.idle.pop() ?? (this.workers.size < this.size ? this.start() : null);
      if (!worker) return;
      const task = this.queue.shift()!;
      this.running.set(worker, task);
      worker.postMessage({ id: task.id, jobs: task.jobs } satisfies RenderRequest);
    }
  }

  private start(): Worker {
    const worker = this.spawn();
    this.workers.add(worker);
    worker.on('message', (reply: RenderReply) => {
      const task = this.running.get(worker);
      if (!task || task.id !== reply.id) return;
      this.running.delete(worker);
      if ('error' in reply) task.reject(new Error(reply.error));
      else task.resolve(reply.texts);
      this.idle.push(worker);
      this.pump();
    });
    worker.on('error', (error: Error) => this.stop(new Error(`An export worker failed: ${error.message}`)));
    worker.on('exit', (code) => {
      this.workers.delete(worker);
      if (!this.stoppedFor) this.stop(new Error(`An export worker stopped unexpectedly (exit code ${code}).`));
    });
    return worker;
  }

  /** Stops the pool for `reason`: every pending render rejects with it and every worker is terminated. */
  private stop(reason: unknown): void {
    if (this.stoppedFor) return;
    this.stoppedFor = reason;
    for (const task of [...this.running.values(), ...this.queue.splice(0)]) task.reject(reason);
    this.running.clear();
    void this.terminateAll();
  }

  private async terminateAll(): Promise<void> {
    const all = [...this.workers];
    this.idle.length = 0;
    await Promise.all(all.map((w) => w.terminate().catch(() => undefined)));
  }
}
