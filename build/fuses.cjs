// @ts-check
'use strict';
/**
 * Dossier's Electron fuses: switches compiled into the Electron binary that no command-line flag
 * or environment variable can turn back on. Flipped at package time by build/after-pack.cjs;
 * checked by tests/unit/packaging/fuses.test.ts. Plain data first, so the test reads exactly
 * what the hook applies.
 */
const { FuseV1Options, FuseVersion } = require('@electron/fuses');

/** The fuses Dossier sets (names are FuseV1Options keys); every security-relevant one is explicit. */
const DOSSIER_FUSES = Object.freeze({
  /** ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node.js. */
  RunAsNode: false,
  /** Cookies on disk encrypted with the OS keychain, like Chrome. */
  EnableCookieEncryption: true,
  /** NODE_OPTIONS / NODE_EXTRA_CA_CERTS could inject code or trust into main. */
  EnableNodeOptionsEnvironmentVariable: false,
  /** --inspect / --inspect-brk / SIGUSR1 would open a debugger on main. */
  EnableNodeCliInspectArguments: false,
  /** app.asar is checked against the hash recorded at package time (macOS, Windows). */
  EnableEmbeddedAsarIntegrityValidation: true,
  /** Only app.asar is loaded, never a loose app/ folder dropped next to it. */
  OnlyLoadAppFromAsar: true,
  /**
   * Kept on (Electron's default): the window is loaded from file:// and its ES module scripts
   * need file:// to load each other. Accepted in SECURITY.md; serving the app from a custom
   * protocol would let this go off.
   */
  GrantFileProtocolExtraPrivileges: true,
  // LoadBrowserProcessSpecificV8Snapshot and WasmTrapHandlers keep Electron's defaults: they are
  // not security switches, and naming a fuse the binary's wire lacks would fail the build.
});

/**
 * The @electron/fuses config for one packaged app. On macOS, flipping fuses invalidates the ad-hoc
 * signature of arm64 binaries; electron-builder signs afterwards, and resetting keeps unsigned
 * local builds launchable.
 * @param {string} platform electron platform name: darwin, mas, win32, linux
 */
function fuseConfig(platform) {
  /** @type {Record<string | number, unknown>} */
  const config = { version: FuseVersion.V1, resetAdHocDarwinSignature: platform === 'darwin' || platform === 'mas' };
  for (const [name, value] of Object.entries(DOSSIER_FUSES)) {
    const index = /** @type {Record<string, number>} */ (/** @type {unknown} */ (FuseV1Options))[name];
    if (typeof index !== 'number') throw new Error(`Unknown Electron fuse ${name}`);
    config[index] = value;
  }
  return config;
}

/**
 * Where electron-builder put the Electron executable of the app it just packed.
 * @param {{ appOutDir: string; electronPlatformName: string; productFilename: string; executableName: string }} context
 */
function electronBinaryPath(context) {
  const path = require('node:path');
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(context.appOutDir, `${context.productFilename}.app`);
    case 'win32':
      return path.join(context.appOutDir, `${context.productFilename}.exe`);
    case 'linux':
      return path.join(context.appOutDir, context.executableName);
    default:
      throw new Error(`No Electron binary layout known for platform ${context.electronPlatformName}`);
  }
}

module.exports = { DOSSIER_FUSES, fuseConfig, electronBinaryPath };
