import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Article } from '../../shared/model';
import type { ArticleFilter, ArticleSort } from '../db/articles';
import { hrefFor } from '../app/router';
import { formatDate } from './format';
import { useArticleWindow } from './hooks';

const ROW_HEIGHT = 56;

export interface ListActions {
  open: (a: Article) => void;
  remove: (a: Article) => void;
  editTags: (a: Article) => void;
}

function Row({ article, active, actions, onSelect }: { article: Article; active: boolean; actions: ListActions; onSelect: () => void }) {
  const meta = [article.byline, article.dateline, article.credit].filter(Boolean).join(' · ');
  const folded = [article.siteName, formatDate(article.publishedAt)].filter(Boolean).join(' · ');
  return (
    <div className={active ? 'library-row active' : 'library-row'} onClick={onSelect} onDoubleClick={() => actions.open(article)}>
      <div className="library-title-cell">
        <a href={hrefFor('read', article.id)} className="title" tabIndex={-1}>
          {article.title}
        </a>
        <span className="meta">
          {/* In a narrow window the Site and Published columns fold in here (library.css). */}
          {folded ? <span className="meta-folded">{meta ? `${folded} · ` : folded}</span> : null}
          {meta}
          {article.tags.map((t) => (
            <span key={t} className="tag-chip">
              {t}
            </span>
          ))}
          {article.previousVersionId ? <span className="tag-chip version">new version</span> : null}
        </span>
      </div>
      <span className="library-cell site">{article.siteName ?? ''}</span>
      <span className="library-cell date published" title="Published">
        {formatDate(article.publishedAt)}
      </span>
      <span className="library-cell date clipped" title="Clipped">
        {formatDate(article.clippedAt)}
      </span>
      <span className="library-cell num" title="Quotes">
        {article.quoteCount} {article.quoteCount === 1 ? 'quote' : 'quotes'}
      </span>
      <span className="row-actions">
        <button type="button" tabIndex={-1} onClick={() => actions.editTags(article)} aria-label={`Tags of ${article.title}`}>
          Tags
        </button>
        <button type="button" tabIndex={-1} className="danger" onClick={() => actions.remove(article)} aria-label={`Delete ${article.title}`}>
          Delete
        </button>
      </span>
    </div>
  );
}

/**
 * The library as a virtual list: only the rows on screen are rendered and only the pages that
 * cover them are read from IndexedDB. Arrow keys move, Enter opens, Delete deletes, T edits tags.
 */
export function ArticleList({
  total,
  sort,
  descending,
  filter,
  selected,
  onSelect,
  onSelectedArticle,
  actions,
}: {
  total: number;
  sort: ArticleSort;
  descending: boolean;
  filter: ArticleFilter;
  selected: number;
  onSelect: (index: number) => void;
  onSelectedArticle: (a: Article | null) => void;
  actions: ListActions;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions by design.
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const view = useArticleWindow(sort, descending, filter, Math.min(first, selected >= 0 ? selected : first), Math.max(last, selected));
  const rowAt = (index: number): Article | undefined => view.rows[index - view.offset];
  const selectedArticle = selected >= 0 ? (rowAt(selected) ?? null) : null;

  useEffect(() => onSelectedArticle(selectedArticle), [selectedArticle, onSelectedArticle]);

  const move = (to: number) => {
    const index = Math.max(0, Math.min(total - 1, to));
    onSelect(index);
    virtualizer.scrollToIndex(index, { align: 'auto' });
  };

  return (
    <div
      className="library-scroll"
      ref={scrollRef}
      tabIndex={0}
      aria-label="Library list: arrow keys move, Enter opens, Delete deletes, T edits tags"
      onKeyDown={(e) => {
        if (e.target !== e.currentTarget) return;
        const current = selectedArticle;
        if (e.key === 'ArrowDown') move(selected + 1);
        else if (e.key === 'ArrowUp') move(selected - 1);
        else if (e.key === 'Home') move(0);
        else if (e.key === 'End') move(total - 1);
        else if (e.key === 'PageDown') move(selected + 10);
        else if (e.key === 'PageUp') move(selected - 10);
        else if (e.key === 'Enter' && current) actions.open(current);
        else if ((e.key === 'Delete' || e.key === 'Backspace') && current) actions.remove(current);
        else if (e.key.toLowerCase() === 't' && !e.ctrlKey && !e.metaKey && current) actions.editTags(current);
        else return;
        e.preventDefault();
      }}
    >
      <ul className="library-list" aria-label="Articles" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const article = rowAt(item.index);
          return (
            <li key={article?.id ?? `row-${item.index}`} className="library-item" style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }} aria-current={item.index === selected ? 'true' : undefined}>
              {article ? <Row article={article} active={item.index === selected} actions={actions} onSelect={() => onSelect(item.index)} /> : <div className="library-row loading">Loading…</div>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
