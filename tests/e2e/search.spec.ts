import type { Page } from '@playwright/test';
import { test, expect } from '../helpers/fixtures';
import { deleteRows, putRows, searchReady, type SearchProbe } from '../helpers/notebook-db';
import { appReady } from '../helpers/app-ready';
import { dropData, pasteClipFromPalette } from '../helpers/clip-pages';

const at = '2025-03-01T10:00:00.000Z';

/** Opens the palette, types the query, and returns the result rows as "Group: title". */
async function paletteSearch(app: Page, query: string): Promise<void> {
  if (!(await app.getByRole('dialog', { name: 'Command palette' }).isVisible())) await app.keyboard.press('Control+k');
  const input = app.getByRole('combobox', { name: /Search the notebook/ });
  await expect(input).toBeFocused();
  await input.fill(query);
}

const options = (app: Page) => app.getByRole('dialog', { name: 'Command palette' }).getByRole('option');
const flush = (app: Page) => app.evaluate(() => (window as unknown as { __dossierSearch: SearchProbe }).__dossierSearch.flush());

test.describe('search everywhere', () => {
  test('Ctrl+K finds articles, quotes, actors and notes, grouped, and opens them from the keyboard; edits and deletions show', async ({ app }) => {
    await searchReady(app);
    expect(await app.evaluate(() => (window as unknown as { __dossierSearch: SearchProbe }).__dossierSearch.engine())).toBe('worker');
    await pasteClipFromPalette(app, 'Harbour council approves night ferry\nThe council of Velmar voted seven to two on Tuesday.\nService starts in spring.');
    await flush(app);
    const articleId = await app.evaluate(async () => (await (window as unknown as { __dossierSearch: SearchProbe }).__dossierSearch.search('harbour'))[0]?.id ?? '');
    expect(articleId).not.toBe('');

    // Rows no repository announced (as another window would write them): the index picks them up on reopen.
    await putRows(app, 'quotes', [{
      id: 'q1', articleId, text: 'We will run the ferry every night of the week', quoteSelector: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
      positionSelector: { type: 'TextPositionSelector', start: 0, end: 1 }, unplaced: false, color: 'yellow', comment: 'check the timetable',
      speakerId: 'p1', mentionIds: [], tags: [], createdAt: at, updatedAt: at,
    }]);
    await putRows(app, 'actors', [{ id: 'p1', name: 'Ólafur Brännström', kind: 'person', aliases: ['Brännström'], role: 'ferry operator', affiliationId: null, description: '', tags: [], keys: ['olafur brannstrom', 'brannstrom'], createdAt: at, updatedAt: at }]);
    await putRows(app, 'notes', [{ id: 'n1', title: 'Ferry timeline', editorState: '{}', text: 'Ask Brännström about the night crews.', articleId: null, quoteIds: [], actorIds: ['p1'], createdAt: at, updatedAt: at }]);
    await app.reload();
    await appReady(app);
    await searchReady(app);

    await paletteSearch(app, 'ferry');
    const groups = app.locator('.palette-group');
    await expect(groups.filter({ hasText: /^(Articles|Quotes|Actors|Notes)$/ })).toHaveText(['Articles', 'Quotes', 'Actors', 'Notes']);
    await expect(options(app).nth(0)).toContainText('Harbour council approves night ferry');
    await expect(options(app).nth(1)).toContainText('We will run the ferry every night');
    await expect(options(app).nth(2)).toContainText('Ólafur Brännström');
    await expect(options(app).nth(3)).toContainText('Ferry timeline');

    // Keyboard only: arrow down to the quote, Enter opens the reader at it.
    await app.keyboard.press('ArrowDown');
    await app.keyboard.press('Enter');
    await expect(app.getByRole('dialog', { name: 'Command palette' })).toBeHidden();
    expect(new URL(app.url()).hash).toBe(`#/read/${articleId}?quote=q1`);

    // Accents and case folded, typo forgiven; Enter on the first hit opens the actor.
    await paletteSearch(app, 'BRANSTROM');
    await expect(options(app).first()).toContainText('Ólafur Brännström');
    await app.keyboard.press('Enter');
    expect(new URL(app.url()).hash).toBe('#/actors/p1');

    await paletteSearch(app, 'timelin');
    await expect(options(app).first()).toContainText('Ferry timeline');
    await app.keyboard.press('Enter');
    expect(new URL(app.url()).hash).toBe('#/notes/n1');

    await paletteSearch(app, 'velmar');
    await expect(options(app).first()).toContainText('Harbour council approves night ferry');
    await app.keyboard.press('Enter');
    expect(new URL(app.url()).hash).toBe(`#/read/${articleId}`);

    // A new clip saved through the app is found at once, without reopening.
    await pasteClipFromPalette(app, 'Grain prices fall at Kessing market\nTraders said the harvest came three weeks early.');
    await paletteSearch(app, 'kessing');
    await expect(options(app).first()).toContainText('Grain prices fall at Kessing market');
    await app.keyboard.press('Escape');

    // Edit and delete behind the index's back, then reopen: the stale index is brought up to date.
    await putRows(app, 'actors', [{ id: 'p1', name: 'Olaf Tvedt', kind: 'person', aliases: [], role: 'ferry operator', affiliationId: null, description: '', tags: [], keys: ['olaf tvedt'], createdAt: at, updatedAt: '2099-01-01T00:00:00.000Z' }]);
    await deleteRows(app, 'notes', ['n1']);
    await app.reload();
    await appReady(app);
    await searchReady(app);
    await paletteSearch(app, 'tvedt');
    await expect(options(app).first()).toContainText('Olaf Tvedt');
    await paletteSearch(app, 'brannstrom');
    await expect(app.locator('.palette-group', { hasText: 'Actors' })).toHaveCount(0);
    await expect(app.locator('.palette-group', { hasText: 'Notes' })).toHaveCount(0);
    await paletteSearch(app, 'timeline');
    await expect(app.getByText('Ferry timeline')).toHaveCount(0);
  });

  test('results in an open palette follow the notebook: a clip saved while it shows a query appears without retyping', async ({ app }) => {
    await searchReady(app);
    await app.keyboard.press('Control+1');
    await appReady(app, 'library');
    await paletteSearch(app, 'kessing');
    await expect(app.locator('.palette-group', { hasText: 'Articles' })).toHaveCount(0);

    // Text dropped on the library behind the palette is clipped; the palette keeps its query.
    await dropData(app, { 'text/plain': 'Grain prices fall at Kessing market\nTraders said the harvest came three weeks early.' });
    await expect(app.locator('.palette-group', { hasText: 'Articles' })).toHaveCount(1);
    await expect(options(app).first()).toContainText('Grain prices fall at Kessing market');
    await expect(app.getByRole('combobox', { name: /Search the notebook/ })).toHaveValue('kessing');
  });

  test('the palette lists an actor that both actor search and notebook search find once', async ({ app }) => {
    await searchReady(app);
    await putRows(app, 'actors', [{ id: 'p9', name: 'Ilsa Varga', kind: 'person', aliases: ['Ms Varga', 'the harbour chair'], role: null, affiliationId: null, description: '', tags: [], keys: ['ilsa varga', 'ms varga', 'the harbour chair'], createdAt: at, updatedAt: at }]);
    await app.reload();
    await appReady(app);
    await searchReady(app);
    await paletteSearch(app, 'varga');
    await expect(options(app).filter({ hasText: 'Ilsa Varga' })).toHaveCount(1);
    await expect(app.locator('.palette-group', { hasText: 'Actors' })).toHaveCount(1);
  });

  test('an article found in the palette shows the words around the match, not its first paragraph', async ({ app }) => {
    await searchReady(app);
    await pasteClipFromPalette(
      app,
      [
        'Harbour board publishes its minutes',
        'The harbour board of Ostrand published the minutes of its spring meetings on Monday, after months of requests from the ferry users and the fishermen who moor at the north quay.',
        'The minutes cover the budget for the new sea wall, the winter timetable and the dredging of the inner basin.',
        'In the last meeting the board discussed the dredging scandal of 2019 for the first time in public.',
      ].join('\n'),
    );
    await flush(app);
    await paletteSearch(app, 'scandal');
    const hit = options(app).filter({ hasText: 'Harbour board publishes its minutes' });
    await expect(hit.locator('.palette-subtitle')).toContainText('the dredging scandal of 2019');
  });
});
