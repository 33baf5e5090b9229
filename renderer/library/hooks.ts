import type { Article } from '../../shared/model';
import { useLive } from '../app/hooks';
import { countArticles, countArticlesMatching, getArticles, listArticlePage, listArticles, listFacets, type ArticleFilter, type ArticleListQuery, type ArticleSort } from '../db/articles';

export function useArticlePage(query: ArticleListQuery) {
  return useLive(() => listArticles(query), [query.sort, query.descending, query.offset, query.limit]);
}

export function useArticleCount() {
  return useLive(() => countArticles(), []);
}

export function useArticleTotal(filter: ArticleFilter) {
  return useLive(() => countArticlesMatching(filter), [filter.site, filter.tag, filter.actorId]);
}

export function useFacets() {
  return useLive(() => listFacets(), []);
}

export function useArticlesByIds(ids: readonly string[]) {
  return useLive(() => getArticles(ids), [ids.join('\u0000')]);
}

const EMPTY_WINDOW: { offset: number; rows: Article[] } = { offset: 0, rows: [] };

/** Rows loaded per query; the visible window is covered by whole pages. */
export const PAGE_SIZE = 50;

/**
 * The rows of the library the virtual list shows: only the pages covering [first, last] are read
 * (from the sort key's index), and re-read when the tables change. The previous window stays
 * while the next one loads, so scrolling never flashes empty rows.
 */
export function useArticleWindow(sort: ArticleSort, descending: boolean, filter: ArticleFilter, first: number, last: number): { offset: number; rows: Article[] } {
  const firstPage = Math.floor(Math.max(0, first) / PAGE_SIZE);
  const lastPage = Math.max(firstPage, Math.floor(Math.max(0, last) / PAGE_SIZE));
  const offset = firstPage * PAGE_SIZE;
  const limit = (lastPage - firstPage + 1) * PAGE_SIZE;
  const live = useLive(
    () => listArticlePage({ sort, descending, offset, limit, filter }).then((rows) => ({ offset, rows })),
    [sort, descending, offset, limit, filter.site, filter.tag, filter.actorId],
  );
  // useLive keeps the last value while a new query loads.
  return live.value ?? EMPTY_WINDOW;
}

/**
 * Which of `ids` are no longer articles in the notebook, re-checked whenever the articles change.
 * The answer names the ids it was asked about, so a caller never reads an answer about other ids.
 */
export function useMissingArticles(ids: readonly string[]): { asked: string; missing: string[] } | undefined {
  const key = ids.join('\u0000');
  const live = useLive(
    () =>
      getArticles(ids).then((found) => {
        const present = new Set(found.map((a) => a.id));
        return { asked: key, missing: ids.filter((id) => !present.has(id)) };
      }),
    [key],
  );
  return live.value?.asked === key ? live.value : undefined;
}
