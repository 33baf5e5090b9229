import { test, expect } from '../helpers/fixtures';
import type { Page } from '@playwright/test';
import { seedRows, testActor, testArticle, testQuote } from '../helpers/seed-db';
import { appReady } from '../helpers/app-ready';
import { openNewNote } from '../helpers/notes';
import { readRows } from '../helpers/notebook-db';

const ARTICLE = testArticle('art-ferry', 'Council approves night ferry');
const QUOTE = testQuote('q-night', 'art-ferry', 'We will run the ferry through the night from April.', 'act-ines');
const QUOTE2 = testQuote('q-cost', 'art-ferry', 'The port covers the running costs for two years.', null);
const INES = testActor('act-ines', 'Ines Varga', ['Minister Varga']);

test('a note with a mention and quotes survives a reload and shows among the actor’s backlinks', async ({ app }) => {
  await seedRows(app, { articles: [ARTICLE], quotes: [QUOTE, QUOTE2], actors: [INES] });
  await app.goto(app.url().replace(/#.*$/, '') + '#/notes');
  await app.reload();

  await app.getByRole('button', { name: 'New note' }).first().click();
  const title = app.getByLabel('Note title');
  await expect(title).toBeVisible();
  await expect(app).toHaveURL(/#\/notes\/(?!new)[^/?]+$/);
  await appReady(app);
  // A new note opens with its title selected: typing names it.
  await expect(title).toBeFocused();
  await app.keyboard.type('Night ferry reporting');
  await expect(title).toHaveValue('Night ferry reporting');
  await title.press('Enter');

  const body = app.getByLabel('Note text');
  await app.keyboard.type('Spoke with @Minis');
  const option = app.getByRole('option', { name: /Ines Varga/ });
  await expect(option).toBeVisible();
  await expect(app.getByRole('option', { name: /Create actor “Minis”/ })).toBeVisible();
  await app.keyboard.press('Enter');
  await expect(body.locator('.note-mention')).toHaveText('@Ines Varga');
  await app.keyboard.type('about the timetable.');

  // Insert a quote from the picker (keyboard only).
  await app.keyboard.press('Control+Shift+Q');
  const picker = app.getByRole('dialog', { name: 'Insert a quote' });
  await expect(picker).toBeVisible();
  await app.keyboard.type('through the night');
  await expect(picker.getByRole('option')).toHaveCount(1);
  await app.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  const quote = body.locator('.note-quote[data-quote-id="q-night"]');
  await expect(quote).toContainText('We will run the ferry through the night from April.');
  await expect(quote).toContainText('Ines Varga');
  await expect(quote).toContainText('Council approves night ferry');
  await expect(quote).toContainText('Harbour Post');
  await app.keyboard.type('Follow up with the port.');

  // Drag a second quote in from the quotes panel (it carries QUOTE_DRAG_MIME, as the reader's quote panel and All quotes do).
  await app.getByRole('button', { name: 'Quotes panel' }).click();
  const panel = app.getByRole('complementary', { name: 'Quotes to add' });
  await panel.getByLabel('Search quotes to add').fill('running costs');
  const item = panel.locator('li[data-quote-id="q-cost"]');
  await expect(item).toBeVisible();
  const box = (await body.boundingBox())!;
  await item.dragTo(body, { targetPosition: { x: 20, y: box.height - 10 } });
  await expect(body.locator('.note-quote[data-quote-id="q-cost"]')).toContainText('The port covers the running costs');

  await expect(app.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  const noteUrl = app.url();
  await app.reload();
  await expect(app.getByLabel('Note title')).toHaveValue('Night ferry reporting');
  const reloaded = app.getByLabel('Note text');
  await expect(reloaded).toContainText('Spoke with');
  await expect(reloaded.locator('.note-mention')).toHaveText('@Ines Varga');
  await expect(reloaded).toContainText('about the timetable.');
  await expect(reloaded.locator('.note-quote[data-quote-id="q-night"]')).toContainText('through the night');
  await expect(reloaded.locator('.note-quote[data-quote-id="q-cost"]')).toContainText('running costs');
  await expect(reloaded).toContainText('Follow up with the port.');
  expect(app.url()).toBe(noteUrl);

  // The list finds it by its text.
  await app.getByLabel('Search notes').fill('timetable');
  await expect(app.getByRole('list', { name: 'Notes' }).getByRole('link', { name: 'Night ferry reporting' })).toBeVisible();

  // Backlinks: the note is listed on the actor's page.
  await app.goto(app.url().replace(/#.*$/, '') + '#/actors/act-ines');
  const backlinks = app.getByRole('region', { name: 'Notes that reference this' });
  await expect(backlinks.getByRole('link', { name: 'Night ferry reporting' })).toBeVisible();
  await backlinks.getByRole('link', { name: 'Night ferry reporting' }).click();
  await expect(app.getByLabel('Note title')).toHaveValue('Night ferry reporting');

  // Clicking a quote opens its article at the highlight.
  await app.getByLabel('Note text').locator('.note-quote[data-quote-id="q-night"] blockquote a').click();
  await expect(app).toHaveURL(/#\/read\/art-ferry\?quote=q-night$/);
});

test('@ offers to create an actor, and the new actor is mentioned and saved', async ({ app }) => {
  await openNewNote(app);
  await expect(app.getByLabel('Note title')).toBeVisible();
  await app.getByLabel('Note text').click();
  await app.keyboard.type('Call @Oskar Lind');
  const create = app.getByRole('option', { name: 'Create actor “Oskar Lind”' });
  await expect(create).toBeVisible();
  await create.click();
  await expect(app.getByLabel('Note text').locator('.note-mention')).toHaveText('@Oskar Lind');
  await expect(app.getByRole('alert').or(app.locator('.toast')).filter({ hasText: 'Created actor “Oskar Lind”' })).toBeVisible();
  await expect(app.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  const actorId = await app.getByLabel('Note text').locator('.note-mention').getAttribute('data-actor-id');
  await app.goto(app.url().replace(/#.*$/, '') + `#/actors/${actorId}`);
  await expect(app.getByRole('region', { name: 'Notes that reference this' }).getByRole('link', { name: 'Untitled note' })).toBeVisible();
});

test('Markdown shortcuts, checklists and undo work while typing', async ({ app }) => {
  await openNewNote(app);
  await app.getByLabel('Note text').click();
  await app.keyboard.type('# Heading\n');
  await app.keyboard.type('[ ] call the port\n');
  await app.keyboard.press('Enter');
  await app.keyboard.type('**bold** text');
  const body = app.getByLabel('Note text');
  await expect(body.locator('h1')).toHaveText('Heading');
  await expect(body.locator('li[role="checkbox"], li.ne-li-unchecked')).toHaveText('call the port');
  await expect(body.locator('strong, .ne-bold').first()).toHaveText('bold');
  await app.keyboard.press('Control+z');
  await app.keyboard.press('Control+z');
  await expect(body).not.toContainText('text');
});

test('a quote in a note follows edits to the quote and, once the quote is deleted, keeps its last text marked detached', async ({ app }) => {
  await seedRows(app, { articles: [ARTICLE], quotes: [QUOTE], actors: [INES] });
  await openNewNote(app);
  await app.getByLabel('Note text').click();
  await app.keyboard.press('Control+Shift+Q');
  await app.keyboard.type('through the night');
  await expect(app.getByRole('dialog', { name: 'Insert a quote' }).getByRole('option')).toHaveCount(1);
  await app.keyboard.press('Enter');
  await expect(app.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  // The quote is edited and its speaker renamed elsewhere (rows changed in the notebook).
  const edited = { ...QUOTE, text: 'We will run the ferry every night from April.' };
  await seedRows(app, { quotes: [edited], actors: [{ ...INES, name: 'Ines Varga-Kos' }] });
  await app.reload();
  const quote = app.getByLabel('Note text').locator('.note-quote[data-quote-id="q-night"]');
  await expect(quote).toContainText('every night from April');
  await expect(quote).toContainText('Ines Varga-Kos');
  // The stored snapshot follows, so the note keeps the new text even after the quote goes.
  await expect
    .poll(() => readNoteStates(app))
    .toEqual([expect.stringContaining('every night from April')]);

  await app.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('dossier');
        open.onsuccess = () => {
          const tx = open.result.transaction('quotes', 'readwrite');
          tx.objectStore('quotes').delete('q-night');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await app.reload();
  const detached = app.getByLabel('Note text').locator('.note-quote[data-quote-id="q-night"]');
  await expect(detached).toContainText('every night from April');
  await expect(detached).toContainText('Detached: quote deleted');
});

async function readNoteStates(app: Page): Promise<string[]> {
  return (await readRows<{ editorState: string }>(app, 'notes')).map((n) => n.editorState);
}

test('“New note for this article” from the reader makes an article note, and the reader lists it', async ({ app }) => {
  const text = 'The council voted on Tuesday. We will run the ferry through the night from April. The port covers the running costs for two years.';
  await seedRows(app, {
    articles: [ARTICLE],
    quotes: [{ ...QUOTE, positionSelector: { type: 'TextPositionSelector', start: 30, end: 83 } }],
    actors: [INES],
    bodies: [{ articleId: ARTICLE.id, html: `<p>${text}</p>`, text, captions: [] }],
  });
  await app.goto(app.url().replace(/#.*$/, '') + '#/read/art-ferry');
  await app.reload();
  const backlinks = app.getByRole('region', { name: 'Notes that reference this' });
  await expect(backlinks).toContainText('No notes about this article yet.');
  await backlinks.getByRole('button', { name: 'New note for this article' }).click();

  await expect(app.getByText('Note on')).toContainText('Council approves night ferry');
  const panel = app.getByRole('complementary', { name: 'Quotes to add' });
  await expect(panel.getByRole('heading')).toHaveText('This article’s quotes');
  await panel.getByRole('button', { name: /Insert “We will run the ferry/ }).click();
  await expect(app.getByLabel('Note text').locator('.note-quote[data-quote-id="q-night"]')).toBeVisible();
  await app.getByLabel('Note title').fill('Ferry article note');
  await expect(app.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  await app.goto(app.url().replace(/#.*$/, '') + '#/read/art-ferry');
  await expect(app.getByRole('region', { name: 'Notes that reference this' }).getByRole('link', { name: 'Ferry article note' })).toBeVisible();
});
