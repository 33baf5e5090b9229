import Dexie, { type EntityTable } from 'dexie';
import { htmlFingerprint } from '../../shared/export/hash';
import type { KeyedRenderedBody } from '../../shared/export/notebook';
import type { Actor, Article, ArticleBody, Note, Quote, Setting, StoredImage } from '../../shared/model';
import type { DeletedEntry, DeletedPayloadRow } from './deleted-entry';

/** A persisted search index, stored in chunks so no single row grows unbounded. */
export interface SearchIndexRow {
  id: string;
  /** Serialized index (MiniSearch JSON). */
  data: string;
  updatedAt: string;
}

/**
 * An article's body as export Markdown, kept up to date as articles and highlights change
 * (renderer/export/body-keeper.ts) so a notebook export only assembles files. Derived data: not
 * in backups, and used by an export only while its key matches the article as it is.
 */
export interface RenderedBodyRow extends KeyedRenderedBody {
  articleId: string;
  /** ARTICLE_FORMAT when it was rendered: rows of an older format are rendered again. */
  format: number;
}

export type DossierDb = Dexie & {
  articles: EntityTable<Article, 'id'>;
  bodies: EntityTable<ArticleBody, 'articleId'>;
  images: EntityTable<StoredImage, 'id'>;
  quotes: EntityTable<Quote, 'id'>;
  actors: EntityTable<Actor, 'id'>;
  notes: EntityTable<Note, 'id'>;
  settings: EntityTable<Setting, 'key'>;
  searchIndex: EntityTable<SearchIndexRow, 'id'>;
  renderedBodies: EntityTable<RenderedBodyRow, 'articleId'>;
  /** Recently deleted: what the list shows, and what restores each entry (renderer/db/deleted-entry.ts). */
  trash: EntityTable<DeletedEntry, 'id'>;
  trashPayloads: EntityTable<DeletedPayloadRow, 'id'>;
};

/**
 * Every schema version, oldest first. Versions only grow: never edit a released version,
 * add version(n + 1) with an upgrade function and a fixture test (renderer/db/schema.test.ts).
 */
export function defineSchema(db: Dexie): void {
  db.version(1).stores({
    articles: 'id, canonicalUrl, url, siteName, publishedAt, clippedAt, title, quoteCount, *tags, *actorIds',
    bodies: 'articleId',
    images: 'id, articleId',
    quotes: 'id, articleId, speakerId, *mentionIds, color, createdAt, updatedAt, *tags',
    actors: 'id, name, kind, *keys, updatedAt, affiliationId',
    notes: 'id, title, updatedAt, createdAt, articleId, *quoteIds, *actorIds',
    settings: 'key',
    searchIndex: 'id',
  });
  // v2: quotes in reading order per article come from one index; rows written by v1 get the
  // fields later code relies on (v1 allowed them to be missing).
  db.version(2)
    .stores({ quotes: 'id, articleId, speakerId, *mentionIds, color, createdAt, updatedAt, *tags, [articleId+positionSelector.start]' })
    .upgrade((tx) =>
      tx
        .table('quotes')
        .toCollection()
        .modify((q: Record<string, unknown>) => {
          q['tags'] ??= [];
          q['mentionIds'] ??= [];
          q['comment'] ??= '';
          q['unplaced'] ??= false;
          q['speakerId'] ??= null;
        }),
    );
  // v3: article bodies rendered to export Markdown ahead of time (the app fills the new table in
  // the background; an export renders what is not there yet), and each body's htmlHash.
  db.version(3)
    .stores({ renderedBodies: 'articleId, format' })
    .upgrade((tx) =>
      tx
        .table('bodies')
        .toCollection()
        .modify((b: ArticleBody) => {
          b.htmlHash = htmlFingerprint(b.html);
        }),
    );
  // v4: Recently deleted, two new tables (renderer/db/deleted-entry.ts); no row of v3 changes.
  db.version(4).stores({ trash: 'id, deletedAt, itemId', trashPayloads: 'id' });
}

/**
 * Keeps ArticleBody.htmlHash true: set from the HTML whenever a body is written with HTML, whatever
 * the writer (a clip, an undo, a restore) brought along.
 */
function keepHtmlHash(db: DossierDb): void {
  db.bodies.hook('creating', (_key, body) => {
    body.htmlHash = htmlFingerprint(body.html);
  });
  db.bodies.hook('updating', (changes) => {
    const html = (changes as Partial<ArticleBody>).html;
    return typeof html === 'string' ? { htmlHash: htmlFingerprint(html) } : undefined;
  });
}

/** The newest schema version; backups record it. */
export const SCHEMA_VERSION = 4;

export const DB_NAME = 'dossier';

export function openDossierDb(name = DB_NAME, options?: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }): DossierDb {
  const db = new Dexie(name, options) as DossierDb;
  defineSchema(db);
  keepHtmlHash(db);
  return db;
}
