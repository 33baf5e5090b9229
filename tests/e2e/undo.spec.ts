import { test, expect } from '../helpers/fixtures';
import { pasteData, readStored } from '../helpers/clip-pages';
import { pasteAndOpen, selectWithMouse, waitForPaint } from '../helpers/reader';

const LIST = { name: 'Articles' } as const;
const TITLE = 'Ferry fares frozen for a year';

test('an Undo toast outlasts five clips and a hover; after it is gone Ctrl+Z in the library restores the article with its quotes', async ({ app }) => {
  // An article with a highlight (a quote), made through the reader.
  await pasteAndOpen(app, `${TITLE}\nThe harbour board froze ferry fares for a year on Monday, after shift workers protested at the terminal.`);
  await selectWithMouse(app, 'froze ferry fares');
  await app.keyboard.press('h');
  await waitForPaint(app, 1);
  await app.keyboard.press('Control+1');
  const rows = app.getByRole('list', LIST).getByRole('listitem');
  await expect(rows).toHaveCount(1);
  const before = await readStored(app);
  expect(before.quotes).toHaveLength(1);

  // Delete from the keyboard.
  await app.keyboard.press('Control+k');
  await app.getByRole('combobox', { name: /Search the notebook/ }).fill('focus the article list');
  await app.keyboard.press('Enter');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Delete');
  await expect(rows).toHaveCount(0);
  const undoToast = app.getByRole('status').filter({ hasText: `Deleted “${TITLE}” and its 1 quote.` });
  await expect(undoToast).toBeVisible();
  expect((await readStored(app)).quotes).toHaveLength(0);

  // Five clips arrive, each with its own "Clipped … Open" toast: the Undo toast is not pushed out.
  for (let i = 1; i <= 5; i++) {
    await pasteData(app, { 'text/plain': `Harbour notice ${i}\nThe harbour office posted notice number ${i} about the ferry timetable on the quay.` });
    await expect(app.getByRole('status').filter({ hasText: `Clipped “Harbour notice ${i}”` })).toBeVisible();
  }
  await expect(app.getByRole('status').filter({ hasText: 'Clipped “Harbour notice 1”' })).toHaveCount(0);
  await expect(undoToast).toBeVisible();

  // Resting the pointer on it holds it open well past its 12 s timeout.
  await undoToast.hover();
  await app.waitForTimeout(14_000);
  await expect(undoToast).toBeVisible();

  // Dismissed, the deletion is still undoable: from the palette, and with Ctrl+Z in the library.
  await undoToast.getByRole('button', { name: 'Dismiss' }).click();
  await expect(undoToast).toHaveCount(0);
  await app.keyboard.press('Control+k');
  await app.getByRole('combobox', { name: /Search the notebook/ }).fill('undo');
  await expect(app.getByRole('option', { name: new RegExp(`Undo: restore “${TITLE}”`) })).toBeVisible();
  await app.keyboard.press('Escape');
  await app.keyboard.press('Control+k');
  await app.getByRole('combobox', { name: /Search the notebook/ }).fill('focus the article list');
  await app.keyboard.press('Enter');
  await expect(app.locator('.library-scroll')).toBeFocused();
  await app.keyboard.press('Control+z');
  await expect(rows.filter({ hasText: TITLE })).toHaveCount(1);
  const after = await readStored(app);
  expect(after.quotes).toEqual(before.quotes);
  expect(after.articles.find((a) => a['title'] === TITLE)).toEqual(before.articles.find((a) => a['title'] === TITLE));
  expect(after.bodies.filter((b) => b['articleId'] === before.articles[0]!['id'])).toEqual(before.bodies);

  // Used once, it is gone: a second Ctrl+Z restores nothing more and the palette no longer offers it.
  await app.keyboard.press('Control+z');
  await app.keyboard.press('Control+k');
  await app.getByRole('combobox', { name: /Search the notebook/ }).fill('undo');
  await expect(app.getByRole('option', { name: /Undo: restore/ })).toHaveCount(0);
  await app.keyboard.press('Escape');
  expect((await readStored(app)).articles).toHaveLength(6);
});
