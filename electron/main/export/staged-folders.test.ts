/**
 * FolderWriter's staged folders (the command line's writer): a top folder that is not there yet is
 * written under a temporary name, each file in place, and appears whole when the export finishes.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MANIFEST_FILE, emptyManifest } from '../../../shared/export/manifest';
import { EXPORT_FOLDERS } from '../../../shared/export/layout';
import { FolderWriter } from './folder-writer';
import { spawnTsxWriteWorker } from './tsx-render-worker';
import { WriteThread } from './write-thread';

const roots: string[] = [];
const threads: WriteThread[] = [];
afterEach(async () => {
  await Promise.all(threads.splice(0).map((t) => t.close()));
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function newRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-staged-'));
  roots.push(root);
  return root;
}

const FILES = [
  { path: 'Articles/Harbour board agrees to dredge.md', data: '# Harbour board\n\nThe basin will be dredged.\n' },
  { path: 'Articles/Second.md', data: 'ünïcödé ✓\n'.repeat(500) },
  { path: 'Notes/Ideas é.md', data: 'notes\n' },
  { path: 'attachments/img-1.png', data: new Uint8Array([137, 80, 78, 71, 0, 255]) },
];

/** Everything under `root`, as sorted relative paths. */
function listAll(root: string, dir = root, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? [`${prefix}${e.name}/`, ...listAll(root, join(dir, e.name), `${prefix}${e.name}/`)] : [`${prefix}${e.name}`]))
    .sort();
}

describe.each([
  ['in this thread', () => ({})],
  [
    'on the write thread',
    () => {
      const writer = new WriteThread(spawnTsxWriteWorker);
      threads.push(writer);
      return { writer };
    },
  ],
])('staged folders (%s)', (_where, options) => {
  it('a new folder appears only when the export finishes, whole, with the stamps its files were written with', async () => {
    const root = newRoot();
    const writer = new FolderWriter(root, { ...options(), stage: true });
    const stamps = await writer.writeFiles(FILES);
    // Not in place yet: only temporary folders.
    for (const folder of ['Articles', 'Notes', 'attachments']) expect(existsSync(join(root, folder))).toBe(false);
    expect(readdirSync(root).every((name) => name.includes('.dossier-tmp-'))).toBe(true);
    await writer.finish(emptyManifest('now'));
    for (const [k, f] of FILES.entries()) {
      const full = join(root, ...f.path.split('/'));
      expect(readFileSync(full)).toEqual(Buffer.from(f.data));
      const info = lstatSync(full);
      expect(stamps[k], f.path).toEqual({ size: info.size, mtimeMs: info.mtimeMs });
    }
    expect(listAll(root)).toEqual([MANIFEST_FILE, 'Articles/', ...['Articles/Harbour board agrees to dredge.md', 'Articles/Second.md'], 'Notes/', 'Notes/Ideas é.md', 'attachments/', 'attachments/img-1.png'].sort());
  });

  it('a folder already there is written file by file, atomically, as without staging', async () => {
    const root = newRoot();
    mkdirSync(join(root, 'Articles'));
    writeFileSync(join(root, 'Articles', 'Mine.md'), 'my own');
    const writer = new FolderWriter(root, { ...options(), stage: true });
    await writer.writeFiles(FILES.slice(0, 2));
    expect(readFileSync(join(root, 'Articles', 'Second.md'), 'utf8')).toBe(FILES[1]!.data);
    expect(readdirSync(root)).toEqual(['Articles']);
    await writer.finish(emptyManifest('now'));
    expect(readdirSync(join(root, 'Articles')).sort()).toEqual(['Harbour board agrees to dredge.md', 'Mine.md', 'Second.md']);
  });

  it('a folder of that name made while the export ran gets the files moved in; what it held stays', async () => {
    const root = newRoot();
    const writer = new FolderWriter(root, { ...options(), stage: true });
    await writer.writeFiles(FILES.slice(0, 3));
    mkdirSync(join(root, 'Articles'));
    writeFileSync(join(root, 'Articles', 'Mine.md'), 'my own');
    await writer.finish(emptyManifest('now'));
    expect(readdirSync(join(root, 'Articles')).sort()).toEqual(['Harbour board agrees to dredge.md', 'Mine.md', 'Second.md']);
    expect(readFileSync(join(root, 'Articles', 'Mine.md'), 'utf8')).toBe('my own');
    expect(readFileSync(join(root, 'Notes', 'Ideas é.md'), 'utf8')).toBe('notes\n');
    expect(readdirSync(root).some((name) => name.includes('.dossier-tmp-'))).toBe(false);
  });

  it('a link put where the folder goes is refused: nothing is written through it', async () => {
    const root = newRoot();
    const outside = newRoot();
    const writer = new FolderWriter(root, { ...options(), stage: true });
    await writer.writeFiles(FILES.slice(0, 2));
    symlinkSync(outside, join(root, 'Articles'), 'dir');
    await expect(writer.finish(emptyManifest('now'))).rejects.toThrow(/link to another place/);
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(join(root, MANIFEST_FILE))).toBe(false);
  });

  it('finishing stages nothing: a file of the last export whose folder is gone leaves no temporary folder', async () => {
    const root = newRoot();
    const writer = new FolderWriter(root, { ...options(), stage: true });
    await writer.writeFiles(FILES.slice(0, 1));
    await writer.finish({ ...emptyManifest('one'), items: { 'note:n1': 'Notes/Old.md', 'article:a1': FILES[0]!.path } });
    await writer.removeLeftovers(EXPORT_FOLDERS);
    await writer.writeFiles(FILES.slice(1, 2));
    expect(await writer.finish({ ...emptyManifest('two'), items: { 'article:a2': FILES[1]!.path } })).toBe(1);
    expect(readdirSync(root).filter((name) => name.includes('.dossier-tmp-'))).toEqual([]);
    expect(readdirSync(join(root, 'Articles'))).toEqual(['Second.md']);
  });

  it('a folder staged by an export that never finished is removed by the next one, which then writes again', async () => {
    const root = newRoot();
    const writer = new FolderWriter(root, { ...options(), stage: true });
    await writer.writeFiles(FILES.slice(0, 2));
    expect(readdirSync(root)).toHaveLength(1);
    // The next export with the same writer (the app keeps one per chosen folder) starts by clearing leftovers.
    expect(await writer.removeLeftovers(EXPORT_FOLDERS)).toBe(1);
    expect(readdirSync(root)).toEqual([]);
    await writer.writeFiles(FILES.slice(0, 1));
    await writer.finish(emptyManifest('now'));
    expect(readdirSync(join(root, 'Articles'))).toEqual(['Harbour board agrees to dredge.md']);
    // A new writer (the command line) clears one left on disk too.
    const again = new FolderWriter(root, { ...options(), stage: true });
    await again.writeFiles([FILES[2]!]);
    expect(await new FolderWriter(root).removeLeftovers(EXPORT_FOLDERS)).toBe(1);
    expect(readdirSync(root).sort()).toEqual(['.dossier-export.json', 'Articles']);
  });
});
