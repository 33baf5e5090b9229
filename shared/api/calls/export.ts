import { z } from 'zod';
import { call, type CallSpec } from '../define';
import { fileStampSchema, manifestSchema, relativePathSchema } from '../../export/manifest';

/** Opaque handle for a folder or file the user chose in a dialog; main keeps the real path. */
const token = z.string().regex(/^[a-f0-9]{32}$/);
const MAX_TEXT = 64 * 1024 * 1024;

const exportFile = z.union([
  z.object({ path: relativePathSchema, text: z.string().max(MAX_TEXT) }).strict(),
  /** Binary files (images), base64-encoded. */
  z.object({ path: relativePathSchema, base64: z.string().max(MAX_TEXT).regex(/^[A-Za-z0-9+/]*={0,2}$/) }).strict(),
]);

const id = z.string().min(1).max(300);
const shortText = z.string().max(10_000);

/** One article to render in main (shared/export/documents ArticleJob): only what its file is made of. */
const articleJob = z
  .object({
    path: relativePathSchema,
    article: z
      .object({
        id,
        title: shortText,
        url: shortText.nullable(),
        siteName: shortText.nullable(),
        byline: shortText.nullable(),
        publishedAt: z.string().max(64).nullable(),
        clippedAt: z.string().max(64),
        tags: z.array(shortText).max(1000),
      })
      .strict(),
    body: z.object({ html: z.string().max(MAX_TEXT), htmlHash: z.string().regex(/^[0-9a-f]{16}$/).optional() }).strict().optional(),
    quotes: z
      .array(
        z
          .object({
            id,
            text: z.string().max(1_000_000),
            quoteSelector: z.object({ type: z.literal('TextQuoteSelector'), exact: z.string().max(1_000_000), prefix: shortText, suffix: shortText }).strict(),
            positionSelector: z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).strict(),
            unplaced: z.boolean(),
          })
          .strict(),
      )
      .max(10_000),
    actorLinks: z.array(shortText).max(10_000),
    blockIds: z.record(id, z.string().max(100)),
    imagePaths: z.record(z.string().min(1).max(1000), relativePathSchema),
  })
  .strict();

export const SAVE_KINDS = ['markdown', 'csl-json', 'bibtex'] as const;

/** Calls that write Markdown exports and backups to disk, and read backups back. */
export const exportCalls = {
  /** Asks the user for an export folder; answers a token for it (null when cancelled) and its name to show. */
  exportChooseFolder: call(z.object({}).strict(), z.object({ folder: z.object({ token, name: z.string() }).nullable() })),
  /** The manifest an earlier export left in the folder (null for a fresh folder); clears leftover temporary files. */
  exportReadManifest: call(z.object({ token }).strict(), z.object({ manifest: manifestSchema.nullable() })),
  /** Writes a batch of files inside the chosen folder, each atomically (temporary name, then rename). */
  exportWriteFiles: call(
    z.object({ token, files: z.array(exportFile).max(2000) }).strict(),
    /** `stamps`: each file's size and modification time once written, in order (recorded in the manifest). */
    z.object({ written: z.number().int().nonnegative(), bytes: z.number().int().nonnegative(), stamps: z.array(fileStampSchema) }),
  ),
  /**
   * Which files are still exactly as the last export left them (a regular file with the stamp's
   * size and modification time): a re-export leaves those alone.
   */
  exportCheckFiles: call(
    z.object({ token, files: z.array(z.object({ path: relativePathSchema, stamp: fileStampSchema }).strict()).max(2000) }).strict(),
    z.object({ unchanged: z.array(z.boolean()) }),
  ),
  /**
   * Renders articles of a notebook export to Markdown in main's pool of worker threads (one per
   * core but one; the renderer's thread stays free): the texts, in order.
   */
  exportRenderArticles: call(z.object({ jobs: z.array(articleJob).max(500) }).strict(), z.object({ texts: z.array(z.string()) })),
  /** Records the new manifest and removes files the previous export wrote for items no longer exported. */
  exportFinish: call(z.object({ token, manifest: manifestSchema }).strict(), z.object({ removed: z.number().int().nonnegative() })),
  /** Saves one text file (a note or actor as .md, citations) where the user chooses. */
  saveTextFile: call(
    z.object({ kind: z.enum(SAVE_KINDS), suggestedName: z.string().max(400), text: z.string().max(MAX_TEXT) }).strict(),
    z.object({ saved: z.boolean(), name: z.string().nullable() }),
  ),
  /** Starts writing a backup file where the user chooses (null when cancelled). */
  backupSaveBegin: call(z.object({ suggestedName: z.string().max(400) }).strict(), z.object({ session: z.object({ token, name: z.string() }).nullable() })),
  /** Appends text to the backup being written. */
  backupSaveChunk: call(z.object({ token, text: z.string().max(MAX_TEXT) }).strict(), z.object({ bytes: z.number().int().nonnegative() })),
  /** Commits the backup (renames it into place) or abandons it (removes the temporary file). */
  backupSaveEnd: call(z.object({ token, commit: z.boolean() }).strict(), z.object({ saved: z.boolean(), bytes: z.number().int().nonnegative() })),
  /** Asks the user for a backup file to open; checks its size and that it starts like a Dossier backup. */
  backupOpenBegin: call(z.object({}).strict(), z.object({ session: z.object({ token, name: z.string(), size: z.number().int().nonnegative() }).nullable() })),
  /** The next chunk of the open backup's text. */
  backupOpenChunk: call(z.object({ token }).strict(), z.object({ text: z.string(), done: z.boolean() })),
  /** Closes the open backup. */
  backupOpenEnd: call(z.object({ token }).strict(), z.object({ closed: z.boolean() })),
} satisfies Record<string, CallSpec>;
