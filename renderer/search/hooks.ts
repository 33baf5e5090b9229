import { useEffect, useState, useSyncExternalStore } from 'react';
import type { SearchHit, SearchKind } from '../../shared/search/notebook-index';
import { searchNotebook, searchStatus, startNotebookSearch, subscribeSearchStatus } from './client';
import type { SearchStatus } from './service';

export type { SearchHit, SearchKind } from '../../shared/search/notebook-index';

/** How the notebook index is doing (loading, building, ready) and how many rows it holds. */
export function useSearchStatus(): SearchStatus {
  return useSyncExternalStore(subscribeSearchStatus, searchStatus);
}

/**
 * Ranked, prefix- and typo-tolerant, diacritics- and case-insensitive search over the notebook,
 * grouped by kind (articles, quotes, actors, notes). The library's search box and the palette use
 * it. Re-runs when the index changes, so results follow edits and deletions.
 */
export function useSearchResults(query: string, kinds?: readonly SearchKind[]): { hits: SearchHit[]; loading: boolean } {
  const status = useSearchStatus();
  const [result, setResult] = useState<{ key: string; hits: SearchHit[] }>({ key: '', hits: [] });
  const kindsKey = kinds ? [...kinds].sort().join(',') : '';
  const key = `${kindsKey}\u0000${query}`;
  const empty = !query.trim();

  useEffect(() => {
    if (empty) return;
    let stale = false;
    const wanted = kindsKey ? (kindsKey.split(',') as SearchKind[]) : undefined;
    startNotebookSearch();
    void searchNotebook(query, wanted ? { kinds: wanted } : undefined).then(
      (hits) => {
        if (!stale) setResult({ key, hits });
      },
      () => {
        if (!stale) setResult({ key, hits: [] });
      },
    );
    return () => {
      stale = true;
    };
  }, [empty, query, kindsKey, key, status.docs, status.changeCount, status.state]);

  if (empty) return { hits: [], loading: false };
  const settled = status.state === 'ready' || status.state === 'failed';
  return { hits: result.hits, loading: result.key !== key || !settled };
}
