import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import fc from 'fast-check';
import { BACKUP_TABLES } from '../../shared/backup/format';
import { BackupError, decodeBackup } from '../../shared/backup/decode';
import { notebookArbitrary, type NotebookRows } from '../../tests/helpers/notebook-arbitrary';
import { openDossierDb, SCHEMA_VERSION, type DossierDb } from './schema';
import { isNotebookEmpty, readBackup, restoreBackup, RestoreRefused, writeBackup } from './backup';

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
          await restoreBackup(decoded, 'empty', target);
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
    await db.articles.add({ id: 'a', title: 'x' } as never);
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
    await expect(restoreBackup(decoded, 'empty', target)).rejects.toBeInstanceOf(RestoreRefused);
    expect(await dump(target)).toEqual(before);
  });

  it('a restore that fails half way writes nothing (one transaction)', async () => {
    const { text, target, before } = await setup();
    const decoded = decodeBackup(text, SCHEMA_VERSION);
    target.table('quotes').hook('creating', () => {
      throw new Error('injected failure');
    });
    await expect(restoreBackup(decoded, 'merge', target)).rejects.toThrow();
    expect(await dump(target)).toEqual(before);
  });
});

describe('merge', () => {
  it('keeps the newer actor, quote or note by updatedAt, keeps existing articles, adds the rest', async () => {
    const db = freshDb();
    const base = { aliases: [], role: null, affiliationId: null, description: '', tags: [], keys: [], createdAt: '2026-01-01', kind: 'person' as const };
    await db.actors.bulkAdd([
      { ...base, id: 'old', name: 'Local older', updatedAt: '2026-01-01T00:00:00Z' },
      { ...base, id: 'new', name: 'Local newer', updatedAt: '2026-06-01T00:00:00Z' },
    ]);
    await db.articles.add({ id: 'a1', title: 'Local article', quoteCount: 0 } as never);
    const other = freshDb();
    await other.actors.bulkAdd([
      { ...base, id: 'old', name: 'Backup newer', updatedAt: '2026-03-01T00:00:00Z' },
      { ...base, id: 'new', name: 'Backup older', updatedAt: '2026-02-01T00:00:00Z' },
      { ...base, id: 'extra', name: 'Only in backup', updatedAt: '2026-02-01T00:00:00Z' },
    ]);
    await other.articles.add({ id: 'a1', title: 'Backup article', quoteCount: 0 } as never);
    await other.quotes.add({ id: 'q1', articleId: 'a1', text: 'x', updatedAt: '2026-01-01' } as never);
    const summary = await restoreBackup(decodeBackup(await backupText(other), SCHEMA_VERSION), 'merge', db);
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
