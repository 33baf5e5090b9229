import type { Locator, Page } from '@playwright/test';
import { test, expect } from '../helpers/fixtures';
import { pasteData, serveNewsSite } from '../helpers/clip-pages';
import { appReady } from '../helpers/app-ready';
import { openNewNote } from '../helpers/notes';
import type { RunningServer } from '../helpers/static-server';

/**
 * The window at its smallest (BrowserWindow minWidth is 720 px, electron/main/security/
 * window-options.ts) and a little wider: the library's titles keep their room and can be
 * clicked, the note toolbar wraps without pushing Save .md… and Delete out of the window, and a
 * long word in the reader's headline wraps instead of running past the column.
 */

const TITLE = 'Lighthouse keepers return to Skerrow Point after forty years';
const LONG_HEADLINE = 'Councillors call the harbour dredging contract incomprehensibly, extraordinarily expensive';

let site: RunningServer;
test.beforeAll(async () => {
  site = await serveNewsSite();
});
test.afterAll(() => site.close());

async function clipTwo(app: Page): Promise<void> {
  const box = app.getByLabel('Clip a web address');
  await box.fill(`${site.url}/news/lighthouse`);
  await box.press('Enter');
  await expect(box).toHaveValue('');
  await pasteData(app, { 'text/plain': `${LONG_HEADLINE}\nThe harbour board met on Tuesday to discuss the dredging contract, which councillors said had doubled in cost since the spring.\nA spokesperson for the board said the figures would be published next week.` });
  await expect(app.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(2);
}

/** The element's box lies inside the window, and it has a real size. */
async function inWindow(locator: Locator, page: Page): Promise<{ width: number }> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  expect(box, 'laid out').not.toBeNull();
  expect(viewport).not.toBeNull();
  expect(box!.width).toBeGreaterThan(0);
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport!.width);
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport!.height);
  return { width: box!.width };
}

for (const width of [720, 900]) {
  test(`at ${width} px the library's titles are readable and open the article; Site and Published fold under the title`, async ({ app }) => {
    await clipTwo(app);
    await app.setViewportSize({ width, height: 600 });
    const list = app.getByRole('list', { name: 'Articles' });
    const row = list.getByRole('listitem').filter({ hasText: TITLE });
    const link = list.getByRole('link', { name: TITLE });
    await expect(link).toBeVisible();
    // A real share of the row: wide enough for some 30 characters of the title at least.
    expect((await inWindow(link, app)).width).toBeGreaterThan(200);
    // The site and date are still on the row, under the title.
    const folded = row.locator('.meta-folded');
    await expect(folded).toBeVisible();
    await expect(folded).toHaveText(/^The Skerrow Gazette · (Mar 14, 2026|14 Mar 2026) · $/);
    await link.click();
    await appReady(app);
    await expect(app.locator('.reader-title')).toHaveText(TITLE);
  });
}

test('at 720 px a long word in the reader headline wraps inside the column', async ({ app }) => {
  await clipTwo(app);
  // Opened at the default width, so this test is about the reader alone.
  await app.getByRole('list', { name: 'Articles' }).getByRole('link', { name: LONG_HEADLINE }).click();
  await appReady(app);
  await app.setViewportSize({ width: 720, height: 600 });
  const title = app.locator('.reader-title');
  await expect(title).toHaveText(LONG_HEADLINE);
  const { scroll, client } = await title.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
  // The headline's last line ends inside the visible text column.
  const column = await app.locator('.reader-scroll').boundingBox();
  const range = await title.evaluate((el) => {
    const r = document.createRange();
    r.selectNodeContents(el);
    const rects = [...r.getClientRects()];
    return Math.max(...rects.map((x) => x.right));
  });
  expect(range).toBeLessThanOrEqual(column!.x + column!.width);
});

test('at 720 px the note toolbar wraps: Save .md… and Delete are inside the window, and Delete works', async ({ app }) => {
  await app.setViewportSize({ width: 720, height: 600 });
  await openNewNote(app);
  const toolbar = app.getByRole('toolbar', { name: 'Formatting' });
  const del = toolbar.getByRole('button', { name: 'Delete', exact: true });
  await expect(del).toBeVisible();
  await inWindow(del, app);
  await inWindow(toolbar.getByRole('button', { name: /Save \.md/ }), app);
  await del.click();
  await expect(app.locator('.toast').filter({ hasText: 'Deleted “' })).toBeVisible();
  await expect(app).toHaveURL(/#\/notes$/);
});

for (const width of [720, 900]) {
  test(`at ${width} px the Clip box's placeholder fits in the box, and its full hint is still there to read`, async ({ app }) => {
    await appReady(app, 'library');
    await app.setViewportSize({ width, height: 600 });
    const box = app.getByLabel('Clip a web address');
    await expect(box).toBeVisible();
    await expect(box).toHaveValue('');
    // The placeholder's width in the box's own font, against the room inside its padding.
    const { text, needed, room } = await box.evaluate((el: HTMLInputElement) => {
      const style = getComputedStyle(el);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = style.font;
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { text: el.placeholder, needed: context.measureText(el.placeholder).width, room };
    });
    expect(text).toMatch(/web address/);
    expect(needed).toBeLessThanOrEqual(room);
    // What the short placeholder leaves out is said on hover and to a screen reader.
    await expect(box).toHaveAttribute('title', /press Enter/);
    await expect(box).toHaveAccessibleDescription(/press Enter/);
  });
}
