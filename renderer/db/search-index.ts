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
  /** Rows holding the JSON header, then rows holding the binary postings. */
  headerChunks: number;
  postingChunks: number;
  postingBytes: number;
  /** When the snapshot was taken; rows updated later are re-indexed on load. */
  savedAt: string;
  docs: number;
  /** Changes applied to the index before the snapshot (a counter, for diagnostics). */
  changeCount: number;
}

/** A saved index: JSON header plus binary postings (see shared/search/notebook-index.ts). */
export interface StoredIndex {
  header: string;
  postings: ArrayBuffer;
}

/**
 * Binary postings are kept as strings of UTF-16 code units (two bytes each) so every row keeps
 * the `data: string` shape of the table; strings survive IndexedDB's structured clone exactly.
 */
function bytesToStrings(buffer: ArrayBuffer): string[] {
  const units = new Uint16Array(buffer);
  const out: string[] = [];
  for (let start = 0; start < units.length; start += CHUNK) {
    const part = units.subarray(start, Math.min(units.length, start + CHUNK));
    let s = '';
    for (let i = 0; i < part.length; i += 8192) s += String.fromCharCode(...part.subarray(i, i + 8192));
    out.push(s);
  }
  return out;
}

function stringsToBytes(parts: string[], byteLength: number): ArrayBuffer {
  const units = new Uint16Array(byteLength / 2);
  let at = 0;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) units[at++] = part.charCodeAt(i);
  }
  if (at !== units.length) throw new Error('search index postings are incomplete');
  return units.buffer;
}

function chunks(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length || out.length === 0; i += CHUNK) out.push(s.slice(i, i + CHUNK));
  return out;
}

export async function loadIndexSnapshot(): Promise<{ meta: IndexSnapshotMeta; snapshot: StoredIndex } | null> {
  const db = getDb();
  const loaded = await db.transaction('r', db.searchIndex, async () => {
    const metaRow = await db.searchIndex.get(META_ID);
    if (!metaRow) return null;
    const meta = JSON.parse(metaRow.data) as IndexSnapshotMeta;
    if (!Number.isInteger(meta.headerChunks) || !Number.isInteger(meta.postingChunks)) return null;
    const headerRows = await db.searchIndex.bulkGet(Array.from({ length: meta.headerChunks }, (_, i) => `header:${i}`));
    const postingRows = await db.searchIndex.bulkGet(Array.from({ length: meta.postingChunks }, (_, i) => `postings:${i}`));
    if (headerRows.some((r) => !r) || postingRows.some((r) => !r)) return null;
    return { meta, header: headerRows.map((r) => r!.data).join(''), postingParts: postingRows.map((r) => r!.data) };
  });
  if (!loaded) return null;
  return { meta: loaded.meta, snapshot: { header: loaded.header, postings: stringsToBytes(loaded.postingParts, loaded.meta.postingBytes) } };
}

/** Replaces the snapshot in one transaction: a crash leaves the old snapshot or the new, never a mix. */
export function saveIndexSnapshot(snapshot: StoredIndex, meta: Omit<IndexSnapshotMeta, 'headerChunks' | 'postingChunks' | 'postingBytes'>): Promise<void> {
  const db = getDb();
  return guardedWrite('save the search index', async () => {
    const updatedAt = new Date().toISOString();
    const headerParts = chunks(snapshot.header);
    const postingParts = bytesToStrings(snapshot.postings);
    const rows: SearchIndexRow[] = [
      ...headerParts.map((data, i) => ({ id: `header:${i}`, data, updatedAt })),
      ...postingParts.map((data, i) => ({ id: `postings:${i}`, data, updatedAt })),
    ];
    const full: IndexSnapshotMeta = { ...meta, headerChunks: headerParts.length, postingChunks: postingParts.length, postingBytes: snapshot.postings.byteLength };
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
