import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FuseState, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { afterEach, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../../helpers/temp-dirs';
import { DOSSIER_FUSES, electronBinaryPath, fuseConfig } from '../../../build/fuses.cjs';

afterEach(removeTempDirs);

const ROOT = resolve(__dirname, '../../..');

describe('Electron fuses (build/fuses.cjs)', () => {
  it('turns off RunAsNode, NODE_OPTIONS and --inspect; turns on cookie encryption, asar integrity and asar-only', () => {
    expect(DOSSIER_FUSES).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableCookieEncryption: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
    });
    // Every name is a real fuse (a typo would silently set nothing).
    for (const name of Object.keys(DOSSIER_FUSES)) expect(typeof (FuseV1Options as unknown as Record<string, number>)[name], name).toBe('number');
  });

  it('maps the names to @electron/fuses indices, resetting the ad-hoc signature on macOS only', () => {
    const linux = fuseConfig('linux');
    expect(linux['version']).toBe(FuseVersion.V1);
    expect(linux[FuseV1Options.RunAsNode]).toBe(false);
    expect(linux[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(linux['resetAdHocDarwinSignature']).toBe(false);
    expect(fuseConfig('darwin')['resetAdHocDarwinSignature']).toBe(true);
  });

  it.each([
    ['linux', '/r/linux-unpacked/dossier'],
    ['darwin', '/r/mac-universal/Dossier.app'],
    ['win32', '/r/win-unpacked/Dossier.exe'],
  ])('finds the Electron binary on %s', (platform, expected) => {
    const appOutDir = expected.slice(0, expected.lastIndexOf('/'));
    expect(electronBinaryPath({ appOutDir, electronPlatformName: platform, productFilename: 'Dossier', executableName: 'dossier' })).toBe(join(expected));
  });

  it('the afterPack hook really flips the fuse wire of a packed binary', async () => {
    // A stand-in for the Electron executable: the fuse sentinel followed by a V1 wire with
    // Electron's defaults (RunAsNode, NODE_OPTIONS, --inspect on; the rest off), 9 fuses long.
    const dir = tempDir('dossier-fuses-');
    const defaults = [1, 0, 1, 1, 0, 0, 0, 1, 1].map((on) => (on ? FuseState.ENABLE : FuseState.DISABLE));
    const wire = Buffer.from([1, defaults.length, ...defaults]);
    writeFileSync(join(dir, 'dossier'), Buffer.concat([Buffer.alloc(4096, 7), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), wire, Buffer.alloc(4096, 7)]));

    const hook = (await import(resolve(ROOT, 'build/after-pack.cjs'))) as { default: (context: unknown) => Promise<void> };
    await hook.default({ appOutDir: dir, electronPlatformName: 'linux', packager: { appInfo: { productFilename: 'Dossier' }, executableName: 'dossier' } });

    const after = await getCurrentFuseWire(join(dir, 'dossier'));
    const state = (fuse: FuseV1Options) => after[fuse];
    expect(state(FuseV1Options.RunAsNode)).toBe(FuseState.DISABLE);
    expect(state(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(FuseState.DISABLE);
    expect(state(FuseV1Options.EnableNodeCliInspectArguments)).toBe(FuseState.DISABLE);
    expect(state(FuseV1Options.EnableCookieEncryption)).toBe(FuseState.ENABLE);
    expect(state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(FuseState.ENABLE);
    expect(state(FuseV1Options.OnlyLoadAppFromAsar)).toBe(FuseState.ENABLE);
    // Nothing around the wire changed.
    const bytes = readFileSync(join(dir, 'dossier'));
    expect(bytes.length).toBe(4096 + 32 + wire.length + 4096);
    expect(bytes.subarray(0, 4096).every((b) => b === 7)).toBe(true);
  });
});
