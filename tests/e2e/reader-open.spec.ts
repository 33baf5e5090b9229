import { test, expect } from '../helpers/fixtures';
import { parseHTML } from 'linkedom';
import { describeRange } from '../../shared/anchor';
import { articleText } from '../../shared/text/dom-text';
import { articleRow, paintedWords, pasteAndOpen, seedRows, selectWithMouse, waitForPaint } from '../helpers/reader';
import { readRows } from '../helpers/notebook-db';
import { appReady } from '../helpers/app-ready';

function textOf(html: string): string {
  const { document } = parseHTML(`<html><body><div>${html}</div></body></html>`);
  return articleText(document.body);
}

function quoteRow(id: string, articleId: string, text: string, words: string, extra: Record<string, unknown> = {}) {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`no “${words}”`);
  const { quote, position } = describeRange(text, start, start + words.length);
  return {
    id, articleId, text: words, quoteSelector: quote, positionSelector: position, unplaced: false, color: 'yellow', comment: '', speakerId: null,
    mentionIds: [], tags: [], createdAt: '2026-02-01T10:00:00.000Z', updatedAt: '2026-02-01T10:00:00.000Z', ...extra,
  };
}

const OLD_HTML = '<p>Correction appended at noon: an earlier version misnamed the chair.</p><p>The tram depot in <em>Solvik</em> will close in <a href="https://example.org/depot">2027</a>, the transport office said.</p><p>Union steward Kaja Renn said the closure “ends forty years of night shifts”.</p>';
const NEW_HTML = '<p>The tram depot in <em>Solvik</em> will close in <a href="https://example.org/depot">2027</a>, the transport office confirmed on Friday.</p><p>The union has not commented.</p>';

test('on open, a moved quote is re-anchored and stored at its new place; one whose words are gone is listed unplaced and not painted', async ({ app }) => {
  const oldText = textOf(OLD_HTML);
  const newText = textOf(NEW_HTML);
  await seedRows(app, {
    articles: [articleRow('depot', 'Solvik tram depot to close', { quoteCount: 2 })],
    bodies: [{ articleId: 'depot', html: NEW_HTML, text: newText, captions: [] }],
    quotes: [
      quoteRow('q-moved', 'depot', oldText, 'tram depot in Solvik will close in 2027'),
      quoteRow('q-gone', 'depot', oldText, 'ends forty years of night shifts', { color: 'green' }),
    ],
  });
  await app.goto(`${app.url().split('#')[0]}#/read/depot`);
  await waitForPaint(app, 1);
  expect(await paintedWords(app, 'yellow')).toEqual(['tram depot in Solvik will close in 2027']);
  expect(await paintedWords(app, 'green')).toEqual([]);
  await expect(app.getByRole('list', { name: 'Unplaced highlights' })).toContainText('ends forty years of night shifts');
  await expect.poll(async () => (await readRows<{ id: string; unplaced: boolean; positionSelector: { start: number } }>(app, 'quotes')).map((q) => [q.id, q.unplaced, q.positionSelector.start]).sort()).toEqual([
    ['q-gone', true, oldText.indexOf('ends forty')],
    ['q-moved', false, newText.indexOf('tram depot')],
  ]);
});

test('a plain-text clip whose stored text differs from what is shown is repaired, and highlights land on the words the user selected', async ({ app }) => {
  // Runs of spaces in a pasted line: the HTML shows one space, the clip stored them all.
  await pasteAndOpen(app, 'Ferry fares rise\nThe  harbour   board raised fares on   Monday.\nA day return now costs nine crowns.');
  await expect.poll(async () => (await readRows<{ text: string }>(app, 'bodies'))[0]!.text).toBe('The harbour board raised fares on Monday.\n\nA day return now costs nine crowns.');
  await selectWithMouse(app, 'raised fares', 'Monday');
  await app.keyboard.press('h');
  await waitForPaint(app, 1);
  await app.reload();
  await waitForPaint(app, 1);
  expect(await paintedWords(app, 'yellow')).toEqual(['raised fares on   Monday']);
  expect((await readRows<{ text: string }>(app, 'quotes')).map((q) => q.text)).toEqual(['raised fares on Monday']);
});

test('images come from the local store as blob: URLs and nothing remote loads; the header links to the original', async ({ app, recorder }) => {
  const remote: string[] = [];
  app.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1') && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) remote.push(r.url());
  });
  const html = '<p>The new ferry at the quay.</p><figure><img src="dossier-image:img-1" alt="Ferry at the quay"><figcaption>The ferry on its first day.</figcaption></figure><p>A second picture was not stored.</p><img src="https://images.example.org/remote.png" alt="Remote">';
  // A 1×1 transparent PNG.
  const png = [137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 31, 21, 196, 137, 0, 0, 0, 13, 73, 68, 65, 84, 120, 156, 99, 0, 1, 0, 0, 5, 0, 1, 13, 10, 45, 180, 0, 0, 0, 0, 73, 69, 78, 68, 174, 66, 96, 130];
  await seedRows(app, {
    articles: [articleRow('pics', 'Ferry in pictures', { url: 'https://news.example.org/ferry-pictures', byline: 'Noor Haddad', siteName: 'Quay Post', publishedAt: '2026-01-30T08:00:00.000Z' })],
    bodies: [{ articleId: 'pics', html, text: textOf(html), captions: [] }],
    images: [{ id: 'img-1', articleId: 'pics', mime: 'image/png', bytes: png, sourceUrl: 'https://images.example.org/ferry.png' }],
  });
  await app.goto(`${app.url().split('#')[0]}#/read/pics`);
  await waitForPaint(app, 0);
  const srcs = await app.locator('.reader-body img').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('src')));
  expect(srcs[0]).toMatch(/^blob:/);
  expect(srcs[1]).toBeNull();
  await expect(app.locator('.reader-body img').first()).toHaveJSProperty('naturalWidth', 1);
  await expect(app.locator('.reader-byline')).toHaveText('Noor Haddad');
  await expect(app.locator('.reader-site')).toHaveText('Quay Post');
  await expect(app.locator('.reader-dates')).toContainText('Published');
  await app.getByRole('link', { name: 'Open the original' }).click();
  await expect.poll(() => recorder.openedExternal).toEqual(['https://news.example.org/ferry-pictures']);
  expect(remote).toEqual([]);
});

test('font size and reading position are remembered; j/k move between highlights', async ({ app }) => {
  const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1} describes the harbour works, the tides and the timetable in some detail.`);
  const id = await pasteAndOpen(app, ['Harbour works diary', ...paragraphs].join('\n'));
  await selectWithMouse(app, 'Paragraph 2 describes', 'harbour works');
  await app.keyboard.press('h');
  await waitForPaint(app, 1);
  await selectWithMouse(app, 'Paragraph 40 describes', 'the tides');
  await app.keyboard.press('h');
  await waitForPaint(app, 2);
  await app.locator('.reader-scroll').focus();
  await app.keyboard.press('j');
  await expect(app.locator('.quote-item.active')).toContainText('Paragraph 2 describes');
  await app.keyboard.press('j');
  await expect(app.locator('.quote-item.active')).toContainText('Paragraph 40 describes');
  await app.keyboard.press('k');
  await expect(app.locator('.quote-item.active')).toContainText('Paragraph 2 describes');

  await expect(app.locator('.reader-font-size')).toHaveText('18px');
  await app.keyboard.press('+');
  await expect(app.locator('.reader-font-size')).toHaveText('20px');
  await app.locator('.reader-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }));
  await app.waitForTimeout(700); // the position is saved 400 ms after scrolling stops
  await app.reload();
  await waitForPaint(app, 2);
  await expect(app.locator('.reader-font-size')).toHaveText('20px');
  await expect.poll(() => app.locator('.reader-scroll').evaluate((el) => el.scrollTop)).toBeGreaterThan(300);
  expect(id).toBeTruthy();
});

test('a selection across emphasis and a link is highlighted on exactly those words, and copies as a Markdown quote with its citation', async ({ app, context }) => {
  const html = '<p>The tram depot in <em>Solvik</em> will close in <a href="https://example.org/depot">2027</a>, the transport office said.</p><p>Union steward Kaja Renn called it “a sad day”.</p>';
  await seedRows(app, {
    articles: [articleRow('emph', 'Solvik depot closing', { url: 'https://news.example.org/solvik', byline: 'Ada Ferreira', siteName: 'Solvik Courier', publishedAt: '2026-01-20T08:00:00.000Z' })],
    bodies: [{ articleId: 'emph', html, text: textOf(html), captions: [] }],
  });
  await app.goto(`${app.url().split('#')[0]}#/read/emph`);
  await appReady(app);
  await waitForPaint(app, 0);
  await selectWithMouse(app, 'depot in', '2027');
  await app.keyboard.press('4'); // pink
  await waitForPaint(app, 1);
  expect(await paintedWords(app, 'pink')).toEqual(['depot in Solvik will close in 2027']);
  expect((await readRows<{ text: string }>(app, 'quotes')).map((q) => q.text)).toEqual(['depot in Solvik will close in 2027']);

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.keyboard.press('m');
  await expect(app.getByText('Copied the quote as Markdown with its citation.')).toBeVisible();
  expect(await app.evaluate(() => navigator.clipboard.readText())).toBe(
    '> depot in Solvik will close in 2027\n>\n> — Ada Ferreira, [Solvik depot closing](https://news.example.org/solvik), Solvik Courier, 2026-01-20\n',
  );
});

test('a pasted clip’s author line becomes its byline, and its photo caption is shown apart from the text', async ({ app }) => {
  await pasteAndOpen(
    app,
    [
      'Lanford opens its new library',
      'By Mira de la Vega',
      'The new library in Lanford opened on Saturday with a queue round the square.',
      'Readers at the opening of the Lanford library on Saturday.',
      'PHOTO: LANFORD HERALD',
      'The building cost four million crowns, the council said.',
    ].join('\n'),
  );
  await expect(app.locator('.reader-byline')).toContainText('Mira de la Vega');
  const body = app.getByTestId('article-body');
  await expect(body).toContainText('The building cost four million crowns');
  await expect(body).not.toContainText('Readers at the opening');
  await expect(body).not.toContainText('By Mira');
  await expect(app.getByRole('complementary', { name: 'Photo captions' })).toHaveText(/Readers at the opening of the Lanford library on Saturday\./);
});

test('a command palette opened while an article loads keeps the keyboard; without it the text takes it', async ({ app }) => {
  const text = textOf(NEW_HTML);
  await seedRows(app, {
    articles: [articleRow('depot', 'Solvik tram depot to close', { quoteCount: 1 })],
    bodies: [{ articleId: 'depot', html: NEW_HTML, text, captions: [] }],
    quotes: [quoteRow('q1', 'depot', text, 'tram depot in Solvik will close in 2027')],
  });
  const base = app.url().split('#')[0];
  // Ctrl+K at once, before the reader has laid the article out.
  await app.goto(`${base}#/read/depot?quote=q1`);
  await app.keyboard.press('Control+k');
  await appReady(app);
  await waitForPaint(app, 1);
  const input = app.getByRole('combobox', { name: /Search the notebook/ });
  await expect(input).toBeFocused();
  await app.keyboard.type('solvik');
  await expect(input).toHaveValue('solvik');
  // Opened without the palette, the article's text has the keyboard (arrows and Page Down scroll it).
  await app.keyboard.press('Escape');
  await app.goto(`${base}#/library`);
  await appReady(app);
  await app.goto(`${base}#/read/depot`);
  await appReady(app);
  await waitForPaint(app, 1);
  await expect.poll(() => app.evaluate(() => document.activeElement?.closest('[role="dialog"]') === null && document.activeElement !== document.body)).toBe(true);
});
