/** The notes list: newest first or by title, searchable, paged. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { hrefFor, navigate } from '../app/router';
import type { NoteSort } from '../db/notes';
import { useNoteCount, useNoteList } from './hooks';

const PAGE = 100;

function formatWhen(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const sameDay = d.toDateString() === new Date().toDateString();
  return sameDay ? d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' }) : d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function NotesList({ currentId, searchRef }: { currentId: string | null; searchRef?: React.Ref<HTMLInputElement> }) {
  const [sort, setSort] = useState<NoteSort>('updatedAt');
  const [search, setSearch] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const query = useMemo(() => ({ sort, offset: 0, limit, search: search.trim() || undefined }), [sort, limit, search]);
  const page = useNoteList(query);
  const count = useNoteCount(query.search);
  const notes = useMemo(() => page.value ?? [], [page.value]);
  const total = count.value ?? 0;

  // The open note closed and took the keyboard with it (the note was deleted): the list takes it,
  // on the first note other than the one that closed, or on New note when there is none.
  const rootRef = useRef<HTMLElement>(null);
  const lastOpen = useRef(currentId);
  const [closed, setClosed] = useState<string | null>(null);
  useEffect(() => {
    if (lastOpen.current && !currentId) setClosed(lastOpen.current);
    lastOpen.current = currentId;
  }, [currentId]);
  useEffect(() => {
    if (!closed || page.loading) return;
    setClosed(null);
    const now = document.activeElement;
    if (now && now !== document.body && now.isConnected) return;
    const next = notes.find((n) => n.id !== closed);
    const target = next ? rootRef.current?.querySelector<HTMLElement>(`a[href="${CSS.escape(hrefFor('notes', next.id))}"]`) : rootRef.current?.querySelector<HTMLElement>('.notes-list-head .primary');
    target?.focus();
  }, [closed, notes, page.loading]);

  return (
    <aside className="notes-list" aria-label="Notes list" ref={rootRef}>
      <div className="notes-list-head">
        <input
          ref={searchRef}
          type="search"
          placeholder="Search notes"
          aria-label="Search notes"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setLimit(PAGE);
          }}
        />
        <select aria-label="Sort notes" value={sort} onChange={(e) => setSort(e.target.value as NoteSort)}>
          <option value="updatedAt">Last edited</option>
          <option value="title">Title</option>
        </select>
        <button type="button" className="primary" onClick={() => navigate('notes', 'new')}>
          New note
        </button>
      </div>
      {!page.loading && notes.length === 0 ? (
        <p className="notes-list-empty">{query.search ? `No note contains “${query.search}”.` : 'No notes yet. Start one with New note.'}</p>
      ) : null}
      <ul className="list" aria-label="Notes">
        {notes.map((n) => (
          <li key={n.id} className={n.id === currentId ? 'list-row active' : 'list-row'}>
            <a href={hrefFor('notes', n.id)} className="title" aria-current={n.id === currentId ? 'page' : undefined}>
              {n.title}
            </a>
            <span className="meta">
              {formatWhen(n.updatedAt)}
              {n.text ? ` · ${n.text.slice(0, 90).replace(/\s+/g, ' ')}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {notes.length < total ? (
        <button type="button" className="notes-more" onClick={() => setLimit((l) => l + PAGE)}>
          Show more ({total - notes.length} left)
        </button>
      ) : null}
    </aside>
  );
}
