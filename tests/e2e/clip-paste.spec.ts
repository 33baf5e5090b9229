import { test, expect } from '../helpers/fixtures';
import { page, pasteData, readStored, serveNewsSite } from '../helpers/clip-pages';
import type { RunningServer } from '../helpers/static-server';

let site: RunningServer;
test.beforeAll(async () => {
  site = await serveNewsSite();
});
test.afterAll(() => site.close());

const LIST = { name: 'Articles' } as const;

test('a pasted plain-text clip loses its furniture, keeps the caption apart, and files dateline and credit as metadata', async ({ app }) => {
  await app.getByRole('button', { name: 'Paste your first clip' }).click();
  await app.getByLabel('Clip text').fill(page('council-vote.txt'));
  await app.getByRole('button', { name: /Save clip/ }).click();
  const row = app.getByRole('list', LIST).getByRole('listitem').filter({ hasText: 'Drennick council backs new sea wall after winter floods' });
  await expect(row).toBeVisible();
  await expect(row).toContainText('DRENNICK · LEDGER WIRE');

  const stored = await readStored(app);
  expect(stored.articles).toHaveLength(1);
  expect(stored.articles[0]).toMatchObject({ dateline: 'DRENNICK', credit: 'LEDGER WIRE', source: 'text', url: null });
  const body = stored.bodies[0] as { text: string; captions: string[] };
  for (const furniture of ['Sign up now', 'PHOTO: DRENNICK LEDGER', 'Follow topic:', 'Read more:', 'LEDGER WIRE', 'DRENNICK –']) expect(body.text).not.toContain(furniture);
  expect(body.captions).toEqual(['Engineers inspect the damaged promenade on Monday.']);
  expect(body.text).not.toContain('Engineers inspect');
  expect(body.text.startsWith('The town council voted eight to one on Tuesday')).toBe(true);
  expect(body.text.endsWith('Mr Teague said.')).toBe(true);

  await app.reload();
  await expect(app.getByRole('list', LIST).getByRole('listitem')).toHaveCount(1);
});

test('HTML pasted in the library (a copy from a browser) is clipped as an article', async ({ app }) => {
  const html =
    '<meta charset="utf-8"><h1>Night market opens on the quay</h1><p>Stallholders from Drennick and Skerrow set up forty tables on the quay on Saturday evening, selling smoked fish, bread and oil lamps.</p>' +
    '<p>The harbour board said the market would run every weekend until October if the weather held, and that the ferry would wait for late shoppers.</p><script>window.__pasteRan = true</script>';
  await pasteData(app, { 'text/html': html, 'text/plain': 'Night market opens on the quay' });
  const row = app.getByRole('list', LIST).getByRole('listitem').filter({ hasText: 'Night market opens on the quay' });
  await expect(row).toBeVisible();
  const stored = await readStored(app);
  expect(stored.articles[0]).toMatchObject({ source: 'html', url: null });
  expect((stored.bodies[0] as { html: string }).html).not.toContain('script');
  expect((stored.bodies[0] as { text: string }).text).toContain('forty tables on the quay');
  expect(await app.evaluate(() => (window as unknown as { __pasteRan?: boolean }).__pasteRan ?? false)).toBe(false);
});

test('plain text pasted in the library is clipped; a pasted address is fetched', async ({ app }) => {
  await pasteData(app, { 'text/plain': 'Ferry timetable changes for winter\nThe last crossing from Port Alder will leave at ten instead of eleven from December, the operators said.' });
  await expect(app.getByRole('list', LIST).getByText('Ferry timetable changes for winter')).toBeVisible();
  expect((await readStored(app)).articles[0]).toMatchObject({ source: 'text' });

  await pasteData(app, { 'text/plain': `  ${site.url}/news/lighthouse\n` });
  await expect(app.getByRole('list', LIST).getByText('Lighthouse keepers return to Skerrow Point after forty years')).toBeVisible();
  expect((await readStored(app)).articles.find((a) => a['source'] === 'url')).toMatchObject({ byline: 'Maren Okafor' });
});

test('an empty paste and a headline-only paste say what to try, keep the text, and save nothing', async ({ app }) => {
  await app.getByRole('button', { name: 'Paste your first clip' }).click();
  await app.getByRole('button', { name: /Save clip/ }).click();
  await expect(app.getByRole('dialog', { name: 'Paste a clip' }).getByRole('alert')).toContainText('The pasted text is empty. Paste');

  await app.getByLabel('Clip text').fill('Only a headline here');
  await app.getByRole('button', { name: /Save clip/ }).click();
  await expect(app.getByRole('dialog', { name: 'Paste a clip' }).getByRole('alert')).toContainText('but no article text after it');
  await expect(app.getByLabel('Clip text')).toHaveValue('Only a headline here');

  await app.getByRole('button', { name: 'Cancel' }).click();
  // Pasting nothing in the library itself.
  await pasteData(app, {});
  await expect(app.getByRole('alert').filter({ hasText: 'The clipboard is empty' })).toBeVisible();
  expect((await readStored(app)).articles).toHaveLength(0);
});

test('pasted HTML with no article reopens in the paste box with the HTML kept and the reason', async ({ app }) => {
  const html = '<nav><a href="/">Home</a> <a href="/login">Sign in</a></nav><form><input name="q"><button>Go</button></form>';
  await pasteData(app, { 'text/html': html, 'text/plain': 'Home Sign in' });
  const dialog = app.getByRole('dialog', { name: 'Paste a clip' });
  await expect(dialog.getByRole('alert')).toContainText('The pasted HTML has no article Dossier can find');
  await expect(app.getByLabel('Clip text')).toHaveValue(html);
  await expect(dialog.getByRole('radio', { name: 'HTML' })).toBeChecked();
  expect((await readStored(app)).articles).toHaveLength(0);
});

test('closing the paste box without saving keeps what was in it for the next time it opens; saving or Clear empties it', async ({ app }) => {
  const clip = 'Ferry fares rise in winter\nThe harbour board raised the winter fares on Monday, and the day return now costs nine crowns.';
  const dialog = app.getByRole('dialog', { name: 'Paste a clip' });
  const box = dialog.getByLabel('Clip text');
  await app.getByRole('button', { name: 'Paste your first clip' }).click();
  await box.fill(clip);
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect((await readStored(app)).articles).toHaveLength(0);

  // Reopened: the text is there, and the box says why.
  await app.getByRole('button', { name: 'Paste your first clip' }).click();
  await expect(box).toHaveValue(clip);
  await expect(dialog.getByText('Kept from when you last closed this box')).toBeVisible();
  // Cancel keeps it too, also across sections; the palette's command opens it with the text.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await app.keyboard.press('Control+4');
  await app.keyboard.press('Control+1');
  await expect(app.getByRole('button', { name: 'Paste your first clip' })).toBeVisible();
  await app.keyboard.press('Control+k');
  await app.getByRole('combobox').fill('paste a clip plain');
  await app.keyboard.press('Enter');
  await expect(box).toHaveValue(clip);

  // Saving clips it and empties the box for next time.
  await dialog.getByRole('button', { name: /Save clip/ }).click();
  await expect(app.getByRole('list', LIST).getByText('Ferry fares rise in winter')).toBeVisible();
  await app.getByRole('button', { name: 'Paste clip' }).click();
  await expect(box).toHaveValue('');
  await expect(dialog.getByText('Kept from when you last closed this box')).toHaveCount(0);

  // HTML is kept as HTML; Clear throws the kept text away.
  await dialog.getByRole('radio', { name: 'HTML' }).check();
  await box.fill('<h1>Quay market</h1><p>Stalls on the quay.</p>');
  await app.keyboard.press('Escape');
  await app.getByRole('button', { name: 'Paste clip' }).click();
  await expect(box).toHaveValue('<h1>Quay market</h1><p>Stalls on the quay.</p>');
  await expect(dialog.getByRole('radio', { name: 'HTML' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Clear' }).click();
  await expect(box).toHaveValue('');
  await expect(box).toBeFocused();
  await app.keyboard.press('Escape');
  await app.getByRole('button', { name: 'Paste clip' }).click();
  await expect(box).toHaveValue('');
  await expect(dialog.getByRole('radio', { name: 'Plain text' })).toBeChecked();
  expect((await readStored(app)).articles).toHaveLength(1);
});
