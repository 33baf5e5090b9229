/**
 * Writes an export's files on a thread of their own (./write-worker.ts), one batch after
 * another, so making the next batch and writing this one overlap: on two cores an export takes
 * about as long as the longer of the two instead of both. The command line and the benchmark use
 * it; in the app the renderer makes the files and main writes them, already in two processes.
 */
import type { Worker } from 'node:worker_threads';
import type { FileStamp } from '../../../shared/export/manifest';

/** A file to write: atomically (through a temporary file), or `direct`ly as a new file inside a staged folder (FolderWriter). */
export interface FileToWrite {
  file: string;
  data: string | Uint8Array;
  direct?: true;
}

export interface WriteRequest {
  id: number;
  files: FileToWrite[];
}

export type WriteReply = { id: number; stamps: FileStamp[] } | { id: number; index: number; error: { code: string | undefined; message: string } };

/** Writes files (absolute, already checked paths) atomically and in order; answers their stamps. */
export interface AtomicWriter {
  write(files: FileToWrite[]): Promise<FileStamp[]>;
  close(): Promise<void>;
}

/** The error of a failed batch: which file (by index in the batch), and Node's error code. */
export class BatchWriteError extends Error {
  readonly code: string | undefined;
  readonly index: number;
  constructor(index: number, code: string | undefined, message: string) {
    super(message);
    this.name = 'BatchWriteError';
    this.index = index;
    this.code = code;
  }
}

export class WriteThread implements AtomicWriter {
  private worker: Worker | null = null;
  private readonly spawn: () => Worker;
  private readonly waiting = new Map<number, { resolve(stamps: FileStamp[]): void; reject(error: unknown): void }>();
  private nextId = 1;
  private failed: Error | null = null;

  constructor(spawn: () => Worker) {
    this.spawn = spawn;
  }

  write(files: FileToWrite[]): Promise<FileStamp[]> {
    if (this.failed) return Promise.reject(this.failed);
    if (!files.length) return Promise.resolve([]);
    const id = this.nextId++;
    const reply = new Promise<FileStamp[]>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    this.started().postMessage({ id, files } satisfies WriteRequest);
    return reply;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.fail(new Error('The export write thread is closed.'));
    await worker?.terminate();
  }

  /** The thread, started on the first write. */
  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = this.spawn();
    worker.on('message', (reply: WriteReply) => {
      const waiter = this.waiting.get(reply.id);
      if (!waiter) return;
      this.waiting.delete(reply.id);
      if ('stamps' in reply) waiter.resolve(reply.stamps);
      else waiter.reject(new BatchWriteError(reply.index, reply.error.code, reply.error.message));
    });
    worker.on('error', (error: Error) => this.fail(new Error(`The export write thread failed: ${error.message}`)));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.fail(new Error(`The export write thread stopped unexpectedly (exit code ${code}).`));
    });
    this.worker = worker;
    return worker;
  }

  /** Every pending and later write rejects with `error`. */
  private fail(error: Error): void {
    this.failed ??= error;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}
