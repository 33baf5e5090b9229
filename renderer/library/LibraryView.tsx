import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Article } from '../../shared/model';
import { useCommands, type Command } from '../app/commands';
import { EmptyState } from '../app/EmptyState';
import { isEditable, hasModifier } from '../app/keyboard';
import { modalOpen } from '../app/modal';
import { navigate } from '../app/router';
import { offerUndo } from '../app/undo';
import { callMain } from '../api';
import { deleteArticle, restoreArticle, type ArticleFilter, type ArticleSort } from '../db/articles';
import { useSearchResults } from '../search/hooks';
import { ArticleList, type ListActions } from './ArticleList';
import { BatchProgress } from './BatchProgress';
import { runBatch, useBatch } from './batch';
import { clipChosenFile, clipDroppedFile, clipHtml, clipText, clipUrl } from './clip-actions';
import { announce, cancelClip, clipBoxFocused, libraryShowing, pasteReopened, runClip, setClipBoxValue, setClipError, useClipStatus } from './clip-status';
import { ClipBox } from './ClipBox';
import { DuplicateDialog } from './DuplicateDialog';
import { formatDate } from './format';
import { useArticlesByIds, useArticleTotal, useFacets } from './hooks';
import { isClipDrag, readDataTransfer, type Intake } from './intake';
import { PasteClipDialog, pasteDraftFor, type PasteDraft } from './PasteClipDialog';
import { TagDialog } from './TagDialog';
import '../styles/library.css';

const SORTS: { key: ArticleSort; label: string; defaultDescending: boolean }[] = [
  { key: 'title', label: 'Title', defaultDescending: false },
  { key: 'siteName', label: 'Site', defaultDescending: false },
  { key: 'publishedAt', label: 'Published', defaultDescending: true },
  { key: 'clippedAt', label: 'Clipped', defaultDescending: true },
  { key: 'quoteCount', label: 'Quotes', defaultDescending: true },
];

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function LibraryView(_props: { itemId: string | null; params: URLSearchParams }) {
  const [sort, setSort] = useState<ArticleSort>('clippedAt');
  const [descending, setDescending] = useState(true);
  const [filter, setFilter] = useState<ArticleFilter>({});
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(-1);
  const [selectedArticle, setSelectedArticle] = useState<Article | null>(null);
  const [tagging, setTagging] = useState<Article | null>(null);
  const [paste, setPaste] = useState<PasteDraft | null>(null);
  const [listAfterPaste, setListAfterPaste] = useState(false);
  const { value: clipValue, busy, cancellable, error: clipError, notice: clipNotice, focusBox, reopenPaste } = useClipStatus();
  const [dropActive, setDropActive] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const clipBoxRef = useRef<HTMLInputElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const siteRef = useRef<HTMLSelectElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const resultsRef = useRef<HTMLUListElement>(null);
  const batch = useBatch();

  // "/" searches the library, as it searches the Quotes view (not while typing or in a dialog).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || hasModifier(e) || e.altKey || e.defaultPrevented || isEditable(e.target)) return;
      if (modalOpen()) return;
      e.preventDefault();
      searchRef.current?.select();
      searchRef.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  // ↓ from the search box goes into what it shows: the first result, or the article list.
  const resultLinks = () => [...(resultsRef.current?.querySelectorAll<HTMLAnchorElement>('a.title') ?? [])];
  const onSearchKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'ArrowDown') return;
    const first = resultLinks()[0];
    const list = listRef.current?.querySelector<HTMLElement>('.library-scroll');
    if (first) first.focus();
    else if (list) {
      list.focus();
      setSelected((s) => (s < 0 ? 0 : s));
    } else return;
    e.preventDefault();
  };
  // In the results ↓ and ↑ move between them; ↑ from the first goes back to the search box.
  const onResultsKey = (e: React.KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = resultLinks();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    e.preventDefault();
    if (e.key === 'ArrowDown') links[Math.min(links.length - 1, at + 1)]!.focus();
    else if (at === 0) searchRef.current?.focus();
    else links[at - 1]!.focus();
  };

  const total = useArticleTotal(filter);
  const facets = useFacets();
  const search = useSearchResults(query, ['article']);
  const hitIds = useMemo(() => search.hits.filter((h) => h.kind === 'article').map((h) => h.id), [search.hits]);
  const hitArticles = useArticlesByIds(hitIds);
  const filtered = !!(filter.site || filter.tag || filter.actorId);

  // While the Library shows, clip errors go to its banner; elsewhere they are toasts (clip-status.ts).
  useEffect(() => libraryShowing(), []);
  // A pasted clip that failed elsewhere, brought back by its toast's "Edit": the paste box, with it.
  useEffect(() => {
    if (!reopenPaste) return;
    setPaste(reopenPaste);
    pasteReopened();
  }, [reopenPaste]);

  const clipAddress = useCallback((url: string, source: 'url' | 'drop' = 'url') => {
    if (!url.trim()) {
      setClipError('The Clip box is empty. Paste or type the web address of an article (https://…), then press Enter.');
      return Promise.resolve(false);
    }
    return runClip(`Clipping ${url.trim().slice(0, 80)}…`, (signal) => clipUrl(url, { source, signal }), { address: url });
  }, []);

  const clipFiles = useCallback(
    async (files: File[]) => {
      if (files.length === 1) {
        const file = files[0]!;
        await runClip(`Clipping ${file.name}…`, () => clipDroppedFile(file));
        return;
      }
      setClipError(null);
      await runBatch(files.map((file) => ({ name: file.name, run: () => clipDroppedFile(file) })));
    },
    [],
  );

  const openFiles = useCallback(async () => {
    setClipError(null);
    let chosen;
    try {
      chosen = await callMain('chooseClipFiles', {});
    } catch (error) {
      setClipError(messageOf(error));
      return;
    }
    if (chosen.cancelled || chosen.files.length === 0) return;
    if (chosen.files.length === 1) {
      const file = chosen.files[0]!;
      await runClip(`Clipping ${file.name}…`, () => clipChosenFile(file.token));
      return;
    }
    await runBatch(chosen.files.map((f) => ({ name: f.name, run: () => clipChosenFile(f.token) })));
  }, []);

  /** Whatever arrived by paste or drop. Failed text or HTML reopens in the paste box, kept. */
  const takeIntake = useCallback(
    (intake: Intake, how: 'paste' | 'drop') => {
      const source = how === 'drop' ? 'drop' : undefined;
      switch (intake.kind) {
        case 'files':
          void clipFiles(intake.files);
          return;
        case 'url':
          void clipAddress(intake.url, how === 'drop' ? 'drop' : 'url');
          return;
        case 'html':
          void runClip('Clipping the pasted HTML…', () => clipHtml(intake.html, { source: source ?? 'html', what: how === 'drop' ? 'The dropped selection' : 'The pasted HTML' }), {
            onError: (error) => setPaste({ mode: 'html', text: intake.html, alt: intake.text, error }),
            pasted: { mode: 'html', text: intake.html, alt: intake.text },
          });
          return;
        case 'text':
          void runClip('Clipping the pasted text…', () => clipText(intake.text, { source: source ?? 'text', what: how === 'drop' ? 'The dropped text' : 'The pasted text' }), {
            onError: (error) => setPaste({ mode: 'text', text: intake.text, error }),
            pasted: { mode: 'text', text: intake.text },
          });
          return;
        default:
          setClipError(how === 'drop' ? 'Nothing Dossier can clip was dropped. Drop .html, .htm, .txt or .md files, a link, or text selected in a browser.' : 'The clipboard is empty. Copy an article’s address, its text or the page itself, then paste again.');
      }
    },
    [clipAddress, clipFiles],
  );

  // Paste anywhere in the library (outside text fields), drop anywhere on the window, Ctrl/Cmd+O.
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      if (isEditable(e.target) || paste || tagging) return;
      e.preventDefault();
      takeIntake(readDataTransfer(e.clipboardData), 'paste');
    };
    const onDragOver = (e: DragEvent) => {
      if (!isClipDrag(e.dataTransfer)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      setDropActive(true);
    };
    const onDragLeave = (e: DragEvent) => {
      if (!e.relatedTarget) setDropActive(false);
    };
    const onDrop = (e: DragEvent) => {
      setDropActive(false);
      const intake = readDataTransfer(e.dataTransfer);
      // Text dropped into a text field is the field's business; files and links are always clipped.
      if (isEditable(e.target) && (intake.kind === 'text' || intake.kind === 'html')) return;
      e.preventDefault();
      takeIntake(intake, 'drop');
    };
    const onKey = (e: KeyboardEvent) => {
      if (hasModifier(e) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'o') {
        e.preventDefault();
        void openFiles();
      }
    };
    window.addEventListener('paste', onPaste);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('paste', onPaste);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('keydown', onKey);
    };
  }, [openFiles, paste, tagging, takeIntake]);

  const removeArticle = useCallback(async (article: Article) => {
    try {
      const deleted = await deleteArticle(article.id);
      if (!deleted) return;
      offerUndo({
        message: `Deleted “${article.title}”${deleted.quotes.length ? ` and its ${deleted.quotes.length} quote${deleted.quotes.length === 1 ? '' : 's'}` : ''}.`,
        what: article.title,
        key: `article:${article.id}`,
        restore: () => void restoreArticle(deleted).catch(() => undefined),
        timeoutMs: 12000,
      });
    } catch {
      // guardedWrite already showed the storage error.
    }
  }, []);

  const actions = useMemo<ListActions>(
    () => ({ open: (a) => navigate('read', a.id), remove: (a) => void removeArticle(a), editTags: (a) => setTagging(a) }),
    [removeArticle],
  );

  const chooseSort = useCallback(
    (key: ArticleSort) => {
      if (key === sort) setDescending((d) => !d);
      else {
        setSort(key);
        setDescending(SORTS.find((s) => s.key === key)!.defaultDescending);
      }
      setSelected(-1);
    },
    [sort],
  );

  const commands = useMemo<Command[]>(() => {
    const a = selectedArticle;
    const forArticle: Command[] = a
      ? [
          { id: 'article.open', group: 'Article', title: `Open “${a.title}”`, run: () => navigate('read', a.id) },
          { id: 'article.tags', group: 'Article', title: `Add or remove tags of “${a.title}”`, shortcut: 'T', run: () => setTagging(a) },
          { id: 'article.delete', group: 'Article', title: `Delete “${a.title}”`, shortcut: 'Del', run: () => void removeArticle(a) },
        ]
      : [];
    return [
      { id: 'clip.url', group: 'Clip', title: 'Clip a web address', run: () => clipBoxRef.current?.focus() },
      { id: 'clip.paste', group: 'Clip', title: 'Paste a clip (plain text)', run: () => setPaste(pasteDraftFor('text')) },
      { id: 'clip.paste-html', group: 'Clip', title: 'Paste a clip (HTML)', run: () => setPaste(pasteDraftFor('html')) },
      { id: 'clip.open', group: 'Clip', title: 'Open files to clip…', shortcut: 'Ctrl+O', run: () => void openFiles() },
      { id: 'library.search', group: 'Library', title: 'Search the library', shortcut: '/', run: () => searchRef.current?.focus() },
      { id: 'library.list', group: 'Library', title: 'Focus the article list', run: () => listRef.current?.querySelector<HTMLElement>('.library-scroll')?.focus() },
      {
        id: 'library.filter-site',
        group: 'Library',
        title: 'Filter the library by site, tag or actor',
        run: () => {
          setFiltersOpen(true);
          queueMicrotask(() => siteRef.current?.focus());
        },
      },
      { id: 'library.filter-clear', group: 'Library', title: 'Clear library filters', run: () => (setFilter({}), setFiltersOpen(false)) },
      { id: 'library.reverse', group: 'Library', title: 'Reverse the sort order', run: () => setDescending((d) => !d) },
      ...SORTS.map((s) => ({ id: `library.sort.${s.key}`, group: 'Library', title: `Sort the library by ${s.label.toLowerCase()}`, run: () => chooseSort(s.key) })),
      ...forArticle,
    ];
  }, [chooseSort, openFiles, removeArticle, selectedArticle]);
  useCommands(commands);

  const count = total.value ?? 0;
  const loading = total.loading && total.value === undefined;
  const searching = query.trim().length > 0;
  const libraryEmpty = !loading && count === 0 && !filtered;

  // After a clip saved from the paste box, the keyboard goes back to what had it before the box
  // opened (renderer/app/modal.ts). When that is gone — nothing had it, or it was the empty
  // library's button, replaced by the list once the clip is in — the article list takes it, as it
  // does after a dialog opened from the list.
  useEffect(() => {
    if (!listAfterPaste) return;
    const list = listRef.current?.querySelector<HTMLElement>('.library-scroll');
    if (!list) return; // The list shows once the new article is counted.
    setListAfterPaste(false);
    // After the closing dialog has given the keyboard back, if it could.
    queueMicrotask(() => {
      const now = document.activeElement;
      if (!now || now === document.body || !now.isConnected) list.focus({ preventScroll: true });
    });
  }, [listAfterPaste, count]);

  return (
    <section className={dropActive ? 'library drop-active' : 'library'} aria-label="Library">
      <header className="view-header">
        <h1>Library</h1>
        <ClipBox
          ref={clipBoxRef}
          value={clipValue}
          busy={busy !== null || !!batch?.running}
          cancellable={cancellable}
          error={clipError}
          focusBox={focusBox}
          onFocused={clipBoxFocused}
          onChange={setClipBoxValue}
          onClipUrl={(url) => clipAddress(url)}
          onCancel={cancelClip}
          onIntake={(i) => takeIntake(i, 'paste')}
        />
        <button type="button" onClick={() => setPaste(pasteDraftFor('text'))}>
          Paste clip
        </button>
        <button type="button" onClick={() => void openFiles()} title="Open .html, .htm, .txt or .md files (Ctrl+O)">
          Open files…
        </button>
      </header>
      {busy || clipNotice ? (
        <div className="clip-status" role="status">
          {busy ?? clipNotice}
        </div>
      ) : null}
      {clipError ? (
        <div className="clip-error" role="alert">
          <span>{clipError}</span>
          <button type="button" aria-label="Dismiss the error" onClick={() => setClipError(null)}>
            ×
          </button>
        </div>
      ) : null}
      <BatchProgress />
      {loading ? null : libraryEmpty ? (
        <div className="view-body">
          <EmptyState
            title="Your library is empty"
            action={
              <button type="button" className="primary" onClick={() => setPaste(pasteDraftFor('text'))}>
                Paste your first clip
              </button>
            }
          >
            <p>Clip an article to start: paste its address into the Clip box above, paste the article’s text or HTML, press Ctrl+O to open saved pages, or drop .html and .txt files, links or a selection here.</p>
          </EmptyState>
        </div>
      ) : (
        <>
          <div className="library-toolbar">
            <input ref={searchRef} type="search" aria-label="Search the library" placeholder="Search titles and text…  /" value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={onSearchKey} />
            {!(filtersOpen || filtered) ? (
              <button type="button" aria-expanded="false" onClick={() => (setFiltersOpen(true), queueMicrotask(() => siteRef.current?.focus()))}>
                Filter…
              </button>
            ) : null}
            {filtersOpen || filtered ? (
              <>
            <select ref={siteRef} aria-label="Filter by site" value={filter.site ?? ''} onChange={(e) => (setFilter((f) => ({ ...f, site: e.target.value || null })), setSelected(-1))}>
              <option value="">All sites</option>
              {(facets.value?.sites ?? []).map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
            <select aria-label="Filter by tag" value={filter.tag ?? ''} onChange={(e) => (setFilter((f) => ({ ...f, tag: e.target.value || null })), setSelected(-1))}>
              <option value="">All tags</option>
              {(facets.value?.tags ?? []).map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
            <select aria-label="Filter by actor" value={filter.actorId ?? ''} onChange={(e) => (setFilter((f) => ({ ...f, actorId: e.target.value || null })), setSelected(-1))}>
              <option value="">All actors</option>
              {(facets.value?.actors ?? []).map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
            <button type="button" onClick={() => (setFilter({}), setFiltersOpen(false))}>
              {filtered ? 'Clear filters' : 'Hide filters'}
            </button>
              </>
            ) : null}
            <span className="muted count" aria-live="polite">
              {count} {count === 1 ? 'article' : 'articles'}
            </span>
          </div>
          {searching ? (
            <div className="view-body">
              <ul className="list" aria-label="Search results" ref={resultsRef} onKeyDown={onResultsKey}>
                {(hitArticles.value ?? []).map((a) => (
                  <li key={a.id} className="list-row" onDoubleClick={() => navigate('read', a.id)}>
                    <a href={`#/read/${encodeURIComponent(a.id)}`} className="title">
                      {a.title}
                    </a>
                    <span className="meta">{[a.siteName, formatDate(a.publishedAt), search.hits.find((h) => h.id === a.id)?.snippet].filter(Boolean).join(' · ')}</span>
                  </li>
                ))}
              </ul>
              {!search.loading && hitIds.length === 0 ? <p className="muted pad">Nothing in the library matches “{query}”. Try fewer or different words.</p> : null}
            </div>
          ) : (
            <div className="library-table" ref={listRef}>
              <div className="library-head" role="group" aria-label="Sort by">
                {SORTS.map((s) => (
                  <button key={s.key} type="button" className={`sort-button sort-${s.key}`} aria-pressed={sort === s.key} onClick={() => chooseSort(s.key)}>
                    {s.label}
                    {sort === s.key ? (descending ? ' ↓' : ' ↑') : ''}
                  </button>
                ))}
              </div>
              {count === 0 && !loading ? (
                <p className="muted pad">No articles match these filters. <button type="button" onClick={() => setFilter({})}>Clear filters</button></p>
              ) : (
                <ArticleList total={count} sort={sort} descending={descending} filter={filter} selected={selected} onSelect={setSelected} onSelectedArticle={setSelectedArticle} actions={actions} />
              )}
            </div>
          )}
        </>
      )}
      {dropActive ? <div className="drop-hint">Drop to clip: files, links or a selection</div> : null}
      {paste ? (
        <PasteClipDialog
          initial={paste}
          onClose={() => setPaste(null)}
          onSaved={(outcome) => {
            setPaste(null);
            setListAfterPaste(true);
            announce(outcome);
          }}
        />
      ) : null}
      {tagging ? <TagDialog article={tagging} onClose={() => setTagging(null)} /> : null}
      <DuplicateDialog />
    </section>
  );
}
