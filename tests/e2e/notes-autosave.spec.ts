import { test, expect } from '../helpers/fixtures';
import type { Page } from '@playwright/test';
import { openNewNote } from '../helpers/notes';
import { readRows } from '../helpers/notebook-db';

/** Makes every IndexedDB write fail the way Chromium reports a full disk; returns a function that heals it. */
async function breakWrites(app: Page): Promise<() => Promise<void>> {
  await app.evaluate(() => {
    const w = window as unknown as { __idbWrites?: { add: unknown; put: unknown } };
    w.__idbWrites = { add: IDBObjectStore.prototype.add, put: IDBObjectStore.prototype.put };
    const fail = function (this: IDBObjectStore): IDBRequest {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.add = fail;
    IDBObjectStore.prototype.put = fail;
  });
  return () =>
    app.evaluate(() => {
      const w = window as unknown as { __idbWrites: { add: IDBObjectStore['add']; put: IDBObjectStore['put'] } };
      IDBObjectStore.prototype.add = w.__idbWrites.add;
      IDBObjectStore.prototype.put = w.__idbWrites.put;
    });
}

async function newNote(app: Page, first: string) {
  await openNewNote(app);
  await app.getByLabel('Note text').click();
  await app.keyboard.type(first);
  await expect(app.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

test('a failed autosave is shown, keeps the text, and retries until it succeeds', async ({ app }) => {
  await newNote(app, 'First paragraph is saved.');
  const heal = await breakWrites(app);
  await app.keyboard.type(' This part hits a full disk.');
  await expect(app.getByRole('status').filter({ hasText: /^Not saved$/ })).toBeVisible();
  await expect(app.locator('.note-save-error')).toContainText('no room left');
  await expect(app.getByRole('alert').filter({ hasText: 'no room left' }).first()).toBeVisible();
  // The text is still in the editor, and the user can keep typing.
  await app.keyboard.type(' Still typing.');
  await expect(app.getByLabel('Note text')).toContainText('First paragraph is saved. This part hits a full disk. Still typing.');

  await heal();
  await expect(app.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible({ timeout: 20_000 });
  await app.reload();
  await expect(app.getByLabel('Note text')).toContainText('First paragraph is saved. This part hits a full disk. Still typing.');
});

test('reloading while saves fail loses nothing: the unsaved text comes back and is saved', async ({ app }) => {
  await newNote(app, 'Saved before the disk filled.');
  await breakWrites(app);
  await app.keyboard.type(' Typed while nothing could be written.');
  await expect(app.getByRole('status').filter({ hasText: /^Not saved$/ })).toBeVisible();
  await app.reload(); // a fresh page: writes work again
  await expect(app.getByLabel('Note text')).toContainText('Saved before the disk filled. Typed while nothing could be written.');
  await expect(app.locator('.toast').filter({ hasText: 'Restored changes' })).toBeVisible();
  await expect(app.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  // Stored in IndexedDB now, not only in the draft.
  const text = (await readRows<{ text: string }>(app, 'notes')).map((n) => n.text);
  expect(text).toEqual(['Saved before the disk filled. Typed while nothing could be written.']);
});
