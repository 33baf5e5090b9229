import './dossier-window';
import { test as base, expect, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { appReady } from './app-ready';
import { serveFolder, type RunningServer } from './static-server';
import { routeClipLinks, routeMainApi, type RoutedCall } from './routed-api';
import { testMainDeps, type MainRecorder } from './main-deps';
import { removeTempDirs } from './temp-dirs';

export const REPO_ROOT = resolve(__dirname, '../..');
export const RENDERER_DIR = resolve(REPO_ROOT, 'out/renderer');

interface WorkerFixtures {
  rendererServer: RunningServer;
}
interface TestFixtures {
  /** The app page, opened on the built renderer with window.dossier routed to main's handlers. */
  app: Page;
  mainCalls: RoutedCall[];
  recorder: MainRecorder;
  /** Opens dossier:// links as the system would: main's parser and delivery send the page events. */
  clipLinks: ReturnType<typeof routeClipLinks>;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  rendererServer: [
    async ({}, use) => {
      const server = await serveFolder(RENDERER_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  recorder: async ({}, use) => {
    await use({ openedExternal: [] });
    removeTempDirs();
  },
  mainCalls: async ({}, use) => {
    await use([]);
  },
  clipLinks: async ({ page }, use) => {
    await use(routeClipLinks(page));
  },
  app: async ({ page, rendererServer, recorder, mainCalls }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await routeMainApi(page, rendererServer.url, testMainDeps(recorder), mainCalls);
    await page.goto(`${rendererServer.url}/index.html`);
    await expect(page.locator('.app')).toBeVisible();
    // Tests start pressing keys at once: wait for the library's handlers, not only its markup.
    await appReady(page, 'library');
    await use(page);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
