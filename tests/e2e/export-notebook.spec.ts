import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../helpers/fixtures';
import { exportRootOf } from '../helpers/main-deps';
import { exportedFiles, goldenFiles, readTree } from '../fixtures/export/golden';
import { fixtureNotebook } from '../fixtures/export/notebook';
import { deleteRows, putRows, readRows, type RowTable } from '../helpers/notebook-db';
import type { RenderedBodyRow } from '../../renderer/db/schema';
import { articleBodyKey } from '../../shared/export/documents';
import { articleBodyJob } from '../../shared/export/notebook';
import { linkProblems } from '../helpers/export-check';
import { BackupEncoder } from '../../shared/backup/format';
import { MANIFEST_FILE } from '../../shared/export/manifest';
import { appReady } from '../helpers/app-ready';

/** Writes the fixture notebook straight into the app's IndexedDB, as a notebook the user built would hold it. */
async function seedFixtureNotebook(app: Page): Promise<void> {
  for (const [table, rows] of Object.entries(fixtureNotebook())) await putRows(app, table as RowTable, rows);
}

/**
 * Seeds the fixture notebook and starts the app on it: it renders the article bodies for export in
 * the background; this waits until each one is kept and current (its key is the one the fixture's
 * article gives). The page that was open while the rows went in may have rendered an article with
 * half of them, so after one reload (no such page is left) its renders are removed, and the app is
 * started again on the whole notebook.
 */
async function seedAndKeepBodies(app: Page): Promise<RenderedBodyRow[]> {
  await seedFixtureNotebook(app);
  await app.reload();
  await appReady(app);
  await deleteRows(app, 'renderedBodies', (await readRows<RenderedBodyRow>(app, 'renderedBodies')).map((row) => row.articleId));
  await app.reload();
  await appReady(app);
  const data = fixtureNotebook();
  const expected = Object.fromEntries(
    data.articles.map((a) => [a.id, articleBodyKey(articleBodyJob(data.bodies.find((b) => b.articleId === a.id), data.quotes.filter((q) => q.articleId === a.id), data.images))]),
  );
  const keys = async () => Object.fromEntries((await readRows<RenderedBodyRow>(app, 'renderedBodies')).map((row) => [row.articleId, row.key]));
  await expect.poll(keys, { timeout: 20_000 }).toEqual(expected);
  return readRows<RenderedBodyRow>(app, 'renderedBodies');
}

async function countRows(app: Page): Promise<Record<string, number>> {
  return app.evaluate(
    () =>
      new Promise<Record<string, number>>((done, fail) => {
        const open = indexedDB.open('dossier');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = ['articles', 'bodies', 'images', 'quotes', 'actors', 'notes'];
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, number> = {};
          for (const name of names) {
            const req = tx.objectStore(name).count();
            req.onsuccess = () => (out[name] = req.result);
          }
          tx.oncomplete = () => {
            db.close();
            done(out);
          };
        };
      }),
  );
}

test.describe('export', () => {
  test('exports the notebook to a folder through the routed API: the golden Markdown, images, manifest; re-export updates in place', async ({ app, recorder, mainCalls }) => {
    // The bodies the app kept no longer match their articles (as after a change it missed): they
    // must not be exported, and main's worker threads render those articles instead.
    const kept = await seedAndKeepBodies(app);
    await putRows(app, 'renderedBodies', kept.map((row) => ({ ...row, key: `stale-${row.key}`, markdown: 'STALE BODY' })));
    await app.goto(`${new URL(app.url()).origin}/index.html#/export`);
    await appReady(app);
    await app.getByRole('button', { name: 'Export to folder…' }).click();
    await expect(app.getByText(/Exported 3 articles, 5 actors, 2 notes and 1 image to “export”/)).toBeVisible();

    const folder = join(exportRootOf(recorder), 'export');
    const tree = readTree(folder);
    for (const [path, text] of goldenFiles()) expect(tree.get(path)?.toString('utf8'), path).toBe(text);
    expect([...tree.get('attachments/img-quay.png')!]).toEqual([...fixtureNotebook().images[0]!.bytes]);
    expect(tree.has(MANIFEST_FILE)).toBe(true);
    expect([...tree.values()].some((bytes) => bytes.toString('utf8').includes('STALE BODY'))).toBe(false);
    expect(linkProblems(exportedFiles(tree))).toEqual([]);
    expect(recorder.dialogs).toEqual(['folder']);
    expect(mainCalls.filter((c) => c.name === 'exportWriteFiles').every((c) => c.ok)).toBe(true);
    // The articles were rendered by main's worker threads.
    const renders = mainCalls.filter((c) => c.name === 'exportRenderArticles');
    expect(renders.length).toBeGreaterThan(0);
    expect(renders.every((c) => c.ok)).toBe(true);

    // Again, from the palette: same files, none duplicated. Nothing changed, so main is asked
    // which files are still as the first export left them, and writes none of them again.
    const writesBefore = mainCalls.filter((c) => c.name === 'exportWriteFiles').length;
    await app.keyboard.press('Control+k');
    await app.getByRole('combobox', { name: /Search the notebook/ }).fill('export notebook to markdown');
    await app.keyboard.press('Enter');
    await expect.poll(() => recorder.dialogs).toEqual(['folder', 'folder']);
    const firstManifest = tree.get(MANIFEST_FILE)!.toString('utf8');
    await expect.poll(() => readFileSync(join(folder, MANIFEST_FILE), 'utf8')).not.toBe(firstManifest);
    await expect(app.getByText(/Exported 3 articles/)).toBeVisible();
    const again = readTree(folder);
    expect([...again.keys()].sort()).toEqual([...tree.keys()].sort());
    expect(JSON.parse(again.get(MANIFEST_FILE)!.toString('utf8')).items).toEqual(JSON.parse(firstManifest).items);
    for (const [path, bytes] of tree) if (path !== MANIFEST_FILE) expect(again.get(path)?.equals(bytes), path).toBe(true);
    expect(mainCalls.filter((c) => c.name === 'exportCheckFiles').length).toBeGreaterThan(0);
    expect(mainCalls.filter((c) => c.name === 'exportCheckFiles').every((c) => c.ok)).toBe(true);
    expect(mainCalls.filter((c) => c.name === 'exportWriteFiles').length).toBe(writesBefore);
  });

  test('article bodies the app kept rendered are assembled into the same golden files, and main renders none', async ({ app, recorder, mainCalls }) => {
    await seedAndKeepBodies(app);
    await app.goto(`${new URL(app.url()).origin}/index.html#/export`);
    await appReady(app);
    await app.getByRole('button', { name: 'Export to folder…' }).click();
    await expect(app.getByText(/Exported 3 articles, 5 actors, 2 notes and 1 image to “export”/)).toBeVisible();
    const tree = readTree(join(exportRootOf(recorder), 'export'));
    for (const [path, text] of goldenFiles()) expect(tree.get(path)?.toString('utf8'), path).toBe(text);
    expect(mainCalls.filter((c) => c.name === 'exportRenderArticles')).toEqual([]);
    expect(mainCalls.filter((c) => c.name === 'exportWriteFiles').every((c) => c.ok)).toBe(true);
  });

  test('backs up to a file, and restores it into an empty notebook after checking it', async ({ app, recorder }) => {
    await seedFixtureNotebook(app);
    await app.goto(`${new URL(app.url()).origin}/index.html#/export`);
    await app.getByRole('button', { name: 'Back up notebook…' }).click();
    await expect(app.getByText(/Saved the backup “Dossier backup \d{4}-\d{2}-\d{2}\.dossier-backup”/)).toBeVisible();
    const root = exportRootOf(recorder);
    const file = readdirSync(root).find((n) => n.endsWith('.dossier-backup'))!;
    const text = readFileSync(join(root, file), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^\{"format":"dossier-backup"/);

    // A fresh notebook (delete the database, reload), then restore the backup into it.
    await app.evaluate(
      () =>
        new Promise<void>((done) => {
          const req = indexedDB.deleteDatabase('dossier');
          req.onsuccess = req.onerror = req.onblocked = () => done();
        }),
    );
    await app.reload();
    await expect(app.getByRole('heading', { name: 'Export and backup' })).toBeVisible();
    recorder.openPath = join(root, file);
    await app.getByRole('button', { name: 'Restore from backup…' }).click();
    const dialog = app.getByRole('dialog', { name: 'Restore backup' });
    await expect(dialog).toContainText('3 articles, 4 quotes, 5 actors, 2 notes, 1 image.');
    await expect(dialog.getByLabel('Into this empty notebook')).toBeChecked();
    await dialog.getByRole('button', { name: 'Restore' }).click();
    await expect(app.getByText(/Restored \d+ rows from/)).toBeVisible();
    expect(await countRows(app)).toEqual({ articles: 3, bodies: 2, images: 1, quotes: 4, actors: 5, notes: 2 });
  });

  test('a damaged backup is refused with a clear message and the notebook is untouched', async ({ app, recorder }) => {
    await seedFixtureNotebook(app);
    const before = await countRows(app);
    const encoder = new BackupEncoder({ schemaVersion: 2, createdAt: 'x', appVersion: 't' });
    const lines = [encoder.headerLine(), encoder.rowLine('notes', { id: 'n-new', title: 'From backup' }), encoder.footerLine()];
    const root = exportRootOf(recorder);
    writeFileSync(join(root, 'cut.dossier-backup'), lines.slice(0, 2).join('\n') + '\n');
    recorder.openPath = join(root, 'cut.dossier-backup');
    await app.goto(`${new URL(app.url()).origin}/index.html#/export?do=restore`);
    await expect(app.getByText(/This backup is incomplete/)).toBeVisible();
    await expect(app.getByRole('dialog', { name: 'Restore backup' })).toHaveCount(0);

    writeFileSync(join(root, 'notes.txt'), 'Shopping list\n');
    recorder.openPath = join(root, 'notes.txt');
    await app.getByRole('button', { name: 'Restore from backup…' }).click();
    await expect(app.getByText(/not a Dossier backup/)).toBeVisible();
    expect(await countRows(app)).toEqual(before);
    expect(existsSync(join(root, 'export'))).toBe(false);
  });

  test('a note copied as Markdown and saved as .md; an actor saved as .md', async ({ app, recorder }) => {
    await seedFixtureNotebook(app);
    await app.goto(`${new URL(app.url()).origin}/index.html#/notes/note-ferry`);
    await app.evaluate(() => {
      const w = window as unknown as { __copied: string[] };
      w.__copied = [];
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void w.__copied.push(t) }, configurable: true });
    });
    const menu = app.getByRole('group', { name: 'Export note' });
    await menu.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(app.getByText('Copied the note as Markdown.')).toBeVisible();
    const copied = await app.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
    expect(copied).toHaveLength(1);
    expect(copied[0]!.startsWith('# Ferry: who decides?\n\n## Open questions\n')).toBe(true);
    expect(copied[0]).toContain('> — Mara Quist, [Harbour council keeps night ferry: “we will not sell”](https://gazette.example/harbour/night-ferry), Alder Gazette, 2026-03-10');

    await menu.getByRole('button', { name: 'Save .md…' }).click();
    await expect(app.getByText('Saved “Ferry who decides.md”.')).toBeVisible();
    const saved = readFileSync(join(exportRootOf(recorder), 'Ferry who decides.md'), 'utf8');
    expect(saved.startsWith('---\ntitle: "Ferry: who decides?"\n')).toBe(true);
    expect(saved).toContain(copied[0]!.trimEnd());

    await app.goto(`${new URL(app.url()).origin}/index.html#/actors/act-quist`);
    await app.getByRole('button', { name: 'Save .md…' }).click();
    await expect(app.getByText('Saved “Mara Quist.md”.')).toBeVisible();
    const actor = readFileSync(join(exportRootOf(recorder), 'Mara Quist.md'), 'utf8');
    expect(actor).toContain('# Mara Quist');
    expect(actor).toContain('[[Articles/Harbour council keeps night ferry “we will not sell”#^q-q1a2b3c4|');
    expect(recorder.dialogs).toEqual(['save:Ferry who decides.md', 'save:Mara Quist.md']);
  });
});
