import { test, expect } from '../helpers/fixtures';
import { appReady } from '../helpers/app-ready';
import { pasteClipFromPalette } from '../helpers/clip-pages';
import { searchReady } from '../helpers/notebook-db';

test('in the Library “/” focuses the search box, and ↓ goes from it into the results or the article list', async ({ app }) => {
  await searchReady(app);
  await app.keyboard.press('Control+1');
  await appReady(app, 'library');
  await pasteClipFromPalette(app, 'Ferry fares frozen for a year\nThe harbour board froze ferry fares for a year on Monday.');
  await pasteClipFromPalette(app, 'Ferry crews ask for night pay\nThe crews of the night ferry asked the harbour board for night pay.');
  await pasteClipFromPalette(app, 'Sea wall work starts in May\nWork on the sea wall will start in May and take two years.');
  const list = app.getByRole('list', { name: 'Articles' });
  await expect(list.getByRole('listitem')).toHaveCount(3);

  // Outside text fields "/" goes to the search box, and is not typed into it.
  await app.locator('[aria-label^="Library list"]').focus();
  await app.keyboard.press('/');
  const search = app.getByRole('searchbox', { name: 'Search the library' });
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('');

  // Empty search box: ↓ goes to the article list, on its first row.
  await app.keyboard.press('ArrowDown');
  await expect(app.locator('[aria-label^="Library list"]')).toBeFocused();
  await expect(list.getByRole('listitem').nth(0)).toHaveAttribute('aria-current', 'true');

  await app.keyboard.press('/');
  await expect(search).toBeFocused();
  await app.keyboard.type('ferry');
  const results = app.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('link')).toHaveCount(2);
  await app.keyboard.press('ArrowDown');
  await expect(results.getByRole('link').nth(0)).toBeFocused();
  await app.keyboard.press('ArrowDown');
  await expect(results.getByRole('link').nth(1)).toBeFocused();
  await app.keyboard.press('ArrowUp');
  await app.keyboard.press('ArrowUp');
  await expect(search).toBeFocused();
  await app.keyboard.press('ArrowDown');
  const first = await results.getByRole('link').nth(0).innerText();
  await app.keyboard.press('Enter');
  await expect(app.locator('.reader-title')).toHaveText(first);
});
