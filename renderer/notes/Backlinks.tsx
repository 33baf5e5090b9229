/**
 * The notes that reference an article (notes that belong to it or embed one of its quotes) or an
 * actor (notes that mention them), with links. The reader and the actor page render it.
 */
import { useMemo } from 'react';
import { useCommands, type Command } from '../app/commands';
import { hrefFor, navigate } from '../app/router';
import { useBacklinks } from './hooks';
import '../styles/notes.css';

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 119)}…` : flat;
}

export function Backlinks({ articleId, actorId }: { articleId?: string; actorId?: string }) {
  const live = useBacklinks({ articleId, actorId });
  const commands = useMemo<Command[]>(
    () => (articleId ? [{ id: 'note.new-for-article', group: 'Note', title: 'New note for this article', run: () => navigate('notes', 'new', { article: articleId }) }] : []),
    [articleId],
  );
  useCommands(commands);
  const notes = live.value ?? [];
  return (
    <section className="backlinks" aria-label="Notes that reference this">
      <h3>Notes</h3>
      {live.error ? <p className="error-text">Could not read the notes. Try reopening this page.</p> : null}
      {!live.loading && !live.error && notes.length === 0 ? (
        <p className="backlinks-empty">{articleId ? 'No notes about this article yet.' : 'No notes mention this actor yet.'}</p>
      ) : null}
      {notes.length ? (
        <ul className="backlinks-list" aria-label="Notes">
          {notes.map((n) => (
            <li key={n.id}>
              <a href={hrefFor('notes', n.id)}>{n.title}</a>
              {n.text ? <span className="meta">{excerpt(n.text)}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {articleId ? (
        <button type="button" onClick={() => navigate('notes', 'new', { article: articleId })}>
          New note for this article
        </button>
      ) : null}
    </section>
  );
}
