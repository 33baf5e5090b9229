import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ELECTRON_DIR = resolve(__dirname, '../../node_modules/electron');

/**
 * Where Electron's executable is, without requiring the `electron` package (which would try to
 * download it): ELECTRON_OVERRIDE_DIST_PATH, or the binary `npm install` put under dist/.
 */
export function findElectronBinary(): string | null {
  const pathFile = join(ELECTRON_DIR, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : process.platform === 'win32' ? 'electron.exe' : 'electron';
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const candidate = override ? join(override, relative) : join(ELECTRON_DIR, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
}

export const NO_ELECTRON_REASON =
  'Electron’s binary is not on this machine (node_modules/electron/dist is empty and it cannot be downloaded here); ' +
  'set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 45 to run this suite.';
