/**
 * Backup and restore of the whole notebook (every table but the derived search index, the kept
 * rendered bodies and Recently deleted). Recently deleted is left out on purpose: a backup is the
 * notebook as it is, what was deleted is not in it, and restoring a backup leaves this computer's
 * Recently deleted as it was (an entry whose item the backup brought back is refused on restore,
 * never written over it; renderer/db/deleted-entry.ts).
 *
 * Backup streams each table in primary-key order through BackupEncoder, in pages, to a sink (main
 * writes it to disk). Restore decodes and validates the whole file first — header, table order,
 * keys, counts, checksum, schema version, every row against the data model — and only then writes,
 * in one transaction over every table, so a refused or failed restore leaves the notebook exactly as it was.
 */
import type { Table } from 'dexie';
import { BACKUP_TABLES, BackupEncoder, type BackupTable } from '../../shared/backup/format';
import { BACKUP_KEYS, BackupDecoder, checkBackupRows, type DecodedBackup } from '../../shared/backup/decode';
import { upgradeBackupRow } from '../../shared/backup/rows';
import { emitChange, type TableName } from './changes';
import { getDb } from './db';
import { guardedWrite, StorageError } from './errors';
import { SCHEMA_VERSION, type DossierDb } from './schema';

const PAGE = 500;
const CHUNK_CHARS = 1 << 20;

export interface BackupProgress {
  table: BackupTable;
  rows: number;
}

export interface BackupSummary {
  counts: Record<BackupTable, number>;
}

function tableOf(db: DossierDb, name: BackupTable): Table<Record<string, unknown>, string> {
  return db.table(name);
}

/** Rows of a table in primary-key order, a page at a time (no whole-table array in memory). */
async function* pages(db: DossierDb, name: BackupTable): AsyncGenerator<Record<string, unknown>[]> {
  const table = tableOf(db, name);
  let last: string | null = null;
  for (;;) {
    const page: Record<string, unknown>[] = await (last === null ? table.orderBy(':id') : table.where(':id').above(last)).limit(PAGE).toArray();
    if (!page.length) return;
    yield page;
    last = page[page.length - 1]![BACKUP_KEYS[name]] as string;
    if (page.length < PAGE) return;
  }
}

/**
 * Writes a backup of every table to `write`, in chunks of about 1 MB of text. `signal` stops it
 * between pages (the caller then abandons the file).
 */
export async function writeBackup(
  write: (text: string) => Promise<void>,
  options: { appVersion: string; createdAt?: string; signal?: AbortSignal; onProgress?: (p: BackupProgress) => void; db?: DossierDb },
): Promise<BackupSummary> {
  const db = options.db ?? getDb();
  const encoder = new BackupEncoder({ schemaVersion: SCHEMA_VERSION, createdAt: options.createdAt ?? new Date().toISOString(), appVersion: options.appVersion });
  let buffer = `${encoder.headerLine()}\n`;
  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, 0])) as Record<BackupTable, number>;
  for (const table of BACKUP_TABLES) {
    for await (const page of pages(db, table)) {
      options.signal?.throwIfAborted();
      for (const row of page) buffer += `${encoder.rowLine(table, row)}\n`;
      counts[table] += page.length;
      options.onProgress?.({ table, rows: counts[table] });
      if (buffer.length >= CHUNK_CHARS) {
        await write(buffer);
        buffer = '';
      }
    }
  }
  buffer += `${encoder.footerLine()}\n`;
  await write(buffer);
  return { counts };
}

/** Reads and validates a whole backup from `next` (chunks of text) before anything is written. */
export async function readBackup(next: () => Promise<{ text: string; done: boolean }>, signal?: AbortSignal): Promise<DecodedBackup> {
  const decoder = new BackupDecoder(SCHEMA_VERSION);
  for (;;) {
    signal?.throwIfAborted();
    const chunk = await next();
    decoder.push(chunk.text);
    if (chunk.done) return decoder.finish();
  }
}

/**
 * - `empty`: the notebook must hold no articles, quotes, actors or notes; every row of the backup
 *   is added (settings from the backup replace the current ones).
 * - `merge`: actors, quotes and notes are kept in whichever copy was updated last (updatedAt; the
 *   current one on a tie); articles, bodies, images and settings already present are kept as they
 *   are and only missing ones are added.
 */
export type RestoreMode = 'empty' | 'merge';

export interface RestoreSummary {
  mode: RestoreMode;
  /** Rows written per table. */
  written: Record<BackupTable, number>;
  /** Rows of the backup left out because the notebook's copy was kept. */
  kept: Record<BackupTable, number>;
}

/** A restore the notebook's state does not allow (a StorageError, so guardedWrite passes its message on). */
export class RestoreRefused extends StorageError {
  constructor(message: string) {
    super('failed', message);
    this.name = 'RestoreRefused';
  }
}

const CONTENT_TABLES: readonly BackupTable[] = ['articles', 'quotes', 'actors', 'notes', 'bodies', 'images'];
const BY_UPDATED_AT: ReadonlySet<BackupTable> = new Set(['actors', 'quotes', 'notes']);

/** True when the notebook holds no articles, quotes, actors, notes, bodies or images. */
export async function isNotebookEmpty(db: DossierDb = getDb()): Promise<boolean> {
  for (const table of CONTENT_TABLES) if ((await tableOf(db, table).count()) > 0) return false;
  return true;
}

export interface RestoreProgress {
  /** Rows of the backup written or left out so far, of `total`. */
  done: number;
  total: number;
}

export interface RestoreOptions {
  db?: DossierDb;
  /**
   * Cancels the restore: its transaction is aborted at once, even in the middle of a write, and
   * IndexedDB undoes everything it wrote, so the notebook is exactly as it was. The promise then
   * rejects with the signal's reason (an AbortError).
   */
  signal?: AbortSignal;
  onProgress?: (progress: RestoreProgress) => void;
}

/** Rows written per call inside the restore's transaction (progress, and a cancel check, between them). */
const WRITE_SLICE = 500;

/**
 * Writes a validated backup into the notebook, all or nothing, in one transaction over every
 * table. Every row is checked against the data model first (a DecodedBackup may be built by hand;
 * one the decoder returned was checked there and is not read again): a BackupError ('invalid')
 * names the first bad row, and nothing is written.
 */
export async function restoreBackup(backup: DecodedBackup, mode: RestoreMode, options: RestoreOptions = {}): Promise<RestoreSummary> {
  const { db = getDb(), signal, onProgress } = options;
  checkBackupRows(backup);
  signal?.throwIfAborted();
  const zero = () => Object.fromEntries(BACKUP_TABLES.map((t) => [t, 0])) as Record<BackupTable, number>;
  const summary: RestoreSummary = { mode, written: zero(), kept: zero() };
  const changed: Record<TableName, string[]> = { articles: [], quotes: [], actors: [], notes: [] };
  const total = BACKUP_TABLES.reduce((n, t) => n + backup.rows[t].length, 0);
  let done = 0;
  return guardedWrite(
    'restore the backup',
    async () => {
      await db.transaction('rw', BACKUP_TABLES.map((t) => tableOf(db, t)), async (tx) => {
        const cancel = () => tx.abort();
        signal?.addEventListener('abort', cancel, { once: true });
        try {
          if (mode === 'empty' && !(await isNotebookEmpty(db))) {
            throw new RestoreRefused('Your notebook is not empty, so the backup was not restored into it. Choose Merge to add the backup to it. Nothing was changed.');
          }
          const touchedArticles = new Set<string>();
          for (const name of BACKUP_TABLES) {
            const table = tableOf(db, name);
            const key = BACKUP_KEYS[name];
            const all = backup.rows[name];
            for (let at = 0; at < all.length; at += WRITE_SLICE) {
              signal?.throwIfAborted();
              const rows = all.slice(at, at + WRITE_SLICE).map((row) => upgradeBackupRow(name, row, backup.header.schemaVersion));
              let toWrite = rows;
              if (mode === 'merge') {
                const existing = await table.bulkGet(rows.map((r) => r[key] as string));
                toWrite = rows.filter((row, i) => {
                  const current = existing[i];
                  if (!current) return true;
                  if (name === 'settings' || !BY_UPDATED_AT.has(name)) return false;
                  return String(row['updatedAt'] ?? '') > String(current['updatedAt'] ?? '');
                });
              }
              if (mode === 'empty' && name === 'settings') await table.bulkPut(toWrite);
              else if (mode === 'empty') await table.bulkAdd(toWrite);
              else await table.bulkPut(toWrite);
              summary.written[name] += toWrite.length;
              summary.kept[name] += rows.length - toWrite.length;
              if (name === 'articles' || name === 'quotes' || name === 'actors' || name === 'notes') changed[name].push(...toWrite.map((r) => r[key] as string));
              if (name === 'quotes') for (const q of toWrite) touchedArticles.add(String(q['articleId']));
              done += rows.length;
              onProgress?.({ done, total });
            }
          }
          // Merged quotes change how many quotes an article has; keep the list's count true.
          if (mode === 'merge') {
            for (const articleId of touchedArticles) {
              const count = await db.quotes.where('articleId').equals(articleId).count();
              await db.articles.update(articleId, { quoteCount: count });
            }
          }
          signal?.throwIfAborted();
        } finally {
          signal?.removeEventListener('abort', cancel);
        }
      });
      for (const table of ['articles', 'quotes', 'actors', 'notes'] as const) emitChange({ table, kind: 'put', ids: changed[table] });
      return summary;
    },
    signal,
  );
}
