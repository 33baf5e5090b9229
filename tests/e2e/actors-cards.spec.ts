import { test, expect } from '../helpers/fixtures';
import { appReady } from '../helpers/app-ready';

test('create, edit, warn of a duplicate, merge (and undo), delete and undo an actor, from the keyboard and the palette', async ({ app }) => {
  await app.keyboard.press('Control+3');
  await expect(app.getByText('No actors yet')).toBeVisible();
  await app.getByRole('button', { name: 'Create your first actor' }).click();
  const form = app.getByRole('form', { name: 'New actor' });
  await form.getByLabel('Name').fill('Ines Varga');
  await form.getByLabel(/^Aliases/).fill('Ms Varga');
  await form.getByLabel('Role or title').fill('Harbour pilot');
  await form.getByLabel(/^Tags/).fill('port');
  await app.keyboard.press('Control+Enter');
  await expect(app.getByRole('heading', { name: 'Ines Varga', level: 1 })).toBeVisible();
  await expect(app.getByText('Harbour pilot')).toBeVisible();
  await appReady(app);

  // Edit from the palette.
  await app.keyboard.press('Control+k');
  await app.getByRole('combobox', { name: /Search the notebook/ }).fill('Edit Ines Varga');
  await app.getByRole('dialog', { name: 'Command palette' }).getByRole('option', { name: /Edit Ines Varga/ }).click();
  const edit = app.getByRole('form', { name: 'Edit Ines Varga' });
  await expect(edit.getByText(/^Created .* · updated /)).toBeVisible();
  await edit.getByLabel('Role or title').fill('Chief harbour pilot');
  await edit.getByRole('button', { name: /Save actor/ }).click();
  await expect(app.getByText('Chief harbour pilot')).toBeVisible();

  // A second card with the same name, ignoring case and diacritics, is flagged.
  await app.keyboard.press('Control+3');
  await appReady(app, 'actors');
  await app.keyboard.press('n');
  const second = app.getByRole('form', { name: 'New actor' });
  await second.getByLabel('Name').fill('I. Varga');
  await second.getByLabel(/^Aliases/).fill('INÉS VARGA');
  await expect(second.getByRole('status')).toContainText('Possibly the same as Ines Varga');
  await second.getByRole('button', { name: /Create actor/ }).click();
  await expect(app.getByRole('heading', { name: 'I. Varga', level: 1 })).toBeVisible();

  // Filter the list by tag.
  await app.keyboard.press('Control+3');
  await app.getByLabel('Filter by tag').selectOption('port');
  await expect(app.getByRole('listbox', { name: 'Actor list' }).getByRole('option')).toHaveCount(1);
  await app.getByLabel('Filter by tag').selectOption('');
  await expect(app.getByRole('listbox', { name: 'Actor list' }).getByRole('option')).toHaveCount(2);

  // Merge the duplicate into the first card, undo, merge again.
  await app.getByRole('listbox', { name: 'Actor list' }).getByRole('link', { name: 'Ines Varga' }).click();
  const merge = async () => {
    await app.getByRole('button', { name: 'Merge…' }).click();
    const dialog = app.getByRole('dialog', { name: 'Merge actors' });
    await dialog.getByRole('combobox', { name: 'Actor to merge' }).fill('i. v');
    await expect(dialog.getByRole('option', { name: /^I\. Varga/ })).toBeVisible();
    await app.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect(app.getByText('Merged “I. Varga” into “Ines Varga”.')).toBeVisible();
  };
  await merge();
  await expect(app.getByText('Ms Varga, I. Varga')).toBeVisible();
  await app.locator('.toast', { hasText: 'Merged' }).getByRole('button', { name: 'Undo' }).click();
  await expect(app.getByText('Ms Varga', { exact: true })).toBeVisible();
  await app.keyboard.press('Control+3');
  await expect(app.getByRole('listbox', { name: 'Actor list' }).getByRole('option')).toHaveCount(2);
  await app.getByRole('listbox', { name: 'Actor list' }).getByRole('link', { name: 'Ines Varga' }).click();
  await merge();
  await app.keyboard.press('Control+3');
  await expect(app.getByRole('listbox', { name: 'Actor list' }).getByRole('option')).toHaveCount(1);

  // Delete, then undo.
  await app.getByRole('listbox', { name: 'Actor list' }).getByRole('link', { name: 'Ines Varga' }).click();
  await app.getByRole('button', { name: 'Delete' }).click();
  await expect(app.getByText('No actors yet')).toBeVisible();
  await app.locator('.toast', { hasText: 'Deleted “Ines Varga”' }).getByRole('button', { name: 'Undo' }).click();
  await expect(app.getByRole('heading', { name: 'Ines Varga', level: 1 })).toBeVisible();
  await expect(app.getByText('Ms Varga, I. Varga')).toBeVisible();
});
