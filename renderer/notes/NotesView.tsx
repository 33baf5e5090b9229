/** Notes: the list on the left, the open note on the right (#/notes, #/notes/<id>, #/notes/new?article=<id>). */
import { useEffect, useMemo, useRef } from 'react';
import { useHoldReady } from '../app/ready';
import { useCommands, type Command } from '../app/commands';
import { EmptyState } from '../app/EmptyState';
import { hrefFor, navigate } from '../app/router';
import { showError } from '../app/toasts';
import { createNote } from '../db/notes';
import { Backlinks } from './Backlinks';
import { NoteEditor } from './NoteEditor';
import { NotesList } from './NotesList';
import '../styles/notes.css';

/** Creates a note (for an article when `articleId` is given) and opens it, replacing the #/notes/new entry. */
function useCreateOnNew(itemId: string | null, articleId: string | null) {
  const creating = useRef(false);
  useEffect(() => {
    if (itemId !== 'new' || creating.current) return;
    creating.current = true;
    createNote({ articleId }).then(
      (note) => {
        creating.current = false;
        window.location.replace(hrefFor('notes', note.id));
      },
      (error: unknown) => {
        creating.current = false;
        showError(error);
        navigate('notes');
      },
    );
  }, [itemId, articleId]);
}

export function NotesView({ itemId, params }: { itemId: string | null; params: URLSearchParams }) {
  const searchRef = useRef<HTMLInputElement>(null);
  const actorId = params.get('actor');
  useCreateOnNew(itemId, params.get('article'));
  // #/notes/new is a step on the way to the created note's own route: not ready until it is there.
  useHoldReady(itemId === 'new');

  const commands = useMemo<Command[]>(
    () => [
      { id: 'notes.new', group: 'Note', title: 'New note', run: () => navigate('notes', 'new') },
      { id: 'notes.search', group: 'Note', title: 'Search notes', run: () => searchRef.current?.focus() },
    ],
    [],
  );
  useCommands(commands);

  const open = itemId && itemId !== 'new' ? itemId : null;
  return (
    <div className="notes">
      <NotesList currentId={open} searchRef={searchRef} />
      <div className="notes-main">
        {open ? (
          <NoteEditor key={open} noteId={open} />
        ) : actorId ? (
          <div className="notes-backlinks">
            <Backlinks actorId={actorId} />
          </div>
        ) : itemId === 'new' ? (
          <div className="note-opening" aria-busy="true" />
        ) : (
          <EmptyState title="Notes" action={<button type="button" className="primary" onClick={() => navigate('notes', 'new')}>New note</button>}>
            <p>Write up what you find. Mention actors with @, drop quotes in from an article or the Quotes view, and every quote links back to its source.</p>
          </EmptyState>
        )}
      </div>
    </div>
  );
}
