import { test, expect } from '../helpers/fixtures';
import { appReady } from '../helpers/app-ready';
import { openNewNote } from '../helpers/notes';
import { readRows } from '../helpers/notebook-db';

const titles = async (app: Parameters<typeof readRows>[0]) => (await readRows<{ title: string; text: string }>(app, 'notes')).map((n) => `${n.title}|${n.text}`).sort();

test('a new note left untouched is not kept (quietly), and a note with a title or a word in it is', async ({ app }) => {
  // Untouched: gone once the user goes elsewhere, with no toast about it.
  await openNewNote(app);
  await expect(app.getByLabel('Note title')).toBeFocused();
  await app.keyboard.press('Control+1');
  await appReady(app, 'library');
  await expect.poll(() => titles(app)).toEqual([]);
  await expect(app.locator('.toast')).toHaveCount(0);

  // A title only: kept.
  await openNewNote(app);
  await app.keyboard.type('Harbour visit');
  await expect(app.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await app.keyboard.press('Control+1');
  await appReady(app, 'library');

  // A word in the body only: kept, under the default title.
  await openNewNote(app);
  await app.getByLabel('Note text').click();
  await app.keyboard.type('Ask about the dredging.');
  await app.keyboard.press('Control+1');
  await appReady(app, 'library');
  await expect.poll(() => titles(app)).toEqual(['Harbour visit|', 'Untitled note|Ask about the dredging.']);

  // Opening a kept note and leaving it keeps it.
  await app.goto(app.url().replace(/#.*$/, '') + '#/notes');
  await appReady(app);
  await expect(app.getByRole('link', { name: 'Harbour visit' })).toBeVisible();
  await expect(app.getByRole('link', { name: 'Untitled note' })).toHaveCount(1);
});

test('a new note still open, untouched, when the window closed is let go at the next start; one with words is kept', async ({ app }) => {
  await openNewNote(app);
  await app.getByLabel('Note text').click();
  await app.keyboard.type('Ask about the dredging.');
  await expect(app.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await openNewNote(app);
  await expect(app.getByLabel('Note title')).toBeFocused();
  await expect.poll(() => titles(app)).toEqual(['Untitled note|', 'Untitled note|Ask about the dredging.']);

  // The window closes on the blank note (the editor is never left), and opens again on the Library:
  // a new page load (another query), not a change of the address's # part, which would leave the note.
  await app.goto(`${app.url().replace(/[?#].*$/, '')}?restarted#/library`);
  await appReady(app, 'library');
  await expect.poll(() => titles(app)).toEqual(['Untitled note|Ask about the dredging.']);
  await expect(app.locator('.toast')).toHaveCount(0);
});

test('a blank note the window opens on again (a reload) is kept while it is open, and let go when the user leaves it', async ({ app }) => {
  const id = await openNewNote(app);
  await app.reload();
  await appReady(app, `notes/${id}`);
  await expect(app.getByLabel('Note title')).toHaveValue(/^(Untitled note)?$/);
  await app.waitForTimeout(1500); // the start-up sweep has run by now (idle, or 1 s)
  await expect.poll(() => titles(app)).toEqual(['Untitled note|']);
  await app.keyboard.press('Control+1');
  await appReady(app, 'library');
  await expect.poll(() => titles(app)).toEqual([]);
});
