import type { Page } from '@playwright/test';
import { test, expect } from '../helpers/fixtures';
import { dropFiles, page, pasteData, readStored } from '../helpers/clip-pages';
import { appReady } from '../helpers/app-ready';

const LIST = { name: 'Articles' } as const;

async function pasteClip(app: Page, headline: string, body: string): Promise<void> {
  await pasteData(app, { 'text/plain': `${headline}\n${body}` });
  await expect(app.getByRole('list', LIST).getByText(headline)).toBeVisible();
}

/** Rows written straight into IndexedDB (setup only: many articles, or actor links the actors feature makes). */
async function putRows(app: Page, rows: { store: string; values: unknown[] }[]): Promise<void> {
  await app.evaluate(
    (list) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('dossier');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(list.map((r) => r.store), 'readwrite');
          for (const r of list) for (const v of r.values) tx.objectStore(r.store).put(v);
          tx.oncomplete = () => (db.close(), done());
          tx.onerror = () => fail(tx.error);
        };
        open.onerror = () => fail(open.error);
      }),
    rows,
  );
}

test('delete with Undo puts the article back exactly; the keyboard and the palette reach every action', async ({ app }) => {
  await pasteClip(app, 'Ferry fares frozen for a year', 'The harbour board froze ferry fares for a year on Monday, after shift workers protested at the terminal.');
  await pasteClip(app, 'Sea wall work starts in May', 'Work on the Drennick sea wall will start in May and take two years, the mayor said on Tuesday.');
  const rows = app.getByRole('list', LIST).getByRole('listitem');
  const before = await readStored(app);

  // Keyboard: focus the list from the palette, move to the first row, Delete.
  await app.keyboard.press('Control+k');
  await app.getByRole('combobox', { name: /Search the notebook/ }).fill('focus the article list');
  await app.keyboard.press('Enter');
  await app.keyboard.press('ArrowDown');
  await expect(rows.first()).toHaveAttribute('aria-current', 'true');
  await app.keyboard.press('Delete');
  await expect(rows).toHaveCount(1);
  const toast = app.getByRole('status').filter({ hasText: 'Deleted “Sea wall work starts in May”' });
  await expect(toast).toBeVisible();
  expect((await readStored(app)).articles).toHaveLength(1);

  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(2);
  const after = await readStored(app);
  const sortById = <T extends Record<string, unknown>>(xs: T[], key: string) => [...xs].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
  expect(sortById(after.articles, 'id')).toEqual(sortById(before.articles, 'id'));
  expect(sortById(after.bodies, 'articleId')).toEqual(sortById(before.bodies, 'articleId'));

  // The palette deletes the selected article too; after a reload the deletion has stuck.
  await rows.filter({ hasText: 'Ferry fares frozen' }).click();
  await app.keyboard.press('Control+k');
  await app.getByRole('combobox', { name: /Search the notebook/ }).fill('delete “ferry');
  await app.keyboard.press('Enter');
  await expect(rows).toHaveCount(1);
  await app.reload();
  await expect(app.getByRole('list', LIST).getByRole('listitem')).toHaveCount(1);
  await expect(app.getByRole('list', LIST)).toContainText('Sea wall work starts in May');
});

test('tags: add and remove; filter by tag, site and actor; sort by title', async ({ app }) => {
  await pasteClip(app, 'Quay lamps lit at last', 'The harbour board lit the new quay lamps on Thursday evening, and ferry crews said they could see the steps again.');
  await dropFiles(app, [{ name: 'lighthouse.html', content: page('lighthouse.html') }]);
  const rows = app.getByRole('list', LIST).getByRole('listitem');
  await expect(rows).toHaveCount(2);

  // Tags from the keyboard: select the row, T, type, Enter.
  await rows.filter({ hasText: 'Quay lamps' }).click();
  await app.locator('.library-scroll').focus();
  await app.keyboard.press('t');
  const dialog = app.getByRole('dialog', { name: 'Tags' });
  await dialog.getByLabel('New tag').fill('harbour, lights');
  await dialog.getByLabel('New tag').press('Enter');
  await expect(dialog.getByRole('list', { name: 'Current tags' })).toContainText('harbour');
  await dialog.getByRole('button', { name: 'Remove tag lights' }).click();
  await expect(dialog.getByRole('list', { name: 'Current tags' })).not.toContainText('lights');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(rows.filter({ hasText: 'Quay lamps' })).toContainText('harbour');
  expect((await readStored(app)).articles.find((a) => a['title'] === 'Quay lamps lit at last')!['tags']).toEqual(['harbour']);

  await app.getByRole('button', { name: 'Filter…' }).click();
  await app.getByLabel('Filter by tag').selectOption('harbour');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Quay lamps lit at last');
  await app.getByRole('button', { name: 'Clear filters' }).first().click();
  await app.getByRole('button', { name: 'Filter…' }).click();
  await app.getByLabel('Filter by site').selectOption('The Skerrow Gazette');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Lighthouse keepers return');
  await app.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(rows).toHaveCount(2);

  // Sort by title (ascending), then reverse.
  await app.getByRole('group', { name: 'Sort by' }).getByRole('button', { name: 'Title' }).click();
  await expect(rows.first()).toContainText('Lighthouse keepers return');
  await app.getByRole('group', { name: 'Sort by' }).getByRole('button', { name: /Title/ }).click();
  await expect(rows.first()).toContainText('Quay lamps lit at last');

  // An actor linked to the lighthouse article (the actors feature makes such links).
  const stored = await readStored(app);
  const lighthouse = stored.articles.find((a) => String(a['title']).startsWith('Lighthouse'))!;
  await putRows(app, [
    { store: 'actors', values: [{ id: 'actor-fenwick', name: 'Tobiah Fenwick', kind: 'person', aliases: [], keys: ['tobiah fenwick'], description: '', affiliationId: null, createdAt: '2026-03-14T00:00:00.000Z', updatedAt: '2026-03-14T00:00:00.000Z' }] },
    { store: 'articles', values: [{ ...lighthouse, actorIds: ['actor-fenwick'] }] },
  ]);
  await app.reload();
  await appReady(app);
  await expect(rows).toHaveCount(2);
  // From the palette this time.
  await app.keyboard.press('Control+k');
  await app.getByRole('combobox', { name: /Search the notebook/ }).fill('filter the library');
  await app.keyboard.press('Enter');
  await expect(app.getByLabel('Filter by site')).toBeFocused();
  await app.getByLabel('Filter by actor').selectOption({ label: 'Tobiah Fenwick' });
  await expect(app.getByRole('list', LIST).getByRole('listitem')).toHaveCount(1);
  await expect(app.getByRole('list', LIST).getByRole('listitem').first()).toContainText('Lighthouse keepers return');
});

test('a library of 2,000 articles renders only the rows on screen and pages through them', async ({ app }) => {
  const articles = Array.from({ length: 2000 }, (_, i) => ({
    id: `bulk-${String(i).padStart(4, '0')}`,
    url: null, canonicalUrl: null, title: `Harbour bulletin ${String(i).padStart(4, '0')}`, byline: null,
    siteName: i % 2 ? 'Alder Courier' : null, publishedAt: i % 3 ? `2026-01-${String((i % 28) + 1).padStart(2, '0')}` : null,
    clippedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), lang: 'en', excerpt: null, leadImageId: null,
    wordCount: 10, readingMinutes: 1, tags: [], actorIds: [], quoteCount: i % 5, source: 'text', dateline: null, credit: null, previousVersionId: null,
  }));
  await putRows(app, [{ store: 'articles', values: articles }]);
  await app.reload();
  await appReady(app);
  const list = app.getByRole('list', LIST);
  await expect(list.getByText('Harbour bulletin 1999')).toBeVisible();
  await expect(app.getByText('2000 articles')).toBeVisible();
  expect(await list.getByRole('listitem').count()).toBeLessThan(60);

  // End jumps to the last row, which lives on another page of the index.
  await app.locator('.library-scroll').focus();
  await app.keyboard.press('End');
  await expect(list.getByText('Harbour bulletin 0000')).toBeVisible();
  expect(await list.getByRole('listitem').count()).toBeLessThan(60);

  // Sorting by a field that some rows lack keeps every row: the undated ones come after the dated.
  await app.getByRole('group', { name: 'Sort by' }).getByRole('button', { name: 'Published' }).click();
  await app.locator('.library-scroll').focus();
  await app.keyboard.press('End');
  const last = list.getByRole('listitem').last();
  await expect(last).toContainText('Harbour bulletin 0000');
  await expect(last.locator('[title="Published"]')).toHaveText('');
  await app.keyboard.press('Home');
  await expect(list.getByRole('listitem').first().locator('[title="Published"]')).toHaveText(/Jan 28, 2026|28 Jan 2026/);
  await app.getByRole('button', { name: 'Filter…' }).click();
  await app.getByLabel('Filter by site').selectOption('Alder Courier');
  await expect(app.getByText('1000 articles')).toBeVisible();
});
