import type { Actor, Article, ArticleBody, Quote, StoredImage } from '../../shared/model';
import { nowIso } from '../../shared/model/ids';
import { emitChange } from './changes';
import { dismissedSuggestionsKey } from './suggestion-dismissals';
import { getDb } from './db';
import { deleteKeeping, forgetDeleted, keepDeleted, trashTables } from './deleted-entry';
import { guardedWrite, StorageError } from './errors';

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

/** What the library list is narrowed to; every field optional. */
export interface ArticleFilter {
  site?: string | null;
  tag?: string | null;
  actorId?: string | null;
}

export interface ArticlePageQuery extends ArticleListQuery {
  filter: ArticleFilter;
}

function matches(filter: ArticleFilter): ((a: Article) => boolean) | null {
  const { site, tag, actorId } = filter;
  if (!site && !tag && !actorId) return null;
  return (a) => (!site || a.siteName === site) && (!tag || a.tags.includes(tag)) && (!actorId || a.actorIds.includes(actorId));
}

/**
 * One page of the library in the order of the sort key's index, narrowed by a filter while the
 * cursor walks (Dexie stops at the page's end, so no rows beyond it are loaded). IndexedDB leaves
 * rows whose key is null out of an index (pasted text has no site or date): they come after the
 * indexed rows, in clipping order, read from the clippedAt index.
 */
export async function listArticlePage(query: ArticlePageQuery): Promise<Article[]> {
  const db = getDb();
  const filter = matches(query.filter);
  const keyed = () => {
    let c = db.articles.orderBy(query.sort);
    if (query.descending) c = c.reverse();
    return filter ? c.filter(filter) : c;
  };
  const nullable = query.sort === 'publishedAt' || query.sort === 'siteName';
  if (!nullable) return keyed().offset(query.offset).limit(query.limit).toArray();
  const keyedCount = await keyed().count();
  const out = query.offset < keyedCount ? await keyed().offset(query.offset).limit(query.limit).toArray() : [];
  if (out.length >= query.limit) return out;
  const sort = query.sort;
  let rest = db.articles.orderBy('clippedAt');
  if (query.descending) rest = rest.reverse();
  const unkeyed = rest.filter((a) => (a[sort] === null || a[sort] === undefined) && (!filter || filter(a)));
  const skip = Math.max(0, query.offset - keyedCount);
  return out.concat(await unkeyed.offset(skip).limit(query.limit - out.length).toArray());
}

/** How many articles the filter leaves (walks the clippedAt index without keeping rows). */
export function countArticlesMatching(filter: ArticleFilter): Promise<number> {
  const f = matches(filter);
  return f ? getDb().articles.orderBy('clippedAt').filter(f).count() : getDb().articles.count();
}

/** The sites, tags and actors the library can be filtered by, read from index keys only. */
export async function listFacets(): Promise<{ sites: string[]; tags: string[]; actors: { id: string; name: string }[] }> {
  const db = getDb();
  const [sites, tags, actorIds] = await Promise.all([
    db.articles.orderBy('siteName').uniqueKeys(),
    db.articles.orderBy('tags').uniqueKeys(),
    db.articles.orderBy('actorIds').uniqueKeys(),
  ]);
  const actors = (await db.actors.bulkGet(actorIds.map(String))).filter((a): a is Actor => !!a);
  return {
    sites: sites.map(String),
    tags: tags.map(String),
    actors: actors.map((a) => ({ id: a.id, name: a.name })).sort((x, y) => x.name.localeCompare(y.name)),
  };
}

/** Articles by id, in the order asked (search results); missing ids are left out. */
export async function getArticles(ids: readonly string[]): Promise<Article[]> {
  return (await getDb().articles.bulkGet([...ids])).filter((a): a is Article => !!a);
}

/** Adds or removes tags of one article in one write; tags are trimmed, kept unique and sorted. */
export function setArticleTags(id: string, tags: readonly string[]): Promise<void> {
  const clean = [...new Set(tags.map((t) => t.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b));
  return updateArticle(id, { tags: clean });
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
 * selection a clip came with) commit together or not at all. A clip cancelled (`signal`) before
 * the transaction commits stores nothing and rejects with the signal's reason.
 */
export function saveClip(article: Article, body: ArticleBody, images: StoredImage[] = [], quotes: Quote[] = [], signal?: AbortSignal): Promise<Article> {
  const db = getDb();
  return guardedWrite(
    'save the article',
    async () => {
      await db.transaction('rw', [db.articles, db.bodies, db.images, db.quotes], async () => {
        await db.articles.add(article);
        await db.bodies.add(body);
        if (images.length) await db.images.bulkAdd(images);
        if (quotes.length) await db.quotes.bulkAdd(quotes);
        // The last moment a cancel can stop the clip: throwing here rolls every write back.
        signal?.throwIfAborted();
      });
      emitChange({ table: 'articles', kind: 'put', ids: [article.id] });
      emitChange({ table: 'quotes', kind: 'put', ids: quotes.map((q) => q.id) });
      return article;
    },
    signal,
  );
}

export function updateArticle(id: string, changes: Partial<Omit<Article, 'id'>>): Promise<void> {
  return guardedWrite('update the article', async () => {
    await getDb().articles.update(id, changes);
    emitChange({ table: 'articles', kind: 'put', ids: [id] });
  });
}

/** The settings row that remembers how far the reader got in an article. */
export const readingPositionKey = (articleId: string): string => `reader.position.${articleId}`;

/** Everything removed with an article, kept so Undo and Recently deleted can put it back exactly. */
export interface DeletedArticle {
  article: Article;
  body: ArticleBody | undefined;
  images: StoredImage[];
  quotes: Quote[];
  /** The reading position, removed with the article and brought back by Undo. */
  readingPosition?: unknown;
  /** The suggestions dismissed in it (suggestion-dismissals.ts), likewise. */
  dismissedSuggestions?: unknown;
}

/** Deletes an article with its body, images and quotes, keeping them in Recently deleted (deleted-entry.ts). */
export function deleteArticle(id: string): Promise<DeletedArticle | null> {
  const db = getDb();
  return guardedWrite('delete the article', async () => {
    const deleted = await deleteKeeping('the article', () =>
      db.transaction('rw', [db.articles, db.bodies, db.images, db.quotes, db.settings, ...trashTables(db)], async (): Promise<DeletedArticle | null> => {
        const article = await db.articles.get(id);
        if (!article) return null;
        const body = await db.bodies.get(id);
        const images = await db.images.where('articleId').equals(id).toArray();
        const quotes = await db.quotes.where('articleId').equals(id).toArray();
        const position = await db.settings.get(readingPositionKey(id));
        const dismissed = await db.settings.get(dismissedSuggestionsKey(id));
        await db.articles.delete(id);
        await db.bodies.delete(id);
        await db.images.where('articleId').equals(id).delete();
        await db.quotes.where('articleId').equals(id).delete();
        await db.settings.bulkDelete([readingPositionKey(id), dismissedSuggestionsKey(id)]);
        const payload: DeletedArticle = { article, body, images, quotes, ...(position ? { readingPosition: position.value } : {}), ...(dismissed ? { dismissedSuggestions: dismissed.value } : {}) };
        await keepDeleted(db, { kind: 'article', itemId: id, label: article.title, deletedAt: nowIso(), payload });
        return payload;
      }),
    );
    if (deleted) {
      emitChange({ table: 'articles', kind: 'delete', ids: [id] });
      emitChange({ table: 'quotes', kind: 'delete', ids: deleted.quotes.map((q) => q.id) });
    }
    return deleted;
  });
}

/**
 * Puts a deleted article back with everything deleted with it, and takes it out of Recently
 * deleted. Refused when an article with its id is in the notebook again (a backup brought it back):
 * that one is never overwritten.
 */
export function restoreArticle(deleted: DeletedArticle): Promise<void> {
  const db = getDb();
  return guardedWrite('restore the article', async () => {
    await db.transaction('rw', [db.articles, db.bodies, db.images, db.quotes, db.settings, ...trashTables(db)], async () => {
      if (await db.articles.get(deleted.article.id)) throw alreadyThere(deleted.article.title);
      await forgetDeleted(db, 'article', deleted.article.id);
      await db.articles.put(deleted.article);
      if (deleted.body) await db.bodies.put(deleted.body);
      if (deleted.images.length) await db.images.bulkPut(deleted.images);
      if (deleted.quotes.length) await db.quotes.bulkPut(deleted.quotes);
      if (deleted.readingPosition !== undefined) await db.settings.put({ key: readingPositionKey(deleted.article.id), value: deleted.readingPosition });
      if (deleted.dismissedSuggestions !== undefined) await db.settings.put({ key: dismissedSuggestionsKey(deleted.article.id), value: deleted.dismissedSuggestions });
    });
    emitChange({ table: 'articles', kind: 'put', ids: [deleted.article.id] });
    emitChange({ table: 'quotes', kind: 'put', ids: deleted.quotes.map((q) => q.id) });
  });
}

function alreadyThere(title: string): StorageError {
  return new StorageError('failed', `“${title}” is in the notebook again (a backup may have brought it back), so the deleted copy was not restored over it. It stays in Recently deleted.`);
}
