import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { htmlFingerprint } from '../../shared/export/hash';
import { useDatabase } from './db';
import { deleteQuote } from './quotes';
import { listDeleted, restoreDeleted } from './recently-deleted';
import { openDossierDb, SCHEMA_VERSION } from './schema';

/**
 * One saved fixture per schema version (tests/fixtures/db/v<N>.json): each is written with the
 * stores exactly as version N shipped them, then opened by the current code, which upgrades it
 * to SCHEMA_VERSION; every row must still be there with every field it had. Adding version N+1
 * to schema.ts makes the "a fixture for every version" test fail until vN+1.json and its stores
 * are added here.
 */

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

/** The stores each released version declared (Dexie versions accumulate: N's changes on top of N-1's). */
const STORES_BY_VERSION: Record<number, Record<string, string>[]> = {
  1: [V1_STORES],
  2: [V1_STORES, { quotes: 'id, articleId, speakerId, *mentionIds, color, createdAt, updatedAt, *tags, [articleId+positionSelector.start]' }],
  3: [V1_STORES, { quotes: 'id, articleId, speakerId, *mentionIds, color, createdAt, updatedAt, *tags, [articleId+positionSelector.start]' }, { renderedBodies: 'articleId, format' }],
  4: [V1_STORES, { quotes: 'id, articleId, speakerId, *mentionIds, color, createdAt, updatedAt, *tags, [articleId+positionSelector.start]' }, { renderedBodies: 'articleId, format' }, { trash: 'id, deletedAt, itemId', trashPayloads: 'id' }],
};

type Row = Record<string, unknown>;
const KEY_OF: Record<string, string> = { bodies: 'articleId', settings: 'key', renderedBodies: 'articleId' };

/** JSON can't hold bytes: {"$bytes": base64} becomes a Uint8Array. */
function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value && typeof value === 'object') {
    const obj = value as Row;
    if (typeof obj['$bytes'] === 'string') return new Uint8Array(Buffer.from(obj['$bytes'], 'base64'));
    return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, revive(v)]));
  }
  return value;
}

const fixturePath = (version: number) => resolve(__dirname, `../../tests/fixtures/db/v${version}.json`);

function fixture(version: number): Record<string, Row[]> {
  return revive((JSON.parse(readFileSync(fixturePath(version), 'utf8')) as { tables: unknown }).tables) as Record<string, Row[]>;
}

/** Writes a version's fixture the way that version did (its stores, straight Dexie), then opens it with the current code. */
async function upgradedFrom(version: number): Promise<{ tables: Record<string, Row[]>; written: number; db: ReturnType<typeof openDossierDb> }> {
  const tables = fixture(version);
  const indexedDB = new IDBFactory();
  const name = `fixture-v${version}`;
  const old = new Dexie(name, { indexedDB, IDBKeyRange });
  STORES_BY_VERSION[version]!.forEach((stores, i) => old.version(i + 1).stores(stores));
  await old.open();
  let written = 0;
  for (const [table, rows] of Object.entries(tables)) {
    if (rows.length) await old.table(table).bulkAdd(rows);
    written += rows.length;
  }
  old.close();
  const db = openDossierDb(name, { indexedDB, IDBKeyRange });
  await db.open();
  return { tables, written, db };
}

const VERSIONS = Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1);

describe('saved schema fixtures', () => {
  it.each(VERSIONS)('there is a fixture and its stores for version %i', (version) => {
    expect(existsSync(fixturePath(version))).toBe(true);
    expect(STORES_BY_VERSION[version], `stores of v${version}`).toBeDefined();
  });

  it.each(VERSIONS)('a v%i database upgrades to the current version keeping every row and field', async (version) => {
    const { tables, written, db } = await upgradedFrom(version);
    expect(written).toBeGreaterThan(5);
    expect(db.verno).toBe(SCHEMA_VERSION);
    for (const [table, rows] of Object.entries(tables)) {
      expect(await db.table(table).count(), table).toBe(rows.length);
      for (const row of rows) {
        const key = row[KEY_OF[table] ?? 'id'] as string;
        const after = (await db.table(table).get(key)) as Row | undefined;
        expect(after, `${table} ${key}`).toBeDefined();
        // Every field the old version wrote is still there, unchanged (bytes included).
        expect(after, `${table} ${key}`).toMatchObject(row);
      }
    }
    // Every quote now has the fields current code relies on.
    for (const q of (await db.quotes.toArray()) as unknown as Row[]) {
      expect(q, String(q['id'])).toMatchObject({ tags: expect.any(Array), mentionIds: expect.any(Array), comment: expect.any(String), unplaced: expect.any(Boolean) });
      expect(q['speakerId'] === null || typeof q['speakerId'] === 'string').toBe(true);
    }
    db.close();
  });
});

describe('schema upgrades', () => {
  it('v1 → v2 fills what v1 left out with the defaults and keeps what it had; the v2 index answers reading-order queries', async () => {
    const { db } = await upgradedFrom(1);
    const q1 = (await db.quotes.get('q1'))!;
    expect(q1).toMatchObject({ tags: [], mentionIds: [], comment: '', unplaced: false, speakerId: 'p1' });
    const q2 = (await db.quotes.get('q2'))!;
    expect(q2).toMatchObject({ mentionIds: ['p1'], speakerId: null });
    const ordered = await db.quotes.where('[articleId+positionSelector.start]').between(['a1', Dexie.minKey], ['a1', Dexie.maxKey]).toArray();
    expect(ordered.map((q) => q.id)).toEqual(['q2', 'q1']);
    db.close();
  });

  it('v2 → v3 adds an empty table of rendered bodies (the app fills it in the background), gives every body its htmlHash, and keeps every v2 row', async () => {
    const { db, written } = await upgradedFrom(2);
    expect(written).toBeGreaterThan(5);
    expect(await db.renderedBodies.count()).toBe(0);
    const bodies = await db.bodies.toArray();
    expect(bodies.length).toBeGreaterThan(0);
    for (const b of bodies) expect(b.htmlHash, b.articleId).toBe(htmlFingerprint(b.html));
    await db.renderedBodies.put({ articleId: 'a10', key: 'k', format: 1, markdown: 'x', unplacedIds: [] });
    expect((await db.renderedBodies.get('a10'))?.markdown).toBe('x');
    db.close();
  });

  it('v3 → v4 adds Recently deleted, empty, and keeps every v3 row; its entries restore and list newest first', async () => {
    const { db, tables } = await upgradedFrom(3);
    expect(await db.trash.count()).toBe(0);
    expect(await db.trashPayloads.count()).toBe(0);
    for (const [table, rows] of Object.entries(tables)) expect(await db.table(table).count(), table).toBe(rows.length);
    useDatabase(db);
    const kept = await listDeleted();
    expect(kept).toEqual([]);
    const deleted = await deleteQuote('q10');
    expect(deleted).not.toBeNull();
    const [entry] = await listDeleted();
    expect(entry).toMatchObject({ kind: 'highlight', label: 'Nobody likes paying more' });
    await restoreDeleted(entry!.id);
    expect(await db.quotes.get('q10')).toEqual(tables['quotes']!.find((q) => q['id'] === 'q10'));
    expect(await db.trash.count()).toBe(0);
    expect(await db.trashPayloads.count()).toBe(0);
    db.close();
  });

  it('the entries of a v4 database restore after opening (the saved Recently deleted fixture)', async () => {
    const { db } = await upgradedFrom(4);
    useDatabase(db);
    expect((await listDeleted()).map((e) => e.label)).toEqual(['will start in June', 'Ferry timetable questions']);
    await restoreDeleted('t11');
    await restoreDeleted('t10');
    expect((await db.quotes.get('q19'))?.text).toBe('will start in June');
    expect((await db.articles.get('a11'))?.quoteCount).toBe(2);
    expect((await db.notes.get('n11'))?.title).toBe('Ferry timetable questions');
    expect(await db.trash.count()).toBe(0);
    expect(await db.trashPayloads.count()).toBe(0);
    db.close();
  });

  it("keeps every body's htmlHash true to its HTML, whoever writes it", async () => {
    const db = openDossierDb('html-hash', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.bodies.add({ articleId: 'a1', html: '<p>First text.</p>', text: 'First text.', captions: [], htmlHash: '0000000000000000' });
    expect((await db.bodies.get('a1'))!.htmlHash).toBe(htmlFingerprint('<p>First text.</p>'));
    await db.bodies.update('a1', { html: '<p>Second text.</p>' });
    expect((await db.bodies.get('a1'))!.htmlHash).toBe(htmlFingerprint('<p>Second text.</p>'));
    await db.bodies.update('a1', { text: 'Second text, read again.' });
    expect((await db.bodies.get('a1'))!.htmlHash).toBe(htmlFingerprint('<p>Second text.</p>'));
    await db.bodies.put({ articleId: 'a1', html: '<p>Third.</p>', text: 'Third.', captions: [], htmlHash: 'ffffffffffffffff' });
    expect((await db.bodies.get('a1'))!.htmlHash).toBe(htmlFingerprint('<p>Third.</p>'));
    await db.bodies.bulkPut([{ articleId: 'a2', html: '<p>Fourth.</p>', text: 'Fourth.', captions: [] }]);
    expect((await db.bodies.get('a2'))!.htmlHash).toBe(htmlFingerprint('<p>Fourth.</p>'));
    db.close();
  });

  it('opens an empty profile at the newest version', async () => {
    const db = openDossierDb('fresh', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['actors', 'articles', 'bodies', 'images', 'notes', 'quotes', 'renderedBodies', 'searchIndex', 'settings', 'trash', 'trashPayloads']);
    db.close();
  });
});
