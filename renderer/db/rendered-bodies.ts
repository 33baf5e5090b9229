/**
 * Article bodies rendered to export Markdown ahead of time (RenderedBodyRow), kept by
 * renderer/export/body-keeper.ts. Derived data: a failed write here loses nothing (the export
 * renders what it does not find), so these writes are not guarded and never shown to the user.
 */
import { imageIdsIn } from '../../shared/export/documents';
import type { ArticleBody, Quote, StoredImage } from '../../shared/model';
import { getDb } from './db';
import type { DossierDb, RenderedBodyRow } from './schema';

/** What one article's body is rendered from, and the render kept for it (if any). */
export interface BodySource {
  articleId: string;
  /** False when the article is gone (its kept render should go too). */
  exists: boolean;
  body: ArticleBody | undefined;
  quotes: Quote[];
  /** The stored images the body shows (id and type; the bytes are not needed). */
  images: Pick<StoredImage, 'id' | 'mime'>[];
  /** The render kept for it: its key and format. */
  kept: { key: string; format: number } | undefined;
}

/**
 * Every article in two lists: those with no kept render of this format (never rendered, or
 * rendered by an older Dossier), and those with one, to check against the article.
 */
export async function articlesToCheck(format: number, db: DossierDb = getDb()): Promise<{ missing: string[]; kept: string[] }> {
  const [articleIds, current] = await Promise.all([db.articles.toCollection().primaryKeys(), db.renderedBodies.where('format').equals(format).primaryKeys()]);
  const kept = new Set(current);
  return { missing: articleIds.filter((id) => !kept.has(id)), kept: articleIds.filter((id) => kept.has(id)) };
}

export async function bodySources(articleIds: readonly string[], db: DossierDb = getDb()): Promise<BodySource[]> {
  return db.transaction('r', [db.articles, db.bodies, db.quotes, db.images, db.renderedBodies], async () => {
    const ids = [...articleIds];
    const [articleKeys, bodies, kept, quotes] = await Promise.all([
      db.articles.where('id').anyOf(ids).primaryKeys(),
      db.bodies.bulkGet(ids),
      db.renderedBodies.bulkGet(ids),
      db.quotes.where('articleId').anyOf(ids).toArray(),
    ]);
    const shown = [...new Set(bodies.flatMap((b) => (b ? [...imageIdsIn(b.html)] : [])))];
    const images = new Map((await db.images.bulkGet(shown)).flatMap((i) => (i ? [[i.id, { id: i.id, mime: i.mime }] as const] : [])));
    const existing = new Set(articleKeys);
    return ids.map((articleId, k) => {
      const body = bodies[k];
      const html = body?.html ?? '';
      return {
        articleId,
        exists: existing.has(articleId),
        body,
        quotes: quotes.filter((q) => q.articleId === articleId),
        images: [...imageIdsIn(html)].flatMap((id) => (images.has(id) ? [images.get(id)!] : [])),
        kept: kept[k] ? { key: kept[k].key, format: kept[k].format } : undefined,
      };
    });
  });
}

/** The articles the given quotes belong to (quotes that are gone are skipped). */
export async function articlesOfQuotes(quoteIds: readonly string[], db: DossierDb = getDb()): Promise<string[]> {
  const quotes = await db.quotes.bulkGet([...quoteIds]);
  return [...new Set(quotes.flatMap((q) => (q ? [q.articleId] : [])))];
}

export async function putRenderedBodies(rows: readonly RenderedBodyRow[], db: DossierDb = getDb()): Promise<void> {
  if (rows.length) await db.renderedBodies.bulkPut([...rows]);
}

export async function deleteRenderedBodies(articleIds: readonly string[], db: DossierDb = getDb()): Promise<void> {
  if (articleIds.length) await db.renderedBodies.bulkDelete([...articleIds]);
}

/** Kept renders by article id, for the export (shared/export/notebook NotebookSource.renderedBodies). */
export function renderedBodiesOf(articleIds: readonly string[], db: DossierDb = getDb()): Promise<(RenderedBodyRow | undefined)[]> {
  return db.renderedBodies.bulkGet([...articleIds]);
}
