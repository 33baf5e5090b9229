/**
 * Recently deleted: list, restore, delete forever, empty, and the quiet purge of old entries. The
 * entries are written by the deletions themselves (deleted-entry.ts); restoring one runs the same
 * restore Undo runs, so what a restore refuses (a highlight whose article is gone, an item that is
 * in the notebook again) is refused here with the same message, and the entry stays.
 */
import { restoreDeletedActor } from './actors';
import { restoreArticle } from './articles';
import { getDb } from './db';
import { dropDeleted, trashTables, type DeletedEntry, type DeletedKind } from './deleted-entry';
import { guardedWrite, StorageError } from './errors';
import { restoreNote } from './notes';
import { restoreQuote } from './quotes';

/** How long an entry is kept before the purge at start removes it. */
export const KEEP_DAYS = 30;

/** An entry as the list shows it (its head: the payload, perhaps a whole article, is not read). */
export type DeletedHead = DeletedEntry;

/** Entries newest first, at most `limit`. */
export function listDeleted(limit = 1000): Promise<DeletedHead[]> {
  return getDb().trash.orderBy('deletedAt').reverse().limit(limit).toArray();
}

export function countDeleted(): Promise<number> {
  return getDb().trash.count();
}

export function getDeleted(id: string): Promise<DeletedHead | undefined> {
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
  const db = getDb();
  const [head, row] = await Promise.all([db.trash.get(id), db.trashPayloads.get(id)]);
  if (!head || !row) {
    // Reported as every failed write is (guardedWrite), so the view shows it as it shows a refused restore.
    return guardedWrite('restore it', () => Promise.reject(new StorageError('failed', 'That item is no longer in Recently deleted: it was restored or deleted forever.')));
  }
  const what = `“${head.label}”`;
  const done = (message: string, articleId?: string): Restored => ({ kind: head.kind, itemId: head.itemId, ...(articleId ? { articleId } : {}), message });
  switch (row.kind) {
    case 'article': {
      await restoreArticle(row.payload);
      const quotes = row.payload.quotes.length;
      return done(`Restored the article ${what}${quotes ? ` with its ${quotes === 1 ? 'highlight' : `${quotes} highlights`}` : ''}.`);
    }
    case 'note':
      await restoreNote(row.payload);
      return done(`Restored the note ${what}.`);
    case 'highlight':
      await restoreQuote(row.payload);
      return done(`Restored the highlight ${what}.`, row.payload.quote.articleId);
    case 'actor': {
      const { gone } = await restoreDeletedActor(row.payload, head.itemId);
      const note = gone ? ` ${gone === 1 ? 'One quote, article, note or actor it was linked to is' : `${gone} quotes, articles, notes or actors it was linked to are`} no longer in the notebook, so ${gone === 1 ? 'that link was' : 'those links were'} not restored.` : '';
      return done(`Restored ${what}.${note}`);
    }
  }
}

/** Removes an entry for good: its item can no longer be restored. */
export function deleteForever(id: string): Promise<void> {
  const db = getDb();
  return guardedWrite('delete it forever', () => db.transaction('rw', trashTables(db), () => dropDeleted(db, [id])));
}

/** Removes every entry for good. */
export function emptyRecentlyDeleted(): Promise<void> {
  const db = getDb();
  return guardedWrite('empty Recently deleted', () =>
    db.transaction('rw', trashTables(db), async () => {
      await db.trash.clear();
      await db.trashPayloads.clear();
    }),
  );
}

/** Removes, quietly, the entries deleted more than KEEP_DAYS before `now`; answers how many. */
export function purgeOldDeleted(now: number = Date.now()): Promise<number> {
  const db = getDb();
  const cutoff = new Date(now - KEEP_DAYS * 24 * 60 * 60 * 1000).toISOString();
  return db.transaction('rw', trashTables(db), async () => {
    const ids = await db.trash.where('deletedAt').below(cutoff).primaryKeys();
    await dropDeleted(db, ids);
    return ids.length;
  });
}
