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
    const keys = app.locator('.help-keys');
    await expect(keys).toContainText('Ctrl+Shift+V');
    await expect(keys).toContainText('Ctrl+K');
  });

  test('Settings shows the version and opens its release notes in the system browser', async ({ app, recorder }) => {
    await app.goto(app.url().replace(/#.*$/, '') + '#/settings');
    await expect(app.getByText('Dossier 0.0.0-test')).toBeVisible();
    await expect(app.getByText(/Automatic updates are off/)).toBeVisible();
    await app.getByRole('link', { name: 'Release notes for 0.0.0-test' }).click();
    await expect.poll(() => recorder.openedExternal).toEqual(['https://dossier.example.org/releases/0.0.0-test']);
  });
});
