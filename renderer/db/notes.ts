/**
 * The notes repository: notes are Lexical editor state plus what search, export and backlinks
 * read without Lexical (plain text, referenced quote and actor ids), derived here on every save so
 * the stored fields can never disagree with the state.
 */
import type { Note } from '../../shared/model';
import { newId, nowIso } from '../../shared/model/ids';
import { EMPTY_NOTE_STATE, UNTITLED_NOTE } from '../../shared/notes/empty';
import { noteReferences, noteText } from '../../shared/notes/references';
import { foldKey } from '../../shared/text/fold';
import { emitChange } from './changes';
import { getDb } from './db';
import { deleteKeeping, forgetDeleted, keepDeleted, trashTables } from './deleted-entry';
import { guardedWrite, StorageError, toStorageError } from './errors';
import { readDraft } from './note-drafts';

export type NoteSort = 'updatedAt' | 'title';

export interface NoteListQuery {
  sort: NoteSort;
  offset: number;
  limit: number;
  /** Words that must all appear in the title or text (case- and accent-insensitive). */
  search?: string;
}

export interface NewNote {
  title?: string;
  articleId?: string | null;
  editorState?: string;
}

/** The stored fields read from a note's state: its plain text and what it references. */
function deriveFields(editorState: string): Pick<Note, 'text' | 'quoteIds' | 'actorIds'> {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(editorState);
  } catch {
    // An unreadable state derives nothing; the state itself is still stored as given.
  }
  return { text: noteText(parsed), ...noteReferences(parsed) };
}

export function createNote(input: NewNote = {}): Promise<Note> {
  const now = nowIso();
  const editorState = input.editorState ?? EMPTY_NOTE_STATE;
  const note: Note = {
    id: newId(),
    title: input.title?.trim() || UNTITLED_NOTE,
    editorState,
    articleId: input.articleId ?? null,
    ...deriveFields(editorState),
    createdAt: now,
    updatedAt: now,
  };
  return guardedWrite('create the note', async () => {
    await getDb().notes.add(note);
    emitChange({ table: 'notes', kind: 'put', ids: [note.id] });
    return note;
  });
}

export interface NoteContent {
  title: string;
  editorState: string;
}

/** Thrown when saving a note that no longer exists (deleted in another view); the caller keeps the text. */
export class NoteGoneError extends Error {
  constructor() {
    super('This note was deleted, so the changes could not be saved. Undo the deletion, or copy the text into a new note.');
    this.name = 'NoteGoneError';
  }
}

/**
 * Saves a note's title and editor state, deriving its text and references.
 * `silent` skips the app-wide error toast (autosave retries show their own status instead), but
 * the error is still explained and thrown.
 */
export async function saveNote(id: string, content: NoteContent, options: { silent?: boolean } = {}): Promise<Note> {
  const db = getDb();
  // Derived once from one parse (a long note's state is large), before the transaction opens.
  const derived = deriveFields(content.editorState);
  const write = async () => {
    const saved = await db.transaction('rw', db.notes, async () => {
      const current = await db.notes.get(id);
      if (!current) return null;
      const next: Note = {
        ...current,
        title: content.title.trim() || UNTITLED_NOTE,
        editorState: content.editorState,
        ...derived,
        updatedAt: nowIso(),
      };
      await db.notes.put(next);
      return next;
    });
    if (saved) emitChange({ table: 'notes', kind: 'put', ids: [id] });
    return saved;
  };
  let saved: Note | null;
  if (options.silent) {
    try {
      saved = await write();
    } catch (error) {
      throw toStorageError(error, 'save the note');
    }
  } else {
    saved = await guardedWrite('save the note', write);
  }
  if (!saved) throw new NoteGoneError();
  return saved;
}

/**
 * Deletes a note and returns it so Undo can put it back exactly; it is kept in Recently deleted
 * unless `keep` is false (a blank note let go quietly: there is nothing in it to get back).
 */
export function deleteNote(id: string, options: { keep?: boolean } = {}): Promise<Note | null> {
  const db = getDb();
  return guardedWrite('delete the note', async () => {
    const deleted = await deleteKeeping('the note', () =>
      db.transaction('rw', [db.notes, ...trashTables(db)], async () => {
        const note = await db.notes.get(id);
        if (!note) return null;
        await db.notes.delete(id);
        if (options.keep !== false) await keepDeleted(db, { kind: 'note', itemId: id, label: note.title, deletedAt: nowIso(), payload: note });
        return note;
      }),
    );
    if (deleted) emitChange({ table: 'notes', kind: 'delete', ids: [id] });
    return deleted;
  });
}

/** Puts a deleted note back and takes it out of Recently deleted; never over a note with its id (a backup's). */
export function restoreNote(note: Note): Promise<void> {
  const db = getDb();
  return guardedWrite('restore the note', async () => {
    await db.transaction('rw', [db.notes, ...trashTables(db)], async () => {
      if (await db.notes.get(note.id)) {
        throw new StorageError('failed', `The note “${note.title}” is in the notebook again (a backup may have brought it back), so the deleted copy was not restored over it. It stays in Recently deleted.`);
      }
      await forgetDeleted(db, 'note', note.id);
      await db.notes.put(note);
    });
    emitChange({ table: 'notes', kind: 'put', ids: [note.id] });
  });
}

export function getNote(id: string): Promise<Note | undefined> {
  return getDb().notes.get(id);
}

function matcher(search: string | undefined): ((note: Note) => boolean) | null {
  const words = foldKey(search ?? '').split(' ').filter(Boolean);
  if (!words.length) return null;
  return (note) => {
    const hay = foldKey(`${note.title} ${note.text}`);
    return words.every((w) => hay.includes(w));
  };
}

/** One page of notes, newest first or by title, read along the sort key's index. */
export async function listNotes(query: NoteListQuery): Promise<Note[]> {
  let collection = getDb().notes.orderBy(query.sort);
  if (query.sort === 'updatedAt') collection = collection.reverse();
  const match = matcher(query.search);
  if (match) collection = collection.filter(match);
  return collection.offset(query.offset).limit(query.limit).toArray();
}

export async function countNotes(search?: string): Promise<number> {
  const match = matcher(search);
  return match ? getDb().notes.filter(match).count() : getDb().notes.count();
}

function byUpdated(notes: Note[]): Note[] {
  return notes.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

/** Notes that belong to an article ("article notes"), newest first. */
export async function notesForArticle(articleId: string): Promise<Note[]> {
  return byUpdated(await getDb().notes.where('articleId').equals(articleId).toArray());
}

/** Notes that mention an actor, newest first. */
export async function notesMentioningActor(actorId: string): Promise<Note[]> {
  return byUpdated(await getDb().notes.where('actorIds').equals(actorId).toArray());
}

/** Notes that embed a quote, newest first. */
export async function notesEmbeddingQuote(quoteId: string): Promise<Note[]> {
  return byUpdated(await getDb().notes.where('quoteIds').equals(quoteId).toArray());
}

/** Notes that reference an article: they belong to it or embed one of its quotes. Newest first. */
export async function notesReferencingArticle(articleId: string): Promise<Note[]> {
  const db = getDb();
  const quoteIds = (await db.quotes.where('articleId').equals(articleId).primaryKeys()) as string[];
  const [own, embedding] = await Promise.all([
    db.notes.where('articleId').equals(articleId).toArray(),
    quoteIds.length ? db.notes.where('quoteIds').anyOf(quoteIds).distinct().toArray() : Promise.resolve([]),
  ]);
  const seen = new Map<string, Note>();
  for (const n of [...own, ...embedding]) seen.set(n.id, n);
  return byUpdated([...seen.values()]);
}

/**
 * Deletes, quietly, the notes `isBlank` finds blank that were made before `before` (an earlier
 * session: this session's are deleted when the user leaves them) and have no draft of unsaved
 * changes, except `keep`. A new note still open when the window closed is so not left behind.
 * Answers the ids deleted.
 */
export async function deleteBlankNotes(isBlank: (note: Note) => boolean, options: { before: string; keep: ReadonlySet<string> }): Promise<string[]> {
  // Only untitled notes can be blank: the title index finds them without reading every note.
  const untitled = await getDb().notes.where('title').anyOf(['', UNTITLED_NOTE]).toArray();
  const blank = untitled.filter((note) => note.createdAt < options.before && !options.keep.has(note.id) && readDraft(note.id) === null && isBlank(note));
  for (const note of blank) await deleteNote(note.id, { keep: false });
  return blank.map((note) => note.id);
}
