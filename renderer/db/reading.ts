import type { Actor, Article, StoredImage } from '../../shared/model';
import { emitChange } from './changes';
import { getDb } from './db';
import { guardedWrite } from './errors';

/** The images stored with an article, for the reader to show as blob: URLs (nothing remote loads). */
export function listImagesForArticle(articleId: string): Promise<StoredImage[]> {
  return getDb().images.where('articleId').equals(articleId).toArray();
}

/**
 * Replaces an article's stored normalised text with the text of its body as the reader renders it.
 * ArticleBody.text is defined as articleText(html); when a clip stored something else (for example
 * a plain-text clip keeping runs of spaces the HTML collapses), quote offsets must follow what is on
 * screen. The caller re-anchors the article's quotes afterwards.
 */
export function setArticleText(articleId: string, text: string): Promise<void> {
  return guardedWrite('update the article text', async () => {
    await getDb().bodies.update(articleId, { text });
    emitChange({ table: 'articles', kind: 'put', ids: [articleId] });
  });
}

export async function getArticlesByIds(ids: readonly string[]): Promise<Map<string, Article>> {
  const rows = await getDb().articles.bulkGet([...new Set(ids)]);
  return new Map(rows.filter((a): a is Article => !!a).map((a) => [a.id, a]));
}

/** Articles that have at least one quote, by title, for the All quotes filter. */
export async function listQuotedArticles(): Promise<Pick<Article, 'id' | 'title'>[]> {
  const rows = await getDb().articles.where('quoteCount').above(0).toArray();
  return rows.map((a) => ({ id: a.id, title: a.title })).sort((a, b) => a.title.localeCompare(b.title));
}

/** Every actor by name, for the All quotes filter. */
export async function listActorNames(): Promise<Pick<Actor, 'id' | 'name'>[]> {
  const rows = await getDb().actors.orderBy('name').toArray();
  return rows.map((a) => ({ id: a.id, name: a.name }));
}
