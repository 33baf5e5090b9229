import { test, expect } from '../helpers/fixtures';
import { paintedWords, pasteAndOpen, selectWithMouse, waitForPaint } from '../helpers/reader';
import { readRows } from '../helpers/notebook-db';

const CLIP = [
  'Harbour board backs a night ferry to Ostrand',
  'The Velmar harbour board voted on Tuesday to run a night ferry to Ostrand from May, after a year of complaints from shift workers.',
  '"We have listened to the people who keep this port running," said the board chair, Ilsa Varga. "The last boat at nine was a scandal."',
  'Councillor Oren Dale, who opposed the plan, called it "an expensive gesture for a few dozen passengers" and asked for a review in autumn.',
].join('\n');

test.describe('reader highlights', () => {
  test('a mouse selection highlighted with h is on the same words after a reload', async ({ app }) => {
    await pasteAndOpen(app, CLIP);
    await selectWithMouse(app, 'run a night ferry', 'from May');
    await expect(app.getByRole('toolbar', { name: 'Highlight the selection' })).toBeVisible();
    await app.keyboard.press('h');
    await waitForPaint(app, 1);
    expect(await paintedWords(app, 'yellow')).toEqual(['run a night ferry to Ostrand from May']);
    const panel = app.getByRole('list', { name: 'Highlights in reading order' });
    await expect(panel.getByText('run a night ferry to Ostrand from May')).toBeVisible();

    await app.reload();
    await waitForPaint(app, 1);
    expect(await paintedWords(app, 'yellow')).toEqual(['run a night ferry to Ostrand from May']);
  });

  test('a highlight across two paragraphs, through quotation marks, is stored and repainted', async ({ app }) => {
    await pasteAndOpen(app, CLIP);
    await selectWithMouse(app, 'shift workers', 'board chair');
    await app.getByRole('button', { name: 'Highlight green' }).click();
    await waitForPaint(app, 1);
    const words = 'shift workers.\n\n"We have listened to the people who keep this port running," said the board chair';
    // The painted range runs from the first paragraph into the second (the DOM has a newline between them).
    expect((await paintedWords(app, 'green')).map((w) => w.replace(/\s+/g, ' '))).toEqual([words.replace('\n\n', ' ')]);
    await app.reload();
    await waitForPaint(app, 1);
    expect((await paintedWords(app, 'green')).length).toBe(1);
    expect((await readRows<{ text: string }>(app, 'quotes')).map((q) => q.text)).toEqual([words]);
  });

  test('recolour, comment, delete with undo, overlapping highlights', async ({ app }) => {
    await pasteAndOpen(app, CLIP);
    await selectWithMouse(app, 'night ferry', 'Ostrand');
    await app.keyboard.press('1');
    await waitForPaint(app, 1);
    // A second highlight overlapping the first.
    await selectWithMouse(app, 'Ostrand from', 'May');
    await app.keyboard.press('3');
    await waitForPaint(app, 2);
    expect(await paintedWords(app, 'yellow')).toEqual(['night ferry to Ostrand']);
    expect(await paintedWords(app, 'blue')).toEqual(['Ostrand from May']);

    // Click the first highlight, recolour it pink and comment on it.
    await app.locator('.quote-item-open', { hasText: 'night ferry to Ostrand' }).click();
    await app.keyboard.press('e');
    const bar = app.getByRole('toolbar', { name: 'Edit the highlight' });
    await bar.getByRole('button', { name: 'Recolour pink' }).click();
    await expect.poll(() => paintedWords(app, 'pink')).toEqual(['night ferry to Ostrand']);
    await bar.getByRole('button', { name: 'Comment' }).click();
    await bar.getByLabel('Comment').fill('Check the May date with the board.');
    await app.keyboard.press('Control+Enter');
    await expect(app.locator('.quote-comment')).toHaveText('Check the May date with the board.');

    // Delete with the keyboard, then undo.
    await app.keyboard.press('Escape');
    await app.keyboard.press('Delete');
    await waitForPaint(app, 1);
    expect(await paintedWords(app, 'pink')).toEqual([]);
    await app.getByRole('button', { name: 'Undo' }).click();
    await waitForPaint(app, 2);
    expect(await paintedWords(app, 'pink')).toEqual(['night ferry to Ostrand']);
    await expect(app.locator('.quote-comment')).toHaveText('Check the May date with the board.');
  });

  test('detected quotations can be highlighted in one action, and clicking a panel item scrolls to it', async ({ app }) => {
    const long = [CLIP, ...Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} of background about tides, timetables and the old pier.`), 'At the end, Varga added: "The first crossing leaves at midnight."'].join('\n');
    await pasteAndOpen(app, long);
    const detected = app.getByRole('list', { name: 'Detected quotations' });
    await expect(detected.locator('li')).toHaveCount(4);
    await app.getByRole('button', { name: 'Highlight all' }).click();
    await waitForPaint(app, 4);
    await expect(detected).toHaveCount(0);
    const last = app.locator('.quote-item-open', { hasText: 'The first crossing leaves at midnight.' });
    const before = await app.locator('.reader-scroll').evaluate((el) => el.scrollTop);
    await last.click();
    await expect.poll(() => app.locator('.reader-scroll').evaluate((el) => el.scrollTop)).toBeGreaterThan(before + 200);
    const visible = await app.evaluate(() => {
      const h = [...CSS.highlights.get('dossier-focus')!][0]!;
      const r = document.createRange();
      r.setStart(h.startContainer, h.startOffset);
      r.setEnd(h.endContainer, h.endOffset);
      const rect = r.getBoundingClientRect();
      const box = document.querySelector('.reader-scroll')!.getBoundingClientRect();
      return { text: r.toString(), inView: rect.top >= box.top && rect.bottom <= box.bottom };
    });
    expect(visible).toEqual({ text: 'The first crossing leaves at midnight.', inView: true });
  });

  test('the toolbar highlights the words selected when it is clicked, even right after the selection changed', async ({ app }) => {
    await pasteAndOpen(app, CLIP);
    await selectWithMouse(app, 'shift workers');
    const toolbar = app.getByRole('toolbar', { name: 'Highlight the selection' });
    await expect(toolbar).toBeVisible();
    // Select other words and click at once, before the toolbar has caught up with the new selection.
    await app.evaluate(() => {
      const body = document.querySelector('.reader-body')!;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf('night ferry');
        if (at < 0) continue;
        const r = document.createRange();
        r.setStart(n, at);
        r.setEnd(n, at + 'night ferry'.length);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(r);
        (document.querySelector('[aria-label="Highlight the selection"] button[aria-label="Highlight green"]') as HTMLButtonElement).click();
        return;
      }
    });
    await waitForPaint(app, 1);
    expect(await paintedWords(app, 'green')).toEqual(['night ferry']);
  });
});
