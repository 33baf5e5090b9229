import type { Page } from '@playwright/test';
import { test, expect } from '../helpers/fixtures';
import { appReady } from '../helpers/app-ready';
import { readStored } from '../helpers/clip-pages';
import { pasteAndOpen, selectWithMouse, waitForPaint } from '../helpers/reader';

const TITLE = 'Night ferry to run all winter';
const CLIP = `${TITLE}\nThe harbour council agreed on Tuesday that the night ferry will keep running all winter, after a petition from shift workers.`;

/** How many entries Recently deleted holds, read from the notebook itself. */
function trashCount(app: Page): Promise<number> {
  return app.evaluate(
    () =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open('dossier');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('trash', 'readonly').objectStore('trash').count();
          req.onsuccess = () => {
            db.close();
            done(req.result);
          };
          req.onerror = () => fail(req.error);
        };
      }),
  );
}

/** Clips the article, opens it and highlights "night ferry will keep running" from the keyboard and mouse, as a user does. */
async function clipAndHighlight(app: Page): Promise<void> {
  await pasteAndOpen(app, CLIP);
  await selectWithMouse(app, 'night ferry will keep running');
  await app.keyboard.press('h');
  await waitForPaint(app, 1);
}

/** Clips and highlights (clipAndHighlight), then deletes the highlight in the reader. */
async function highlightThenDeleteIt(app: Page): Promise<void> {
  await clipAndHighlight(app);
  await app.keyboard.press('j');
  await app.keyboard.press('Delete');
  await waitForPaint(app, 0);
}

/** Presses Delete on the only article of the library, reached from the keyboard as a user does. */
async function pressDeleteOnTheArticle(app: Page): Promise<void> {
  await app.keyboard.press('Control+1');
  await appReady(app, 'library');
  await app.keyboard.press('Control+k');
  await app.getByRole('combobox', { name: /Search the notebook/ }).fill('focus the article list');
  await app.keyboard.press('Enter');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Delete');
}

/** Deletes the only article of the library from the keyboard. */
async function deleteTheArticle(app: Page): Promise<void> {
  await pressDeleteOnTheArticle(app);
  await expect(app.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(0);
}

test('an article deleted with its highlight is still in Recently deleted after a reload, and Enter there restores it with the highlight; Delete forever asks first', async ({ app }) => {
  const articleId = await pasteAndOpen(app, CLIP);
  await selectWithMouse(app, 'night ferry will keep running');
  await app.keyboard.press('h');
  await waitForPaint(app, 1);
  const before = await readStored(app);
  expect(before.quotes).toHaveLength(1);

  await deleteTheArticle(app);
  expect((await readStored(app)).quotes).toHaveLength(0);

  // Noticed later: the Undo toast is gone with the reload, Recently deleted still has it.
  await app.reload();
  await appReady(app);
  await expect(app.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Recently deleted' })).toBeVisible();
  await app.keyboard.press('Control+8');
  await appReady(app, 'trash');
  const rows = app.getByRole('list', { name: 'Deleted items' }).getByRole('listitem');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Article');
  await expect(rows.first()).toContainText(TITLE);
  await expect(rows.first()).toContainText('Today');

  await expect(app.getByRole('list', { name: 'Deleted items' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('status').filter({ hasText: `Restored the article “${TITLE}” with its highlight.` })).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Nothing recently deleted' })).toBeVisible();
  const after = await readStored(app);
  expect(after.quotes).toEqual(before.quotes);
  expect(after.articles).toEqual(before.articles);
  expect(after.bodies).toEqual(before.bodies);
  expect(await trashCount(app)).toBe(0);

  // The highlight is painted in the article again.
  await app.goto(app.url().replace(/#.*$/, '') + `#/read/${encodeURIComponent(articleId)}`);
  await appReady(app);
  await waitForPaint(app, 1);

  // Deleted again, then deleted forever: the dialog asks first, and Escape keeps it.
  await deleteTheArticle(app);
  await app.keyboard.press('Control+k');
  await app.getByRole('combobox', { name: /Search the notebook/ }).fill('go to recently deleted');
  await app.keyboard.press('Enter');
  await appReady(app, 'trash');
  await expect(rows).toHaveCount(1);
  await app.getByRole('list', { name: 'Deleted items' }).focus();
  await app.keyboard.press('Delete');
  const dialog = app.getByRole('dialog', { name: 'Delete forever' });
  await expect(dialog).toContainText(`“${TITLE}” will be deleted forever. It cannot be restored afterwards.`);
  await app.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(rows).toHaveCount(1);
  expect(await trashCount(app)).toBe(1);

  await app.keyboard.press('Delete');
  await expect(dialog).toBeVisible();
  await app.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(app.getByRole('heading', { name: 'Nothing recently deleted' })).toBeVisible();
  expect(await trashCount(app)).toBe(0);
  expect((await readStored(app)).articles).toHaveLength(0);
});

test('Empty asks first, then deletes every entry forever; restoring a highlight whose article is gone says why and keeps it', async ({ app }) => {
  await clipAndHighlight(app);
  // The highlight deleted in the reader, then its article.
  await app.keyboard.press('j');
  await app.keyboard.press('Delete');
  await waitForPaint(app, 0);
  await deleteTheArticle(app);

  await app.keyboard.press('Control+8');
  await appReady(app, 'trash');
  const rows = app.getByRole('list', { name: 'Deleted items' }).getByRole('listitem');
  await expect(rows).toHaveCount(2);
  // Newest first: the article, then the highlight.
  await expect(rows.nth(0)).toContainText(TITLE);
  await expect(rows.nth(1)).toContainText('Highlight');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('alert').filter({ hasText: 'its article is no longer in the notebook. Restore the article first' })).toBeVisible();
  await expect(rows).toHaveCount(2);

  await app.getByRole('button', { name: 'Empty…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Empty Recently deleted' });
  await expect(dialog).toContainText('All 2 items in Recently deleted will be deleted forever.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(rows).toHaveCount(2);
  await app.getByRole('button', { name: 'Empty…' }).click();
  await dialog.getByRole('button', { name: 'Empty', exact: true }).click();
  await expect(app.getByRole('heading', { name: 'Nothing recently deleted' })).toBeVisible();
  expect(await trashCount(app)).toBe(0);
});

test('restoring from Recently deleted withdraws the Undo still on offer for it', async ({ app }) => {
  await highlightThenDeleteIt(app);
  const undoToast = app.getByRole('status').filter({ hasText: 'Deleted the highlight “night ferry will keep running”.' });
  await expect(undoToast).toBeVisible();

  await app.keyboard.press('Control+8');
  await appReady(app, 'trash');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('status').filter({ hasText: 'Restored the highlight “night ferry will keep running”.' })).toBeVisible();
  await expect(undoToast).toHaveCount(0);
  await app.keyboard.press('Control+k');
  await app.getByRole('combobox', { name: /Search the notebook/ }).fill('undo');
  await expect(app.getByRole('option', { name: /Undo: restore/ })).toHaveCount(0);
  await app.keyboard.press('Escape');
  expect((await readStored(app)).quotes).toHaveLength(1);
});

test('when the disk is too full to keep it in Recently deleted, the article is not deleted and the message says so', async ({ app }) => {
  await clipAndHighlight(app);
  const before = await readStored(app);

  // A full disk, as Chromium reports it, for the write that keeps the deleted article.
  await app.evaluate(() => {
    const add = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>): IDBRequest<IDBValidKey> {
      if (this.name === 'trash') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    };
  });
  await pressDeleteOnTheArticle(app);
  await expect(app.getByRole('alert').filter({ hasText: 'Could not delete the article: there is no room left on this computer to keep it in Recently deleted, so nothing was deleted.' })).toBeVisible();
  await expect(app.getByRole('status').filter({ hasText: `Deleted “${TITLE}”` })).toHaveCount(0);
  await expect(app.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(1);

  await app.reload();
  await appReady(app);
  const after = await readStored(app);
  expect(after.articles).toEqual(before.articles);
  expect(after.quotes).toEqual(before.quotes);
  expect(after.bodies).toEqual(before.bodies);
  expect(await trashCount(app)).toBe(0);
});
