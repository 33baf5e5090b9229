import { mkdtempSync, readFileSync, readdirSync, lstatSync, rmSync, symlinkSync, utimesSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDocument, fixtureNotebook } from '../../../tests/fixtures/export/notebook';
import { MANIFEST_FILE, type ExportManifest } from '../../../shared/export/manifest';
import { exportNotebook, memorySource, type ExportFile, type ExportResult, type ExportSink } from '../../../shared/export/notebook';
import { FolderWriter } from './folder-writer';
import { folderSink } from './folder-sink';

/** Every file under `dir` (path -> content), the manifest left out. */
function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (lstatSync(full).isDirectory()) walk(full);
      else if (name !== MANIFEST_FILE) out.set(relative(dir, full).split('\\').join('/'), readFileSync(full, 'latin1'));
    }
  };
  walk(dir);
  return out;
}

/** Exports `rows` into `folder` through the real folder writer, recording which paths were written. */
async function exportInto(folder: string, rows: ReturnType<typeof fixtureNotebook>): Promise<{ result: ExportResult; written: string[] }> {
  const written: string[] = [];
  const sink = folderSink(new FolderWriter(folder));
  const recording: ExportSink = {
    ...sink,
    write: (files: ExportFile[]) => {
      written.push(...files.map((f) => f.path));
      return sink.write(files);
    },
  };
  const result = await exportNotebook(memorySource(rows), recording, { document: fixtureDocument(), mentionStyle: 'wikilink', exportedAt: '2026-03-15T00:00:00.000Z' });
  return { result, written: written.sort() };
}

function manifestOf(folder: string): ExportManifest {
  return JSON.parse(readFileSync(join(folder, MANIFEST_FILE), 'utf8')) as ExportManifest;
}

function tempFolder(): string {
  return mkdtempSync(join(tmpdir(), 'dossier-reexport-'));
}

describe('re-exporting into the same folder', () => {
  it('leaves every file alone when nothing changed, and records each file in the manifest', async () => {
    const folder = tempFolder();
    const first = await exportInto(folder, fixtureNotebook());
    const tree = readTree(folder);
    expect(first.result.skipped).toBe(0);
    expect(first.written).toEqual([...tree.keys()].sort());
    const manifest = manifestOf(folder);
    expect(manifest.version).toBe(2);
    expect(Object.keys(manifest.files!).sort()).toEqual([...tree.keys()].sort());

    const again = await exportInto(folder, fixtureNotebook());
    expect(again.written).toEqual([]);
    expect(again.result).toMatchObject({ files: 0, skipped: tree.size, removed: 0 });
    expect(readTree(folder)).toEqual(tree);
    expect(manifestOf(folder).files).toEqual(manifest.files);
    rmSync(folder, { recursive: true, force: true });
  });

  it('after one article changes, writes that file and exactly the files whose content changed with it', async () => {
    const folder = tempFolder();
    await exportInto(folder, fixtureNotebook());
    const before = readTree(folder);
    const firstManifest = readFileSync(join(folder, MANIFEST_FILE));
    const rows = fixtureNotebook();
    // A new title: the article's file is renamed, and every file showing the title changes with it.
    rows.articles = rows.articles.map((a) => (a.id === 'art-ferry' ? { ...a, title: 'Night ferry kept after a long vote' } : a));
    // A new sentence in another article's body: only its own file changes (its quotes keep their words).
    const other = rows.bodies.find((b) => b.articleId !== 'art-ferry' && b.html)!;
    rows.bodies = rows.bodies.map((b) => (b === other ? { ...b, html: `${b.html}<p>A sentence added later.</p>` } : b));
    const again = await exportInto(folder, rows);
    const after = readTree(folder);
    const changed = [...after.keys()].filter((p) => after.get(p) !== before.get(p)).sort();
    expect(changed).toContain('Articles/Night ferry kept after a long vote.md');
    expect(changed.filter((p) => p.startsWith('Articles/'))).toHaveLength(2);
    expect(after.get(changed.find((p) => p.startsWith('Articles/') && !p.includes('Night ferry'))!)).toContain('A sentence added later.');
    expect(changed.some((p) => p.startsWith('Actors/'))).toBe(true); // actor pages name the article
    expect(changed.length).toBeLessThan(after.size - 2);
    expect(again.written).toEqual(changed);
    expect(again.result).toMatchObject({ skipped: after.size - changed.length, removed: 1 });

    // And writing every file (a folder holding only the first manifest, so the same names) gives
    // the same bytes: leaving files alone changed nothing.
    const fresh = tempFolder();
    writeFileSync(join(fresh, MANIFEST_FILE), firstManifest);
    expect((await exportInto(fresh, rows)).result.skipped).toBe(0);
    expect(readTree(fresh)).toEqual(after);
    rmSync(folder, { recursive: true, force: true });
    rmSync(fresh, { recursive: true, force: true });
  });

  it('writes again a file the user deleted, edited (size or time) or replaced by a link', async () => {
    const folder = tempFolder();
    await exportInto(folder, fixtureNotebook());
    const tree = readTree(folder);
    const [deleted, longer, sameSize, linked] = [...tree.keys()].filter((p) => p.endsWith('.md')).sort();
    unlinkSync(join(folder, deleted!));
    writeFileSync(join(folder, longer!), `${tree.get(longer!)}my note\n`);
    // Same size, new content, a different modification time.
    writeFileSync(join(folder, sameSize!), tree.get(sameSize!)!.replace(/[a-z]/, (c) => (c === 'a' ? 'b' : 'a')), 'latin1');
    utimesSync(join(folder, sameSize!), new Date('2020-01-01'), new Date('2020-01-01'));
    // A link in place of a file is refused, as in any export: nothing is written through it.
    rmSync(join(folder, linked!));
    symlinkSync(join(folder, deleted!), join(folder, linked!));
    await expect(exportInto(folder, fixtureNotebook())).rejects.toThrow(/link to another place/);
    rmSync(join(folder, linked!));

    const again = await exportInto(folder, fixtureNotebook());
    expect(again.written).toEqual([deleted, longer, sameSize, linked].sort());
    expect(readTree(folder)).toEqual(tree);
    rmSync(folder, { recursive: true, force: true });
  });

  it('a manifest of the first version (no file records) is read, every file written once, and upgraded', async () => {
    const folder = tempFolder();
    await exportInto(folder, fixtureNotebook());
    const { files: _files, ...v1 } = { ...manifestOf(folder), version: 1 as const };
    writeFileSync(join(folder, MANIFEST_FILE), JSON.stringify(v1));
    const again = await exportInto(folder, fixtureNotebook());
    expect(again.result.skipped).toBe(0);
    expect(again.result.removed).toBe(0);
    expect(manifestOf(folder).version).toBe(2);
    expect((await exportInto(folder, fixtureNotebook())).written).toEqual([]);
    rmSync(folder, { recursive: true, force: true });
  });

  it('the folder writer answers unchanged only for regular files Dossier could have written, as stamped', async () => {
    const folder = tempFolder();
    const writer = new FolderWriter(folder);
    const stamp = await writer.writeFile('Notes/A.md', 'abc');
    expect(stamp.size).toBe(3);
    symlinkSync(join(folder, 'Notes/A.md'), join(folder, 'Notes/B.md'));
    expect(
      await writer.unchanged([
        { path: 'Notes/A.md', stamp },
        { path: 'Notes/A.md', stamp: { ...stamp, size: 4 } },
        { path: 'Notes/A.md', stamp: { ...stamp, mtimeMs: stamp.mtimeMs - 1000 } },
        { path: 'Notes/B.md', stamp },
        { path: 'Notes/../Notes/A.md', stamp },
        { path: 'Notes/Gone.md', stamp },
      ]),
    ).toEqual([true, false, false, false, false, false]);
    rmSync(folder, { recursive: true, force: true });
  });
});
