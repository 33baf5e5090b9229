import { z } from 'zod';

/**
 * The file Dossier keeps at the root of an export folder: which item each file belongs to, so a
 * re-export updates files in place, removes files of deleted or renamed items, and never
 * duplicates anything. Only files listed here are ever replaced or removed by a re-export.
 */
export const MANIFEST_FILE = '.dossier-export.json';
export const MANIFEST_FORMAT = 'dossier-export-manifest';

/** A path relative to the export folder, "/"-separated (validated again in main before any write). */
export const relativePathSchema = z.string().min(1).max(1024);

export const manifestSchema = z
  .object({
    format: z.literal(MANIFEST_FORMAT),
    version: z.literal(1),
    exportedAt: z.string().max(64),
    /** "<kind>:<item id>" (article, actor, note, image) -> its file, relative to the export folder. */
    items: z.record(z.string().min(1).max(300), relativePathSchema),
  })
  .strict();

export type ExportManifest = z.infer<typeof manifestSchema>;

export function emptyManifest(exportedAt: string): ExportManifest {
  return { format: MANIFEST_FORMAT, version: 1, exportedAt, items: {} };
}
