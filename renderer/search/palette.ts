import { snippet, type SearchHit, type SearchKind } from '../../shared/search/notebook-index';
import { foldKey } from '../../shared/text/fold';
import { getArticleBody } from '../db/articles';
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

/**
 * The words around the match in an article's body: the index keeps only the article's opening (its
 * preview), so a word found further down would show the first paragraph. When no typed word is in
 * the body as typed (a typo the index forgave), the index's excerpt stays.
 */
async function articleExcerpt(hit: SearchHit, query: string): Promise<string> {
  const words = foldKey(query).split(' ').filter((w) => w.length > 1);
  const text = (await getArticleBody(hit.id).catch(() => undefined))?.text;
  if (!text || !words.length) return hit.snippet;
  const folded = foldKey(text);
  return words.some((w) => folded.includes(w)) ? snippet(text, words) : hit.snippet;
}

/** Ctrl/Cmd+K searches the whole notebook: results grouped Articles, Quotes, Actors, Notes. */
export const notebookSearchProvider: PaletteProvider = async (query) => {
  const hits = await searchNotebook(query, { perKind: PER_KIND });
  const excerpts = await Promise.all(hits.map((hit) => (hit.kind === 'article' ? articleExcerpt(hit, query) : hit.snippet)));
  const items: PaletteItem[] = hits.map((hit, i) => ({
    id: `search:${hit.kind}:${hit.id}`,
    group: GROUPS[hit.kind],
    title: hit.title,
    subtitle: excerpts[i]!,
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
