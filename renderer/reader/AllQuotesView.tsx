import { useEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../shared/model';
import { useCommands, type Command } from '../app/commands';
import { EmptyState } from '../app/EmptyState';
import { navigate } from '../app/router';
import { showError } from '../app/toasts';
import { offerUndo } from '../app/undo';
import { deleteQuote, restoreQuote, type QuoteFilter } from '../db/quotes';
import { useQuotePages, useQuoteTags } from './hooks';
import { FilterPicker } from './FilterPicker';
import { QuoteItem } from './QuoteItem';
import '../styles/reader.css';

function filterFromParams(params: URLSearchParams): QuoteFilter {
  const f: QuoteFilter = {};
  const actor = params.get('actor');
  const color = params.get('color');
  const article = params.get('article');
  const tag = params.get('tag');
  const q = params.get('q');
  if (actor) f.actorId = actor;
  if (color && (HIGHLIGHT_COLORS as readonly string[]).includes(color)) f.color = color as HighlightColor;
  if (article) f.articleId = article;
  if (tag) f.tag = tag;
  if (q) f.search = q;
  return f;
}

/** #/quotes: every quote across articles, filtered by actor, colour, article and tag, searchable; virtualised and paged. */
export function AllQuotesView({ params }: { itemId: string | null; params: URLSearchParams }) {
  const initial = useMemo(() => filterFromParams(params), [params]);
  const [filter, setFilter] = useState<QuoteFilter>(initial);
  const [searchText, setSearchText] = useState(initial.search ?? '');
  useEffect(() => {
    setFilter(initial);
    setSearchText(initial.search ?? '');
  }, [initial]);
  // Typing searches after a short pause, so each key does not rescan.
  useEffect(() => {
    const t = setTimeout(() => setFilter((f) => (f.search ?? '') === searchText.trim() ? f : { ...f, search: searchText.trim() || undefined }), 200);
    return () => clearTimeout(t);
  }, [searchText]);

  const tags = useQuoteTags();
  const { total, quoteAt, ensure, articles } = useQuotePages(filter);
  const scrollRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const [active, setActive] = useState(0);
  // The app does not run the React Compiler, so nothing memoises the virtualizer's functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 92,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  useEffect(() => {
    for (const it of items) ensure(it.index);
  });

  const set = (patch: Partial<QuoteFilter>) => setFilter((f) => {
    const next = { ...f, ...patch };
    for (const k of Object.keys(next) as (keyof QuoteFilter)[]) if (!next[k]) delete next[k];
    return next;
  });
  const filtered = Object.keys(filter).length > 0;
  const clear = () => {
    setFilter({});
    setSearchText('');
  };

  const commands = useMemo<Command[]>(
    () => [
      { id: 'quotes.search', group: 'Quotes', title: 'Search quotes', shortcut: '/', run: () => searchRef.current?.focus() },
      { id: 'quotes.clear', group: 'Quotes', title: 'Clear the quote filters', run: clear },
    ],
    [],
  );
  useCommands(commands);

  const open = (index: number) => {
    const q = quoteAt(index);
    if (q) navigate('read', q.articleId, { quote: q.id });
  };
  /** Deletes the quote at `index`, as the reader does: at once, with Undo. The list keeps the keyboard. */
  const remove = async (index: number) => {
    const q = quoteAt(index);
    if (!q) return;
    const deleted = await deleteQuote(q.id).catch((e: unknown) => {
      showError(e);
      return null;
    });
    if (!deleted) return;
    const now = document.activeElement;
    if (!now || now === document.body || !now.isConnected || now.closest('.all-quotes-row')) scrollRef.current?.focus({ preventScroll: true });
    const words = deleted.quote.text.length > 48 ? `${deleted.quote.text.slice(0, 48)}…` : deleted.quote.text;
    offerUndo({ message: `Deleted the highlight “${words}”.`, what: words, key: `highlight:${deleted.quote.id}`, restore: () => void restoreQuote(deleted).catch(showError) });
  };
  const onListKey = (e: React.KeyboardEvent) => {
    const count = total ?? 0;
    if (!count || e.ctrlKey || e.metaKey || e.altKey) return;
    // The row whose button has focus, else the active row.
    const row = (e.target as Element).closest?.('[data-index]');
    const at = row ? Number(row.getAttribute('data-index')) : active;
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      setActive(at);
      void remove(at);
      return;
    }
    if (e.key === 'e') {
      // Edit: the quote in its article, with the highlight's toolbar open.
      e.preventDefault();
      const q = quoteAt(at);
      if (q) navigate('read', q.articleId, { quote: q.id, edit: '1' });
      return;
    }
    let next = active;
    if (e.key === 'ArrowDown' || e.key === 'j') next = Math.min(count - 1, active + 1);
    else if (e.key === 'ArrowUp' || e.key === 'k') next = Math.max(0, active - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = count - 1;
    else if (e.key === 'Enter') {
      e.preventDefault();
      open(active);
      return;
    } else return;
    e.preventDefault();
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && !(e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLSelectElement)) {
        e.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <section className="all-quotes" aria-label="All quotes">
      <header className="view-header">
        <h1>Quotes</h1>
        {total !== null ? <span className="meta" aria-live="polite">{total === 1 ? '1 quote' : `${total} quotes`}</span> : null}
      </header>
      <div className="all-quotes-filters" role="search">
        <input ref={searchRef} type="search" aria-label="Search quotes and comments" placeholder="Search quotes and comments  /" value={searchText} onChange={(e) => setSearchText(e.target.value)} onKeyDown={(e) => {
          if (e.key === 'ArrowDown') scrollRef.current?.focus();
        }} />
        <FilterPicker kind="actor" label="Actor" value={filter.actorId} onChange={(id) => set({ actorId: id })} />
        <select aria-label="Colour" value={filter.color ?? ''} onChange={(e) => set({ color: (e.target.value || undefined) as HighlightColor | undefined })}>
          <option value="">Any colour</option>
          {HIGHLIGHT_COLORS.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
        <FilterPicker kind="article" label="Article" value={filter.articleId} onChange={(id) => set({ articleId: id })} />
        <select aria-label="Tag" value={filter.tag ?? ''} onChange={(e) => set({ tag: e.target.value })}>
          <option value="">Any tag</option>
          {tags.value?.map((t) => <option key={t} value={t}>#{t}</option>)}
        </select>
        {filtered ? <button type="button" onClick={clear}>Clear filters</button> : null}
      </div>
      {total === 0 ? (
        filtered ? (
          <EmptyState title="No quotes match" action={<button type="button" onClick={clear}>Clear filters</button>}>
            <p>Try fewer words, or another actor, colour, article or tag.</p>
          </EmptyState>
        ) : (
          <EmptyState title="No quotes yet" action={<button type="button" className="primary" onClick={() => navigate('library')}>Go to the Library</button>}>
            <p>Open an article, select the words that matter and press <kbd>h</kbd>. Every highlight you make shows up here, across all your articles.</p>
          </EmptyState>
        )
      ) : (
        <div className="all-quotes-scroll" ref={scrollRef} tabIndex={0} role="list" aria-label="Quotes" aria-busy={total === null} onKeyDown={onListKey}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((it) => {
              const q = quoteAt(it.index);
              const a = q ? articles.get(q.articleId) : undefined;
              return (
                <div key={it.key} data-index={it.index} ref={virtualizer.measureElement} className="all-quotes-row" role="listitem" style={{ transform: `translateY(${it.start}px)` }}>
                  {q ? (
                    <ul className="quote-list">
                      <QuoteItem
                        quote={q}
                        active={it.index === active}
                        onOpen={() => {
                          setActive(it.index);
                          open(it.index);
                        }}
                        meta={<span className="all-quotes-source">{a?.title ?? 'Unknown article'}{q.unplaced ? ' · unplaced' : ''}</span>}
                      />
                    </ul>
                  ) : (
                    <div className="quote-item" aria-busy="true">…</div>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}
