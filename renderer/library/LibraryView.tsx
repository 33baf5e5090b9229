import { useMemo, useState } from 'react';
import { useCommands, type Command } from '../app/commands';
import { EmptyState } from '../app/EmptyState';
import { navigate } from '../app/router';
import { useArticlePage } from './hooks';
import { PasteClipDialog } from './PasteClipDialog';

const PAGE = { sort: 'clippedAt' as const, descending: true, offset: 0, limit: 200 };

function formatDate(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function LibraryView() {
  const [pasting, setPasting] = useState(false);
  const page = useArticlePage(PAGE);
  const commands = useMemo<Command[]>(() => [{ id: 'clip.paste', group: 'Clip', title: 'Paste a clip (plain text)', run: () => setPasting(true) }], []);
  useCommands(commands);

  const articles = page.value ?? [];
  return (
    <section className="library" aria-label="Library">
      <header className="view-header">
        <h1>Library</h1>
        <button type="button" onClick={() => setPasting(true)}>
          Paste clip
        </button>
      </header>
      <div className="view-body">
        {!page.loading && articles.length === 0 ? (
          <EmptyState title="Your library is empty" action={<button type="button" className="primary" onClick={() => setPasting(true)}>Paste your first clip</button>}>
            <p>Clip an article to start: paste a link or the article’s text, or drop an .html or .txt file here.</p>
          </EmptyState>
        ) : (
          <ul className="list" aria-label="Articles">
            {articles.map((a) => (
              <li key={a.id} className="list-row" onDoubleClick={() => navigate('read', a.id)}>
                <a href={`#/read/${encodeURIComponent(a.id)}`} className="title">
                  {a.title}
                </a>
                <span className="meta">
                  {[a.siteName, formatDate(a.publishedAt), `clipped ${formatDate(a.clippedAt)}`, `${a.quoteCount} quotes`].filter(Boolean).join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {pasting ? <PasteClipDialog onClose={() => setPasting(false)} onSaved={() => setPasting(false)} /> : null}
    </section>
  );
}
