import type { Quote } from '../../shared/model';
import { ArticleSuggestions } from '../actors/ArticleSuggestions';
import { Backlinks } from '../notes/Backlinks';
import { QuoteItem } from './QuoteItem';
import type { DetectedQuotation } from './quotations';

interface Props {
  articleId: string;
  placed: Quote[];
  unplaced: Quote[];
  focusId: string | null;
  detected: DetectedQuotation[];
  onOpen: (id: string) => void;
  onHighlightDetected: (d: DetectedQuotation[]) => void;
}

/** The side panel: the article's quotes in reading order, the unplaced ones apart, detected quotations, suggestions and backlinks. */
export function QuotePanel(p: Props) {
  return (
    <aside className="reader-panel" aria-label="Quotes of this article">
      <section>
        <h2>
          Quotes <span className="count">{p.placed.length}</span>
        </h2>
        {p.placed.length === 0 && p.unplaced.length === 0 ? (
          <p className="panel-empty">No highlights yet. Select words in the article and press <kbd>h</kbd>, or pick a colour in the toolbar.</p>
        ) : (
          <ul className="quote-list" aria-label="Highlights in reading order">
            {p.placed.map((q) => (
              <QuoteItem key={q.id} id={`panel-quote-${q.id}`} quote={q} active={q.id === p.focusId} onOpen={() => p.onOpen(q.id)} />
            ))}
          </ul>
        )}
      </section>
      {p.unplaced.length ? (
        <section>
          <h2>
            Unplaced <span className="count">{p.unplaced.length}</span>
          </h2>
          <p className="panel-note">The article’s text changed and these words could not be found again. They are kept as you saved them.</p>
          <ul className="quote-list" aria-label="Unplaced highlights">
            {p.unplaced.map((q) => (
              <QuoteItem key={q.id} id={`panel-quote-${q.id}`} quote={q} active={q.id === p.focusId} onOpen={() => p.onOpen(q.id)} />
            ))}
          </ul>
        </section>
      ) : null}
      {p.detected.length ? (
        <section>
          <h2>
            Detected quotations <span className="count">{p.detected.length}</span>
            <button type="button" className="panel-action" onClick={() => p.onHighlightDetected(p.detected)}>
              Highlight all
            </button>
          </h2>
          <ul className="quote-list detected" aria-label="Detected quotations">
            {p.detected.map((d) => (
              <li key={`${d.start}-${d.end}`} className="quote-item">
                <span className="quote-text">“{d.text}”</span>
                <button type="button" className="panel-action" aria-label={`Highlight “${d.text.slice(0, 40)}”`} onClick={() => p.onHighlightDetected([d])}>
                  Highlight
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ArticleSuggestions articleId={p.articleId} />
      <Backlinks articleId={p.articleId} />
    </aside>
  );
}
