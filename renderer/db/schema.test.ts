import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDossierDb, SCHEMA_VERSION } from './schema';

type Rows = Record<string, Record<string, unknown>[]>;
const v1 = JSON.parse(readFileSync(resolve(__dirname, '../../tests/fixtures/db/v1.json'), 'utf8')) as { tables: Rows };

/** The v1 schema exactly as it shipped, to write a database the way the old version did. */
const V1_STORES = {
  articles: 'id, canonicalUrl, url, siteName, publishedAt, clippedAt, title, quoteCount, *tags, *actorIds',
  bodies: 'articleId',
  images: 'id, articleId',
  quotes: 'id, articleId, speakerId, *mentionIds, color, createdAt, updatedAt, *tags',
  actors: 'id, name, kind, *keys, updatedAt, affiliationId',
  notes: 'id, title, updatedAt, createdAt, articleId, *quoteIds, *actorIds',
  settings: 'key',
  searchIndex: 'id',
};

describe('schema upgrades', () => {
  it('opens a v1 database, upgrades it, and keeps every row', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('upgrade-v1', { indexedDB, IDBKeyRange });
    old.version(1).stores(V1_STORES);
    await old.open();
    for (const [table, rows] of Object.entries(v1.tables)) if (rows.length) await old.table(table).bulkAdd(rows);
    old.close();

    const db = openDossierDb('upgrade-v1', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    for (const [table, rows] of Object.entries(v1.tables)) {
      const stored = await db.table(table).toArray();
      expect(stored, table).toHaveLength(rows.length);
      for (const row of rows) {
        const key = table === 'bodies' ? row['articleId'] : table === 'settings' ? row['key'] : row['id'];
        const after = (await db.table(table).get(key as string)) as Record<string, unknown>;
        // Every field v1 wrote is still there, unchanged.
        expect(after, `${table} ${String(key)}`).toMatchObject(row);
      }
    }
    // The upgrade filled what v1 left out.
    const q1 = (await db.quotes.get('q1'))!;
    expect(q1).toMatchObject({ tags: [], mentionIds: [], comment: '', unplaced: false, speakerId: 'p1' });
    const q2 = (await db.quotes.get('q2'))!;
    expect(q2).toMatchObject({ mentionIds: ['p1'], speakerId: null });
    // The v2 index answers reading-order queries.
    const ordered = await db.quotes.where('[articleId+positionSelector.start]').between(['a1', Dexie.minKey], ['a1', Dexie.maxKey]).toArray();
    expect(ordered.map((q) => q.id)).toEqual(['q2', 'q1']);
    db.close();
  });

  it('opens an empty profile at the newest version', async () => {
    const db = openDossierDb('fresh', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['actors', 'articles', 'bodies', 'images', 'notes', 'quotes', 'searchIndex', 'settings']);
    db.close();
  });
});
