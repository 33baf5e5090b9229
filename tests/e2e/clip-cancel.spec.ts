import type { ServerResponse } from 'node:http';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from '../helpers/fixtures';
import { page, PAGES_DIR, pasteData, readStored } from '../helpers/clip-pages';
import { appReady } from '../helpers/app-ready';
import { serveFolder, type RunningServer } from '../helpers/static-server';

/**
 * A clip that takes its time: leaving the Library while it runs, cancelling it, and the toasts
 * it leaves. The site answers /held/* only when the test says so (release), and counts the
 * requests whose connection the client closed, to see main's fetch really stop.
 */

const TITLE = 'Lighthouse keepers return to Skerrow Point after forty years';

let site: RunningServer;
const held = { arrived: 0, closed: 0, waiting: [] as { path: string; res: ServerResponse }[] };

function release(): void {
  for (const { path, res } of held.waiting.splice(0)) {
    if (path === '/held/gone') res.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Not found</h1>');
    else res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page('lighthouse.html'));
  }
}

test.beforeAll(async () => {
  site = await serveFolder(PAGES_DIR, [
    (req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/news/lighthouse') {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page('lighthouse.html'));
        return true;
      }
      if (!path.startsWith('/held/')) return false;
      held.arrived++;
      const waiting = { path, res };
      held.waiting.push(waiting);
      res.on('close', () => {
        if (res.writableEnded) return;
        held.closed++;
        held.waiting = held.waiting.filter((w) => w !== waiting);
      });
      return true;
    },
  ]);
});
test.afterAll(() => site.close());
test.afterEach(() => release());

/** Types a /held/… address into the Clip box and presses Enter; resolves once the site holds the request (counts from before it, to compare with). */
async function startHeldClip(app: Page, path: string): Promise<{ box: Locator; url: string; before: { arrived: number; closed: number } }> {
  const box = app.getByLabel('Clip a web address');
  const url = `${site.url}/held/${path}`;
  const before = { ...held };
  await box.fill(url);
  await box.press('Enter');
  await expect.poll(() => held.arrived).toBe(before.arrived + 1);
  return { box, url, before };
}

test('a clip that fails while the user writes a note shows an error toast there, and "Edit address" brings the address back', async ({ app }) => {
  const { box, url } = await startHeldClip(app, 'gone');
  await app.keyboard.press('Control+4');
  await appReady(app, 'notes');
  release();

  const toast = app.getByRole('alert').filter({ hasText: `Dossier could not clip ${url}.` });
  await expect(toast).toContainText(/page was not found .*HTTP 404/);
  await expect(app.locator('#main')).toHaveAttribute('data-ready', 'notes');
  await toast.getByRole('button', { name: 'Edit address' }).click();

  await appReady(app, 'library');
  await expect(box).toHaveValue(url);
  await expect(box).toBeFocused();
  await expect(box).toBeEditable();
  expect(await box.evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0))).toBe(url);
  expect((await readStored(app)).articles).toHaveLength(0);
});

test('a clip that cannot be saved because the disk is full, while the user writes a note, shows one error toast, with "Edit address"', async ({ app }) => {
  const { url } = await startHeldClip(app, 'lighthouse');
  await app.keyboard.press('Control+4');
  await appReady(app, 'notes');
  // Every IndexedDB write now fails the way Chromium reports a full disk.
  await app.evaluate(() => {
    const fail = function (this: IDBObjectStore): IDBRequest {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.add = fail;
    IDBObjectStore.prototype.put = fail;
  });
  release();

  // Storage reports the failed write, and so does the clip: the user reads it once, with the clip's way to retry.
  const toasts = app.getByRole('alert').filter({ hasText: 'Could not save the article' });
  await expect(toasts).toHaveCount(1);
  await expect(toasts).toContainText(`Dossier could not clip ${url}.`);
  await expect(toasts).toContainText('no room left');
  await expect(toasts.getByRole('button', { name: 'Edit address' })).toBeVisible();
  await app.waitForTimeout(300); // nothing arrives later to make it two
  await expect(toasts).toHaveCount(1);
});

test('the address typed stays in the Clip box when the user leaves the Library and comes back', async ({ app }) => {
  const box = app.getByLabel('Clip a web address');
  await box.fill(`${site.url}/news/half-typed`);
  await app.keyboard.press('Control+4');
  await appReady(app, 'notes');
  await app.keyboard.press('Control+1');
  await appReady(app, 'library');
  await expect(box).toHaveValue(`${site.url}/news/half-typed`);
});

test('Esc in the Clip box cancels a running clip: main closes the connection, the address stays, nothing is stored', async ({ app, mainCalls }) => {
  const { box, url, before } = await startHeldClip(app, 'lighthouse');
  await expect(app.getByRole('button', { name: 'Clipping…' })).toBeDisabled();
  await expect(box).toBeFocused();
  await box.press('Escape');

  await expect(app.getByRole('status').filter({ hasText: 'Clip cancelled.' })).toBeVisible();
  await expect(box).toHaveValue(url);
  await expect(box).toBeEditable();
  await expect(app.getByRole('button', { name: 'Clip', exact: true })).toBeEnabled();
  await expect(app.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
  // Main aborted the fetch the clip started: its connection to the site is closed.
  await expect.poll(() => held.closed).toBe(before.closed + 1);
  const fetch = mainCalls.find((c) => c.name === 'fetchPage' && (c.input as { url: string }).url === url);
  const cancel = mainCalls.find((c) => c.name === 'cancelFetch');
  expect(cancel).toMatchObject({ ok: true, input: { requestId: (fetch?.input as { requestId?: string } | undefined)?.requestId } });
  expect(cancel?.input).toEqual({ requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  expect(fetch?.ok).toBe(false);
  expect((await readStored(app)).articles).toHaveLength(0);
  await expect(app.locator('.toast')).toHaveCount(0);

  // The box is usable again at once: the next address clips.
  await box.fill(`${site.url}/news/lighthouse`);
  await box.press('Enter');
  await expect(app.getByRole('list', { name: 'Articles' }).getByRole('listitem').filter({ hasText: TITLE })).toBeVisible();
  expect((await readStored(app)).articles).toHaveLength(1);
});

test('the Cancel button next to the Clip box cancels too, and gives the box the keyboard back', async ({ app }) => {
  const { box, url, before } = await startHeldClip(app, 'lighthouse');
  await app.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Clip cancelled.' })).toBeVisible();
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(url);
  await expect.poll(() => held.closed).toBe(before.closed + 1);
  // Even if the site answered now, nothing would arrive: the request is gone.
  release();
  expect((await readStored(app)).articles).toHaveLength(0);
});

test('a clip link shows "Clipping …" until the result replaces it; the two never show together', async ({ app, clipLinks }) => {
  await clipLinks.open(`dossier://clip?url=${encodeURIComponent(`${site.url}/news/lighthouse`)}`);
  await expect(app.getByRole('status').filter({ hasText: `Clipped “${TITLE}”` })).toBeVisible();
  // One list of toasts read at once: the result took the progress toast's place.
  const texts = await app.locator('.toast').allTextContents();
  expect(texts.filter((t) => t.includes('Clipping 127.0.0.1'))).toEqual([]);
  expect(texts.filter((t) => t.includes(`Clipped “${TITLE}”`))).toHaveLength(1);
});

test('a clip link still being fetched shows "Clipping …" alone', async ({ app, clipLinks }) => {
  const before = held.arrived;
  await clipLinks.open(`dossier://clip?url=${encodeURIComponent(`${site.url}/held/lighthouse`)}`);
  await expect.poll(() => held.arrived).toBe(before + 1);
  await expect(app.locator('.toast')).toHaveText([/^Clipping 127\.0\.0\.1:\d+…/]);
  release();
  await expect(app.locator('.toast')).toHaveText([new RegExp(`^Clipped “${TITLE}”`)]);
});

test('the "Clipped … Open" toast goes when its article is deleted', async ({ app }) => {
  const box = app.getByLabel('Clip a web address');
  await box.fill(`${site.url}/news/lighthouse`);
  await box.press('Enter');
  const clipped = app.locator('.toast').filter({ hasText: `Clipped “${TITLE}”` });
  await expect(clipped.getByRole('button', { name: 'Open' })).toBeVisible();
  // Focus in the toast holds it open (Toasts.tsx); the list gets its keys without taking focus.
  await clipped.getByRole('button', { name: 'Open' }).focus();
  const list = app.locator('.library-scroll');
  await list.dispatchEvent('keydown', { key: 'ArrowDown' });
  await list.dispatchEvent('keydown', { key: 'Delete' });
  await expect(app.locator('.toast').filter({ hasText: `Deleted “${TITLE}”` })).toBeVisible();
  await expect(clipped).toHaveCount(0);
  expect((await readStored(app)).articles).toHaveLength(0);
});

test('a long headline is shortened in the "Clipped" toast, and kept whole in the library', async ({ app }) => {
  const headline = 'Harbour board publishes the full list of dredging contractors, subcontractors, consultants and advisers paid since the spring, with the sums each received and the dates of every payment';
  await pasteData(app, { 'text/plain': `${headline}\nThe harbour board published the list on Tuesday after councillors asked for it twice.` });
  await expect(app.getByRole('list', { name: 'Articles' }).getByRole('link', { name: headline })).toBeVisible();
  const toast = app.locator('.toast').filter({ hasText: 'Clipped “Harbour board publishes' });
  await expect(toast.locator('span').first()).toHaveText(`Clipped “${headline.slice(0, 79).trimEnd()}…”.`);
});

test('pasted HTML whose clip fails while the user is elsewhere is not lost: the toast’s "Edit" reopens it in the paste box', async ({ app }) => {
  const headline = 'Harbour cranes to be replaced before the winter storms';
  // An image the site holds back keeps the clip running while the user goes to the Actors.
  const paragraphs = [
    'The harbour board agreed on Monday to replace the two oldest cranes on the east quay before November, when the first of the winter storms usually reaches the coast.',
    'Dock workers had reported faults in both cranes for months. In August a jib stopped halfway through a lift and a container hung over the quay for most of an afternoon.',
    'The insurer asked for an inspection in the summer. Its engineers found cracks in the slewing ring of the older crane and advised that it should not be used in high winds at all.',
    'The new cranes will come from a yard in the south and arrive by barge in pieces. Assembly on the quay is expected to take three weeks, during which the east berth will be closed.',
    'Shipping lines have been told to use the west berth in that time. The board said the cost would be met from the reserve it set aside after the storm damage two winters ago.',
  ];
  const html = `<article><h1>${headline}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}<img src="${site.url}/held/crane.jpg" alt="A crane on the east quay"></article>`;
  const arrived = held.arrived;
  await appReady(app, 'library');
  await pasteData(app, { 'text/html': html, 'text/plain': `${headline}\nThe harbour board agreed.` });
  await expect.poll(() => held.arrived).toBe(arrived + 1);
  await app.keyboard.press('Control+3');
  await appReady(app, 'actors');
  // A full disk: the save at the end of the clip fails.
  await app.evaluate(() => {
    const w = window as unknown as { keptWrites: unknown[] };
    w.keptWrites = [IDBObjectStore.prototype.add, IDBObjectStore.prototype.put];
    const fail = function (this: IDBObjectStore): IDBRequest {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.add = fail;
    IDBObjectStore.prototype.put = fail;
  });
  release();

  // (The app also reports every failed write on its own, renderer/db/errors.ts: that toast has no Edit.)
  const toast = app.getByRole('alert').filter({ hasText: 'no room left', has: app.getByRole('button', { name: 'Edit', exact: true }) });
  await expect(toast).toBeVisible();
  await expect(app.locator('#main')).toHaveAttribute('data-ready', 'actors');
  await app.evaluate(() => {
    const w = window as unknown as { keptWrites: [typeof IDBObjectStore.prototype.add, typeof IDBObjectStore.prototype.put] };
    [IDBObjectStore.prototype.add, IDBObjectStore.prototype.put] = w.keptWrites;
  });
  await toast.getByRole('button', { name: 'Edit', exact: true }).click();

  const dialog = app.getByRole('dialog', { name: 'Paste a clip' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'HTML' })).toBeChecked();
  await expect(dialog.getByLabel('Clip text')).toHaveValue(html);
  await expect(dialog.getByRole('alert')).toContainText('no room left');
  // With room again, the same text clips.
  await dialog.getByLabel('Clip text').focus();
  await app.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect(app.getByRole('list', { name: 'Articles' }).getByRole('link', { name: headline })).toBeVisible();
});
