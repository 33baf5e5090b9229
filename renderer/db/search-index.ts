/**
 * Storage for notebook search: the persisted index (in chunks of the searchIndex table) and the
 * reads the indexer needs. Runs in the search worker as well as in the window.
 */
import type { Actor, Article, Note, Quote } from '../../shared/model';
import type { TableName } from './changes';
import { getDb } from './db';
import type { SearchIndexRow } from './schema';
import { guardedWrite } from './errors';

/** The meta row names the chunks of the current snapshot; chunks of older snapshots are deleted with it. */
const META_ID = 'meta';
/** 1M UTF-16 units (2 MB) per row: large enough to be few rows, small enough for any IndexedDB. */
const CHUNK = 1 << 20;

export interface IndexSnapshotMeta {
  format: number;
  chunks: number;
  /** When the snapshot was taken; rows updated later are re-indexed on load. */
  savedAt: string;
  docs: number;
  /** Changes applied to the index before the snapshot (a counter, for diagnostics). */
  changeCount: number;
}

export async function loadIndexSnapshot(): Promise<{ meta: IndexSnapshotMeta; json: string } | null> {
  const db = getDb();
  return db.transaction('r', db.searchIndex, async () => {
    const metaRow = await db.searchIndex.get(META_ID);
    if (!metaRow) return null;
    const meta = JSON.parse(metaRow.data) as IndexSnapshotMeta;
    const ids = Array.from({ length: meta.chunks }, (_, i) => `chunk:${i}`);
    const rows = await db.searchIndex.bulkGet(ids);
    if (rows.some((r) => !r)) return null;
    return { meta, json: rows.map((r) => r!.data).join('') };
  });
}

/** Replaces the snapshot in one transaction: a crash leaves the old snapshot or the new, never a mix. */
export function saveIndexSnapshot(json: string, meta: Omit<IndexSnapshotMeta, 'chunks'>): Promise<void> {
  const db = getDb();
  return guardedWrite('save the search index', async () => {
    const updatedAt = new Date().toISOString();
    const rows: SearchIndexRow[] = [];
    for (let i = 0, n = 0; i < json.length || n === 0; i += CHUNK, n++) rows.push({ id: `chunk:${n}`, data: json.slice(i, i + CHUNK), updatedAt });
    const full: IndexSnapshotMeta = { ...meta, chunks: rows.length };
    await db.transaction('rw', db.searchIndex, async () => {
      await db.searchIndex.clear();
      await db.searchIndex.bulkPut(rows);
      await db.searchIndex.put({ id: META_ID, data: JSON.stringify(full), updatedAt });
    });
  });
}

export function clearIndexSnapshot(): Promise<void> {
  return guardedWrite('clear the search index', () => getDb().searchIndex.clear());
}

/** Every id in a table (primary keys only: cheap even for 50,000 quotes). */
export async function tableIds(table: TableName): Promise<string[]> {
  return (await getDb()[table].toCollection().primaryKeys()) as string[];
}

export interface ArticleWithText {
  article: Article;
  text: string;
}

/** Articles with their body text; missing ones are left out. */
export async function articlesWithText(ids: readonly string[]): Promise<ArticleWithText[]> {
  const db = getDb();
  const [articles, bodies] = await Promise.all([db.articles.bulkGet([...ids]), db.bodies.bulkGet([...ids])]);
  const out: ArticleWithText[] = [];
  articles.forEach((article, i) => {
    if (article) out.push({ article, text: bodies[i]?.text ?? '' });
  });
  return out;
}

/** One page of articles by id order, after `afterId` (null: from the start). */
export async function articleIdPage(afterId: string | null, limit: number): Promise<string[]> {
  const db = getDb();
  const collection = afterId === null ? db.articles.orderBy(':id') : db.articles.where(':id').above(afterId);
  return (await collection.limit(limit).primaryKeys()) as string[];
}

/** Title, byline, site and excerpt of every article: what an article's index signature covers. */
export async function articleHeads(): Promise<Pick<Article, 'id' | 'title' | 'byline' | 'siteName' | 'excerpt'>[]> {
  const heads: Pick<Article, 'id' | 'title' | 'byline' | 'siteName' | 'excerpt'>[] = [];
  await getDb().articles.each((a) => heads.push({ id: a.id, title: a.title, byline: a.byline, siteName: a.siteName, excerpt: a.excerpt }));
  return heads;
}

export async function quotesByIds(ids: readonly string[]): Promise<Quote[]> {
  return (await getDb().quotes.bulkGet([...ids])).filter((q): q is Quote => !!q);
}

export async function actorsByIds(ids: readonly string[]): Promise<Actor[]> {
  return (await getDb().actors.bulkGet([...ids])).filter((a): a is Actor => !!a);
}

export async function notesByIds(ids: readonly string[]): Promise<Note[]> {
  return (await getDb().notes.bulkGet([...ids])).filter((n): n is Note => !!n);
}

/** Ids of quotes, actors or notes updated after `iso` (their updatedAt index). */
export async function updatedSince(table: 'quotes' | 'actors' | 'notes', iso: string): Promise<string[]> {
  return (await getDb()[table].where('updatedAt').above(iso).primaryKeys()) as string[];
}

/**
 * Visits the searchable text of every row: a full scan through Dexie, the naive search that
 * benchmarks and tests compare the index against. Never used by the app's search.
 */
export async function scanSearchableText(visit: (kind: 'article' | 'quote' | 'actor' | 'note', id: string, text: string) => void): Promise<void> {
  const db = getDb();
  const heads = new Map<string, string>();
  await db.articles.each((a) => heads.set(a.id, `${a.title} ${a.byline ?? ''} ${a.siteName ?? ''}`));
  await db.bodies.each((b) => visit('article', b.articleId, `${heads.get(b.articleId) ?? ''} ${b.text}`));
  await db.quotes.each((q) => visit('quote', q.id, `${q.text} ${q.comment}`));
  await db.actors.each((a) => visit('actor', a.id, `${a.name} ${a.aliases.join(' ')} ${a.role ?? ''}`));
  await db.notes.each((n) => visit('note', n.id, `${n.title} ${n.text}`));
}
