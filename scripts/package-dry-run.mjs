#!/usr/bin/env node
// Offline check of the whole packaging path (`npm run package:dry-run`): builds the app, then
// runs electron-builder with electron-builder.yml for an unpacked Linux app (`--linux dir`)
// against a stand-in Electron (a file carrying Electron's fuse wire with its default settings,
// given as electronDist), and checks what came out: the afterPack hook flipped every fuse
// as build/fuses.cjs says, and the asar holds the app only from out/ (plus the production
// node_modules electron-builder adds). Nothing is downloaded. It cannot check the installers
// themselves (AppImage, deb, dmg, NSIS): those need the real Electron binaries.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { FuseState, FuseV1Options, getCurrentFuseWire } = await import('@electron/fuses');
const { DOSSIER_FUSES } = require('../build/fuses.cjs');
const asar = require('@electron/asar');

const work = mkdtempSync(join(tmpdir(), 'dossier-pack-'));
const dist = join(work, 'electron-dist');
const output = join(work, 'release');
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
};

try {
  // Electron's defaults on the wire: RunAsNode, NODE_OPTIONS, --inspect on; the rest as shipped.
  const defaults = [1, 0, 1, 1, 0, 0, 0, 1, 1].map((on) => (on ? FuseState.ENABLE : FuseState.DISABLE));
  mkdirSync(join(dist, 'resources'), { recursive: true });
  writeFileSync(join(dist, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\necho "stand-in Electron"\n'), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, defaults.length, ...defaults])]));
  chmodSync(join(dist, 'electron'), 0o755);
  writeFileSync(join(dist, 'version'), require('electron/package.json').version);

  run('npx', ['electron-vite', 'build']);
  run('npx', ['electron-builder', '--config', 'electron-builder.yml', '--linux', 'dir', `-c.electronDist=${dist}`, `-c.directories.output=${output}`]);

  const appDir = join(output, 'linux-unpacked');
  const wire = await getCurrentFuseWire(join(appDir, 'dossier'));
  const wrong = Object.entries(DOSSIER_FUSES).filter(([name, on]) => wire[FuseV1Options[name]] !== (on ? FuseState.ENABLE : FuseState.DISABLE));
  const files = asar.listPackage(join(appDir, 'resources', 'app.asar'));
  const own = files.filter((f) => !f.startsWith('/node_modules'));
  const outside = own.filter((f) => !(f === '/package.json' || f === '/out' || f.startsWith('/out/')));
  const needed = ['/out/main/index.js', '/out/preload/index.js', '/out/renderer/index.html'].filter((f) => !files.includes(f));

  console.log(`[package:dry-run] fuses: ${wrong.length ? `WRONG ${wrong.map(([n]) => n).join(', ')}` : 'all as in build/fuses.cjs'}`);
  console.log(`[package:dry-run] app.asar: ${own.length} app entries, ${files.length - own.length} node_modules entries`);
  if (outside.length) console.error(`[package:dry-run] files from outside out/: ${outside.join(', ')}`);
  if (needed.length) console.error(`[package:dry-run] missing: ${needed.join(', ')}`);
  if (wrong.length || outside.length || needed.length) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
