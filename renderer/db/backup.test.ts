import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import fc from 'fast-check';
import { BACKUP_TABLES, BackupEncoder, decodeValue, type BackupTable } from '../../shared/backup/format';
import { BackupError, decodeBackup, type DecodedBackup } from '../../shared/backup/decode';
import type { Actor, Article, Note, Quote } from '../../shared/model';
import { notebookArbitrary, type NotebookRows } from '../../tests/helpers/notebook-arbitrary';
import { openDossierDb, SCHEMA_VERSION, type DossierDb } from './schema';
import { isNotebookEmpty, readBackup, restoreBackup, RestoreRefused, writeBackup, type RestoreProgress } from './backup';
import { onStorageError } from './errors';

const STRESS = process.env['DOSSIER_STRESS'] === '1';
/** 100 generated notebooks under test:stress (issue 11); 25 in the everyday run to keep `npm test` quick. */
const NOTEBOOKS = STRESS ? 100 : 25;

let dbCount = 0;
function freshDb(): DossierDb {
  return openDossierDb(`backup-test-${dbCount++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

async function fill(db: DossierDb, rows: NotebookRows): Promise<void> {
  await db.transaction('rw', BACKUP_TABLES.map((t) => db.table(t)), async () => {
    for (const table of BACKUP_TABLES) await db.table(table).bulkAdd(rows[table]);
  });
}

async function backupText(db: DossierDb): Promise<string> {
  let text = '';
  await writeBackup(async (chunk) => void (text += chunk), { appVersion: 'test', createdAt: '2026-01-01T00:00:00.000Z', db });
  return text;
}

/** Everything the notebook holds, table by table, in key order. */
async function dump(db: DossierDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of [...BACKUP_TABLES, 'searchIndex']) out[table] = await db.table(table).toArray();
  return out;
}

/** A complete, valid row of each kind, with `fields` over it. */
const validArticle = (fields: Partial<Article> = {}): Article => ({
  id: 'a1',
  url: null,
  canonicalUrl: null,
  title: 'Harbour council approves night ferry',
  byline: null,
  siteName: null,
  publishedAt: null,
  clippedAt: '2026-03-03T10:00:00.000Z',
  lang: 'en',
  excerpt: null,
  leadImageId: null,
  wordCount: 12,
  readingMinutes: 1,
  tags: [],
  actorIds: [],
  quoteCount: 0,
  source: 'text',
  dateline: null,
  credit: null,
  previousVersionId: null,
  ...fields,
});
const validActor = (fields: Partial<Actor> = {}): Actor => ({
  id: 'p1',
  name: 'Ana Ruiz',
  kind: 'person',
  aliases: [],
  role: null,
  affiliationId: null,
  description: '',
  tags: [],
  keys: ['ana ruiz'],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...fields,
});
const validQuote = (fields: Partial<Quote> = {}): Quote => ({
  id: 'q1',
  articleId: 'a1',
  text: 'We listened',
  quoteSelector: { type: 'TextQuoteSelector', exact: 'We listened', prefix: '', suffix: '' },
  positionSelector: { type: 'TextPositionSelector', start: 0, end: 11 },
  unplaced: false,
  color: 'yellow',
  comment: '',
  speakerId: null,
  mentionIds: [],
  tags: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...fields,
});
const validNote = (fields: Partial<Note> = {}): Note => ({
  id: 'n1',
  title: 'Ferry vote',
  editorState: '{"root":{"type":"root","version":1,"children":[]}}',
  text: 'Ferry vote',
  articleId: null,
  quoteIds: [],
  actorIds: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...fields,
});

/** A backup file's text with a correct header, footer, counts and checksum around whatever rows are given. */
function backupOf(rows: Partial<Record<BackupTable, unknown[]>>, schemaVersion = SCHEMA_VERSION): string {
  const encoder = new BackupEncoder({ schemaVersion, createdAt: '2026-01-01T00:00:00.000Z', appVersion: 'test' });
  const lines = [encoder.headerLine()];
  for (const table of BACKUP_TABLES) for (const row of rows[table] ?? []) lines.push(encoder.rowLine(table, row));
  lines.push(encoder.footerLine());
  return `${lines.join('\n')}\n`;
}

function chunks(text: string, size = 997): () => Promise<{ text: string; done: boolean }> {
  let at = 0;
  return async () => {
    const piece = text.slice(at, at + size);
    at += size;
    return { text: piece, done: at >= text.length };
  };
}

describe('backup round trip', () => {
  it(`backup, restore into an empty notebook, backup again: identical (${NOTEBOOKS} generated notebooks)`, async () => {
    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(notebookArbitrary, async (rows) => {
        const source = freshDb();
        const target = freshDb();
        try {
          await fill(source, rows);
          const first = await backupText(source);
          const decoded = await readBackup(chunks(first));
          expect(await isNotebookEmpty(target)).toBe(true);
          await restoreBackup(decoded, 'empty', { db: target });
          const second = await backupText(target);
          expect(second).toBe(first);
          expect(await dump(target)).toEqual(await dump(source));
          if (rows.articles.length && rows.images.length) nonEmpty++;
        } finally {
          source.close();
          target.close();
        }
      }),
      { numRuns: NOTEBOOKS, seed: 11 },
    );
    expect(nonEmpty).toBeGreaterThan(0);
  }, 180_000);

  it('image bytes survive as bytes', async () => {
    const db = freshDb();
    await db.articles.add(validArticle({ id: 'a' }));
    await db.images.add({ id: 'i', articleId: 'a', mime: 'image/png', bytes: new Uint8Array([0, 255, 128, 7]), sourceUrl: 'https://x.example/i.png' });
    const decoded = decodeBackup(await backupText(db), SCHEMA_VERSION);
    const bytes = decoded.rows.images[0]!['bytes'];
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...(bytes as Uint8Array)]).toEqual([0, 255, 128, 7]);
  });
});

describe('damaged and foreign backups are refused with the notebook untouched', () => {
  async function setup() {
    const [rows] = fc.sample(notebookArbitrary.filter((r) => r.articles.length > 1 && r.quotes.length > 1), { numRuns: 1, seed: 3 });
    const source = freshDb();
    await fill(source, rows!);
    const text = await backupText(source);
    const target = freshDb();
    await target.notes.add({ id: 'mine', title: 'My note', editorState: '{}', text: 'keep me', articleId: null, quoteIds: [], actorIds: [], createdAt: '2026-01-01', updatedAt: '2026-01-01' });
    return { text, target, before: await dump(target) };
  }

  async function refused(text: string, _target?: DossierDb): Promise<BackupError> {
    const error = await readBackup(chunks(text, 331)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BackupError);
    return error as BackupError;
  }

  it('every truncation of a backup is refused', async () => {
    const { text, target, before } = await setup();
    const cuts = new Set<number>([0, 1, text.length - 1, text.length - 2, text.indexOf('\n') + 1, text.lastIndexOf('\n', text.length - 2) + 1]);
    for (let i = 0; i < 200; i++) cuts.add(Math.floor((i / 200) * text.length));
    for (const cut of cuts) {
      if (cut >= text.length - 1) continue; // only the final newline is optional
      const error = await refused(text.slice(0, cut), target);
      expect(['truncated', 'foreign', 'corrupt']).toContain(error.problem);
      expect(error.message).toMatch(/Dossier backup|incomplete|damaged/);
    }
    expect(await dump(target)).toEqual(before);
    // Without its final newline the backup is still whole.
    await readBackup(chunks(text.slice(0, -1)));
  });

  it('a changed character anywhere in a row is caught by the checksum or the parser', async () => {
    const { text, target } = await setup();
    const lines = text.split('\n');
    let caught = 0;
    for (let n = 1; n < lines.length - 2; n++) {
      const line = lines[n]!;
      const at = line.indexOf('"row"') + 10 + (n % 7);
      const changed = line.slice(0, at) + (line[at] === 'x' ? 'y' : 'x') + line.slice(at + 1);
      const error = await refused([...lines.slice(0, n), changed, ...lines.slice(n + 1)].join('\n'), target);
      expect(error.problem).toBe('corrupt');
      caught++;
    }
    expect(caught).toBeGreaterThan(3);
  });

  it.each([
    ['an empty file', '', 'foreign'],
    ['plain text', 'Shopping list\neggs\n', 'foreign'],
    ['another JSON file', '{"name":"package","version":"1.0.0"}\n', 'foreign'],
    ['a newer Dossier', '{"format":"dossier-backup","formatVersion":1,"schemaVersion":99,"createdAt":"x","appVersion":"9"}\n{"end":true,"counts":{},"checksum":"0"}\n', 'newer'],
    ['a newer format', '{"format":"dossier-backup","formatVersion":2,"schemaVersion":2,"createdAt":"x","appVersion":"9"}\n', 'newer'],
  ])('%s', async (_name, text, problem) => {
    const { target, before } = await setup();
    expect((await refused(text, target)).problem).toBe(problem);
    expect(await dump(target)).toEqual(before);
  });

  it('wrong counts, reordered tables, duplicate keys and text after the end are refused', async () => {
    const { text, target } = await setup();
    const lines = text.trimEnd().split('\n');
    const footer = JSON.parse(lines[lines.length - 1]!);
    const variants = [
      [...lines.slice(0, -1), JSON.stringify({ ...footer, counts: { ...footer.counts, notes: footer.counts.notes + 1 } })],
      [lines[0]!, ...lines.slice(1, -1).reverse(), lines[lines.length - 1]!],
      [...lines.slice(0, 2), lines[1]!, ...lines.slice(2)],
      [...lines, '{"table":"notes","row":{"id":"late"}}'],
      lines.filter((_, i) => i !== 2),
    ];
    for (const variant of variants) expect((await refused(`${variant.join('\n')}\n`, target)).problem).toBe('corrupt');
  });

  it('restoring into a notebook that is not empty is refused in empty mode and changes nothing', async () => {
    const { text, target, before } = await setup();
    const decoded = decodeBackup(text, SCHEMA_VERSION);
    await expect(restoreBackup(decoded, 'empty', { db: target })).rejects.toBeInstanceOf(RestoreRefused);
    expect(await dump(target)).toEqual(before);
  });

  it('a restore that fails half way writes nothing (one transaction)', async () => {
    const { text, target, before } = await setup();
    const decoded = decodeBackup(text, SCHEMA_VERSION);
    target.table('quotes').hook('creating', () => {
      throw new Error('injected failure');
    });
    await expect(restoreBackup(decoded, 'merge', { db: target })).rejects.toThrow();
    expect(await dump(target)).toEqual(before);
  });
});

describe('a whole backup whose rows do not fit the data model is refused, naming the row, with the notebook untouched', () => {
  /** A notebook with one article and one note of its own, and everything it holds. */
  async function notebook() {
    const db = freshDb();
    await db.articles.add(validArticle({ id: 'mine', title: 'My article' }));
    await db.notes.add(validNote({ id: 'my-note', title: 'My note' }));
    return { db, before: await dump(db) };
  }

  /** The error reading the file raises, and the same when restoring its rows as decoded without the check. */
  async function refusals(rows: Partial<Record<BackupTable, unknown[]>>, schemaVersion = SCHEMA_VERSION) {
    const text = backupOf(rows, schemaVersion);
    const read = await readBackup(chunks(text)).then(
      () => null,
      (e: unknown) => e,
    );
    // The rows exactly as the file holds them, as a DecodedBackup handed straight to restoreBackup.
    const lines = text.trimEnd().split('\n');
    const decoded: DecodedBackup = {
      header: JSON.parse(lines[0]!) as DecodedBackup['header'],
      rows: Object.fromEntries(BACKUP_TABLES.map((t) => [t, [] as Record<string, unknown>[]])) as DecodedBackup['rows'],
      counts: JSON.parse(lines[lines.length - 1]!).counts as DecodedBackup['counts'],
    };
    for (const line of lines.slice(1, -1)) {
      const { table, row } = JSON.parse(line, decodeValue) as { table: BackupTable; row: Record<string, unknown> };
      decoded.rows[table].push(row);
    }
    return { read, decoded };
  }

  it.each<[string, Partial<Record<BackupTable, unknown[]>>, RegExp]>([
    [
      'an article row without most of its fields (the tester’s file)',
      { articles: [{ id: 'a-bad', title: 'Bad article row', clippedAt: '2026-01-01T00:00:00.000Z' }] },
      /^Row 1 of articles \(id a-bad\) is not a valid article: url is missing\./,
    ],
    ['an article whose title is a number', { articles: [validArticle({ id: 'a-bad', title: 42 as never })] }, /^Row 1 of articles \(id a-bad\) is not a valid article: title should be text, not a number\./],
    ['a note without its editor state', { notes: [validNote({ id: 'n-bad', editorState: undefined as never })] }, /^Row 1 of notes \(id n-bad\) is not a valid note: editorState is missing\./],
    ['a quote of a colour the app does not have', { quotes: [validQuote({ id: 'q-bad', color: 'orange' as never })] }, /^Row 1 of quotes \(id q-bad\) is not a valid quote: color should be one of "yellow", "green", "blue", "pink", "purple", not "orange"\./],
    ['a quote placed before the text starts', { quotes: [validQuote({ id: 'q-bad', positionSelector: { type: 'TextPositionSelector', start: -3, end: 4 } })] }, /^Row 1 of quotes \(id q-bad\) is not a valid quote: positionSelector\.start should be 0 or more, not -3\./],
    ['an actor whose alias is not text', { actors: [validActor({ id: 'p-bad', aliases: ['Ms Ruiz', 7 as never] })] }, /^Row 1 of actors \(id p-bad\) is not a valid actor: aliases\[1\] should be text, not a number\./],
    ['an image without bytes', { images: [{ id: 'i-bad', articleId: 'a1', mime: 'image/png', bytes: 'iVBOR', sourceUrl: 'https://x.example/i.png' }] }, /^Row 1 of images \(id i-bad\) is not a valid image: bytes should be binary data, not text\./],
    ['a body whose text is missing', { bodies: [{ articleId: 'a1', html: '<p>x</p>', captions: [] }] }, /^Row 1 of bodies \(articleId a1\) is not a valid article body: text is missing\./],
  ])('%s', async (_name, rows, message) => {
    const { db, before } = await notebook();
    const { read, decoded } = await refusals(rows);
    expect(read).toBeInstanceOf(BackupError);
    expect((read as BackupError).problem).toBe('invalid');
    expect((read as BackupError).message).toMatch(message);
    expect((read as BackupError).message).toMatch(/Dossier cannot restore this backup; nothing was changed\.$/);
    for (const mode of ['merge', 'empty'] as const) await expect(restoreBackup(decoded, mode, { db })).rejects.toThrow(message);
    expect(await dump(db)).toEqual(before);
    db.close();
  });

  it('names the row by its place in its table and says how many more rows are wrong', async () => {
    const { db, before } = await notebook();
    const { tags: _tags, ...noTags } = validArticle({ id: 'a-bad' });
    const { read, decoded } = await refusals({
      articles: [validArticle({ id: 'a-good' }), noTags, validArticle({ id: 'a-worse', title: 42 as never })],
      notes: [validNote({ id: 'n-bad', editorState: undefined as never })],
    });
    expect((read as BackupError).message).toBe(
      'Row 2 of articles (id a-bad) is not a valid article: tags is missing. 2 more rows have problems too. Dossier cannot restore this backup; nothing was changed.',
    );
    await expect(restoreBackup(decoded, 'merge', { db })).rejects.toThrow('Row 2 of articles (id a-bad) is not a valid article: tags is missing.');
    expect(await dump(db)).toEqual(before);
    db.close();
  });

  it('fields the model does not know are kept; a damaged file is still reported as damaged, not as a bad row', async () => {
    const db = freshDb();
    const text = backupOf({ articles: [{ ...validArticle({ id: 'a-extra' }), pinned: true }] });
    await restoreBackup(await readBackup(chunks(text)), 'empty', { db });
    expect(await db.articles.get('a-extra')).toMatchObject({ id: 'a-extra', pinned: true });
    db.close();
    const bad = backupOf({ articles: [{ id: 'a-bad', title: 42 }] });
    const footer = bad.trimEnd().split('\n').pop()!;
    const wrongChecksum = bad.replace(footer, footer.replace(/"checksum":"[0-9a-f]+"/, '"checksum":"00000000"'));
    await expect(readBackup(chunks(wrongChecksum))).rejects.toMatchObject({ problem: 'corrupt' });
  });

  it.each([1, 2, 3])('a backup of the saved schema v%i fixture (tests/fixtures/db) is whole and restores, every quote with the fields v2 added', async (version) => {
    const tables = (JSON.parse(readFileSync(resolve(__dirname, `../../tests/fixtures/db/v${version}.json`), 'utf8'), decodeValue) as { tables: Record<string, Record<string, unknown>[]> }).tables;
    const rows = Object.fromEntries(BACKUP_TABLES.map((t) => [t, tables[t] ?? []]));
    const db = freshDb();
    const summary = await restoreBackup(await readBackup(chunks(backupOf(rows, version))), 'empty', { db });
    for (const table of BACKUP_TABLES) expect(summary.written[table], table).toBe(rows[table]!.length);
    for (const quote of await db.quotes.toArray()) expect(quote).toMatchObject({ tags: expect.any(Array), mentionIds: expect.any(Array), comment: expect.any(String), unplaced: expect.any(Boolean) });
    expect(await db.articles.count()).toBe(2);
    db.close();
  });
});

describe('cancelling a restore', () => {
  /** A backup of 1,700 rows (more than one slice of writes per table) and a notebook with rows of its own. */
  async function setup() {
    const text = backupOf({
      actors: Array.from({ length: 600 }, (_, i) => validActor({ id: `p${String(i).padStart(4, '0')}`, name: `Actor ${i}` })),
      articles: Array.from({ length: 600 }, (_, i) => validArticle({ id: `a${String(i).padStart(4, '0')}`, title: `Article ${i}` })),
      notes: Array.from({ length: 500 }, (_, i) => validNote({ id: `n${String(i).padStart(4, '0')}`, updatedAt: '2027-01-01T00:00:00.000Z' })),
    });
    const backup = decodeBackup(text, SCHEMA_VERSION);
    const db = freshDb();
    // Rows the backup would replace (older notes, an actor of the same id) and rows only the notebook has.
    await db.notes.bulkAdd([validNote({ id: 'n0000', title: 'Mine, older' }), validNote({ id: 'mine', title: 'Only mine' })]);
    await db.actors.add(validActor({ id: 'p0001', name: 'My actor', updatedAt: '2026-06-01T00:00:00.000Z' }));
    await db.articles.add(validArticle({ id: 'a-mine', title: 'My article' }));
    const reported: unknown[] = [];
    const stop = onStorageError((e) => reported.push(e));
    return { backup, db, before: await dump(db), reported, stop };
  }

  it('cancelled after rows were written in its transaction: rejects as cancelled, the notebook is exactly as it was, no storage error reported', async () => {
    const { backup, db, before, reported, stop } = await setup();
    const controller = new AbortController();
    const progress: RestoreProgress[] = [];
    const restore = restoreBackup(backup, 'merge', {
      db,
      signal: controller.signal,
      onProgress: (p) => {
        progress.push(p);
        // Every actor and 500 articles are in the transaction when the user cancels.
        if (p.done === 1100) controller.abort();
      },
    });
    await expect(restore).rejects.toMatchObject({ name: 'AbortError' });
    expect(progress.map((p) => p.done)).toEqual([500, 600, 1100]);
    expect(progress[0]!.total).toBe(1700);
    expect(await dump(db)).toEqual(before);
    expect(reported).toEqual([]);
    stop();
    db.close();
  });

  it('cancelled while a write is under way (the transaction is aborted at once): the notebook is exactly as it was', async () => {
    for (const mode of ['merge', 'empty'] as const) {
      const { backup, db, before, stop } = await setup();
      if (mode === 'empty') {
        await db.delete();
        await db.open();
      }
      const start = await dump(db);
      const controller = new AbortController();
      let writes = 0;
      // Cancel from outside the restore, while IndexedDB is busy with the third table's first slice.
      db.table('notes').hook('creating', () => {
        if (++writes === 1) setTimeout(() => controller.abort(), 0);
      });
      db.table('notes').hook('updating', () => {
        if (++writes === 1) setTimeout(() => controller.abort(), 0);
      });
      await expect(restoreBackup(backup, mode, { db, signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
      expect(writes).toBeGreaterThan(0);
      expect(await dump(db), mode).toEqual(start);
      if (mode === 'merge') expect(start).toEqual(before);
      stop();
      db.close();
    }
  });

  it('cancelled before it starts: nothing is read or written', async () => {
    const { backup, db, before, stop } = await setup();
    const controller = new AbortController();
    controller.abort();
    await expect(restoreBackup(backup, 'merge', { db, signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(await dump(db)).toEqual(before);
    stop();
    db.close();
  });

  it('not cancelled, it reports its progress to the last row and writes the whole backup', async () => {
    const { backup, db, stop } = await setup();
    const progress: number[] = [];
    const summary = await restoreBackup(backup, 'merge', { db, signal: new AbortController().signal, onProgress: (p) => progress.push(p.done) });
    expect(progress).toEqual([500, 600, 1100, 1200, 1700]);
    expect(summary.written).toMatchObject({ actors: 599, articles: 600, notes: 500 });
    expect(summary.kept).toMatchObject({ actors: 1 });
    expect((await db.notes.get('n0000'))!.title).toBe('Ferry vote');
    expect(await db.notes.get('mine')).toBeDefined();
    stop();
    db.close();
  });
});

describe('merge', () => {
  it('keeps the newer actor, quote or note by updatedAt, keeps existing articles, adds the rest', async () => {
    const db = freshDb();
    await db.actors.bulkAdd([
      validActor({ id: 'old', name: 'Local older', updatedAt: '2026-01-01T00:00:00Z' }),
      validActor({ id: 'new', name: 'Local newer', updatedAt: '2026-06-01T00:00:00Z' }),
    ]);
    await db.articles.add(validArticle({ id: 'a1', title: 'Local article', quoteCount: 0 }));
    const other = freshDb();
    await other.actors.bulkAdd([
      validActor({ id: 'old', name: 'Backup newer', updatedAt: '2026-03-01T00:00:00Z' }),
      validActor({ id: 'new', name: 'Backup older', updatedAt: '2026-02-01T00:00:00Z' }),
      validActor({ id: 'extra', name: 'Only in backup', updatedAt: '2026-02-01T00:00:00Z' }),
    ]);
    await other.articles.add(validArticle({ id: 'a1', title: 'Backup article', quoteCount: 0 }));
    await other.quotes.add(validQuote({ id: 'q1', articleId: 'a1', text: 'x', updatedAt: '2026-01-01' }));
    const summary = await restoreBackup(decodeBackup(await backupText(other), SCHEMA_VERSION), 'merge', { db });
    expect((await db.actors.toArray()).map((a) => [a.id, a.name])).toEqual([
      ['extra', 'Only in backup'],
      ['new', 'Local newer'],
      ['old', 'Backup newer'],
    ]);
    expect((await db.articles.get('a1'))!.title).toBe('Local article');
    expect((await db.articles.get('a1'))!.quoteCount).toBe(1);
    expect(summary.written.actors).toBe(2);
    expect(summary.kept).toMatchObject({ actors: 1, articles: 1 });
  });
});
