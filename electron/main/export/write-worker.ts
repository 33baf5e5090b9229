/**
 * The write thread of an export (./write-thread.ts): writes batches of files atomically with
 * blocking calls, on its own thread, so the thread that makes the files never waits for the disk.
 * Paths arrive already checked by FolderWriter.
 *
 * Messages in: { id, files: [{ file, data }] }. Out: { id, stamps } or { id, index, error }.
 */
import { parentPort } from 'node:worker_threads';
import { writeAtomicSync, writeNewSync } from './atomic-write';
import type { WriteReply, WriteRequest } from './write-thread';

const port = parentPort;
if (!port) throw new Error('write-worker runs as the write thread of an export.');

port.on('message', ({ id, files }: WriteRequest) => {
  const stamps: WriteReply & { stamps: unknown[] } = { id, stamps: [] };
  for (let index = 0; index < files.length; index++) {
    try {
      const { file, data, direct } = files[index]!;
      stamps.stamps.push(direct ? writeNewSync(file, data) : writeAtomicSync(file, data));
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      port.postMessage({ id, index, error: { code: e.code, message: e.message ?? String(error) } } satisfies WriteReply);
      return;
    }
  }
  port.postMessage(stamps);
});
