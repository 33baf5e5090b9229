import { nowIso } from '../../shared/model/ids';
import { whenIdle } from '../app/idle';
import { deleteBlankNotes } from '../db/notes';
import { isBlankNote } from './blank-note';

let started = false;

/**
 * Once the window is idle after it opens, deletes the blank notes an earlier session left (a new
 * note still open, untouched, when the window closed), except `openNoteId`, the note the window
 * opened on: leaving it deletes it as usual. Called once by the shell.
 */
export function startNotesFeature(openNoteId: string | null): void {
  if (started) return;
  started = true;
  const before = nowIso();
  const sweep = () => void deleteBlankNotes(isBlankNote, { before, keep: new Set(openNoteId ? [openNoteId] : []) }).catch(() => undefined);
  whenIdle(sweep, 3000, 1000);
}
