/**
 * Writing one file atomically with blocking calls: through a temporary file in the same folder
 * and a rename, never a half-written file. Kept apart from folder-writer.ts (no imports beyond
 * Node's) so the write thread (./write-worker.ts) starts quickly.
 */
import { closeSync, fstatSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { FileStamp } from '../../../shared/export/manifest';

/** Marks a temporary file of an atomic write (removeLeftovers clears the ones a killed export left). */
export const TEMP_MARK = '.dossier-tmp-';

/**
 * writeAtomic with blocking calls, for the many small files of an export: a few system calls in a
 * row cost far less than as many promises through libuv's thread pool (measured: a third of the
 * CPU time). Callers write in slices and yield between them, so the event loop keeps running.
 */
/** Temporary names: random for this thread, then counted (opened with 'wx', so a clash fails rather than overwrites). */
const TEMP_PREFIX = randomBytes(6).toString('hex');
let tempCount = 0;

export function writeAtomicSync(file: string, data: string | Uint8Array): FileStamp {
  const temp = `${file}${TEMP_MARK}${TEMP_PREFIX}${(tempCount++).toString(36)}`;
  const fd = openSync(temp, 'wx');
  let stamp: FileStamp;
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    for (let at = 0; at < bytes.byteLength; ) at += writeSync(fd, bytes, at, bytes.byteLength - at);
    const info = fstatSync(fd);
    stamp = { size: info.size, mtimeMs: info.mtimeMs };
  } catch (error) {
    closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temp, file);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    throw error;
  }
  return stamp;
}
