/** "Insert quote…": search the notebook's quotes by their words and put one into the note. */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { searchQuotes, type QuoteView } from '../db/notes-lookup';
import { Dialog } from '../app/Dialog';

export function QuotePicker({ onPick, onClose }: { onPick: (view: QuoteView) => void; onClose: () => void }) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<QuoteView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => inputRef.current?.focus(), []);

  useEffect(() => {
    let stale = false;
    const timer = setTimeout(() => {
      searchQuotes(query, 40).then(
        (list) => {
          if (stale) return;
          setFound(list);
          setError(null);
          setActive(0);
        },
        () => !stale && setError('Could not search the quotes. Try again.'),
      );
    }, 120);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [query]);

  const list = found ?? [];
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, list.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const pick = list[active];
      if (pick) onPick(pick);
    }
  };

  return (
    <Dialog label="Insert a quote" heading="Insert a quote" className="quote-picker" onClose={onClose}>
      <input
        ref={inputRef}
        type="search"
        className="quote-picker-input"
        placeholder="Search quotes by their words…"
        aria-label="Search quotes"
        role="combobox"
        aria-expanded="true"
        aria-controls="quote-picker-list"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {error ? <p className="error-text">{error}</p> : null}
      <ul id="quote-picker-list" className="quote-picker-list" role="listbox" aria-label="Quotes">
        {found && list.length === 0 ? (
          <li className="palette-empty">{query.trim() ? `No quote contains “${query.trim()}”.` : 'No quotes yet. Highlight passages in an article to collect quotes.'}</li>
        ) : null}
        {list.map((v, i) => (
          <li
            key={v.quoteId}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'quote-picker-item active' : 'quote-picker-item'}
            onMouseEnter={() => setActive(i)}
            onClick={() => onPick(v)}
          >
            <span className="quote-picker-text">“{v.snapshot.text}”</span>
            <span className="meta">{[v.snapshot.speakerName, v.snapshot.articleTitle, v.snapshot.siteName].filter(Boolean).join(' · ')}</span>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
