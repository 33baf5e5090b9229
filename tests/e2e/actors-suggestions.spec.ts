import type { Page } from '@playwright/test';
import { test, expect } from '../helpers/fixtures';
import { pasteAndOpen, selectWithMouse } from '../helpers/reader';
import { appReady, viewOf } from '../helpers/app-ready';
import { readStored } from '../helpers/clip-pages';

// Articles written for this test (invented port, people and union).
const FIRST = `Varnholt dockers vote on night shifts
Harbour Commissioner Tamsin Rook met the Varnholt Dockworkers Union on Monday.
“Night shifts will be voluntary,” Ms Rook said.
The union’s secretary, Piet Olden, welcomed the offer.`;
const SECOND = `Varnholt port reopens after strike
The port of Varnholt reopened on Friday after a week-long strike.
“Every crane is back in service,” Ms Tamsin Rook said at the quay.
Ms Rook added that the port would publish its night schedule next week.`;

async function go(app: Page, hash: string) {
  await app.evaluate((h: string) => {
    window.location.hash = h;
  }, hash);
  await appReady(app, viewOf(`http://dossier.test/${hash}`));
}

test('paste two articles, accept the suggestions, and see the speaker’s quotes in time order on the actor page', async ({ app }) => {
  const first = await pasteAndOpen(app, FIRST);
  await go(app, '#/library');
  const second = await pasteAndOpen(app, SECOND);

  // Accept the later article first, so the timeline's order is not just the order quotes were made.
  const panel = app.getByRole('region', { name: 'Suggestions' });
  const rook = panel.getByRole('listitem', { name: 'Suggested actor Tamsin Rook' });
  await expect(rook).toContainText('person');
  await expect(rook).toContainText('“Ms Rook”');
  const speaker = panel.getByRole('listitem', { name: /Suggested speaker for “Every crane/ });
  await expect(speaker).toContainText('Tamsin Rook');
  await expect(speaker).toContainText('after the quote: “Ms Tamsin Rook said”');
  // The article was read off the window's thread, in the suggestions worker.
  expect(await app.evaluate(() => (globalThis as unknown as { __dossierSuggest: { engine(): string } }).__dossierSuggest.engine())).toBe('worker');
  // Nothing is applied before the user accepts.
  await go(app, '#/actors');
  await expect(app.getByText('No actors yet')).toBeVisible();

  await go(app, `#/read/${encodeURIComponent(second)}`);
  await panel.getByRole('listitem', { name: /Suggested speaker for “Every crane/ }).getByRole('button', { name: 'Accept' }).click();
  await expect(panel.getByRole('listitem', { name: /Suggested speaker for “Every crane/ })).toContainText('Accepted');
  await expect(panel.getByRole('listitem', { name: 'Suggested actor Tamsin Rook' })).toContainText('Linked');

  // The accepted speaker's quotation is now a highlight of the article.
  await expect(app.getByRole('list', { name: 'Highlights in reading order' })).toContainText('Every crane is back in service');
  // Stored without the comma that joins it to “Ms Tamsin Rook said”; its selectors describe those words.
  const crane = (await readStored(app)).quotes;
  expect(crane.map((q) => q['text'])).toEqual(['Every crane is back in service']);
  expect(crane[0]!['quoteSelector']).toMatchObject({ exact: 'Every crane is back in service', prefix: expect.stringMatching(/\n“$/), suffix: expect.stringMatching(/^,” Ms Tamsin Rook said/) });

  await go(app, `#/read/${encodeURIComponent(first)}`);
  await expect(panel.getByRole('listitem', { name: 'Suggested actor Tamsin Rook' })).toContainText('in your notebook');
  await expect(panel.getByRole('listitem', { name: 'Suggested actor Piet Olden' })).toContainText('union’s secretary');
  // Accept all from the command palette (the panel's "Accept all" button runs the same action).
  await expect(panel.getByRole('button', { name: /Accept all/ })).toBeVisible();
  await app.keyboard.press('Control+k');
  await app.getByRole('combobox', { name: /Search the notebook/ }).fill('accept all suggestions');
  await expect(app.getByRole('dialog', { name: 'Command palette' }).getByRole('option', { selected: true })).toContainText(/Accept all suggestions/);
  await app.keyboard.press('Enter');
  await expect(panel.getByRole('button', { name: /Accept all/ })).toHaveCount(0);
  await expect(panel.getByRole('listitem', { name: /Suggested speaker for “Night shifts/ })).toContainText('Accepted');
  expect((await readStored(app)).quotes.map((q) => q['text']).sort()).toEqual(['Every crane is back in service', 'Night shifts will be voluntary']);

  await go(app, '#/actors');
  const list = app.getByRole('listbox', { name: 'Actor list' });
  await expect(list.getByRole('link', { name: 'Varnholt Dockworkers Union' })).toBeVisible();
  await list.getByRole('link', { name: 'Tamsin Rook' }).click();
  await expect(app.getByRole('heading', { name: 'Tamsin Rook', level: 1 })).toBeVisible();
  const timeline = app.getByRole('list', { name: 'Quotes spoken, oldest first' }).getByRole('listitem');
  await expect(timeline).toHaveCount(2);
  await expect(timeline.nth(0)).toContainText('Night shifts will be voluntary');
  await expect(timeline.nth(0)).toContainText('Varnholt dockers vote on night shifts');
  await expect(timeline.nth(1)).toContainText('Every crane is back in service');
  await expect(app.getByRole('list', { name: 'Articles that mention' }).getByRole('listitem')).toHaveCount(2);
  await expect(app.getByText('Harbour Commissioner')).toBeVisible();
});

test('set a quote’s speaker and mentions from the reader with type-ahead, and create an actor from the selected words', async ({ app }) => {
  await pasteAndOpen(app, FIRST);
  // Create an actor from the selected words: select the name, press "a", create it as a mention.
  await selectWithMouse(app, 'Piet Olden');
  await app.keyboard.press('a');
  const editor = app.getByRole('dialog', { name: 'Speaker and mentions' });
  await expect(editor).toBeVisible();
  await editor.getByRole('button', { name: '…as mentioned' }).click();
  await expect(editor.getByRole('list', { name: 'Mentioned actors' })).toContainText('Piet Olden');
  await app.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  // Let go of the highlight so its toolbar does not cover the next words to select.
  await app.keyboard.press('Escape');
  await expect(app.getByRole('toolbar')).toHaveCount(0);

  // Highlight the quotation and set its speaker by typing part of a name; add a mention the same way.
  await selectWithMouse(app, 'Night shifts', 'voluntary,');
  await app.keyboard.press('a');
  await expect(editor).toBeVisible();
  await editor.getByRole('combobox', { name: 'Set speaker' }).fill('tamsin');
  await editor.getByRole('option', { name: /Create actor “tamsin”/ }).waitFor();
  await editor.getByRole('combobox', { name: 'Set speaker' }).fill('Tamsin Rook');
  // The article's own suggestion comes first and is taken by Enter; "Create actor" waits for ↓.
  await expect(editor.getByRole('option', { name: /^Tamsin Rook \(suggested\)/ })).toHaveAttribute('aria-selected', 'true');
  await expect(editor.getByRole('option', { name: /Create actor “Tamsin Rook”/ })).toHaveAttribute('aria-selected', 'false');
  await app.keyboard.press('Enter');
  await expect(editor.getByRole('list', { name: 'Speaker' })).toContainText('Tamsin Rook');
  await editor.getByRole('combobox', { name: 'Add mention' }).fill('olden');
  await expect(editor.getByRole('option', { name: /^Piet Olden/ })).toBeVisible();
  await app.keyboard.press('Enter');
  await expect(editor.getByRole('list', { name: 'Mentioned actors' })).toContainText('Piet Olden');
  await app.keyboard.press('Escape');

  await go(app, '#/actors');
  await app.getByRole('listbox', { name: 'Actor list' }).getByRole('link', { name: 'Piet Olden' }).click();
  await expect(app.getByRole('list', { name: 'Quotes that mention' }).getByRole('listitem')).toHaveCount(2);
  await go(app, '#/actors');
  await app.getByRole('listbox', { name: 'Actor list' }).getByRole('link', { name: 'Tamsin Rook' }).click();
  await expect(app.getByRole('list', { name: 'Quotes spoken, oldest first' })).toContainText('Night shifts will be voluntary');
});
