/**
 * Unsaved note text, kept synchronously in the window's localStorage so it survives a reload,
 * a crash or a window closed while IndexedDB could not be written (disk full, write failing).
 * A draft exists only between an edit and the save that stores it; the editor opens a note from
 * its draft when one is left over, then saves it to IndexedDB and drops the draft.
 */
export interface NoteDraft {
  title: string;
  editorState: string;
  /** When the draft was written (ISO 8601). */
  at: string;
}

const PREFIX = 'dossier.note-draft.';

function defaultStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Returns false when the draft could not be kept (storage full or unavailable). */
export function writeDraft(noteId: string, content: Omit<NoteDraft, 'at'>, storage = defaultStorage()): boolean {
  if (!storage) return false;
  try {
    storage.setItem(PREFIX + noteId, JSON.stringify({ title: content.title, editorState: content.editorState, at: new Date().toISOString() }));
    return true;
  } catch {
    return false;
  }
}

export function readDraft(noteId: string, storage = defaultStorage()): NoteDraft | null {
  if (!storage) return null;
  try {
    const raw = storage.getItem(PREFIX + noteId);
    if (!raw) return null;
    const d = JSON.parse(raw) as Partial<NoteDraft>;
    return typeof d.editorState === 'string' && typeof d.title === 'string' ? { title: d.title, editorState: d.editorState, at: String(d.at ?? '') } : null;
  } catch {
    return null;
  }
}

export function clearDraft(noteId: string, storage = defaultStorage()): void {
  try {
    storage?.removeItem(PREFIX + noteId);
  } catch {
    // Nothing to do: a draft that cannot be removed is replaced by the next one or overwritten on save.
  }
}
