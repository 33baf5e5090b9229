import { defineConfig } from '@playwright/test';

const chromium = process.env['DOSSIER_CHROMIUM'] ?? '/usr/bin/chromium';

/**
 * Renderer end-to-end tests run the built renderer (out/renderer) in Debian's Chromium with
 * window.dossier routed to the real main-side handlers in Node (tests/helpers/routed-api.ts).
 * The electron project drives the real app where Electron's binary exists and skips otherwise.
 */
export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  use: {
    headless: true,
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    },
    trace: 'off',
  },
  projects: [
    { name: 'renderer', testDir: 'tests/e2e' },
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
