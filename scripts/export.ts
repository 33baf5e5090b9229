/**
 * `npm run export -- <backup-file> <folder> [--mentions wikilink|plain|markdown-link]`: writes the
 * same Markdown folder the app's Export view writes, from a Dossier backup file, without the app.
 * Same code: the backup is checked by shared/backup/decode, exported by shared/export/notebook and
 * written by the main process's folder writer (atomic files, manifest, nothing outside the folder).
 */
import { createReadStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BackupDecoder, BackupError } from '../shared/backup/decode';
import { MENTION_STYLES, type MentionStyle } from '../shared/export/note-markdown';
import { exportNotebook, memorySource } from '../shared/export/notebook';
import type { Actor, Article, ArticleBody, Note, Quote, StoredImage } from '../shared/model';
import { ApiError } from '../shared/api/errors';
import { FolderWriter } from '../electron/main/export/folder-writer';
import { folderSink } from '../electron/main/export/folder-sink';
import { ArticleRenderPool, defaultPoolSize } from '../electron/main/export/render-pool';
import { spawnTsxRenderWorker, spawnTsxWriteWorker } from '../electron/main/export/tsx-render-worker';
import { WriteThread } from '../electron/main/export/write-thread';
import { htmlFingerprint } from '../shared/export/hash';
import { SCHEMA_VERSION } from '../renderer/db/schema';

const USAGE = 'Usage: npm run export -- <backup-file> <folder> [--mentions wikilink|plain|markdown-link]';

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--mentions');
  const mentions = (at >= 0 ? args.splice(at, 2)[1] : 'wikilink') as MentionStyle;
  if (!MENTION_STYLES.includes(mentions)) fail(`--mentions must be one of ${MENTION_STYLES.join(', ')}.\n${USAGE}`, 2);
  const [backupFile, folder] = args;
  if (!backupFile || !folder || args.length !== 2) fail(USAGE, 2);

  const info = await stat(backupFile).catch(() => null);
  if (!info?.isFile()) fail(`No backup file at ${backupFile}.`);
  const decoder = new BackupDecoder(SCHEMA_VERSION);
  for await (const chunk of createReadStream(backupFile, { encoding: 'utf8', highWaterMark: 1 << 20 })) decoder.push(chunk as string);
  const backup = decoder.finish();

  await mkdir(resolve(folder), { recursive: true });
  const started = Date.now();
  const rows = backup.rows as unknown as { articles: Article[]; bodies: ArticleBody[]; actors: Actor[]; quotes: Quote[]; notes: Note[]; images: StoredImage[] };
  // A body's htmlHash is taken from its HTML, not from the file (the app's storage does the same).
  rows.bodies = rows.bodies.map((body) => ({ ...body, htmlHash: htmlFingerprint(body.html) }));
  // Articles are rendered on worker threads (defaultPoolSize); a small notebook does not need them all
  // (each worker costs a start and a warm-up).
  const pool = new ArticleRenderPool({ spawn: spawnTsxRenderWorker, size: Math.min(defaultPoolSize(), Math.ceil(rows.articles.length / 500)) });
  // Files are written on a thread of their own while the next ones are made; a folder that is not
  // there yet is made under a temporary name and put in place when the export finishes (stage).
  const writer = new WriteThread(spawnTsxWriteWorker);
  const result = await exportNotebook(memorySource(rows), folderSink(new FolderWriter(resolve(folder), { writer, stage: true })), {
    articleRenderer: pool,
    mentionStyle: mentions,
    exportedAt: new Date().toISOString(),
  }).finally(() => Promise.all([pool.close(), writer.close()]));
  const { counts } = result;
  console.log(
    `Exported ${counts.articles} articles, ${counts.actors} actors, ${counts.notes} notes and ${counts.attachments} attachments to ${folder}` +
      `${result.removed ? ` (removed ${result.removed} files of items no longer in the notebook)` : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof BackupError || error instanceof ApiError) fail(error.message);
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
});
