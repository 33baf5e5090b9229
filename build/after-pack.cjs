// @ts-check
'use strict';
/**
 * electron-builder afterPack hook (electron-builder.yml `afterPack`): flips Dossier's Electron
 * fuses (build/fuses.cjs) in the freshly packed app, before signing and before the installers
 * are made. A failure here fails the build: an unfused app must never ship.
 */
const { flipFuses } = require('@electron/fuses');
const { electronBinaryPath, fuseConfig } = require('./fuses.cjs');

/** @param {{ appOutDir: string; electronPlatformName: string; packager: { appInfo: { productFilename: string }; executableName?: string } }} context */
exports.default = async function afterPack(context) {
  const binary = electronBinaryPath({
    appOutDir: context.appOutDir,
    electronPlatformName: context.electronPlatformName,
    productFilename: context.packager.appInfo.productFilename,
    executableName: context.packager.executableName ?? context.packager.appInfo.productFilename,
  });
  console.log(`  • flipping Electron fuses  file=${binary}`);
  await flipFuses(binary, /** @type {any} */ (fuseConfig(context.electronPlatformName)));
};
