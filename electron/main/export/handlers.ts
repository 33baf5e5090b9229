import { randomBytes } from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import { basename, dirname, join, resolve } from 'node:path';
import type { Handlers } from '../../../shared/api';
import { ApiError } from '../../../shared/api';
import type { exportCalls } from '../../../shared/api/calls/export';
import { BACKUP_EXTENSION } from '../../../shared/backup/format';
import { safeFileName } from '../../../shared/export/names';
import { EXPORT_FOLDERS } from '../../../shared/export/layout';
import { BackupReader, BackupWriter } from './backup-files';
import { FolderWriter, writeAtomic } from './folder-writer';
import { writeAll } from './folder-sink';
import { toFsApiError } from './fs-errors';
import { ArticleRenderPool } from './render-pool';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** What export handlers need from the outside world (dialogs), injected so Node tests use temp folders. */
export interface ExportDeps {
  /** Asks the user for a folder to export into; resolves null when cancelled. */
  chooseFolder(): Promise<string | null>;
  /** Asks where to save a file, suggesting `defaultName`; resolves the absolute path, or null when cancelled. */
  chooseSavePath(options: { defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  /** Asks for a file to open; resolves its absolute path, or null when cancelled. */
  chooseOpenPath(options: { filters: FileFilter[] }): Promise<string | null>;
  /** Largest backup file accepted (bytes); 4 GiB when not given. */
  maxBackupBytes?: number;
  /** Starts a worker thread running ./render-worker (the bundled file in the app, through tsx in tests). */
  spawnRenderWorker(): Worker;
  /** Render workers (default: one per core but one, at least one). */
  renderWorkers?: number;
  /** How long main keeps its render workers after the last article, in ms (default 30 s). */
  renderIdleMs?: number;
}

const KIND_FILES: Record<'markdown' | 'csl-json' | 'bibtex', { ext: string; filter: FileFilter }> = {
  markdown: { ext: '.md', filter: { name: 'Markdown', extensions: ['md'] } },
  'csl-json': { ext: '.json', filter: { name: 'CSL-JSON', extensions: ['json'] } },
  bibtex: { ext: '.bib', filter: { name: 'BibTeX', extensions: ['bib'] } },
};
const BACKUP_FILTER: FileFilter = { name: 'Dossier backup', extensions: [BACKUP_EXTENSION.slice(1)] };

function newToken(): string {
  return randomBytes(16).toString('hex');
}

function session<T>(map: Map<string, T>, token: string, what: string): T {
  const value = map.get(token);
  if (!value) throw new ApiError('not-found', `That ${what} is no longer open. Start again.`);
  return value;
}

/** With the extension the kind needs, whatever the dialog returned. */
function withExtension(path: string, ext: string): string {
  return path.toLowerCase().endsWith(ext) ? path : `${path}${ext}`;
}

export function createExportHandlers(deps: ExportDeps): Pick<Handlers, keyof typeof exportCalls> {
  // The renderer only ever holds tokens; the absolute paths the user chose stay here.
  const folders = new Map<string, FolderWriter>();
  const saving = new Map<string, BackupWriter>();
  const reading = new Map<string, BackupReader>();
  const maxBackupBytes = deps.maxBackupBytes ?? 4 * 2 ** 30;
  // One pool of render workers, started with the first articles, closed when an export finishes or
  // after a while without work (a cancelled export never finishes). A pool that stopped (a worker died) is replaced.
  let pool: ArticleRenderPool | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const closePool = async () => {
    clearTimeout(idle);
    const closing = pool;
    pool = null;
    await closing?.close();
  };

  return {
    async exportChooseFolder() {
      const chosen = await deps.chooseFolder();
      if (!chosen) return { folder: null };
      const token = newToken();
      folders.set(token, new FolderWriter(resolve(chosen)));
      return { folder: { token, name: basename(chosen) || chosen } };
    },

    async exportReadManifest({ token }) {
      const writer = session(folders, token, 'export folder');
      try {
        await writer.removeLeftovers(EXPORT_FOLDERS);
      } catch (error) {
        throw toFsApiError(error, 'prepare the export folder');
      }
      return { manifest: await writer.readManifest() };
    },

    async exportWriteFiles({ token, files }) {
      const writer = session(folders, token, 'export folder');
      const { bytes, stamps } = await writeAll(writer, files.map((f) => ({ path: f.path, data: 'text' in f ? f.text : new Uint8Array(Buffer.from(f.base64, 'base64')) })));
      return { written: files.length, bytes, stamps };
    },

    async exportCheckFiles({ token, files }) {
      const writer = session(folders, token, 'export folder');
      return { unchanged: await writer.unchanged(files) };
    },

    async exportRenderArticles({ jobs }) {
      if (!pool || pool.stopped) pool = new ArticleRenderPool({ spawn: deps.spawnRenderWorker, size: deps.renderWorkers });
      clearTimeout(idle);
      const current = pool;
      try {
        return { texts: await current.render(jobs) };
      } catch (error) {
        throw new ApiError('internal', error instanceof Error ? error.message : String(error));
      } finally {
        if (pool === current) {
          idle = setTimeout(() => void closePool(), deps.renderIdleMs ?? 30_000);
          idle.unref?.();
        }
      }
    },

    async exportFinish({ token, manifest }) {
      const writer = session(folders, token, 'export folder');
      await closePool();
      return { removed: await writer.finish(manifest) };
    },

    async saveTextFile({ kind, suggestedName, text }) {
      const { ext, filter } = KIND_FILES[kind];
      const chosen = await deps.chooseSavePath({ defaultName: safeFileName(suggestedName.replace(/\.[a-z]+$/i, ''), ext), filters: [filter] });
      if (!chosen) return { saved: false, name: null };
      const path = withExtension(resolve(chosen), ext);
      try {
        await writeAtomic(path, text, { sync: true });
      } catch (error) {
        throw toFsApiError(error, `save ${basename(path)}`);
      }
      return { saved: true, name: basename(path) };
    },

    async backupSaveBegin({ suggestedName }) {
      const chosen = await deps.chooseSavePath({ defaultName: safeFileName(suggestedName, BACKUP_EXTENSION, 'Dossier backup'), filters: [BACKUP_FILTER] });
      if (!chosen) return { session: null };
      const target = withExtension(resolve(chosen), BACKUP_EXTENSION);
      const token = newToken();
      saving.set(token, await BackupWriter.create(join(dirname(target), basename(target))));
      return { session: { token, name: basename(target) } };
    },

    async backupSaveChunk({ token, text }) {
      const writer = session(saving, token, 'backup');
      try {
        return { bytes: await writer.append(text) };
      } catch (error) {
        saving.delete(token);
        throw error;
      }
    },

    async backupSaveEnd({ token, commit }) {
      const writer = session(saving, token, 'backup');
      saving.delete(token);
      if (!commit) {
        await writer.abandon();
        return { saved: false, bytes: 0 };
      }
      return { saved: true, bytes: await writer.commit() };
    },

    async backupOpenBegin() {
      const chosen = await deps.chooseOpenPath({ filters: [BACKUP_FILTER, { name: 'All files', extensions: ['*'] }] });
      if (!chosen) return { session: null };
      const reader = await BackupReader.open(resolve(chosen), maxBackupBytes);
      const token = newToken();
      reading.set(token, reader);
      return { session: { token, name: basename(chosen), size: reader.size } };
    },

    async backupOpenChunk({ token }) {
      const reader = session(reading, token, 'backup');
      try {
        return await reader.next();
      } catch (error) {
        reading.delete(token);
        await reader.close();
        throw toFsApiError(error, 'read the backup');
      }
    },

    async backupOpenEnd({ token }) {
      const reader = reading.get(token);
      reading.delete(token);
      await reader?.close();
      return { closed: !!reader };
    },
  };
}
