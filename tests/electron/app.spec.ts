import { _electron as electron, expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { findElectronBinary, NO_ELECTRON_REASON } from './electron-binary';

const binary = findElectronBinary();
// Say why in the output, not only in the report's annotations.
if (!binary) console.warn(`[electron suite] skipped: ${NO_ELECTRON_REASON}`);

test.describe('the packaged shell (Electron)', () => {
  test.skip(!binary, NO_ELECTRON_REASON);

  test('opens one secure window with the typed API and no Node in the page', async () => {
    const app = await electron.launch({ executablePath: binary!, args: [resolve(__dirname, '../..')], env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' } });
    try {
      const window = await app.firstWindow();
      await expect(window.locator('.app')).toBeVisible();
      const page = await window.evaluate(() => ({
        api: Object.keys((window as unknown as { dossier: object }).dossier).sort(),
        node: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
      }));
      expect(page.api).toContain('appInfo');
      expect(page.node).toBe('undefined');
      expect(page.process).toBe('undefined');
      const windows = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
      expect(windows).toBe(1);
      const info = await window.evaluate(() => (window as unknown as { dossier: { appInfo: (i: object) => Promise<unknown> } }).dossier.appInfo({}));
      expect(info).toMatchObject({ ok: true, value: { name: 'Dossier' } });
    } finally {
      await app.close();
    }
  });
});
