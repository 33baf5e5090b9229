import { useEffect, useMemo, useRef, useState } from 'react';
import type { Actor } from '../../shared/model';
import { useCommands, type Command } from '../app/commands';
import { EmptyState } from '../app/EmptyState';
import { hasModifier, isEditable } from '../app/keyboard';
import { hrefFor, navigate } from '../app/router';
import { Dialog } from '../app/Dialog';
import { modalOpen } from '../app/modal';
import { useHoldReady } from '../app/ready';
import { showError, showToast } from '../app/toasts';
import { offerUndo } from '../app/undo';
import { deleteActor, mergeActors, restoreSnapshot, type TimelineEntry } from '../db/actors';
import { ActorExportButton } from '../export/ActorExportButton';
import { Backlinks } from '../notes/Backlinks';
import { ActorForm } from './ActorForm';
import { ActorTypeahead } from './ActorTypeahead';
import { useActorPage } from './hooks';

function day(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

function Timeline({ entries, label }: { entries: TimelineEntry[]; label: string }) {
  return (
    <ol className="actor-timeline" aria-label={label}>
      {entries.map(({ quote, article, when }) => (
        <li key={quote.id} className="actor-timeline-entry">
          <time dateTime={when}>{day(when)}</time>
          <blockquote>“{quote.text}”</blockquote>
          <a className="meta" href={hrefFor('read', quote.articleId, { quote: quote.id })}>
            {article ? [article.title, article.siteName].filter(Boolean).join(' · ') : 'article not in the notebook'}
          </a>
        </li>
      ))}
    </ol>
  );
}

async function remove(actor: Actor) {
  try {
    const snapshot = await deleteActor(actor.id);
    if (!snapshot) return;
    navigate('actors');
    offerUndo({
      message: `Deleted “${actor.name}”.`,
      what: actor.name,
      key: `actor:${actor.id}`,
      restore: () =>
        void restoreSnapshot(snapshot, actor.id).then(() => {
          showToast({ kind: 'info', message: `Restored “${actor.name}”.` });
          navigate('actors', actor.id);
        }, showError),
    });
  } catch (e) {
    showError(e);
  }
}

export function ActorPage({ id }: { id: string }) {
  const page = useActorPage(id);
  const [editing, setEditing] = useState(false);
  const [merging, setMerging] = useState<Actor | 'pick' | null>(null);
  const data = page.value;

  const commands = useMemo<Command[]>(
    () =>
      data
        ? [
            { id: 'actor.edit', group: 'Actor', title: `Edit ${data.actor.name}`, shortcut: 'E', run: () => setEditing(true) },
            { id: 'actor.merge', group: 'Actor', title: `Merge another actor into ${data.actor.name}`, run: () => setMerging('pick') },
            { id: 'actor.delete', group: 'Actor', title: `Delete ${data.actor.name}`, run: () => void remove(data.actor) },
          ]
        : [],
    [data],
  );
  useCommands(commands);
  // The actor's commands (Edit, Merge, Delete) are registered once it has loaded.
  useHoldReady(page.loading && !data);
  // Opened from the list (Enter), a new actor's form or the palette, whatever had the keyboard is
  // gone: the page's heading takes it, so Tab and the keys go on from the actor.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const loaded = !!data;
  useEffect(() => {
    const now = document.activeElement;
    if (loaded && (!now || now === document.body || !now.isConnected)) headingRef.current?.focus({ preventScroll: true });
  }, [loaded]);
  // E edits the actor, the key the palette shows for it (not while typing, in a dialog or the palette).
  useEffect(() => {
    if (!loaded) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.key !== 'e' && e.key !== 'E') || hasModifier(e) || e.altKey || e.shiftKey || e.defaultPrevented || isEditable(e.target)) return;
      if (modalOpen()) return;
      e.preventDefault();
      setEditing(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [loaded]);

  if (page.loading && !data) return null;
  if (!data)
    return (
      <EmptyState title="This actor is not in the notebook" action={<a href={hrefFor('actors')}>Back to all actors</a>}>
        <p>It may have been deleted or merged into another actor.</p>
      </EmptyState>
    );
  const { actor, affiliation, spoken, mentionedIn, articles } = data;

  const merge = async (other: Actor) => {
    try {
      const { snapshot } = await mergeActors(actor.id, other.id);
      setMerging(null);
      showToast({
        kind: 'info',
        message: `Merged “${other.name}” into “${actor.name}”.`,
        action: { label: 'Undo', run: () => void restoreSnapshot(snapshot).catch(showError) },
        undo: true,
      });
    } catch (e) {
      showError(e);
    }
  };

  return (
    <section className="actor-page" aria-label={`Actor ${actor.name}`}>
      <header className="view-header">
        <h1 ref={headingRef} tabIndex={-1}>
          {actor.name}
        </h1>
        <button type="button" onClick={() => setEditing(true)}>
          Edit
        </button>
        <button type="button" onClick={() => setMerging('pick')}>
          Merge…
        </button>
        <button type="button" className="danger" onClick={() => void remove(actor)}>
          Delete
        </button>
        <ActorExportButton actorId={actor.id} />
      </header>
      <div className="view-body actor-page-body">
        <dl className="actor-facts">
          <dt>Kind</dt>
          <dd>{actor.kind}</dd>
          {actor.role ? (
            <>
              <dt>Role</dt>
              <dd>{actor.role}</dd>
            </>
          ) : null}
          {affiliation ? (
            <>
              <dt>Affiliation</dt>
              <dd>
                <a href={hrefFor('actors', affiliation.id)}>{affiliation.name}</a>
              </dd>
            </>
          ) : null}
          {actor.aliases.length ? (
            <>
              <dt>Also called</dt>
              <dd>{actor.aliases.join(', ')}</dd>
            </>
          ) : null}
          {actor.tags.length ? (
            <>
              <dt>Tags</dt>
              <dd>{actor.tags.map((t) => `#${t}`).join(' ')}</dd>
            </>
          ) : null}
          <dt>Dates</dt>
          <dd>
            created {day(actor.createdAt)} · updated {day(actor.updatedAt)}
          </dd>
        </dl>
        {actor.description ? <p className="actor-description">{actor.description}</p> : null}

        <h2>Said ({spoken.length})</h2>
        {spoken.length ? <Timeline entries={spoken} label="Quotes spoken, oldest first" /> : <p className="meta">No quote is linked to {actor.name} as speaker yet. Highlight a quote in an article and set its speaker.</p>}

        <h2>Mentioned in quotes ({mentionedIn.length})</h2>
        {mentionedIn.length ? <Timeline entries={mentionedIn} label="Quotes that mention" /> : <p className="meta">No quote mentions {actor.name} yet.</p>}

        <h2>Articles ({articles.length})</h2>
        {articles.length ? (
          <ul className="list" aria-label="Articles that mention">
            {articles.map((a) => (
              <li key={a.id} className="list-row">
                <a href={hrefFor('read', a.id)}>{a.title}</a>
                <span className="meta">{[a.siteName, day(a.publishedAt ?? a.clippedAt)].filter(Boolean).join(' · ')}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="meta">No article is linked to {actor.name} yet.</p>
        )}

        <Backlinks actorId={actor.id} />
      </div>

      {editing ? (
        <Dialog label={`Edit ${actor.name}`} heading="Edit actor" onClose={() => setEditing(false)}>
          <ActorForm actor={actor} onCancel={() => setEditing(false)} onSaved={() => setEditing(false)} />
        </Dialog>
      ) : null}
      {merging ? (
        <Dialog label="Merge actors" heading={<>Merge another actor into {actor.name}</>} onClose={() => setMerging(null)}>
          {merging === 'pick' ? (
            <>
              <p className="meta">Choose the duplicate. Its name and aliases become aliases of {actor.name}, and its quotes, articles and notes move here.</p>
              <ActorTypeahead label="Actor to merge" placeholder="Type a name or alias…" autoFocus excludeIds={[actor.id]} onPick={(a) => setMerging(a)} />
            </>
          ) : (
            <p>
              Merge “{merging.name}” ({merging.kind}) into “{actor.name}”? “{merging.name}” will be removed; Undo puts it back.
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={() => setMerging(null)}>
              Cancel
            </button>
            {merging !== 'pick' ? (
              <button type="button" className="primary" autoFocus onClick={() => void merge(merging)}>
                Merge
              </button>
            ) : null}
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}
