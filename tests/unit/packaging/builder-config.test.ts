import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * electron-builder cannot download Electron here, so the packaging configuration itself is the
 * thing under test: every field issue 10 asks for, read from the YAML electron-builder reads.
 */
const ROOT = resolve(__dirname, '../../..');
const text = readFileSync(resolve(ROOT, 'electron-builder.yml'), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const config = parse(text) as Record<string, any>;
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; main: string; version: string };

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8).toString('hex'), `${path} is a PNG`).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** [{target, arch}] or ['name'] → [name, arch[]] pairs. */
function targets(list: unknown): [string, string[]][] {
  return (list as (string | { target: string; arch?: string[] })[]).map((t) => (typeof t === 'string' ? [t, []] : [t.target, t.arch ?? []]));
}

describe('electron-builder.yml', () => {
  it('names the app', () => {
    expect(config['appId']).toBe('org.dossier.notebook');
    expect(config['productName']).toBe('Dossier');
  });

  it('packs only the built app (out/), in an asar', () => {
    expect(config['files']).toEqual(['out/**/*', '!out/**/*.map']);
    expect(config['asar']).toBe(true);
    // The entry point electron-builder starts is inside out/.
    expect(pkg.main).toMatch(/^out\//);
    expect(config['directories']).toMatchObject({ buildResources: 'build' });
  });

  it('builds Linux AppImage and deb, a universal macOS dmg, and a Windows NSIS installer', () => {
    expect(targets(config['linux'].target).map(([t]) => t).sort()).toEqual(['AppImage', 'deb']);
    expect(targets(config['mac'].target)).toEqual([['dmg', ['universal']]]);
    expect(targets(config['win'].target).map(([t]) => t)).toEqual(['nsis']);
    // deb needs a maintainer with an address (package.json's author has none).
    expect(config['linux'].maintainer).toMatch(/<[^@>\s]+@[^>\s]+>/);
  });

  it('registers dossier:// with the system', () => {
    expect(config['protocols']).toEqual([{ name: expect.any(String), schemes: ['dossier'] }]);
  });

  it('uses icons made from the one source image, at the sizes each system needs', () => {
    expect(existsSync(resolve(ROOT, 'build/icon.svg'))).toBe(true);
    expect(config['icon']).toBe('build/icon.png');
    expect(pngSize(resolve(ROOT, config['icon'] as string))).toEqual({ width: 1024, height: 1024 });
    expect(config['linux'].icon).toBe('build/icons');
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(pngSize(resolve(ROOT, `build/icons/${size}x${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it('flips the fuses in an afterPack hook that exists and exports a function', async () => {
    expect(config['afterPack']).toBe('./build/after-pack.cjs');
    const hook = (await import(resolve(ROOT, 'build/after-pack.cjs'))) as { default: unknown };
    expect(typeof hook.default).toBe('function');
  });

  it('publishes nothing (auto-update stays off until a release feed is configured)', () => {
    expect(config['publish']).toBeNull();
  });

  it('documents electronDist as the offline way, in the YAML and the README', () => {
    expect(text).toMatch(/-c\.electronDist=/);
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/electronDist/);
    expect(pkg.scripts['package']).toContain('electron-builder --config electron-builder.yml');
  });
});
