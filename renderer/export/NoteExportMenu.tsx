import { useMemo } from 'react';
import { useCommands, type Command } from '../app/commands';
import { showError, showToast } from '../app/toasts';
import { copyNoteAsMarkdown, saveNoteAsMarkdown } from './actions';
import '../styles/export.css';

async function copy(noteId: string): Promise<void> {
  try {
    await copyNoteAsMarkdown(noteId);
    showToast({ kind: 'info', message: 'Copied the note as Markdown.' });
  } catch (error) {
    showError(error);
  }
}

async function save(noteId: string): Promise<void> {
  try {
    const name = await saveNoteAsMarkdown(noteId);
    if (name) showToast({ kind: 'info', message: `Saved “${name}”.` });
  } catch (error) {
    showError(error);
  }
}

/** Copy a note as Markdown or save it as .md (also in the palette while the note is open). */
export function NoteExportMenu({ noteId }: { noteId: string }) {
  const commands = useMemo<Command[]>(
    () => [
      { id: 'note.copyMarkdown', group: 'Note', title: 'Copy note as Markdown', run: () => void copy(noteId) },
      { id: 'note.saveMarkdown', group: 'Note', title: 'Save note as Markdown file…', run: () => void save(noteId) },
    ],
    [noteId],
  );
  useCommands(commands);
  return (
    <span className="export-menu" role="group" aria-label="Export note">
      <button type="button" onClick={() => void copy(noteId)} title="Copy the note as Markdown">
        Copy as Markdown
      </button>
      <button type="button" onClick={() => void save(noteId)} title="Save the note as a Markdown file">
        Save .md…
      </button>
    </span>
  );
}
