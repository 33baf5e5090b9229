import { test, expect } from '../helpers/fixtures';
import type { Page } from '@playwright/test';
import { seedRows, testArticle, testQuote } from '../helpers/seed-db';
import { openNewNote } from '../helpers/notes';

/** The note body's blocks: "p:<text>" for a paragraph, "quote" for a quote block. */
function blocks(app: Page): Promise<string[]> {
  return app.getByLabel('Note text').evaluate((body) =>
    [...body.children].map((c) => (c.querySelector('.note-quote') || c.classList.contains('note-quote') ? 'quote' : `${c.tagName.toLowerCase()}:${c.textContent ?? ''}`)),
  );
}

async function insertQuote(app: Page): Promise<void> {
  await app.keyboard.press('Control+Shift+Q');
  const picker = app.getByRole('dialog', { name: 'Insert a quote' });
  await expect(picker.getByRole('option')).toHaveCount(1);
  await app.keyboard.press('Enter');
  await expect(picker).toBeHidden();
}

test.describe('a quote inserted into a note', () => {
  test.beforeEach(async ({ app }) => {
    await seedRows(app, { articles: [testArticle('art-ferry', 'Council approves night ferry')], quotes: [testQuote('q-night', 'art-ferry', 'We will run the ferry through the night.', null)] });
    await openNewNote(app);
    await app.keyboard.type('Spacing');
    await app.keyboard.press('Enter');
  });

  test('in an empty paragraph takes its place: no second empty paragraph above the quote', async ({ app }) => {
    await app.keyboard.type('Intro');
    await app.keyboard.press('Enter');
    await app.keyboard.press('Enter');
    // One empty paragraph the user made, and the caret in the next (empty) one.
    expect(await blocks(app)).toEqual(['p:Intro', 'p:', 'p:']);
    await insertQuote(app);
    expect(await blocks(app)).toEqual(['p:Intro', 'p:', 'quote', 'p:']);
    // Typing goes on below the quote.
    await app.keyboard.type('After');
    expect(await blocks(app)).toEqual(['p:Intro', 'p:', 'quote', 'p:After']);
  });

  test('at the end of a paragraph goes below it, and in the middle splits it', async ({ app }) => {
    await app.keyboard.type('Intro');
    await insertQuote(app);
    expect(await blocks(app)).toEqual(['p:Intro', 'quote', 'p:']);
    await app.keyboard.type('after');
    await app.keyboard.press('Home');
    await app.keyboard.type('Before ');
    await insertQuote(app);
    expect(await blocks(app)).toEqual(['p:Intro', 'quote', 'p:Before ', 'quote', 'p:after']);
  });
});
