import { useLive } from '../app/hooks';
import { countArticles, listArticles, type ArticleListQuery } from '../db/articles';

export function useArticlePage(query: ArticleListQuery) {
  return useLive(() => listArticles(query), [query.sort, query.descending, query.offset, query.limit]);
}

export function useArticleCount() {
  return useLive(() => countArticles(), []);
}
