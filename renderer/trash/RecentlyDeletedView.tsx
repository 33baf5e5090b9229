/**
 * #/trash: Recently deleted. Every deleted article, highlight, note and actor for 30 days, newest
 * first; Enter restores the selected one, Delete deletes it forever (after a confirmation), and
 * Empty deletes them all forever (likewise). What cannot be restored (a highlight whose article is
 * gone) is said in an error toast and stays listed.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useCommands, type Command } from '../app/commands';
import { Dialog } from '../app/Dialog';
import { EmptyState } from '../app/EmptyState';
import { useHoldReady } from '../app/ready';
import { navigate } from '../app/router';
import { showError, showToast } from '../app/toasts';
import { withdrawUndo } from '../app/undo';
import { deleteForever, emptyRecentlyDeleted, KEEP_DAYS, restoreDeleted, type DeletedHead, type Restored } from '../db/recently-deleted';
import type { DeletedKind } from '../db/deleted-entry';
import { useDeletedCount, useDeletedList } from './hooks';
import '../styles/trash.css';

const KIND_LABEL: Record<DeletedKind, string> = { article: 'Article', note: 'Note', actor: 'Actor', highlight: 'Highlight' };

/** "Today 14:03", else the date and time in the user's locale. */
function deletedWhen(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const time = d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  if (d.toDateString() === new Date().toDateString()) return `Today ${time}`;
  return `${d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' })} ${time}`;
}

/** Where a restored item is shown. */
function openRestored(r: Restored): void {
  if (r.kind === 'article') navigate('read', r.itemId);
  else if (r.kind === 'note') navigate('notes', r.itemId);
  else if (r.kind === 'actor') navigate('actors', r.itemId);
  else if (r.articleId) navigate('read', r.articleId, { quote: r.itemId });
}

type Confirm = { forever: DeletedHead } | { empty: number } | null;

export function RecentlyDeletedView() {
  const list = useDeletedList();
  const entries = useMemo(() => list.value ?? [], [list.value]);
  const total = useDeletedCount().value ?? entries.length;
  useHoldReady(list.loading && list.value === undefined);
  const [active, setActive] = useState(0);
  const [confirm, setConfirm] = useState<Confirm>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const at = Math.min(active, Math.max(0, entries.length - 1));
  const current = entries[at];

  // Opened with nothing else holding the keyboard, the list takes it: Enter restores at once.
  const loaded = list.value !== undefined;
  useEffect(() => {
    const now = document.activeElement;
    if (loaded && (!now || now === document.body)) listRef.current?.focus({ preventScroll: true });
  }, [loaded]);

  // Keep the selection on the list as it shrinks (a restore or a delete forever).
  useEffect(() => {
    if (active > 0 && active >= entries.length) setActive(Math.max(0, entries.length - 1));
  }, [active, entries.length]);

  const restore = (entry: DeletedHead | undefined) => {
    if (!entry) return;
    void restoreDeleted(entry.id).then(
      (restored) => {
        withdrawUndo(`${restored.kind}:${restored.itemId}`);
        showToast({ kind: 'info', message: restored.message, action: { label: 'Open', run: () => openRestored(restored) } });
      },
      showError,
    );
  };

  const confirmed = () => {
    const what = confirm;
    setConfirm(null);
    if (!what) return;
    const done = 'forever' in what ? deleteForever(what.forever.id) : emptyRecentlyDeleted();
    void done.then(() => listRef.current?.focus({ preventScroll: true }), showError);
  };

  const commands = useMemo<Command[]>(
    () =>
      entries.length
        ? [
            { id: 'trash.restore', group: 'Recently deleted', title: current ? `Restore “${current.label}”` : 'Restore the selected item', shortcut: 'Enter', run: () => restore(current) },
            { id: 'trash.delete-forever', group: 'Recently deleted', title: current ? `Delete “${current.label}” forever…` : 'Delete the selected item forever…', shortcut: 'Delete', run: () => current && setConfirm({ forever: current }) },
            { id: 'trash.empty', group: 'Recently deleted', title: 'Empty Recently deleted…', run: () => setConfirm({ empty: total }) },
          ]
        : [],
    [current, entries.length, total],
  );
  useCommands(commands);

  const onListKey = (e: React.KeyboardEvent) => {
    if (!entries.length || e.ctrlKey || e.metaKey || e.altKey) return;
    // The row whose button has focus, else the selected row.
    const row = (e.target as Element).closest?.('[data-index]');
    const index = row ? Number(row.getAttribute('data-index')) : at;
    let next = at;
    if (e.key === 'Enter' && e.target === e.currentTarget) {
      e.preventDefault();
      restore(entries[index]);
      return;
    }
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      setActive(index);
      setConfirm({ forever: entries[index]! });
      return;
    }
    if (e.key === 'ArrowDown' || e.key === 'j') next = Math.min(entries.length - 1, at + 1);
    else if (e.key === 'ArrowUp' || e.key === 'k') next = Math.max(0, at - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = entries.length - 1;
    else return;
    e.preventDefault();
    setActive(next);
    listRef.current?.querySelector(`[data-index="${next}"]`)?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <section className="trash" aria-label="Recently deleted">
      <header className="view-header">
        <h1>Recently deleted</h1>
        {list.value ? <span className="meta" aria-live="polite">{total === 1 ? '1 item' : `${total} items`}</span> : null}
        <button type="button" disabled={!entries.length} onClick={() => setConfirm({ empty: total })}>
          Empty…
        </button>
      </header>
      {list.value && !entries.length ? (
        <EmptyState title="Nothing recently deleted">
          <p>Articles, highlights, notes and actors you delete stay here for {KEEP_DAYS} days, so you can restore them.</p>
        </EmptyState>
      ) : (
        <div className="view-body">
          <p className="trash-note meta">
            Kept for {KEEP_DAYS} days, on this computer only (backups and exports leave them out). <kbd>Enter</kbd> restores, <kbd>Delete</kbd> deletes forever.
          </p>
          <div ref={listRef} className="trash-list" tabIndex={0} role="list" aria-label="Deleted items" aria-busy={!list.value} onKeyDown={onListKey}>
            {entries.map((entry, index) => (
              <div key={entry.id} data-index={index} role="listitem" className={index === at ? 'trash-row active' : 'trash-row'} onMouseDown={() => setActive(index)}>
                <span className="trash-kind">{KIND_LABEL[entry.kind]}</span>
                <span className="trash-label">{entry.kind === 'highlight' ? `“${entry.label}”` : entry.label}</span>
                <time className="meta" dateTime={entry.deletedAt}>
                  {deletedWhen(entry.deletedAt)}
                </time>
                <span className="trash-actions">
                  <button type="button" tabIndex={index === at ? 0 : -1} onClick={() => restore(entry)}>
                    Restore
                  </button>
                  <button type="button" className="danger" tabIndex={index === at ? 0 : -1} onClick={() => setConfirm({ forever: entry })}>
                    Delete forever
                  </button>
                </span>
              </div>
            ))}
          </div>
        </div>
      )}
      {confirm ? (
        <Dialog label={'forever' in confirm ? 'Delete forever' : 'Empty Recently deleted'} heading={'forever' in confirm ? 'Delete forever?' : 'Empty Recently deleted?'} onClose={() => setConfirm(null)}>
          <p>
            {'forever' in confirm
              ? `“${confirm.forever.label}” will be deleted forever. It cannot be restored afterwards.`
              : `${confirm.empty === 1 ? 'The item' : `All ${confirm.empty} items`} in Recently deleted will be deleted forever. ${confirm.empty === 1 ? 'It' : 'They'} cannot be restored afterwards.`}
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={() => setConfirm(null)}>
              Cancel
            </button>
            <button type="button" className="primary danger-fill" autoFocus onClick={confirmed}>
              {'forever' in confirm ? 'Delete forever' : 'Empty'}
            </button>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}
