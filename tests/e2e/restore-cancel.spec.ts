import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../helpers/fixtures';
import { appReady } from '../helpers/app-ready';
import { exportRootOf } from '../helpers/main-deps';
import { readRows, seedRows, type RowTable } from '../helpers/notebook-db';
import { fixtureNotebook } from '../fixtures/export/notebook';
import type { NotebookSpec } from '../../scripts/gen/notebook';
import { writeNotebook } from '../../scripts/gen/write';

/**
 * Cancel while a backup is being restored: the restore's one transaction is aborted, so the
 * notebook is exactly as it was, and the view says so. While it runs, the dialog's own controls
 * are disabled (its Cancel would only have hidden a restore that went on).
 */

/** Big enough that the restore is still writing when Cancel is clicked (about 5,000 rows), small enough to generate in a second or two. */
const SPEC: NotebookSpec = { articles: 1000, quotes: 3000, actors: 200, notes: 400, wordsPerArticle: 120, heavyActorQuotes: 50 };
const TABLES: RowTable[] = ['articles', 'bodies', 'quotes', 'actors', 'notes', 'settings'];

async function everything(app: Page): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) out[table] = await readRows(app, table);
  return out;
}

test('Cancel during a restore aborts it: the notebook is exactly as it was, and the view says so', async ({ app, recorder }) => {
  test.setTimeout(120_000);
  const file = join(exportRootOf(recorder), 'large.dossier-backup');
  const out = createWriteStream(file);
  await writeNotebook(out, { size: SPEC, seed: 'restore-cancel' });
  out.end();
  await once(out, 'finish');

  const data = fixtureNotebook();
  await seedRows(app, { articles: data.articles, bodies: data.bodies, quotes: data.quotes, actors: data.actors, notes: data.notes });
  await app.goto(`${new URL(app.url()).origin}/index.html#/export`);
  await app.reload();
  await appReady(app, 'export');
  const before = await everything(app);
  expect(before['articles']).toHaveLength(data.articles.length);

  recorder.openPath = file;
  await app.getByRole('button', { name: 'Restore from backup…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Restore backup' });
  await expect(dialog).toContainText('1,000 articles, 3,000 quotes, 200 actors, 400 notes, 0 images.', { timeout: 60_000 });
  await expect(dialog.getByLabel(/Merge into this notebook/)).toBeChecked();
  await dialog.getByRole('button', { name: 'Restore' }).click();

  // Rows are going in: the progress counts them, and only its Cancel is live.
  const progress = app.locator('.export-progress');
  await expect(progress).toContainText(/Restoring rows [\d,]+ of 5,600/);
  for (const control of [dialog.getByRole('button', { name: 'Restore' }), dialog.getByRole('button', { name: 'Cancel' }), dialog.getByLabel(/Merge into this notebook/)]) {
    await expect(control).toBeDisabled();
  }
  await progress.getByRole('button', { name: 'Cancel' }).click();

  await expect(app.locator('.export-result')).toHaveText('Restore cancelled; your notebook is unchanged.');
  await expect(progress).toHaveCount(0);
  expect(await everything(app)).toEqual(before);
  // The dialog is still there to restore again, or to close.
  await expect(dialog.getByRole('button', { name: 'Restore' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await everything(app)).toEqual(before);
});
