import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect } from '../helpers/fixtures';
import { dropData, dropFiles, page, readStored, serveNewsSite } from '../helpers/clip-pages';
import type { RunningServer } from '../helpers/static-server';
import { appReady } from '../helpers/app-ready';
import { tempDir } from '../helpers/temp-dirs';

let site: RunningServer;
test.beforeAll(async () => {
  site = await serveNewsSite();
});
test.afterAll(() => site.close());

const LIST = { name: 'Articles' } as const;
const LIGHTHOUSE = 'Lighthouse keepers return to Skerrow Point after forty years';

test('dropping an .html file clips it', async ({ app }) => {
  await dropFiles(app, [{ name: 'lighthouse.html', content: page('lighthouse.html'), type: 'text/html' }]);
  const row = app.getByRole('list', LIST).getByRole('listitem').filter({ hasText: LIGHTHOUSE });
  await expect(row).toContainText('Maren Okafor');
  expect((await readStored(app)).articles[0]).toMatchObject({ source: 'drop', byline: 'Maren Okafor' });
  await app.reload();
  await expect(app.getByRole('list', LIST).getByText(LIGHTHOUSE)).toBeVisible();
  await appReady(app);

  // A saved page packed as .html.gz is unpacked in the window.
  const packed = gzipSync('<html><head><title>Tide tables printed again</title></head><body><article><h1>Tide tables printed again</h1><p>The harbour office in Port Alder will print paper tide tables again this spring, after fishermen said the phone app failed them at sea twice in one week.</p></article></body></html>');
  await dropFiles(app, [{ name: 'tides.html.gz', content: [...packed] }]);
  await expect(app.getByRole('list', LIST).getByText('Tide tables printed again')).toBeVisible();
});

test('a dropped windows-1252 .txt file (no BOM) keeps its é, curly quotes, dashes and €', async ({ app }) => {
  // Bytes as Notepad or an older newsroom system writes them: é = 0xE9, “ ” = 0x93 0x94, — = 0x97, € = 0x80.
  const high: Record<string, number> = { '“': 0x93, '”': 0x94, '—': 0x97, '€': 0x80 };
  const cp1252 = (text: string) => [...text].map((ch) => high[ch] ?? ch.charCodeAt(0));
  const title = 'Café reopens on the pier';
  const body = 'The café at the end of the pier reopened on Saturday — coffee costs €2 again. “We missed it,” a fisherman said.';
  const content = cp1252(`${title}\n${body}`);
  expect(content.every((b) => b < 0x100)).toBe(true);
  await dropFiles(app, [{ name: 'latin1.txt', content }]);
  await expect(app.getByRole('list', LIST).getByText(title, { exact: true })).toBeVisible();
  const stored = await readStored(app);
  expect(stored.articles.map((a) => a['title'])).toEqual([title]);
  expect(stored.bodies[0]!['text']).toBe(body);
});

test('Ctrl+O opens .txt, .md and .html.gz files through the system dialog; many files show progress', async ({ app, recorder }) => {
  const dir = tempDir('dossier-open-'); // removed with the recorder's folders when the test ends
  const txt = join(dir, 'council-vote.txt');
  writeFileSync(txt, page('council-vote.txt'));
  const md = join(dir, 'lamps.md');
  writeFileSync(md, '# Quay lamps lit for the first time\n\nThe harbour board lit the **new quay lamps** on Thursday evening, and [the ferry crews](https://ledger.example/crews) said they could see the steps again.');
  const gz = join(dir, 'lighthouse.html.gz');
  writeFileSync(gz, gzipSync(page('lighthouse.html')));
  recorder.dialogAnswers = [[txt], [md, gz]];

  await app.getByRole('heading', { name: 'Library', exact: true }).click();
  await app.keyboard.press('Control+o');
  await expect(app.getByRole('list', LIST).getByText('Drennick council backs new sea wall after winter floods')).toBeVisible();
  expect(recorder.dialogsShown).toEqual(['Open articles to clip']);

  await app.getByRole('button', { name: 'Open files…' }).click();
  await expect(app.getByRole('status', { name: 'Clipping progress' })).toContainText('Clipped 2 of 2 files.');
  await expect(app.getByRole('list', LIST).getByRole('listitem')).toHaveCount(3);
  const stored = await readStored(app);
  const titles = stored.articles.map((a) => a['title']).sort();
  expect(titles).toEqual(['Drennick council backs new sea wall after winter floods', LIGHTHOUSE, 'Quay lamps lit for the first time'].sort());
  const lamps = stored.articles.find((a) => a['title'] === 'Quay lamps lit for the first time')!;
  expect(stored.bodies.find((b) => b['articleId'] === lamps['id'])!['text']).toBe('The harbour board lit the new quay lamps on Thursday evening, and the ferry crews said they could see the steps again.');
  expect(stored.articles.every((a) => a['source'] === 'file')).toBe(true);

  // A cancelled dialog does nothing.
  await app.keyboard.press('Control+o');
  expect((await readStored(app)).articles).toHaveLength(3);
});

test('many dropped files: progress, a binary file refused by name, the rest saved', async ({ app }) => {
  await dropFiles(app, [
    { name: 'council-vote.txt', content: page('council-vote.txt') },
    { name: 'scan.txt', content: [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a] },
    { name: 'photo.png', content: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], type: 'image/png' },
    { name: 'lighthouse.htm', content: page('lighthouse.html') },
  ]);
  const progress = app.getByRole('status', { name: 'Clipping progress' });
  await expect(progress).toContainText('Clipped 2 of 4 files. 2 could not be clipped:');
  await expect(progress).toContainText('scan.txt: “scan.txt” is a PDF, not a web page.');
  await expect(progress).toContainText('photo.png: “photo.png” is not a file Dossier clips. Drop an .html, .htm, .txt or .md file');
  expect((await readStored(app)).articles).toHaveLength(2);
});

test('a long run of dropped files can be cancelled; what was saved stays whole', async ({ app }) => {
  const files = Array.from({ length: 80 }, (_, i) => ({ name: `note-${i}.txt`, content: `Harbour note number ${i}\nThe tide gauge at Marrowby pier read ${i} centimetres above the mark on Monday morning.` }));
  await dropFiles(app, files);
  const progress = app.getByRole('status', { name: 'Clipping progress' });
  await expect(progress.getByRole('progressbar', { name: 'Files clipped' })).toBeVisible();
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toContainText(/Cancelled\. Clipped \d+ of 80 files\./);
  const saved = Number(/Clipped (\d+) of 80/.exec((await progress.textContent()) ?? '')![1]);
  expect(saved).toBeLessThan(80);
  const stored = await readStored(app);
  expect(stored.articles).toHaveLength(saved);
  expect(stored.bodies).toHaveLength(saved);
});

test('a selection dragged from a browser is clipped as HTML; a dragged link is fetched', async ({ app }) => {
  await dropData(app, {
    'text/html': '<h2>Drennick lifeboat launches twice in one night</h2><p>The Drennick lifeboat crew launched twice on Sunday night, first to a yacht with a broken rudder and then to two walkers cut off by the tide below the cliffs.</p>',
    'text/plain': 'Drennick lifeboat launches twice in one night',
  });
  await expect(app.getByRole('list', LIST).getByText('Drennick lifeboat launches twice in one night')).toBeVisible();
  expect((await readStored(app)).articles[0]).toMatchObject({ source: 'drop' });

  await dropData(app, { 'text/uri-list': `# dragged from a browser\n${site.url}/news/lighthouse`, 'text/plain': `${site.url}/news/lighthouse` });
  await expect(app.getByRole('list', LIST).getByText(LIGHTHOUSE)).toBeVisible();
  expect((await readStored(app)).articles.find((a) => a['title'] === LIGHTHOUSE)).toMatchObject({ source: 'drop', byline: 'Maren Okafor' });
});
