import type { DragEvent, ReactNode } from 'react';
import { QUOTE_DRAG_MIME, type Quote } from '../../shared/model';

/** Starts dragging a quote into a note: the quote id under QUOTE_DRAG_MIME, its words as plain text. */
export function startQuoteDrag(e: DragEvent, quote: Quote): void {
  e.dataTransfer.setData(QUOTE_DRAG_MIME, quote.id);
  e.dataTransfer.setData('text/plain', quote.text);
  e.dataTransfer.effectAllowed = 'copyLink';
}

/** One quote in a list (the reader's panel, All quotes): colour, words, comment, tags; draggable into notes. */
export function QuoteItem({ quote, active, onOpen, meta, id }: { quote: Quote; active?: boolean; onOpen: () => void; meta?: ReactNode; id?: string }) {
  return (
    <li
      id={id}
      className={`quote-item${active ? ' active' : ''}${quote.unplaced ? ' unplaced' : ''}`}
      draggable
      onDragStart={(e) => startQuoteDrag(e, quote)}
      data-quote-id={quote.id}
    >
      <button type="button" className="quote-item-open" aria-current={active ? 'true' : undefined} onClick={onOpen}>
        <span className={`quote-dot hl-swatch-${quote.color}`} aria-label={quote.color} />
        <span className="quote-text">{quote.text}</span>
      </button>
      {quote.comment ? <p className="quote-comment">{quote.comment}</p> : null}
      {quote.tags.length || meta ? (
        <p className="quote-meta">
          {meta}
          {quote.tags.map((t) => (
            <span key={t} className="quote-tag">
              #{t}
            </span>
          ))}
        </p>
      ) : null}
    </li>
  );
}
