import { z } from 'zod';

/**
 * The file Dossier keeps at the root of an export folder: which item each file belongs to, so a
 * re-export updates files in place, removes files of deleted or renamed items, and never
 * duplicates anything. Only files listed here are ever replaced or removed by a re-export.
 *
 * Version 2 also records, per file, a fingerprint of what it was made from and the size and
 * modification time it had once written: a re-export leaves a file alone (neither rendered nor
 * written) when its inputs are the same and the file is still there as it was left. Version 1
 * manifests (no `files`) are still read; their files are all written again.
 */
export const MANIFEST_FILE = '.dossier-export.json';
export const MANIFEST_FORMAT = 'dossier-export-manifest';
export const MANIFEST_VERSION = 2;

/** A path relative to the export folder, "/"-separated (validated again in main before any write). */
export const relativePathSchema = z.string().min(1).max(1024);

/** What a written file looked like: its size and modification time (ms), as the file system reports them. */
export const fileStampSchema = z
  .object({
    size: z.number().int().nonnegative(),
    mtimeMs: z.number().nonnegative(),
  })
  .strict();

export type FileStamp = z.infer<typeof fileStampSchema>;

/** A written file's record: the fingerprint of its inputs (shared/export/hash) and its stamp. */
export const fileRecordSchema = fileStampSchema.extend({ hash: z.string().regex(/^[0-9a-f]{16}$/) }).strict();

export type FileRecord = z.infer<typeof fileRecordSchema>;

export const manifestSchema = z
  .object({
    format: z.literal(MANIFEST_FORMAT),
    version: z.union([z.literal(1), z.literal(2)]),
    exportedAt: z.string().max(64),
    /** "<kind>:<item id>" (article, actor, note, image) -> its file, relative to the export folder. */
    items: z.record(z.string().min(1).max(300), relativePathSchema),
    /** Version 2: file path -> what it was made from and how it was left. */
    files: z.record(relativePathSchema, fileRecordSchema).optional(),
  })
  .strict();

export type ExportManifest = z.infer<typeof manifestSchema>;

export function emptyManifest(exportedAt: string): ExportManifest {
  return { format: MANIFEST_FORMAT, version: MANIFEST_VERSION, exportedAt, items: {}, files: {} };
}
