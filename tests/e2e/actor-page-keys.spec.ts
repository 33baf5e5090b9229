import { test, expect } from '../helpers/fixtures';
import { appReady } from '../helpers/app-ready';

test('E on an actor page opens its edit form, as the palette’s “Edit” command shows; not while typing or with a modifier', async ({ app }) => {
  await app.keyboard.press('Control+3');
  await app.getByRole('button', { name: 'Create your first actor' }).click();
  const form = app.getByRole('form', { name: 'New actor' });
  await form.getByLabel('Name').fill('Oskar Lindqvist');
  await app.keyboard.press('Control+Enter');
  await expect(app.getByRole('heading', { name: 'Oskar Lindqvist', level: 1 })).toBeFocused();
  await appReady(app);

  // Ctrl+E and Alt+E are not the shortcut.
  await app.keyboard.press('Control+e');
  await app.keyboard.press('Alt+e');
  await expect(app.getByRole('form', { name: 'Edit Oskar Lindqvist' })).toHaveCount(0);

  await app.keyboard.press('e');
  const edit = app.getByRole('form', { name: 'Edit Oskar Lindqvist' });
  await expect(edit).toBeVisible();
  // Typing an "e" in the form is text, not a second opening.
  await edit.getByLabel('Role or title').fill('');
  await edit.getByLabel('Role or title').pressSequentially('Keeper');
  await expect(edit.getByLabel('Role or title')).toHaveValue('Keeper');
  await expect(app.getByRole('dialog', { name: 'Edit Oskar Lindqvist' })).toHaveCount(1);
  await app.keyboard.press('Escape');
  await expect(edit).toHaveCount(0);
  await expect(app.getByRole('heading', { name: 'Oskar Lindqvist', level: 1 })).toBeFocused();
  await app.keyboard.press('E');
  await expect(edit).toBeVisible();
});
