import type { ExportFile, ExportSink } from '../../../shared/export/notebook';
import { EXPORT_FOLDERS } from '../../../shared/export/layout';
import type { FileStamp } from '../../../shared/export/manifest';
import type { FolderWriter } from './folder-writer';

/**
 * Writes `files` (each atomically, in order); returns the bytes written and each file's stamp.
 * Not an async function: it holds no reference to the files while they are written (see
 * FolderWriter.writeFiles).
 */
export function writeAll(writer: FolderWriter, files: readonly { path: string; data: string | Uint8Array }[]): Promise<{ bytes: number; stamps: FileStamp[] }> {
  return writer.writeFiles(files).then((stamps) => ({ bytes: stamps.reduce((n, s) => n + s.size, 0), stamps }));
}

/** An export sink that writes straight into a folder on this machine (command line, benchmark). */
export function folderSink(writer: FolderWriter): ExportSink & { bytes(): number } {
  let bytes = 0;
  return {
    previousManifest: async () => {
      await writer.removeLeftovers(EXPORT_FOLDERS);
      return writer.readManifest();
    },
    write: (files: ExportFile[]) =>
      writeAll(
        writer,
        files.map((f) => ({ path: f.path, data: 'text' in f ? f.text : f.bytes })),
      ).then((written) => {
        bytes += written.bytes;
        return written.stamps;
      }),
    unchanged: (files) => writer.unchanged(files),
    finish: async (manifest) => ({ removed: await writer.finish(manifest) }),
    bytes: () => bytes,
  };
}
