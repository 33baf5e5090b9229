import type { Article, ArticleBody, Quote, StoredImage } from '../../shared/model';
import { emitChange } from './changes';
import { getDb } from './db';
import { guardedWrite } from './errors';

export type ArticleSort = 'clippedAt' | 'publishedAt' | 'title' | 'siteName' | 'quoteCount';

export interface ArticleListQuery {
  sort: ArticleSort;
  descending: boolean;
  offset: number;
  limit: number;
}

/** One page of the library, read from the sort key's index so no view loads every row. */
export async function listArticles(query: ArticleListQuery): Promise<Article[]> {
  let collection = getDb().articles.orderBy(query.sort);
  if (query.descending) collection = collection.reverse();
  return collection.offset(query.offset).limit(query.limit).toArray();
}

export function countArticles(): Promise<number> {
  return getDb().articles.count();
}

export function getArticle(id: string): Promise<Article | undefined> {
  return getDb().articles.get(id);
}

export function getArticleBody(id: string): Promise<ArticleBody | undefined> {
  return getDb().bodies.get(id);
}

export function findByCanonicalUrl(url: string): Promise<Article[]> {
  return getDb().articles.where('canonicalUrl').equals(url).toArray();
}

/**
 * Saves a clip all-or-nothing: the article, its body, its images and its first highlights (the
 * selection a clip came with) commit together or not at all.
 */
export function saveClip(article: Article, body: ArticleBody, images: StoredImage[] = [], quotes: Quote[] = []): Promise<Article> {
  const db = getDb();
  return guardedWrite('save the article', async () => {
    await db.transaction('rw', [db.articles, db.bodies, db.images, db.quotes], async () => {
      await db.articles.add(article);
      await db.bodies.add(body);
      if (images.length) await db.images.bulkAdd(images);
      if (quotes.length) await db.quotes.bulkAdd(quotes);
    });
    emitChange({ table: 'articles', kind: 'put', ids: [article.id] });
    emitChange({ table: 'quotes', kind: 'put', ids: quotes.map((q) => q.id) });
    return article;
  });
}

export function updateArticle(id: string, changes: Partial<Omit<Article, 'id'>>): Promise<void> {
  return guardedWrite('update the article', async () => {
    await getDb().articles.update(id, changes);
    emitChange({ table: 'articles', kind: 'put', ids: [id] });
  });
}

/** Everything removed with an article, kept so Undo can put it back exactly. */
export interface DeletedArticle {
  article: Article;
  body: ArticleBody | undefined;
  images: StoredImage[];
  quotes: Quote[];
}

export function deleteArticle(id: string): Promise<DeletedArticle | null> {
  const db = getDb();
  return guardedWrite('delete the article', async () => {
    const deleted = await db.transaction('rw', [db.articles, db.bodies, db.images, db.quotes], async () => {
      const article = await db.articles.get(id);
      if (!article) return null;
      const body = await db.bodies.get(id);
      const images = await db.images.where('articleId').equals(id).toArray();
      const quotes = await db.quotes.where('articleId').equals(id).toArray();
      await db.articles.delete(id);
      await db.bodies.delete(id);
      await db.images.where('articleId').equals(id).delete();
      await db.quotes.where('articleId').equals(id).delete();
      return { article, body, images, quotes };
    });
    if (deleted) {
      emitChange({ table: 'articles', kind: 'delete', ids: [id] });
      emitChange({ table: 'quotes', kind: 'delete', ids: deleted.quotes.map((q) => q.id) });
    }
    return deleted;
  });
}

export function restoreArticle(deleted: DeletedArticle): Promise<void> {
  const db = getDb();
  return guardedWrite('restore the article', async () => {
    await db.transaction('rw', [db.articles, db.bodies, db.images, db.quotes], async () => {
      await db.articles.put(deleted.article);
      if (deleted.body) await db.bodies.put(deleted.body);
      if (deleted.images.length) await db.images.bulkPut(deleted.images);
      if (deleted.quotes.length) await db.quotes.bulkPut(deleted.quotes);
    });
    emitChange({ table: 'articles', kind: 'put', ids: [deleted.article.id] });
    emitChange({ table: 'quotes', kind: 'put', ids: deleted.quotes.map((q) => q.id) });
  });
}
