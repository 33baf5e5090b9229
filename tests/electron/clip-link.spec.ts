import { _electron as electron, expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { findElectronBinary, NO_ELECTRON_REASON } from './electron-binary';

const binary = findElectronBinary();

test.describe('dossier:// links in the real app (Electron)', () => {
  test.skip(!binary, NO_ELECTRON_REASON);

  test('a link on the first launch’s command line reaches the window; a refused one is explained', async () => {
    // ftp: is refused by main's parser, so the test needs no network and checks the whole path:
    // argv → clipLinkFromArgv → delivery queue → did-finish-load → preload → page → error toast.
    const app = await electron.launch({ executablePath: binary!, args: [resolve(__dirname, '../..'), 'dossier://clip?url=ftp%3A%2F%2Ffiles.example%2Fa'] });
    try {
      const window = await app.firstWindow();
      await expect(window.getByRole('alert')).toContainText('Dossier clips only http and https pages');
      const api = await window.evaluate(() => Object.keys((window as unknown as { dossier: object }).dossier));
      expect(api).toEqual(expect.arrayContaining(['onClipRequest', 'onClipRejected', 'readClipboardUrl']));
    } finally {
      await app.close();
    }
  });
});
