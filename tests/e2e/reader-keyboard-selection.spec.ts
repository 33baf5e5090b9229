import { test, expect } from '../helpers/fixtures';
import type { Page } from '@playwright/test';
import { appReady } from '../helpers/app-ready';
import { readRows } from '../helpers/notebook-db';
import { paintedWords, waitForPaint } from '../helpers/reader';

const TITLE = 'Harbour board backs a night ferry to Ostrand';
const PARAGRAPH_1 = 'The Velmar harbour board voted on Tuesday to run a night ferry to Ostrand from May. Shift workers had asked for it for a year.';
const CLIP = [
  TITLE,
  PARAGRAPH_1,
  '"We have listened to the people who keep this port running," said the board chair, Ilsa Varga. "The last boat at nine was a scandal."',
  'Councillor Oren Dale, who opposed the plan, called it "an expensive gesture for a few dozen passengers" and asked for a review in autumn.',
].join('\n');

interface StoredQuote {
  text: string;
  quoteSelector: { exact: string; prefix: string; suffix: string };
  positionSelector: { start: number; end: number };
}

/** Clips CLIP and opens it from the Library list with the keyboard alone. */
async function openWithKeyboard(app: Page): Promise<void> {
  await app.keyboard.press('Control+k');
  await app.getByRole('combobox').fill('paste clip');
  await app.keyboard.press('Enter');
  await app.getByLabel('Clip text').fill(CLIP);
  await app.keyboard.press('Control+Enter');
  await expect(app.getByRole('list', { name: 'Articles' }).getByRole('link', { name: TITLE })).toBeVisible();
  await app.locator('[aria-label^="Library list"]').focus();
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Enter');
  await expect(app.locator('.reader-title')).toHaveText(TITLE);
  await appReady(app, `read/${decodeURIComponent(new URL(app.url()).hash.split('/')[2]!.split('?')[0]!)}`);
  await waitForPaint(app, 0);
  await expect(app.locator('.reader-scroll')).toBeFocused();
}

const selected = (app: Page) => app.evaluate(() => window.getSelection()?.toString() ?? '');

test.describe('selecting words in the reader from the keyboard', () => {
  test('F7 puts a caret in the text; Ctrl+arrows and Shift+Ctrl+arrows select words, h highlights them, and the highlight is anchored like a mouse one', async ({ app }) => {
    await openWithKeyboard(app);
    await app.keyboard.press('F7');
    await expect(app.getByRole('status').filter({ hasText: 'Selecting with the keyboard' })).toBeVisible();
    await expect(app.locator('.reader-caret')).toBeVisible();
    // The caret starts at the first paragraph in view: three words on, then select four words.
    for (let i = 0; i < 3; i++) await app.keyboard.press('Control+ArrowRight');
    for (let i = 0; i < 4; i++) await app.keyboard.press('Shift+Control+ArrowRight');
    expect(await selected(app)).toBe(' board voted on Tuesday');
    // Two characters less, then two more (the stop after "Tuesday").
    await app.keyboard.press('Shift+ArrowLeft');
    await app.keyboard.press('Shift+ArrowLeft');
    expect(await selected(app)).toBe(' board voted on Tuesd');
    await app.keyboard.press('Shift+ArrowRight');
    await app.keyboard.press('Shift+ArrowRight');
    await app.keyboard.press('h');
    await waitForPaint(app, 1);
    expect(await paintedWords(app, 'yellow')).toEqual(['board voted on Tuesday']);

    const rows = await readRows<StoredQuote>(app, 'quotes');
    expect(rows.map((q) => q.text)).toEqual(['board voted on Tuesday']);
    const q = rows[0]!;
    expect(q.quoteSelector.exact).toBe('board voted on Tuesday');
    expect(q.quoteSelector.prefix.endsWith('The Velmar harbour ')).toBe(true);
    expect(q.quoteSelector.suffix.startsWith(' to run a night ferry')).toBe(true);
    expect(q.positionSelector.end - q.positionSelector.start).toBe('board voted on Tuesday'.length);

    // Esc ends the mode: the caret and its hint go.
    await app.keyboard.press('Escape');
    await expect(app.locator('.reader-caret')).toHaveCount(0);
    await expect(app.getByRole('status').filter({ hasText: 'Selecting with the keyboard' })).toHaveCount(0);

    await app.reload();
    await waitForPaint(app, 1);
    expect(await paintedWords(app, 'yellow')).toEqual(['board voted on Tuesday']);
  });

  test('s selects the sentence at the caret (again: one more), Shift+P the paragraph; the colour keys and c act on it', async ({ app }) => {
    await openWithKeyboard(app);
    const caretTop = () => app.locator('.reader-caret').evaluate((e) => e.getBoundingClientRect().top);
    await app.keyboard.press('v');
    const top = await caretTop();
    await app.keyboard.press('ArrowDown');
    await expect.poll(caretTop).toBeGreaterThan(top);
    await app.keyboard.press('ArrowUp');
    await expect.poll(caretTop).toBe(top);
    // Shift+End selects to the end of the first line: a beginning of the paragraph, on one line.
    await app.keyboard.press('Shift+End');
    const line = await selected(app);
    expect(line.length).toBeGreaterThan(10);
    expect(PARAGRAPH_1.startsWith(line)).toBe(true);
    expect(line).toBe(line.trimEnd());
    expect(await app.evaluate(() => new Set([...window.getSelection()!.getRangeAt(0).getClientRects()].map((r) => Math.round(r.top))).size)).toBe(1);
    await app.keyboard.press('Escape');
    await app.keyboard.press('v');
    await app.keyboard.press('s');
    expect(await selected(app)).toBe('The Velmar harbour board voted on Tuesday to run a night ferry to Ostrand from May.');
    await app.keyboard.press('s');
    expect(await selected(app)).toBe('The Velmar harbour board voted on Tuesday to run a night ferry to Ostrand from May. Shift workers had asked for it for a year.');
    await app.keyboard.press('2');
    await waitForPaint(app, 1);
    expect(await paintedWords(app, 'green')).toEqual(['The Velmar harbour board voted on Tuesday to run a night ferry to Ostrand from May. Shift workers had asked for it for a year.']);

    // The caret is after the highlight: right once, into the next paragraph, and Shift+P selects it.
    await app.keyboard.press('ArrowRight');
    await app.keyboard.press('Shift+P');
    expect(await selected(app)).toBe('"We have listened to the people who keep this port running," said the board chair, Ilsa Varga. "The last boat at nine was a scandal."');
    await app.keyboard.press('c');
    await expect(app.getByLabel('Comment')).toBeFocused();
    await app.keyboard.type('Varga on the old timetable.');
    await app.keyboard.press('Control+Enter');
    await expect(app.locator('.quote-comment')).toHaveText('Varga on the old timetable.');
    await expect(app.locator('.reader-scroll')).toBeFocused();
    const rows = await readRows<StoredQuote & { comment: string }>(app, 'quotes');
    expect(rows.map((q) => [q.text, q.comment]).sort()).toEqual([
      ['"We have listened to the people who keep this port running," said the board chair, Ilsa Varga. "The last boat at nine was a scandal."', 'Varga on the old timetable.'],
      ['The Velmar harbour board voted on Tuesday to run a night ferry to Ostrand from May. Shift workers had asked for it for a year.', ''],
    ]);
  });

  test('the palette highlights the sentence at the caret; Shift+arrow starts selecting without F7', async ({ app }) => {
    await openWithKeyboard(app);
    for (let i = 0; i < 3; i++) await app.keyboard.press('Shift+ArrowRight');
    expect(await selected(app)).toBe('The');
    await app.keyboard.press('Escape');
    await app.keyboard.press('Control+k');
    await app.getByRole('combobox').fill('highlight the sentence at the caret');
    await expect(app.getByRole('option').first()).toContainText('Highlight the sentence at the caret');
    await app.keyboard.press('Enter');
    await waitForPaint(app, 1);
    expect(await paintedWords(app, 'yellow')).toEqual(['The Velmar harbour board voted on Tuesday to run a night ferry to Ostrand from May.']);
    await expect(app.locator('.reader-scroll')).toBeFocused();
  });
  test('while the hint bar of keyboard selection shows, toasts stand above it, at any window width', async ({ app }) => {
    await openWithKeyboard(app);
    await app.keyboard.press('F7');
    const hint = app.locator('.reader-caret-hint');
    await expect(hint).toBeVisible();
    // h with nothing selected says so in a toast; the pointer on it keeps it open.
    await app.keyboard.press('h');
    const toast = app.locator('.toast', { hasText: 'Select some words in the article first' });
    await expect(toast).toBeVisible();
    await toast.hover();
    const overlap = async () => {
      const bar = (await hint.boundingBox())!;
      const boxes = await app.locator('.toast').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
      expect(boxes.length).toBeGreaterThan(0);
      return boxes.filter((t) => t.x < bar.x + bar.width && bar.x < t.x + t.width && t.y < bar.y + bar.height && bar.y < t.y + t.height).length;
    };
    await expect.poll(overlap).toBe(0);
    // Narrower, the hint wraps onto more lines and is taller: the toasts move up with it.
    await app.setViewportSize({ width: 720, height: 600 });
    await toast.hover();
    await expect.poll(overlap).toBe(0);
    // Once the mode is off, the toasts go back down to the window's bottom edge.
    await app.keyboard.press('Escape');
    await app.keyboard.press('Escape');
    await expect(hint).toHaveCount(0);
    await app.keyboard.press('h');
    await expect(toast.last()).toBeVisible();
    const bottom = await app.locator('.toasts').evaluate((el) => window.innerHeight - el.getBoundingClientRect().bottom);
    expect(bottom).toBeLessThan(20);
  });
});
