import { test, expect } from '../helpers/fixtures';
import { readStored, serveNewsSite } from '../helpers/clip-pages';
import type { RunningServer } from '../helpers/static-server';
import { appReady } from '../helpers/app-ready';

let site: RunningServer;
test.beforeAll(async () => {
  site = await serveNewsSite();
});
test.afterAll(() => site.close());

const TITLE = 'Lighthouse keepers return to Skerrow Point after forty years';

test('clip by URL: title, byline, site and date in the library, image stored, all there after a reload', async ({ app }) => {
  const box = app.getByLabel('Clip a web address');
  // Through a redirect, with tracking parameters that do not change which article it is.
  await box.fill(`${site.url}/news/moved?utm_source=newsletter`);
  await box.press('Enter');
  const list = app.getByRole('list', { name: 'Articles' });
  const row = list.getByRole('listitem').filter({ hasText: TITLE });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Maren Okafor');
  await expect(row).toContainText('The Skerrow Gazette');
  await expect(row).toContainText(/Mar 14, 2026|14 Mar 2026/);
  await expect(app.getByRole('status').filter({ hasText: `Clipped “${TITLE}”` })).toBeVisible();
  await expect(box).toHaveValue('');

  const stored = await readStored(app);
  expect(stored.articles).toHaveLength(1);
  const article = stored.articles[0]!;
  expect(article).toMatchObject({
    title: TITLE,
    byline: 'Maren Okafor',
    siteName: 'The Skerrow Gazette',
    publishedAt: '2026-03-14T08:30:00.000Z',
    url: `${site.url}/news/lighthouse-keepers-return`,
    canonicalUrl: `${site.url}/news/lighthouse-keepers-return`,
    source: 'url',
    previousVersionId: null,
  });
  const body = stored.bodies[0] as { html: string; text: string; captions: string[] };
  expect(body.text).toContain('A lamp that goes dark in a gale');
  expect(body.text).not.toContain('Sign up for the Gazette');
  expect(body.captions).toEqual(['The restored lantern room at Skerrow Point.']);
  // The image was downloaded through main, stored, and the body points at it; nothing remote is left.
  expect(stored.images).toEqual([{ id: expect.any(String), articleId: article['id'], mime: 'image/png', size: 70, sourceUrl: `${site.url}/img/lantern.png` }]);
  expect(body.html).toContain(`src="dossier-image:${stored.images[0]!.id}"`);
  expect(body.html).not.toMatch(/src="http|<script/);
  expect(article['leadImageId']).toBe(stored.images[0]!.id);

  await app.reload();
  await expect(app.getByRole('list', { name: 'Articles' }).getByRole('listitem').filter({ hasText: TITLE })).toContainText('Maren Okafor');
  expect((await readStored(app)).articles).toHaveLength(1);

  // Read offline: the reader shows the stored image from the store; the page never asks the site for anything.
  const remote: string[] = [];
  app.on('request', (r) => {
    if (r.url().startsWith(site.url)) remote.push(r.url());
  });
  await app.getByRole('list', { name: 'Articles' }).getByRole('link', { name: TITLE }).click();
  await expect(app.locator('.reader-title')).toHaveText(TITLE);
  await expect(app.locator('.reader-body')).toContainText('A lamp that goes dark in a gale');
  const img = app.locator('.reader-body img');
  await expect(img).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(1);
  expect(remote).toEqual([]);
});

test('a windows-1252 page (charset only in <meta>) reads right in the library and the stored text', async ({ app }) => {
  await app.getByLabel('Clip a web address').fill(`${site.url}/news/kiosk-1252`);
  await app.getByLabel('Clip a web address').press('Enter');
  await expect(app.getByRole('list', { name: 'Articles' }).getByText('Café kiosk on Marrowby pier reopens')).toBeVisible();
  const text = (await readStored(app)).bodies[0]!['text'] as string;
  expect(text).toContain('coffee would stay at €2 – the same as last year.');
  expect(text).toContain('“People walked out here in the rain to ask when we would open,” Ms Quill said');
});

test('a URL already in the library offers "Open existing" or "Save new version"', async ({ app }) => {
  const box = app.getByLabel('Clip a web address');
  await box.fill(`${site.url}/news/lighthouse`);
  await box.press('Enter');
  const rows = app.getByRole('list', { name: 'Articles' }).getByRole('listitem');
  await expect(rows).toHaveCount(1);
  const first = (await readStored(app)).articles[0]!;

  // The same article by its canonical address: asked before anything is fetched.
  await box.fill(`${site.url}/news/lighthouse-keepers-return#comments`);
  await box.press('Enter');
  const dialog = app.getByRole('dialog', { name: 'Already in your library' });
  await expect(dialog).toContainText(TITLE);
  await dialog.getByRole('button', { name: 'Save new version' }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'new version' })).toHaveCount(1);
  const stored = await readStored(app);
  const second = stored.articles.find((a) => a['id'] !== first['id'])!;
  expect(second['previousVersionId']).toBe(first['id']);
  expect(stored.images).toHaveLength(2);

  // The redirecting address lands on the same canonical URL: asked after the fetch; open the newest.
  await box.fill(`${site.url}/news/moved`);
  await box.press('Enter');
  await dialog.getByRole('button', { name: 'Open existing' }).click();
  await expect(app).toHaveURL(new RegExp(`#/read/${second['id'] as string}$`));
  expect((await readStored(app)).articles).toHaveLength(2);

  // Cancel saves nothing.
  await app.goto(app.url().replace(/#.*$/, '#/library'));
  await appReady(app);
  await box.fill(`${site.url}/news/lighthouse`);
  await box.press('Enter');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect((await readStored(app)).articles).toHaveLength(2);
});

test('a page that keeps its article for subscribers is clipped as shown, and the message says it may be cut short', async ({ app }) => {
  const box = app.getByLabel('Clip a web address');
  await box.fill(`${site.url}/news/night-ferry`);
  await box.press('Enter');
  const title = 'Inside the plan to save the night ferry';
  await expect(app.getByRole('list', { name: 'Articles' }).getByRole('listitem').filter({ hasText: title })).toBeVisible();
  const status = app.getByRole('status').filter({ hasText: `Clipped “${title}”` });
  await expect(status).toContainText('The page says this article is for subscribers, so the clip may hold only the part shown without a login.');
  await expect(status).toContainText('select the article, copy it and paste it into Dossier');
  // What the page showed is kept; the wall itself is not article text.
  const stored = await readStored(app);
  const body = stored.bodies[0] as { text: string };
  expect(body.text).toContain('guarantee a loan of four million crowns');
  expect(body.text).not.toMatch(/for subscribers|keep reading|free month/);
});
