import { test, expect } from '../helpers/fixtures';

test.describe('help and about', () => {
  test('Help shows the bookmarklet as a draggable javascript: link that does nothing inside Dossier', async ({ app }) => {
    await app.goto(app.url().replace(/#.*$/, '') + '#/help');
    const link = app.getByRole('link', { name: 'Clip to Dossier' });
    await expect(link).toBeVisible();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^javascript:\(function\(\)\{/);
    expect(href).toContain("'dossier://clip?url='");
    expect(await link.getAttribute('draggable')).toBe('true');
    // The same text is offered to copy by hand.
    await expect(app.getByLabel('Bookmarklet address')).toHaveValue(href!);

    const before = app.url();
    await link.click();
    await expect(app.getByRole('status').filter({ hasText: 'Drag “Clip to Dossier” to your browser’s bookmarks bar' })).toBeVisible();
    expect(app.url()).toBe(before);

    // The keyboard shortcuts, including the clip-the-copied-link one.
    const keys = app.getByRole('table', { name: 'Keyboard shortcuts' });
    await expect(keys).toContainText('Ctrl+Shift+V');
    await expect(keys).toContainText('Ctrl+K');
  });

  test('Help’s shortcut table lists each key once, the Go to rows in key order, and the reader’s keys', async ({ app }) => {
    await app.goto(app.url().replace(/#.*$/, '') + '#/help');
    const keys = app.getByRole('table', { name: 'Keyboard shortcuts' });
    await expect(keys).toContainText('Ctrl+K');
    const cells = keys.locator('td:first-child');
    const all = await cells.allInnerTexts();
    expect(all.filter((k) => k === 'Ctrl+Shift+V')).toHaveLength(1);
    expect(new Set(all).size).toBe(all.length);
    expect(all.some((k) => k.includes('…'))).toBe(false);
    const goRows = keys.getByRole('row').filter({ hasText: /Go to / });
    await expect(goRows.locator('td:first-child')).toHaveText(['Ctrl+1', 'Ctrl+2', 'Ctrl+3', 'Ctrl+4', 'Ctrl+5', 'Ctrl+6', 'Ctrl+7', 'Ctrl+8']);
    await expect(goRows.first()).toContainText('Go to Library');

    const reader = app.getByRole('table', { name: 'In the reader' });
    for (const [key, what] of [['H', 'Highlight the selected words'], ['C', 'comment'], ['A', 'speaker'], ['M', 'Markdown quote'], ['E', 'Edit the current highlight'], ['J', 'Next highlight'], ['K', 'Previous highlight'], ['Delete', 'Delete the current highlight']] as const) {
      await expect(reader.getByRole('row').filter({ has: app.locator('kbd', { hasText: new RegExp(`^${key}$`) }) })).toContainText(what);
    }
    await expect(reader.getByRole('row').filter({ hasText: 'colour' }).locator('kbd')).toHaveText(['1', '2', '3', '4', '5']);
  });

  test('Settings shows the version and opens its release notes in the system browser', async ({ app, recorder }) => {
    await app.goto(app.url().replace(/#.*$/, '') + '#/settings');
    await expect(app.getByText('Dossier 0.0.0-test')).toBeVisible();
    await expect(app.getByText(/Automatic updates are off/)).toBeVisible();
    await app.getByRole('link', { name: 'Release notes for 0.0.0-test' }).click();
    await expect.poll(() => recorder.openedExternal).toEqual(['https://dossier.example.org/releases/0.0.0-test']);
  });
});
