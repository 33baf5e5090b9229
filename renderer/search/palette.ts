import type { SearchHit, SearchKind } from '../../shared/search/notebook-index';
import type { PaletteItem, PaletteProvider } from '../app/palette-providers';
import { navigate } from '../app/router';
import { searchNotebook, searchStatus } from './client';

const GROUPS: Record<SearchKind, string> = { article: 'Articles', quote: 'Quotes', actor: 'Actors', note: 'Notes' };
/** Hits per kind in the palette: enough to choose from, few enough to scan with arrow keys. */
const PER_KIND = 5;

/** Where a hit opens: the reader (at the quote), the actor card, the note. */
export function openHit(hit: SearchHit): void {
  if (hit.kind === 'article') navigate('read', hit.id);
  else if (hit.kind === 'quote') navigate('read', hit.articleId ?? '', { quote: hit.id });
  else if (hit.kind === 'actor') navigate('actors', hit.id);
  else navigate('notes', hit.id);
}

/** Ctrl/Cmd+K searches the whole notebook: results grouped Articles, Quotes, Actors, Notes. */
export const notebookSearchProvider: PaletteProvider = async (query) => {
  const hits = await searchNotebook(query, { perKind: PER_KIND });
  const items: PaletteItem[] = hits.map((hit) => ({
    id: `search:${hit.kind}:${hit.id}`,
    group: GROUPS[hit.kind],
    title: hit.title,
    subtitle: hit.snippet,
    target: `${hit.kind}:${hit.id}`,
    run: () => openHit(hit),
  }));
  const status = searchStatus();
  if (status.state === 'building' || status.state === 'loading' || status.state === 'starting') {
    items.push({
      id: 'search:status',
      group: 'Search',
      title: status.state === 'building' ? `Indexing the notebook… ${status.docs.toLocaleString()} items so far` : 'Opening the search index…',
      subtitle: 'Results may be incomplete until it finishes.',
      run: () => undefined,
    });
  }
  return items;
};
