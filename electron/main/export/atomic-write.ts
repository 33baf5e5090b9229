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

/** Temporary names: random for this thread, then counted (opened with 'wx', so a clash fails rather than overwrites). */
const TEMP_PREFIX = randomBytes(6).toString('hex');
let tempCount = 0;

/**
 * writeAtomic with blocking calls, for the many small files of an export: a few system calls in a
 * row cost far less than as many promises through libuv's thread pool (measured: a third of the
 * CPU time). Callers write in slices and yield between them, so the event loop keeps running.
 */
export function writeAtomicSync(file: string, data: string | Uint8Array): FileStamp {
  const temp = `${file}${TEMP_MARK}${TEMP_PREFIX}${(tempCount++).toString(36)}`;
  const fd = openSync(temp, 'wx');
  let stamp: FileStamp;
  try {
    stamp = writeAllSync(fd, data);
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

/**
 * Writes all of `data` to `fd` and answers the file's stamp. Text goes to writeSync as a string
 * (Node encodes it straight into the write, with no Buffer to allocate and collect); only in the
 * rare case of a short write is it encoded, to write the rest.
 */
function writeAllSync(fd: number, data: string | Uint8Array): FileStamp {
  if (typeof data === 'string') {
    const written = writeSync(fd, data, null, 'utf8');
    const total = Buffer.byteLength(data, 'utf8');
    if (written < total) {
      const bytes = Buffer.from(data, 'utf8');
      for (let at = written; at < total; ) at += writeSync(fd, bytes, at, total - at);
    }
  } else {
    for (let at = 0; at < data.byteLength; ) at += writeSync(fd, data, at, data.byteLength - at);
  }
  const info = fstatSync(fd);
  return { size: info.size, mtimeMs: info.mtimeMs };
}

/**
 * Writes a new file in place (never replacing one: 'wx'), for a folder that is itself being made
 * in a temporary place and appears whole or not at all (FolderWriter's staged folders); a file
 * already there (written twice, or put there meanwhile) is replaced atomically instead.
 */
export function writeNewSync(file: string, data: string | Uint8Array): FileStamp {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return writeAtomicSync(file, data);
    throw error;
  }
  try {
    return writeAllSync(fd, data);
  } finally {
    closeSync(fd);
  }
}
