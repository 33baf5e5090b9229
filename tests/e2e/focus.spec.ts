import { test, expect } from '../helpers/fixtures';
import type { Locator, Page } from '@playwright/test';
import { appReady } from '../helpers/app-ready';
import { openNewNote } from '../helpers/notes';
import { pasteAndOpen, selectWithMouse, waitForPaint } from '../helpers/reader';
import { seedRows, testActor, testArticle, testQuote } from '../helpers/seed-db';
import { serveNewsSite } from '../helpers/clip-pages';

/** What has the keyboard: the element's accessible name or tag, for readable failures. */
/** The Library with two articles, its list focused on the first row (the list's locator). */
async function libraryListOfTwo(app: Page): Promise<Locator> {
  await seedRows(app, { articles: [testArticle('art-a', 'Alpha on the quay'), testArticle('art-b', 'Beta at the pier')] });
  await app.reload();
  await appReady(app, 'library');
  const list = app.locator('[aria-label^="Library list"]');
  await list.focus();
  await app.keyboard.press('ArrowDown');
  return list;
}

function focusedName(app: Page): Promise<string> {
  return app.evaluate(() => {
    const a = document.activeElement;
    return !a || a === document.body ? 'body' : (a.getAttribute('aria-label') ?? a.textContent?.trim() ?? a.tagName);
  });
}

const LONG_CLIP = [
  'Harbour board backs a night ferry to Ostrand',
  ...Array.from({ length: 80 }, (_, i) => `Paragraph ${i + 1}: the harbour board met on Tuesday and talked about tides, timetables and the old pier for a long while.`),
].join('\n');

test.describe('closing the palette or a dialog gives the keyboard back', () => {
  test('in a note, typing after Escape from the palette or the quote picker goes into the note, at the caret', async ({ app }) => {
    await seedRows(app, { articles: [testArticle('art-ferry', 'Council approves night ferry')], quotes: [testQuote('q-night', 'art-ferry', 'We will run the ferry through the night.', null)] });
    await openNewNote(app);
    await app.keyboard.type('Focus test');
    await app.keyboard.press('Enter');
    const body = app.getByLabel('Note text');
    await app.keyboard.type('one three');
    // The caret goes back between the words, so a restored focus that put it at the end shows.
    for (let i = 0; i < 'three'.length; i++) await app.keyboard.press('ArrowLeft');

    await app.keyboard.press('Control+k');
    const palette = app.getByRole('dialog', { name: 'Command palette' });
    await expect(palette).toBeVisible();
    await app.keyboard.press('Escape');
    await expect(palette).toBeHidden();
    await expect(body).toBeFocused();
    await app.keyboard.type('two ');
    await expect(body).toHaveText('one two three');

    await app.keyboard.press('Control+Shift+Q');
    const picker = app.getByRole('dialog', { name: 'Insert a quote' });
    await expect(picker.getByRole('option')).toHaveCount(1);
    await app.keyboard.press('Escape');
    await expect(picker).toBeHidden();
    await expect(body).toBeFocused();
    await app.keyboard.type('and a half ');
    await expect(body).toHaveText('one two and a half three');

    // The picker opened from the palette: the palette closes as the picker opens, and Escape
    // from the picker still comes back to the note.
    await app.keyboard.press('Control+k');
    await app.getByRole('combobox', { name: 'Search the notebook or type a command' }).fill('insert quote');
    await app.keyboard.press('Enter');
    await expect(picker).toBeVisible();
    await expect(picker.getByRole('combobox', { name: 'Search quotes' })).toBeFocused();
    await app.keyboard.press('Escape');
    await expect(picker).toBeHidden();
    await expect(body).toBeFocused();
    await app.keyboard.type('and more ');
    await expect(body).toHaveText('one two and a half and more three');

    // Formatting keys work again too: Ctrl+B makes the next words bold.
    await app.keyboard.press('Control+k');
    await app.keyboard.press('Escape');
    await app.keyboard.press('Control+b');
    await app.keyboard.type('bold');
    await expect(body.locator('.ne-bold')).toHaveText('bold');
    await expect(app.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  });

  test('in the reader, PageDown and Space scroll the article again after Escape from the palette', async ({ app }) => {
    await pasteAndOpen(app, LONG_CLIP);
    const scroller = app.locator('.reader-scroll');
    await expect(scroller).toBeFocused();
    const top = () => scroller.evaluate((e) => e.scrollTop);
    await app.keyboard.press('PageDown');
    await expect.poll(top).toBeGreaterThan(0);
    const afterFirst = await top();

    await app.keyboard.press('Control+k');
    await expect(app.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
    await app.keyboard.press('Escape');
    await expect(app.getByRole('dialog', { name: 'Command palette' })).toBeHidden();
    await expect(scroller).toBeFocused();
    await app.keyboard.press('PageDown');
    await expect.poll(top).toBeGreaterThan(afterFirst);
    const afterSecond = await top();
    await app.keyboard.press('Space');
    await expect.poll(top).toBeGreaterThan(afterSecond);
  });

  test('a dialog closed with Escape or Cancel gives the keyboard back to what opened it', async ({ app }) => {

    // The tags dialog, opened with T from the article list: Escape, and the list has the keyboard.
    const list = await libraryListOfTwo(app);
    await app.keyboard.press('t');
    const tags = app.getByRole('dialog', { name: 'Tags' });
    await expect(tags.getByLabel('New tag')).toBeFocused();
    await app.keyboard.press('Escape');
    await expect(tags).toBeHidden();
    await expect(list).toBeFocused();
    // …and it still answers keys: T opens the next article's tags.
    await app.keyboard.press('ArrowDown');
    await app.keyboard.press('t');
    await expect(tags.getByRole('heading')).toContainText(/Alpha on the quay|Beta at the pier/);
    await tags.getByRole('button', { name: 'Done' }).click();
    await expect(tags).toBeHidden();
    expect(await focusedName(app)).toMatch(/^Library list/);

    // The paste dialog, opened with its button: Cancel, and the button has the keyboard.
    const pasteButton = app.getByRole('button', { name: 'Paste clip' });
    await pasteButton.focus();
    await app.keyboard.press('Enter');
    const paste = app.getByRole('dialog', { name: 'Paste a clip' });
    await expect(paste.getByLabel('Clip text')).toBeFocused();
    await paste.getByRole('button', { name: 'Cancel' }).click();
    await expect(paste).toBeHidden();
    await expect(pasteButton).toBeFocused();
  });

  test('a clip saved from the paste box with Ctrl+Enter leaves the keyboard with what opened the box, or with the article list when that is gone', async ({ app }) => {
    await appReady(app, 'library');
    const paste = app.getByRole('dialog', { name: 'Paste a clip' });
    const list = app.locator('[aria-label^="Library list"]');
    const save = async (text: string) => {
      await paste.getByLabel('Clip text').fill(text);
      await app.keyboard.press('Control+Enter');
      await expect(paste).toBeHidden();
      await expect(app.getByRole('list', { name: 'Articles' }).getByRole('link', { name: text.split('\n')[0]! })).toBeVisible();
    };

    // From the empty library's button, which the list replaces once the clip is in.
    await app.getByRole('button', { name: 'Paste your first clip' }).focus();
    await app.keyboard.press('Enter');
    await save('Tide tables move to the harbour office\nFrom Monday the printed tide tables are handed out at the harbour office, not the pier kiosk.');
    await expect(list).toBeFocused();

    // From the palette with nothing focused before it.
    await app.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await app.keyboard.press('Control+k');
    await app.getByRole('combobox').fill('paste a clip (plain');
    await app.keyboard.press('Enter');
    await save('Pier kiosk closes for the winter\nThe kiosk on the old pier shuts at the end of October and opens again in April.');
    await expect(list).toBeFocused();
    // …and the list answers its keys: Down then T opens a row's tags.
    await app.keyboard.press('ArrowDown');
    await app.keyboard.press('t');
    await expect(app.getByRole('dialog', { name: 'Tags' })).toBeVisible();
    await app.keyboard.press('Escape');

    // From the toolbar's button, which stays: the button has the keyboard again.
    const pasteButton = app.getByRole('button', { name: 'Paste clip' });
    await pasteButton.focus();
    await app.keyboard.press('Enter');
    await save('Ferry timetable printed in large type\nThe new timetable for the night ferry comes in a large-print edition for the waiting room.');
    await expect(pasteButton).toBeFocused();
  });
});

/** The accessible name of the dialog that has the keyboard, or "outside" when focus is not in one. */
function dialogWithFocus(app: Page): Promise<string> {
  return app.evaluate(() => document.activeElement?.closest('[role="dialog"]')?.getAttribute('aria-label') ?? 'outside');
}

test.describe('modal dialogs hold the keyboard', () => {
  test('Tab and Shift+Tab go round inside a dialog, and Escape closes the topmost one wherever focus is', async ({ app }) => {
    // Something focusable behind the dialog and above its backdrop: the Undo toast of a deletion.
    await libraryListOfTwo(app);
    await app.keyboard.press('Delete');
    const toast = app.locator('.toast', { hasText: 'Deleted' });
    await expect(toast.getByRole('button', { name: 'Undo' })).toBeVisible();

    await app.getByRole('button', { name: 'Paste clip' }).click();
    const paste = app.getByRole('dialog', { name: 'Paste a clip' });
    const text = paste.getByLabel('Clip text');
    await expect(text).toBeFocused();
    await app.keyboard.press('Tab');
    await expect(paste.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await app.keyboard.press('Tab');
    await expect(paste.getByRole('button', { name: /Save clip/ })).toBeFocused();
    // Past the last control, Tab comes round to the first (the checked format), not to the toast.
    await app.keyboard.press('Tab');
    await expect(paste.getByRole('radio', { name: 'Plain text' })).toBeFocused();
    await app.keyboard.press('Tab');
    await expect(text).toBeFocused();
    await app.keyboard.press('Shift+Tab');
    await expect(paste.getByRole('radio', { name: 'Plain text' })).toBeFocused();
    await app.keyboard.press('Shift+Tab');
    await expect(paste.getByRole('button', { name: /Save clip/ })).toBeFocused();
    for (let i = 0; i < 9; i++) {
      await app.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
      expect(await dialogWithFocus(app)).toBe('Paste a clip');
    }

    // The palette over the dialog: Tab stays in it, Escape closes it alone, and the dialog has the keyboard again.
    await text.focus();
    await app.keyboard.press('Control+k');
    const palette = app.getByRole('dialog', { name: 'Command palette' });
    const paletteInput = palette.getByRole('combobox');
    await expect(paletteInput).toBeFocused();
    await app.keyboard.press('Tab');
    await expect(paletteInput).toBeFocused();
    await app.keyboard.press('Escape');
    await expect(palette).toBeHidden();
    await expect(paste).toBeVisible();
    await expect(text).toBeFocused();

    // Focus moved out of the dialog (a click on the toast's button): Escape still closes it, and only it.
    await toast.getByRole('button', { name: 'Dismiss' }).focus();
    await app.keyboard.press('Escape');
    await expect(paste).toBeHidden();
    await expect(toast).toBeVisible();

    // Nothing focused at all (focus fell to the page): Escape closes the dialog too.
    await app.getByRole('button', { name: 'Paste clip' }).click();
    await expect(text).toBeFocused();
    await app.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await app.keyboard.press('Escape');
    await expect(paste).toBeHidden();
  });

  test('Escape from the palette over the reader’s speaker editor closes the palette only, and the editor has the keyboard again', async ({ app }) => {
    await pasteAndOpen(app, LONG_CLIP);
    await selectWithMouse(app, 'Paragraph 3:', 'Tuesday');
    await app.keyboard.press('a');
    const editor = app.getByRole('dialog', { name: 'Speaker and mentions' });
    const speaker = editor.getByRole('combobox', { name: 'Set speaker' });
    await expect(speaker).toBeFocused();
    await app.keyboard.press('Control+k');
    const palette = app.getByRole('dialog', { name: 'Command palette' });
    await expect(palette).toBeVisible();
    await app.keyboard.press('Escape');
    await expect(palette).toBeHidden();
    await expect(editor).toBeVisible();
    await expect(speaker).toBeFocused();
    // A second Escape is the editor's, and the article text has the keyboard.
    await app.keyboard.press('Escape');
    await expect(editor).toBeHidden();
    await expect(app.locator('.reader-scroll')).toBeFocused();
  });
});

test.describe('after an action the keyboard stays where the user works', () => {
  test('in the reader, saving a comment and deleting a highlight from its toolbar leave the keyboard in the article text', async ({ app }) => {
    await pasteAndOpen(app, LONG_CLIP);
    const scroller = app.locator('.reader-scroll');
    const top = () => scroller.evaluate((e) => e.scrollTop);
    await selectWithMouse(app, 'Paragraph 2:', 'Tuesday');
    await app.keyboard.press('c');
    await expect(app.getByLabel('Comment')).toBeFocused();
    await app.keyboard.type('Check the date.');
    await app.keyboard.press('Control+Enter');
    await expect(app.locator('.quote-comment')).toHaveText('Check the date.');
    await expect(scroller).toBeFocused();

    // The comment box open again, then Delete on the toolbar: the box goes with the highlight.
    await app.keyboard.press('c');
    await expect(app.getByLabel('Comment')).toBeFocused();
    await app.getByRole('toolbar', { name: 'Edit the highlight' }).getByRole('button', { name: 'Delete' }).click();
    await waitForPaint(app, 0);
    await expect(scroller).toBeFocused();
    await app.keyboard.press('PageDown');
    await expect.poll(top).toBeGreaterThan(0);
  });

  test('accepting a suggestion from the keyboard moves on to the next suggestion’s button', async ({ app }) => {
    await pasteAndOpen(app, 'Varnholt dockers vote on night shifts\nHarbour Commissioner Tamsin Rook met the Varnholt Dockworkers Union on Monday.\n“Night shifts will be voluntary,” Ms Rook said.\nThe union’s secretary, Piet Olden, welcomed the offer.');
    const panel = app.getByRole('region', { name: 'Suggestions' });
    const rook = panel.getByRole('listitem', { name: 'Suggested actor Tamsin Rook' });
    await rook.getByRole('button', { name: 'Accept' }).focus();
    await app.keyboard.press('Enter');
    await expect(rook).toContainText('Linked');
    const focusedSuggestion = () =>
      app.evaluate(() => {
        const a = document.activeElement;
        return a instanceof HTMLButtonElement ? `${a.closest('li')?.getAttribute('aria-label') ?? a.closest('section')?.getAttribute('aria-label')}: ${a.textContent}` : 'not a button';
      });
    await expect.poll(focusedSuggestion).toMatch(/^Suggested (actor|speaker) .*: (Accept|Link)$/);
    const next = (await focusedSuggestion()).replace(/: (Accept|Link)$/, '');
    expect(next).not.toBe('Suggested actor Tamsin Rook');
    // Enter again accepts that one.
    await app.keyboard.press('Enter');
    await expect(panel.getByRole('listitem', { name: next, exact: true })).toContainText(/Linked|Accepted/);
  });

  test('saving the actor form with Ctrl+Enter gives the keyboard back to the Edit button', async ({ app }) => {
    await seedRows(app, { actors: [testActor('act-ilsa', 'Ilsa Varga')] });
    await app.goto(app.url().replace(/#.*$/, '') + '#/actors/act-ilsa');
    await appReady(app);
    const edit = app.getByRole('button', { name: 'Edit', exact: true });
    await edit.click();
    const form = app.getByRole('form', { name: 'Edit Ilsa Varga' });
    await form.getByLabel('Name').fill('Ilsa Varga-Holm');
    await app.keyboard.press('Control+Enter');
    await expect(app.getByRole('heading', { level: 1 })).toHaveText('Ilsa Varga-Holm');
    await expect(form).toBeHidden();
    await expect(edit).toBeFocused();
  });

  test('the Clip box keeps the keyboard after it clips; after a failure its address is selected to fix', async ({ app }) => {
    const site = await serveNewsSite();
    try {
      const box = app.getByLabel('Clip a web address');
      await box.fill(`${site.url}/news/lighthouse`);
      await box.press('Enter');
      await expect(app.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(1);
      await expect(box).toHaveValue('');
      await expect(box).toBeFocused();

      await app.keyboard.type(`${site.url}/gone`);
      await app.keyboard.press('Enter');
      await expect(app.getByRole('alert').filter({ hasText: 'HTTP 404' })).toBeVisible();
      await expect(box).toBeFocused();
      expect(await box.evaluate((e: HTMLInputElement) => [e.selectionStart, e.selectionEnd, e.value.length])).toEqual([0, `${site.url}/gone`.length, `${site.url}/gone`.length]);
      // Typing replaces the selected address.
      await app.keyboard.type(`${site.url}/news/kiosk-1252`);
      await app.keyboard.press('Enter');
      await expect(app.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(2);
      await expect(app.getByRole('alert').filter({ hasText: 'HTTP 404' })).toBeHidden();
      await expect(box).toHaveValue('');
      await expect(box).toBeFocused();
    } finally {
      await site.close();
    }
  });
});

test.describe('after an action the keyboard does not fall to the page', () => {
  const notBody = (app: Page) => app.evaluate(() => document.activeElement !== null && document.activeElement !== document.body);

  test('Undo in a toast gives the keyboard back to where it was: the Library list, the article text', async ({ app }) => {
    const list = await libraryListOfTwo(app);
    await app.keyboard.press('Delete');
    const toast = app.locator('.toast', { hasText: 'Deleted' });
    await toast.getByRole('button', { name: 'Undo' }).focus();
    await app.keyboard.press('Enter');
    await expect(app.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(2);
    await expect(toast).toHaveCount(0);
    await expect.poll(() => notBody(app)).toBe(true);
    await expect(list).toBeFocused();

    await pasteAndOpen(app, LONG_CLIP);
    const scroller = app.locator('.reader-scroll');
    await selectWithMouse(app, 'Paragraph 2:', 'Tuesday');
    await app.keyboard.press('h');
    await waitForPaint(app, 1);
    await app.keyboard.press('Delete');
    await waitForPaint(app, 0);
    await app.locator('.toast', { hasText: 'Deleted the highlight' }).getByRole('button', { name: 'Undo' }).focus();
    await app.keyboard.press('Enter');
    await waitForPaint(app, 1);
    await expect(scroller).toBeFocused();
  });

  test('deleting a note gives the keyboard to the notes list', async ({ app }) => {
    await openNewNote(app);
    await app.keyboard.type('Kept note');
    await expect(app.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    await openNewNote(app);
    await app.keyboard.type('Note to delete');
    await expect(app.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    await app.keyboard.press('Control+k');
    await app.getByRole('combobox', { name: 'Search the notebook or type a command' }).fill('delete this note');
    await app.keyboard.press('Enter');
    const notes = app.getByRole('list', { name: 'Notes' });
    await expect(notes.getByRole('link')).toHaveText(['Kept note']);
    await expect.poll(() => notBody(app)).toBe(true);
    await expect(notes.getByRole('link', { name: 'Kept note' })).toBeFocused();
  });

  test('an actor opened from the list with Enter, renamed and saved, keeps the keyboard on its page', async ({ app }) => {
    await seedRows(app, { actors: [testActor('act-ilsa', 'Ilsa Varga'), testActor('act-oren', 'Oren Dale')] });
    await app.keyboard.press('Control+3');
    await appReady(app, 'actors');
    await app.getByRole('listbox', { name: 'Actor list' }).focus();
    await app.keyboard.press('Enter');
    await appReady(app, 'actors/act-ilsa');
    const heading = app.getByRole('heading', { level: 1, name: 'Ilsa Varga' });
    await expect(heading).toBeFocused();

    // Rename with the Edit form's Save button, from the keyboard.
    await app.keyboard.press('Tab');
    await expect(app.getByRole('button', { name: 'Edit', exact: true })).toBeFocused();
    await app.keyboard.press('Enter');
    const form = app.getByRole('form', { name: 'Edit Ilsa Varga' });
    await form.getByLabel('Name').fill('Ilsa Varga-Holm');
    await form.getByRole('button', { name: 'Save' }).focus();
    await app.keyboard.press('Enter');
    await expect(app.getByRole('heading', { level: 1 })).toHaveText('Ilsa Varga-Holm');
    await expect(form).toBeHidden();
    await expect.poll(() => notBody(app)).toBe(true);
    await expect.poll(() => app.evaluate(() => !!document.activeElement?.closest('[aria-label^="Actor "]'))).toBe(true);

    // A new actor saved with Ctrl+Enter opens on its page, with the keyboard on its heading.
    await app.keyboard.press('Control+3');
    await appReady(app, 'actors');
    await app.keyboard.press('n');
    const create = app.getByRole('form', { name: 'New actor' });
    await create.getByLabel('Name').fill('Piet Olden');
    await app.keyboard.press('Control+Enter');
    await expect(app.getByRole('heading', { level: 1, name: 'Piet Olden' })).toBeFocused();
  });
});
