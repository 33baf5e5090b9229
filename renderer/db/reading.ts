import type { Article, StoredImage } from '../../shared/model';
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

/** A choice in a filter type-ahead: an id and what the user reads. */
export interface FilterChoice {
  id: string;
  label: string;
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Articles with at least one quote whose title contains the typed words (case and accents
 * ignored), by title, at most `limit`: a cursor over the title index that stops at `limit`, so
 * the filter never loads the whole library.
 */
export async function searchQuotedArticles(typed: string, limit = 12): Promise<FilterChoice[]> {
  const q = fold(typed.trim());
  const rows = await getDb()
    .articles.orderBy('title')
    .filter((a) => a.quoteCount > 0 && (!q || fold(a.title).includes(q)))
    .limit(limit)
    .toArray();
  return rows.map((a) => ({ id: a.id, label: a.title }));
}

/** The title of an article, or the name of an actor, chosen in a filter (from a link or the URL). */
export async function filterChoiceLabel(kind: 'article' | 'actor', id: string): Promise<string | null> {
  const db = getDb();
  if (kind === 'article') return (await db.articles.get(id))?.title ?? null;
  return (await db.actors.get(id))?.name ?? null;
}
