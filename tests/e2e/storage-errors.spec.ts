import { test, expect } from '../helpers/fixtures';

const LIBRARY = { name: 'Articles' } as const;

test('a quota error while saving is shown, the pasted text is kept, and nothing saved before is lost', async ({ app }) => {
  await app.getByRole('button', { name: 'Paste your first clip' }).click();
  await app.getByLabel('Clip text').fill('Reservoir levels fall for third month\nEngineers gave the figures on Friday.');
  await app.getByRole('button', { name: /Save clip/ }).click();
  await expect(app.getByRole('list', LIBRARY).getByText('Reservoir levels fall for third month')).toBeVisible();

  // Simulate a full disk: every IndexedDB write now fails the way Chromium reports it.
  await app.evaluate(() => {
    const fail = function (this: IDBObjectStore): IDBRequest {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.add = fail;
    IDBObjectStore.prototype.put = fail;
  });
  await app.getByRole('button', { name: 'Paste clip' }).click();
  const second = 'Second story cannot be saved\nBecause the disk is full.';
  await app.getByLabel('Clip text').fill(second);
  await app.getByRole('button', { name: /Save clip/ }).click();
  await expect(app.getByRole('alert').filter({ hasText: 'no room left' }).first()).toBeVisible();
  // The user's text is still there to try again.
  await expect(app.getByLabel('Clip text')).toHaveValue(second);

  await app.reload();
  const rows = app.getByRole('list', LIBRARY).getByRole('listitem');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Reservoir levels fall for third month');
});
