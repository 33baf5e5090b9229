#!/usr/bin/env node
// Runs before `npm test` (pretest) so one command works on a fresh clone: installs the npm
// packages when they are missing and Chromium for the end-to-end tests when it is missing
// and apt is usable; otherwise says exactly what to install. Plain Node: no dependencies.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', cwd: root }).status === 0;

if (!existsSync(join(root, 'node_modules', '.package-lock.json'))) {
  console.log('[pretest] node_modules is missing: running npm ci');
  if (!run('npm', ['ci', '--no-audit', '--no-fund'])) process.exit(1);
}

const chromium = process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log('[pretest] Chromium is missing: installing Debian’s chromium with apt');
    if (!run('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'])) process.exit(1);
  } else {
    console.error(`[pretest] The end-to-end tests need Chromium at ${chromium}. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set DOSSIER_CHROMIUM to a Chromium or Chrome executable.`);
    process.exit(1);
  }
}
