import { test, expect } from '../helpers/fixtures';
import { pasteAndOpen, selectWithMouse, waitForPaint } from '../helpers/reader';
import { appReady } from '../helpers/app-ready';

const FERRY = [
  'Harbour board backs a night ferry to Ostrand',
  'The Velmar harbour board voted on Tuesday to run a night ferry to Ostrand from May.',
  '"We have listened to the people who keep this port running," said the board chair, Ilsa Varga.',
].join('\n');
const MARKET = [
  'Fire closes the covered market in Brask',
  'A fire in a bakery closed the covered market in Brask overnight, the fire service said.',
  'Stallholder Pim Aaltonen said the market should reopen within a week.',
].join('\n');

test('All quotes filters by colour, article, tag, actor and words, and opens a quote at its highlight', async ({ app }) => {
  await pasteAndOpen(app, FERRY);
  await selectWithMouse(app, 'run a night ferry', 'from May');
  await app.keyboard.press('1'); // yellow
  await waitForPaint(app, 1);
  await selectWithMouse(app, 'We have listened', 'port running');
  await app.keyboard.press('2'); // green
  await waitForPaint(app, 2);

  await app.goto(`${app.url().split('#')[0]}#/library`);
  await appReady(app);
  await pasteAndOpen(app, MARKET);
  await selectWithMouse(app, 'closed the covered', 'overnight');
  await app.keyboard.press('2'); // green
  await waitForPaint(app, 1);
  await app.locator('.quote-item-open').first().click();
  await app.keyboard.press('c');
  const bar = app.getByRole('toolbar', { name: 'Edit the highlight' });
  await bar.getByLabel('Comment').fill('Confirm the cause with the fire service');
  await bar.getByLabel('Tags').fill('fires, Brask');
  await bar.getByRole('button', { name: /Save/ }).click();
  await expect(app.locator('.quote-comment')).toHaveText('Confirm the cause with the fire service');

  // An actor row and a speaker link, written as the actors feature would.
  await app.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('dossier');
        open.onsuccess = () => {
          const tx = open.result.transaction(['actors', 'quotes'], 'readwrite');
          const now = new Date().toISOString();
          tx.objectStore('actors').put({ id: 'actor-varga', name: 'Ilsa Varga', kind: 'person', aliases: [], role: null, affiliationId: null, description: '', tags: [], keys: ['ilsa varga'], createdAt: now, updatedAt: now });
          const quotes = tx.objectStore('quotes');
          const all = quotes.getAll();
          all.onsuccess = () => {
            for (const q of all.result as { text: string; speakerId: string | null }[]) {
              if (q.text.startsWith('We have listened')) quotes.put({ ...q, speakerId: 'actor-varga' });
            }
          };
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );

  await app.goto(`${app.url().split('#')[0]}#/quotes`);
  await appReady(app);
  const list = app.getByRole('list', { name: 'Quotes' });
  const texts = () => list.locator('.quote-text').allTextContents();
  await expect(list.locator('.quote-text')).toHaveCount(3);
  await expect(app.getByText('3 quotes')).toBeVisible();

  await app.getByLabel('Colour').selectOption('green');
  await expect.poll(texts).toEqual(expect.arrayContaining(['closed the covered market in Brask overnight', 'We have listened to the people who keep this port running']));
  await expect(list.locator('.quote-text')).toHaveCount(2);
  // Actors and articles are picked by type-ahead (a library of 10,000 does not fit a <select>).
  await app.getByRole('combobox', { name: 'Article' }).fill('covered mark');
  await app.getByRole('option', { name: 'Fire closes the covered market in Brask' }).click();
  await expect.poll(texts).toEqual(['closed the covered market in Brask overnight']);
  await app.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(list.locator('.quote-text')).toHaveCount(3);

  await app.getByLabel('Tag').selectOption('fires');
  await expect.poll(texts).toEqual(['closed the covered market in Brask overnight']);
  await app.getByLabel('Tag').selectOption('');
  await app.getByRole('combobox', { name: 'Actor' }).fill('ilsa');
  await expect(app.getByRole('option', { name: 'Ilsa Varga' })).toBeVisible();
  await app.keyboard.press('Enter');
  await expect.poll(texts).toEqual(['We have listened to the people who keep this port running']);
  await app.getByRole('button', { name: 'Clear the actor filter' }).click();

  await app.getByLabel('Search quotes and comments').fill('FIRE SERVICE');
  await expect.poll(texts).toEqual(['closed the covered market in Brask overnight']);
  await app.getByLabel('Search quotes and comments').fill('nothing like this');
  await expect(app.getByText('No quotes match')).toBeVisible();
  await app.getByLabel('Search quotes and comments').fill('ferry');

  // Click opens the article at the highlight.
  await list.locator('.quote-item-open', { hasText: 'run a night ferry' }).click();
  await expect(app).toHaveURL(/#\/read\/[^?]+\?quote=/);
  await expect(app.locator('.reader-title')).toHaveText('Harbour board backs a night ferry to Ostrand');
  await expect(app.locator('.quote-item.active')).toContainText('run a night ferry to Ostrand from May');

  // Items are draggable with the quote id.
  await app.goto(`${app.url().split('#')[0]}#/quotes`);
  const dragged = await list.locator('li.quote-item').first().evaluate((li) => {
    const dt = new DataTransfer();
    li.dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: dt }));
    return dt.getData('application/x-dossier-quote');
  });
  expect(dragged).toMatch(/^[0-9a-f-]{36}$/);
});

test('All quotes shows an empty state with what to do first', async ({ app }) => {
  await app.goto(`${app.url().split('#')[0]}#/quotes`);
  await expect(app.getByText('No quotes yet')).toBeVisible();
});

test('All quotes from the keyboard: Delete removes the quote with Undo, e opens it in the reader with its toolbar', async ({ app }) => {
  await pasteAndOpen(app, FERRY);
  await selectWithMouse(app, 'run a night ferry', 'from May');
  await app.keyboard.press('1');
  await waitForPaint(app, 1);
  await selectWithMouse(app, 'We have listened', 'port running');
  await app.keyboard.press('2');
  await waitForPaint(app, 2);

  await app.goto(`${app.url().split('#')[0]}#/quotes`);
  await appReady(app);
  const list = app.getByRole('list', { name: 'Quotes' });
  const texts = () => list.locator('.quote-text').allTextContents();
  await expect(list.locator('.quote-text')).toHaveCount(2);
  const first = (await texts())[0]!;
  const second = (await texts())[1]!;

  // Delete on the focused list deletes the active (first) row; the list keeps the keyboard.
  await list.focus();
  await app.keyboard.press('Delete');
  await expect.poll(texts).toEqual([second]);
  await expect(app.getByText('1 quote', { exact: true })).toBeVisible();
  await expect(list).toBeFocused();
  await app.locator('.toast', { hasText: 'Deleted the highlight' }).getByRole('button', { name: 'Undo' }).click();
  await expect.poll(texts).toEqual([first, second]);

  // Delete on a row's own button deletes that row.
  await list.locator('.quote-item-open', { hasText: second }).focus();
  await app.keyboard.press('Delete');
  await expect.poll(texts).toEqual([first]);
  await expect.poll(() => app.evaluate(() => document.activeElement !== document.body)).toBe(true);
  await app.keyboard.press('Control+z');
  await expect.poll(texts).toEqual([first, second]);

  // e: the quote in its article, with the highlight's toolbar open.
  await list.locator('.quote-item-open', { hasText: second }).focus();
  await app.keyboard.press('e');
  await expect(app).toHaveURL(/#\/read\/[^?]+\?quote=[^&]+&edit=1/);
  await expect(app.locator('.quote-item.active')).toContainText(second);
  await expect(app.getByRole('toolbar', { name: 'Edit the highlight' })).toBeVisible();
});

test('the Actor and Article filters look like the search field beside them', async ({ app }) => {
  await app.goto(`${app.url().split('#')[0]}#/quotes`);
  await appReady(app);
  const look = (name: string) =>
    app.getByRole(name === 'search' ? 'searchbox' : 'combobox', { name: name === 'search' ? 'Search quotes and comments' : name }).evaluate((el) => {
      const s = getComputedStyle(el);
      return { padding: s.padding, border: s.border, borderRadius: s.borderRadius, fontSize: s.fontSize, height: el.getBoundingClientRect().height, background: s.backgroundColor };
    });
  const search = await look('search');
  expect(await look('Actor')).toEqual(search);
  expect(await look('Article')).toEqual(search);
});
