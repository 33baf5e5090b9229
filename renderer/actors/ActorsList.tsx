import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ACTOR_KINDS, type Actor, type ActorKind } from '../../shared/model';
import { useCommands, type Command } from '../app/commands';
import { EmptyState } from '../app/EmptyState';
import { navigate } from '../app/router';
import { isEditable } from '../app/keyboard';
import { onChange } from '../db/changes';
import { listActors } from '../db/actors';
import { ActorForm } from './ActorForm';
import { useActorCount, useActorTags } from './hooks';
import { Dialog } from '../app/Dialog';
import { Options } from '../app/Options';

const PAGE = 100;
const ROW = 44;

/** Pages of the filtered actor list, loaded as they scroll into view and dropped when actors change. */
function usePages(kind: ActorKind | null, tag: string | null) {
  const [pages, setPages] = useState<Map<number, Actor[]>>(new Map());
  const loading = useRef(new Set<number>());
  const generation = useRef(0);
  useEffect(() => {
    const reset = () => {
      generation.current++;
      loading.current.clear();
      setPages(new Map());
    };
    reset();
    return onChange((c) => {
      if (c.table === 'actors') reset();
    });
  }, [kind, tag]);
  const need = useCallback(
    (page: number) => {
      if (pages.has(page) || loading.current.has(page)) return;
      loading.current.add(page);
      const gen = generation.current;
      void listActors({ kind, tag, offset: page * PAGE, limit: PAGE }).then((rows) => {
        if (gen !== generation.current) return;
        loading.current.delete(page);
        setPages((p) => new Map(p).set(page, rows));
      });
    },
    [pages, kind, tag],
  );
  return { pages, need };
}

export function ActorsList({ params }: { params: URLSearchParams }) {
  const kind = (ACTOR_KINDS as readonly string[]).includes(params.get('kind') ?? '') ? (params.get('kind') as ActorKind) : null;
  const tag = params.get('tag') || null;
  const [creating, setCreating] = useState(false);
  const [active, setActive] = useState(0);
  const count = useActorCount(kind, tag);
  const tags = useActorTags().value ?? [];
  const { pages, need } = usePages(kind, tag);
  const scroller = useRef<HTMLDivElement>(null);
  const total = count.value ?? 0;
  // The app does not run the React Compiler, so nothing memoises the virtualizer's functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({ count: total, getScrollElement: () => scroller.current, estimateSize: () => ROW, overscan: 10 });
  const items = virtual.getVirtualItems();
  const firstPage = items.length ? Math.floor(items[0]!.index / PAGE) : 0;
  const lastPage = items.length ? Math.floor(items[items.length - 1]!.index / PAGE) : 0;
  useEffect(() => {
    for (let p = firstPage; p <= lastPage; p++) need(p);
  }, [firstPage, lastPage, need]);

  const actorAt = (i: number) => pages.get(Math.floor(i / PAGE))?.[i % PAGE];
  const filter = (next: { kind?: string | null; tag?: string | null }) => {
    const q: Record<string, string> = {};
    const k = next.kind === undefined ? kind : next.kind;
    const t = next.tag === undefined ? tag : next.tag;
    if (k) q['kind'] = k;
    if (t) q['tag'] = t;
    navigate('actors', null, q);
  };

  const commands = useMemo<Command[]>(() => [{ id: 'actors.new', group: 'Actors', title: 'New actor', shortcut: 'N', run: () => setCreating(true) }], []);
  useCommands(commands);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isEditable(e.target) || e.ctrlKey || e.metaKey || e.altKey || creating) return;
      if (e.key === 'n') {
        e.preventDefault();
        setCreating(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [creating]);

  const onListKey = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'j') {
      e.preventDefault();
      const next = Math.min(total - 1, active + 1);
      setActive(next);
      virtual.scrollToIndex(next);
    } else if (e.key === 'ArrowUp' || e.key === 'k') {
      e.preventDefault();
      const next = Math.max(0, active - 1);
      setActive(next);
      virtual.scrollToIndex(next);
    } else if (e.key === 'Enter') {
      const a = actorAt(active);
      if (a) navigate('actors', a.id);
    }
  };

  return (
    <section className="actors" aria-label="Actors">
      <header className="view-header">
        <h1>Actors</h1>
        <label>
          Kind{' '}
          <select aria-label="Filter by kind" value={kind ?? ''} onChange={(e) => filter({ kind: e.target.value || null })}>
            <option value="">All kinds</option>
            <Options values={ACTOR_KINDS} />
          </select>
        </label>
        <label>
          Tag{' '}
          <select aria-label="Filter by tag" value={tag ?? ''} onChange={(e) => filter({ tag: e.target.value || null })}>
            <option value="">All tags</option>
            <Options values={tags} />
          </select>
        </label>
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          New actor <kbd>N</kbd>
        </button>
      </header>
      {!count.loading && total === 0 ? (
        <div className="view-body">
          {kind || tag ? (
            <EmptyState title="No actors match" action={<button type="button" onClick={() => filter({ kind: null, tag: null })}>Show all actors</button>}>
              <p>No actor has this kind or tag.</p>
            </EmptyState>
          ) : (
            <EmptyState title="No actors yet" action={<button type="button" className="primary" onClick={() => setCreating(true)}>Create your first actor</button>}>
              <p>Actors are the people, organisations and places your articles quote and mention. Create one here, or open an article and accept Dossier’s suggestions.</p>
            </EmptyState>
          )}
        </div>
      ) : (
        <div className="view-body" ref={scroller} tabIndex={0} role="listbox" aria-label="Actor list" aria-activedescendant={`actor-row-${active}`} onKeyDown={onListKey}>
          <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const a = actorAt(item.index);
              return (
                <div
                  key={item.key}
                  id={`actor-row-${item.index}`}
                  role="option"
                  aria-selected={item.index === active}
                  className={`list-row actor-row${item.index === active ? ' active' : ''}`}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW, transform: `translateY(${item.start}px)` }}
                  onClick={() => setActive(item.index)}
                  onDoubleClick={() => a && navigate('actors', a.id)}
                >
                  {a ? (
                    <>
                      <a href={`#/actors/${encodeURIComponent(a.id)}`} className="title" tabIndex={-1}>
                        {a.name}
                      </a>
                      <span className="meta">{[a.kind, a.role, a.aliases.length ? `also ${a.aliases.join(', ')}` : '', a.tags.map((t) => `#${t}`).join(' ')].filter(Boolean).join(' · ')}</span>
                    </>
                  ) : (
                    <span className="meta">Loading…</span>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      )}
      {creating ? (
        <Dialog label="New actor" heading="New actor" onClose={() => setCreating(false)}>
          <ActorForm
            onCancel={() => setCreating(false)}
            onSaved={(a) => {
              setCreating(false);
              navigate('actors', a.id);
            }}
          />
        </Dialog>
      ) : null}
    </section>
  );
}
