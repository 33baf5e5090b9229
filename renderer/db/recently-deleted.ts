/**
 * Recently deleted: list, restore, delete forever, empty, and the quiet purge of old entries. The
 * entries are written by the deletions themselves (deleted-entry.ts); restoring one runs the same
 * restore Undo runs, so what a restore refuses (a highlight whose article is gone, an item that is
 * in the notebook again) is refused here with the same message, and the entry stays.
 */
import { restoreDeletedActor } from './actors';
import { restoreArticle } from './articles';
import { getDb } from './db';
import type { DeletedEntry, DeletedKind } from './deleted-entry';
import { guardedWrite, StorageError } from './errors';
import { restoreNote } from './notes';
import { restoreQuote } from './quotes';

/** How long an entry is kept before the purge at start removes it. */
export const KEEP_DAYS = 30;

/** An entry as the list shows it (without its payload, which may hold a whole article). */
export interface DeletedHead {
  id: string;
  kind: DeletedKind;
  label: string;
  deletedAt: string;
}

/** Entries newest first, at most `limit`. */
export async function listDeleted(limit = 1000): Promise<DeletedHead[]> {
  const heads: DeletedHead[] = [];
  await getDb()
    .trash.orderBy('deletedAt')
    .reverse()
    .limit(limit)
    .each((e) => void heads.push({ id: e.id, kind: e.kind, label: e.label, deletedAt: e.deletedAt }));
  return heads;
}

export function countDeleted(): Promise<number> {
  return getDb().trash.count();
}

export function getDeleted(id: string): Promise<DeletedEntry | undefined> {
  return getDb().trash.get(id);
}

/** What a restore did, in a sentence for the toast. */
export interface Restored {
  kind: DeletedKind;
  itemId: string;
  /** A highlight's article, where it is shown. */
  articleId?: string;
  message: string;
}

/**
 * Restores an entry's item and removes the entry (in the restore's transaction). Rejects with the
 * restore's explained error when it cannot be restored; the entry is then kept.
 */
export async function restoreDeleted(id: string): Promise<Restored> {
  const entry = await getDb().trash.get(id);
  if (!entry) {
    // Reported as every failed write is (guardedWrite), so the view shows it as it shows a refused restore.
    return guardedWrite('restore it', () => Promise.reject(new StorageError('failed', 'That item is no longer in Recently deleted: it was restored or deleted forever.')));
  }
  const what = `“${entry.label}”`;
  switch (entry.kind) {
    case 'article':
      await restoreArticle(entry.payload);
      return { kind: entry.kind, itemId: entry.itemId, message: `Restored the article ${what}${entry.payload.quotes.length ? ` with its ${entry.payload.quotes.length === 1 ? 'highlight' : `${entry.payload.quotes.length} highlights`}` : ''}.` };
    case 'note':
      await restoreNote(entry.payload);
      return { kind: entry.kind, itemId: entry.itemId, message: `Restored the note ${what}.` };
    case 'highlight':
      await restoreQuote(entry.payload);
      return { kind: entry.kind, itemId: entry.itemId, articleId: entry.payload.quote.articleId, message: `Restored the highlight ${what}.` };
    case 'actor': {
      const { gone } = await restoreDeletedActor(entry.payload, entry.itemId);
      const note = gone ? ` ${gone === 1 ? 'One quote, article, note or actor it was linked to is' : `${gone} quotes, articles, notes or actors it was linked to are`} no longer in the notebook, so ${gone === 1 ? 'that link was' : 'those links were'} not restored.` : '';
      return { kind: entry.kind, itemId: entry.itemId, message: `Restored ${what}.${note}` };
    }
  }
}

/** Removes an entry for good: its item can no longer be restored. */
export function deleteForever(id: string): Promise<void> {
  return guardedWrite('delete it forever', async () => {
    await getDb().trash.delete(id);
  });
}

/** Removes every entry for good. */
export function emptyRecentlyDeleted(): Promise<void> {
  return guardedWrite('empty Recently deleted', async () => {
    await getDb().trash.clear();
  });
}

/** Removes, quietly, the entries deleted more than KEEP_DAYS before `now`; answers how many. */
export function purgeOldDeleted(now: number = Date.now()): Promise<number> {
  const cutoff = new Date(now - KEEP_DAYS * 24 * 60 * 60 * 1000).toISOString();
  return getDb().trash.where('deletedAt').below(cutoff).delete();
}
