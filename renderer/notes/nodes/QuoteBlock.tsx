import type { MouseEvent } from 'react';
import type { NodeKey } from 'lexical';
import type { QuoteSnapshot } from '../../../shared/model/note-nodes';
import { hrefFor } from '../../app/router';
import { useQuoteLive } from '../refs-context';
import { useNodeSelected } from '../selected-nodes';

function formatDate(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** Where a quote node leads: the article, scrolled to the highlight. */
export function quoteHref(articleId: string, quoteId: string): string {
  return hrefFor('read', articleId, { quote: quoteId });
}

/** A quote in a note: its current text and source, or the last text seen once the quote is deleted. */
export function QuoteBlock({ nodeKey, quoteId, articleId, snapshot }: { nodeKey: NodeKey; quoteId: string; articleId: string; snapshot: QuoteSnapshot }) {
  const live = useQuoteLive(quoteId);
  const [selected, selectNode] = useNodeSelected(nodeKey);
  const shown = live.status === 'live' ? live.view.snapshot : snapshot;
  const detached = live.status === 'detached';
  const href = quoteHref(live.status === 'live' ? live.view.articleId : articleId, quoteId);

  const select = (e: MouseEvent) => {
    if (e.target instanceof HTMLAnchorElement) return;
    selectNode(e.shiftKey);
  };
  const open = (e: MouseEvent) => {
    e.preventDefault();
    window.location.hash = href;
  };

  const source = [shown.siteName, formatDate(shown.publishedAt)].filter(Boolean).join(' · ');
  return (
    <figure
      className={`note-quote${selected ? ' selected' : ''}${detached ? ' detached' : ''}`}
      data-quote-id={quoteId}
      onClick={select}
      aria-label={`Quote${shown.speakerName ? ` by ${shown.speakerName}` : ''}`}
    >
      <blockquote>
        <a href={href} onClick={open} title="Open the article at this quote">
          {shown.text || '(empty quote)'}
        </a>
      </blockquote>
      <figcaption>
        {shown.speakerName ? <span className="note-quote-speaker">{shown.speakerName}</span> : null}
        {shown.articleTitle ? <cite>{shown.articleTitle}</cite> : null}
        {source ? <span className="note-quote-source">{source}</span> : null}
        {detached ? (
          <span className="note-quote-detached" title="The quote was deleted from the notebook; the note keeps the last text it showed.">
            Detached: quote deleted
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}
