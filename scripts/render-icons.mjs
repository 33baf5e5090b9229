#!/usr/bin/env node
// Renders every icon size the installers need from the one source image, build/icon.svg:
// build/icon.png (1024 px, used by electron-builder for the macOS .icns and the Windows .ico)
// and build/icons/<n>x<n>.png (the Linux icon set). Uses the Chromium the end-to-end tests use
// (DOSSIER_CHROMIUM or /usr/bin/chromium), so nothing is downloaded. Run after editing the SVG:
//   node scripts/render-icons.mjs
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

async function main() {
  const svg = await readFile(join(root, 'build/icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    await mkdir(join(root, 'build/icons'), { recursive: true });
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const sized = svg.replace(/width="1024" height="1024"/, `width="${size}" height="${size}"`);
      await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
      const png = await page.locator('svg').screenshot({ omitBackground: true });
      await writeFile(join(root, `build/icons/${size}x${size}.png`), png);
      if (size === 1024) await writeFile(join(root, 'build/icon.png'), png);
      await page.close();
      console.log(`build/icons/${size}x${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
