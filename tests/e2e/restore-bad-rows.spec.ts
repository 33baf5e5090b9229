import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../helpers/fixtures';
import { appReady } from '../helpers/app-ready';
import { exportRootOf, type MainRecorder } from '../helpers/main-deps';
import { readRows, seedRows } from '../helpers/notebook-db';
import { fixtureNotebook } from '../fixtures/export/notebook';
import { BACKUP_TABLES, BackupEncoder, type BackupTable } from '../../shared/backup/format';
import type { Article, Note } from '../../shared/model';

/**
 * A backup that is whole (header, footer, counts and checksum all right) but holds a row the app
 * could not show — as a hand-edited file or another program's would — is refused when it is
 * checked, naming the row, and the notebook the user has stays exactly as it was.
 */

/** Writes a backup file with a correct header, footer and checksum around the rows given; answers the open dialog with it. */
function offerBackup(recorder: MainRecorder, name: string, rows: Partial<Record<BackupTable, unknown[]>>): void {
  const encoder = new BackupEncoder({ schemaVersion: 3, createdAt: '2026-01-01T00:00:00.000Z', appVersion: 'other' });
  const lines = [encoder.headerLine()];
  for (const table of BACKUP_TABLES) for (const row of rows[table] ?? []) lines.push(encoder.rowLine(table, row));
  lines.push(encoder.footerLine());
  const file = join(exportRootOf(recorder), name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  recorder.openPath = file;
}

async function notebookState(app: Page) {
  const [articles, notes, quotes] = await Promise.all([readRows<Article>(app, 'articles'), readRows<Note>(app, 'notes'), readRows(app, 'quotes')]);
  return { articles, notes, quotes };
}

test('a whole backup with a malformed row is refused with a message naming the row; the notebook is unchanged and the library still opens', async ({ app, recorder, mainCalls }) => {
  const data = fixtureNotebook();
  await seedRows(app, { articles: data.articles, bodies: data.bodies, quotes: data.quotes, actors: data.actors, notes: data.notes });
  await app.goto(`${new URL(app.url()).origin}/index.html#/export`);
  await app.reload();
  await appReady(app, 'export');
  const before = await notebookState(app);
  expect(before.articles).toHaveLength(3);

  // The tester's file: a good article, then one without its tags and most other fields.
  const good = { ...data.articles[0]!, id: 'a-good', title: 'A good article from the backup' };
  offerBackup(recorder, 'hand-edited.dossier-backup', {
    articles: [good, { id: 'a-bad', title: 'Bad article row', clippedAt: '2026-01-01T00:00:00.000Z', url: null, canonicalUrl: null, byline: null, siteName: null, publishedAt: null, lang: null, excerpt: null, leadImageId: null, wordCount: 1, readingMinutes: 1 }],
  });
  await app.getByRole('button', { name: 'Restore from backup…' }).click();
  await expect(app.getByText('Row 2 of articles (id a-bad) is not a valid article: tags is missing. Dossier cannot restore this backup; nothing was changed.')).toBeVisible();
  await expect(app.getByRole('dialog', { name: 'Restore backup' })).toHaveCount(0);
  // The file was read through main's handlers, and nothing was written.
  expect(mainCalls.filter((c) => c.name === 'backupOpenChunk').every((c) => c.ok)).toBe(true);
  expect(mainCalls.some((c) => c.name === 'backupOpenChunk')).toBe(true);
  expect(await notebookState(app)).toEqual(before);

  // A note without its editor state is refused the same way.
  offerBackup(recorder, 'note.dossier-backup', { notes: [{ ...data.notes[0]!, id: 'n-bad', editorState: undefined }] });
  await app.getByRole('button', { name: 'Restore from backup…' }).click();
  await expect(app.getByText(/^Row 1 of notes \(id n-bad\) is not a valid note: editorState is missing\./)).toBeVisible();
  expect(await notebookState(app)).toEqual(before);

  // The library shows the notebook as it was.
  await app.keyboard.press('Control+1');
  await appReady(app, 'library');
  const list = app.getByRole('list', { name: 'Articles' });
  for (const article of data.articles) await expect(list.locator(`a[href="#/read/${article.id}"]`)).toHaveText(article.title);
  await expect(list.getByRole('link')).toHaveCount(data.articles.length);
});
