import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, REPO_ROOT } from '../helpers/fixtures';
import { serveFolder, type RunningServer } from '../helpers/static-server';
import { emitMainEvent } from '../helpers/routed-api';
import { paintedWords, waitForPaint } from '../helpers/reader';
import { readRows } from '../helpers/notebook-db';

/**
 * Clipping from the browser, end to end: a dossier:// link goes through main's real parser and
 * delivery queue (tests/helpers/routed-api.ts), the page validates the event again, clips the
 * page (served from 127.0.0.1 by main's real fetch), opens it, and the selection is its first
 * highlight. Refused links and the copied-link shortcut too.
 */

const TITLE = 'Bridge tolls to rise in April, Lowmoor transport board says';
const SELECTION = 'Nobody likes paying more to cross a river they have crossed all their lives';

let site: RunningServer;
test.beforeAll(async () => {
  site = await serveFolder(resolve(REPO_ROOT, 'tests/fixtures/ship'));
});
test.afterAll(async () => {
  await site.close();
});

function clipLink(params: Record<string, string>): string {
  return `dossier://clip?${Object.entries(params).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
}

/** Every stored quote's text, read straight from IndexedDB. */
async function storedQuotes(app: Page): Promise<string[]> {
  return (await readRows<{ text: string }>(app, 'quotes')).map((q) => q.text);
}

test.describe('clipping from the browser', () => {
  test('a dossier://clip link clips the page and highlights the selection', async ({ app, clipLinks, mainCalls }) => {
    const url = `${site.url}/tolls.html`;
    // The selection as a browser reports it: spaces and a line break where the page wraps.
    const result = await clipLinks.open(clipLink({ url, title: 'Bridge tolls', selection: SELECTION.replace('cross a', 'cross\n  a') }));
    expect(result.ok).toBe(true);

    await expect(app.locator('.reader-title')).toHaveText(TITLE);
    await waitForPaint(app, 1);
    expect(await paintedWords(app, 'yellow')).toEqual([SELECTION]);
    expect(await storedQuotes(app)).toEqual([SELECTION]);
    await expect(app.getByRole('status').filter({ hasText: 'with your selection highlighted' })).toBeVisible();
    // Main fetched the page (the renderer cannot), and the page's own script never ran anywhere.
    expect(mainCalls.filter((c) => c.name === 'fetchPage').map((c) => c.input)).toEqual([{ url }]);
    expect(await app.evaluate(() => (window as unknown as { __fixtureScriptRan?: boolean }).__fixtureScriptRan)).toBeUndefined();

    // After a reload the clip and its highlight are read back from IndexedDB.
    await app.reload();
    await waitForPaint(app, 1);
    expect(await paintedWords(app, 'yellow')).toEqual([SELECTION]);
  });

  test('a refused link shows its message and clips nothing', async ({ app, clipLinks, mainCalls }) => {
    const result = await clipLinks.open(clipLink({ url: 'file:///etc/passwd' }));
    expect(result).toMatchObject({ ok: false, reason: 'not-http' });
    await expect(app.getByRole('alert')).toContainText('Dossier clips only http and https pages');

    await clipLinks.open('dossier://clip?url=https%3A%2F%2Fnews.example%2F%E0%A4');
    await expect(app.getByRole('alert').filter({ hasText: 'broken %-encoding' })).toBeVisible();
    expect(mainCalls.filter((c) => c.name === 'fetchPage')).toEqual([]);
  });

  test('the page checks events again: a malformed clip request is refused, even from main', async ({ app, mainCalls }) => {
    // emitMainEvent only sends what main's schema allows; bypass it as a compromised main would.
    await app.evaluate(() => (window as unknown as { __dossierDeliver: (c: string, p: unknown) => void }).__dossierDeliver('dossier-event:clipRequest', { url: 'javascript:alert(1)' }));
    await expect(app.getByRole('alert')).toContainText('could not read');
    await expect(() => emitMainEvent(app, 'clipRequest', { url: 'javascript:alert(1)' })).rejects.toThrow();
    expect(mainCalls.filter((c) => c.name === 'fetchPage')).toEqual([]);
  });

  test('a clipRequest event emitted by main clips the page with its selection', async ({ app }) => {
    await emitMainEvent(app, 'clipRequest', { url: `${site.url}/tolls.html`, selection: 'a bridge that closes for repairs every winter' });
    await expect(app.locator('.reader-title')).toHaveText(TITLE);
    await waitForPaint(app, 1);
    expect(await paintedWords(app, 'yellow')).toEqual(['a bridge that closes for repairs every winter']);
  });

  test('Ctrl+Shift+V clips the copied address; with no address it says what to copy', async ({ app, recorder }) => {
    await app.keyboard.press('Control+Shift+V');
    await expect(app.getByRole('alert')).toContainText('The clipboard holds no web address');

    recorder.clipboardText = `  ${site.url}/tolls.html\n`;
    await app.locator('.sidebar').click(); // focus outside any text field
    await app.keyboard.press('Control+Shift+V');
    await expect(app.locator('.reader-title')).toHaveText(TITLE);
    await expect(app.getByRole('status').filter({ hasText: `Clipped “${TITLE.slice(0, 79)}` })).toBeVisible();
  });

  test('“Clip the copied link” in the command palette does the same', async ({ app, recorder }) => {
    recorder.clipboardText = `${site.url}/tolls.html`;
    await app.keyboard.press('Control+k');
    await app.getByRole('combobox', { name: /Search the notebook/ }).fill('clip the copied link');
    await app.keyboard.press('Enter');
    await expect(app.locator('.reader-title')).toHaveText(TITLE);
  });
});
