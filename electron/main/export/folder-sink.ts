import type { ExportFile, ExportSink } from '../../../shared/export/notebook';
import { EXPORT_FOLDERS } from '../../../shared/export/layout';
import type { FileStamp } from '../../../shared/export/manifest';
import type { FolderWriter } from './folder-writer';

/** How many files are written at once: enough to overlap disk waits, few enough to keep order sane. */
export const WRITE_CONCURRENCY = 8;

/** Writes `files` with at most WRITE_CONCURRENCY writes in flight; returns the bytes written and each file's stamp. */
export async function writeAll(writer: FolderWriter, files: readonly { path: string; data: string | Uint8Array }[]): Promise<{ bytes: number; stamps: FileStamp[] }> {
  let next = 0;
  let bytes = 0;
  const stamps: FileStamp[] = new Array<FileStamp>(files.length);
  const worker = async () => {
    while (next < files.length) {
      const k = next++;
      stamps[k] = await writer.writeFile(files[k]!.path, files[k]!.data);
      bytes += stamps[k].size;
    }
  };
  await Promise.all(Array.from({ length: Math.min(WRITE_CONCURRENCY, files.length) }, worker));
  return { bytes, stamps };
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
      const written = await writeAll(writer, files.map((f) => ({ path: f.path, data: 'text' in f ? f.text : f.bytes })));
      bytes += written.bytes;
      return written.stamps;
    },
    unchanged: (files) => writer.unchanged(files),
    finish: async (manifest) => ({ removed: await writer.finish(manifest) }),
    bytes: () => bytes,
  };
}
