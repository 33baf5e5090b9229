import { test, expect } from '../helpers/fixtures';
import { appReady } from '../helpers/app-ready';

test('Ctrl+\\ hides the sidebar for more room, the section keys still work, the choice survives a reload, and the palette shows it again', async ({ app }) => {
  const sidebar = app.getByRole('navigation', { name: 'Sections' });
  await expect(sidebar).toBeVisible();
  const width = async () => (await app.locator('#main').boundingBox())!.width;
  const narrow = await width();

  await app.keyboard.press('Control+\\');
  await expect(sidebar).toHaveCount(0);
  expect(await width()).toBeGreaterThan(narrow);
  await app.keyboard.press('Control+4');
  await appReady(app, 'notes');

  await app.reload();
  await appReady(app, 'notes');
  await expect(sidebar).toHaveCount(0);

  await app.keyboard.press('Control+k');
  await app.getByRole('combobox', { name: /Search the notebook/ }).fill('show the sidebar');
  await expect(app.getByRole('dialog', { name: 'Command palette' }).getByRole('option', { selected: true })).toContainText('Show the sidebar');
  await app.keyboard.press('Enter');
  await expect(sidebar).toBeVisible();
  await expect(sidebar.getByRole('link', { name: 'Notes' })).toHaveAttribute('aria-current', 'page');

  // Help lists the key.
  await app.goto(app.url().replace(/#.*$/, '') + '#/help');
  await expect(app.getByRole('table', { name: 'Keyboard shortcuts' }).getByRole('row').filter({ hasText: 'Hide the sidebar' })).toContainText('Ctrl+\\');
});
