/**
 * A note the user opened empty and left empty is not kept: leaving it deletes it, quietly. "Empty"
 * is no title (or the default one) and a body of nothing but empty paragraphs: any word, heading,
 * list, quote or mention keeps the note.
 */
import { UNTITLED_NOTE } from '../../shared/notes/empty';
import type { NoteContent } from './autosave';

interface StateNode {
  type?: unknown;
  text?: unknown;
  children?: unknown;
}

function blankNode(node: StateNode): boolean {
  if (node.type === 'text') return typeof node.text === 'string' && !node.text.trim();
  if (node.type === 'linebreak') return true;
  if (node.type !== 'root' && node.type !== 'paragraph') return false;
  return !Array.isArray(node.children) || (node.children as StateNode[]).every(blankNode);
}

export function isBlankNote(content: NoteContent): boolean {
  const title = content.title.trim();
  if (title && title !== UNTITLED_NOTE) return false;
  if (!content.editorState) return true;
  try {
    const root = (JSON.parse(content.editorState) as { root?: StateNode }).root;
    return !!root && blankNode(root);
  } catch {
    return false; // unreadable: not ours to throw away
  }
}

/**
 * Note editors open per note id. Leaving a note is told from a remount (React's development mode
 * mounts every effect twice) by looking a task later: an editor that opened the note again meanwhile
 * keeps it.
 */
const open = new Map<string, number>();

export function noteOpened(noteId: string): void {
  open.set(noteId, (open.get(noteId) ?? 0) + 1);
}

/** Calls `leave` a task later unless the note was opened again meanwhile. */
export function noteClosed(noteId: string, leave: () => void): void {
  const left = (open.get(noteId) ?? 1) - 1;
  if (left > 0) open.set(noteId, left);
  else open.delete(noteId);
  setTimeout(() => {
    if (!open.has(noteId)) leave();
  }, 0);
}
