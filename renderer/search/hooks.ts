/** What notebook search finds; one kind per table. */
export type SearchKind = 'article' | 'quote' | 'actor' | 'note';

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: string;
  /** A short excerpt around the match, plain text. */
  snippet: string;
  score: number;
}

/**
 * Placeholder until the search feature lands: ranked, prefix- and typo-tolerant, diacritics- and
 * case-insensitive search over the notebook. The library's search box and the palette use it.
 */
export function useSearchResults(_query: string, _kinds?: readonly SearchKind[]): { hits: SearchHit[]; loading: boolean } {
  return { hits: [], loading: false };
}
