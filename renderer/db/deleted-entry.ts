/**
 * The rows of "Recently deleted" (schema v4): each deletion of an article, note, actor or highlight
 * keeps what its restore needs (the same payload Undo uses), with when and what, written in the
 * deletion's own transaction. So a deletion either keeps its entry or does not happen at all: when
 * the entry cannot be written (a full disk), nothing is deleted and the caller hears why. A
 * restore, by Undo or from Recently deleted, removes the entry in its transaction.
 *
 * An entry is two rows with the same id: its head in `trash` (what the list shows, small) and its
 * payload in `trashPayloads` (a whole article with its images, perhaps), so listing never reads
 * the payloads. Every write here touches both.
 *
 * Not in backups: a backup is the notebook as it is, and restoring one leaves Recently deleted as it
 * was (an entry whose item the backup brought back is refused as already there, never overwrites).
 */
import type { Note } from '../../shared/model';
import { newId } from '../../shared/model/ids';
import type { Snapshot } from './actors';
import type { DeletedArticle } from './articles';
import type { DeletedQuote } from './quotes';
import { StorageError, toStorageError } from './errors';
import type { DossierDb } from './schema';

export type DeletedKind = 'article' | 'note' | 'actor' | 'highlight';

/** An entry as the list shows it. */
export interface DeletedEntry {
  /** The entry's own id (its payload row's too). */
  id: string;
  kind: DeletedKind;
  /** The deleted article's, note's, actor's or quote's id. */
  itemId: string;
  /** What was deleted, as people read it: a title, a name, a highlight's words. */
  label: string;
  /** ISO time of the deletion. */
  deletedAt: string;
}

/** What restores an entry's item, by kind. */
export type DeletedPayload =
  | { kind: 'article'; payload: DeletedArticle }
  | { kind: 'note'; payload: Note }
  | { kind: 'actor'; payload: Snapshot }
  | { kind: 'highlight'; payload: DeletedQuote };

export type DeletedPayloadRow = { id: string } & DeletedPayload;

/** The two tables of Recently deleted, for a transaction's scope. */
export function trashTables(db: DossierDb) {
  return [db.trash, db.trashPayloads] as const;
}

/** Longest label kept (a highlight's words can be a paragraph). */
const LABEL_CHARS = 120;

export function deletedLabel(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > LABEL_CHARS ? `${flat.slice(0, LABEL_CHARS - 1)}…` : flat;
}

/** A new entry: its head's fields and its payload, kind and payload paired. */
type NewEntry = Omit<DeletedEntry, 'id' | 'kind'> & DeletedPayload;

/** Adds the entry; call inside the deletion's transaction (its scope must hold trashTables). */
export async function keepDeleted(db: DossierDb, entry: NewEntry): Promise<void> {
  const id = newId();
  const { itemId, label, deletedAt, ...payload } = entry;
  await db.trash.add({ id, kind: entry.kind, itemId, label: deletedLabel(label), deletedAt });
  await db.trashPayloads.add({ id, ...payload });
}

/** Removes entries, heads and payloads; call inside a transaction over trashTables. */
export async function dropDeleted(db: DossierDb, ids: readonly string[]): Promise<void> {
  await db.trash.bulkDelete([...ids]);
  await db.trashPayloads.bulkDelete([...ids]);
}

/** Removes the entries of a restored item; call inside the restore's transaction. */
export async function forgetDeleted(db: DossierDb, kind: DeletedKind, itemId: string): Promise<void> {
  const ids = await db.trash
    .where('itemId')
    .equals(itemId)
    .filter((e) => e.kind === kind)
    .primaryKeys();
  await dropDeleted(db, ids);
}

/**
 * Runs a deletion's transaction (which keeps its entry); when the disk is too full for the entry,
 * the whole deletion was rolled back, and the error says so and what to do, instead of the general
 * "no room" advice (which suggests deleting).
 */
export async function deleteKeeping<T>(what: string, transaction: () => Promise<T>): Promise<T> {
  try {
    return await transaction();
  } catch (error) {
    const explained = toStorageError(error, `delete ${what}`);
    if (explained.kind !== 'quota') throw error;
    throw new StorageError(
      'quota',
      `Could not delete ${what}: there is no room left on this computer to keep it in Recently deleted, so nothing was deleted. Empty Recently deleted or free some disk space, then try again.`,
      error,
    );
  }
}
