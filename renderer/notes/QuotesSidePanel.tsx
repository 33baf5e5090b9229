/**
 * The note's side panel of quotes: the article's quotes for an article note, else the notebook's
 * quotes matching a search. Drag one into the note (QUOTE_DRAG_MIME, as from the reader's quote
 * panel and All quotes) or press Insert.
 */
import { useState, type DragEvent } from 'react';
import { QUOTE_DRAG_MIME } from '../../shared/model/quote';
import { useLive } from '../app/hooks';
import { articleQuoteViews, searchQuotes, type QuoteView } from '../db/notes-lookup';

function startDrag(e: DragEvent, view: QuoteView): void {
  e.dataTransfer.setData(QUOTE_DRAG_MIME, view.quoteId);
  e.dataTransfer.setData('text/plain', `“${view.snapshot.text}”`);
  e.dataTransfer.effectAllowed = 'copy';
}

export function QuotesSidePanel({ articleId, onInsert, onClose }: { articleId: string | null; onInsert: (view: QuoteView) => void; onClose: () => void }) {
  const [query, setQuery] = useState('');
  const q = query.trim();
  const live = useLive(() => (articleId && !q ? articleQuoteViews(articleId) : searchQuotes(q, 50)), [articleId, q]);
  const views = live.value ?? [];
  return (
    <aside className="note-quotes" aria-label="Quotes to add">
      <div className="note-quotes-head">
        <h2>{articleId && !q ? 'This article’s quotes' : 'Quotes'}</h2>
        <button type="button" className="toast-close" aria-label="Hide quotes" onClick={onClose}>
          ×
        </button>
      </div>
      <input type="search" aria-label="Search quotes to add" placeholder="Search all quotes" value={query} onChange={(e) => setQuery(e.target.value)} />
      {live.error ? <p className="error-text">Could not read the quotes. Try again.</p> : null}
      {!live.loading && views.length === 0 ? (
        <p className="note-quotes-empty">{q ? `No quote contains “${q}”.` : 'No quotes yet. Highlight passages in an article to collect them.'}</p>
      ) : null}
      <ul className="note-quotes-list" aria-label="Quotes">
        {views.map((v) => (
          <li key={v.quoteId} draggable onDragStart={(e) => startDrag(e, v)} data-quote-id={v.quoteId} title="Drag into the note, or press Insert">
            <span className="note-quotes-text">“{v.snapshot.text}”</span>
            <span className="meta">{[v.snapshot.speakerName, v.snapshot.articleTitle].filter(Boolean).join(' · ')}</span>
            <button type="button" aria-label={`Insert “${v.snapshot.text.slice(0, 40)}”`} onMouseDown={(e) => e.preventDefault()} onClick={() => onInsert(v)}>
              Insert
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
