import type { ExportFile, ExportSink } from '../../../shared/export/notebook';
import { EXPORT_FOLDERS } from '../../../shared/export/layout';
import type { FolderWriter } from './folder-writer';

/** How many files are written at once: enough to overlap disk waits, few enough to keep order sane. */
export const WRITE_CONCURRENCY = 8;

/** Writes `files` with at most WRITE_CONCURRENCY writes in flight; returns the bytes written. */
export async function writeAll(writer: FolderWriter, files: readonly { path: string; data: string | Uint8Array }[]): Promise<number> {
  let next = 0;
  let bytes = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      bytes += await writer.writeFile(file.path, file.data);
    }
  };
  await Promise.all(Array.from({ length: Math.min(WRITE_CONCURRENCY, files.length) }, worker));
  return bytes;
}

/** An export sink that writes straight into a folder on this machine (command line, benchmark). */
export function folderSink(writer: FolderWriter): ExportSink & { bytes(): number } {
  let bytes = 0;
  return {
    previousManifest: async () => {
      await writer.removeLeftovers(EXPORT_FOLDERS);
      return writer.readManifest();
    },
    write: async (files: ExportFile[]) => {
      bytes += await writeAll(writer, files.map((f) => ({ path: f.path, data: 'text' in f ? f.text : f.bytes })));
    },
    finish: async (manifest) => ({ removed: await writer.finish(manifest) }),
    bytes: () => bytes,
  };
}
