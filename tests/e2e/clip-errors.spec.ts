import { test, expect } from '../helpers/fixtures';
import { dropFiles, readStored, serveNewsSite } from '../helpers/clip-pages';
import type { RunningServer } from '../helpers/static-server';

let site: RunningServer;
test.beforeAll(async () => {
  site = await serveNewsSite();
});
test.afterAll(() => site.close());

/** Each bad address: its message in the UI, the address kept in the box, nothing saved. */
const CASES: { name: string; url: () => string; message: RegExp }[] = [
  { name: 'unreachable host (DNS failure)', url: () => 'http://no-such-newsroom.invalid/story', message: /could not find the site “no-such-newsroom\.invalid”.*Check the address/ },
  { name: 'HTTP 404', url: () => `${site.url}/gone`, message: /page was not found .*HTTP 404.*Check the address/ },
  { name: 'HTTP 500', url: () => `${site.url}/broken`, message: /had an error and sent no page \(HTTP 500\)\. Try again later/ },
  { name: 'time-out', url: () => `${site.url}/slow`, message: /did not send the page within 3 seconds.*try again later/ },
  { name: 'a PDF', url: () => `${site.url}/report.pdf`, message: /is a PDF, not a web page.*copy the article’s text and paste it/ },
  { name: 'an image', url: () => `${site.url}/img/lantern.png`, message: /is an image, not a web page/ },
  { name: 'an enormous page', url: () => `${site.url}/huge`, message: /larger than 15 MB, more than Dossier clips.*paste it instead/ },
  { name: 'malformed HTML', url: () => `${site.url}/garbled`, message: /has no article Dossier can find/ },
  { name: 'a page with no article', url: () => `${site.url}/members`, message: /has no article Dossier can find.*paste it into Dossier/ },
  { name: 'not an http(s) address', url: () => 'ftp://files.example/story.html', message: /Only http and https pages can be clipped/ },
  { name: 'not an address at all', url: () => 'harbour fees story', message: /is not a web address/ },
];

for (const c of CASES) {
  test(`bad URL: ${c.name}`, async ({ app }) => {
    const box = app.getByLabel('Clip a web address');
    await box.fill(c.url());
    await box.press('Enter');
    await expect(app.getByRole('alert').filter({ hasText: c.message })).toBeVisible();
    await expect(box).toHaveValue(c.url());
    const stored = await readStored(app);
    expect([stored.articles.length, stored.bodies.length, stored.images.length]).toEqual([0, 0, 0]);
    await expect(app.getByText('Your library is empty')).toBeVisible();
  });
}

test('an empty Clip box says what to type', async ({ app }) => {
  await app.getByLabel('Clip a web address').press('Enter');
  await expect(app.getByRole('alert').filter({ hasText: 'The Clip box is empty' })).toBeVisible();
});

test('a dropped binary file and a dropped empty file each say what is wrong; nothing is saved', async ({ app }) => {
  await dropFiles(app, [{ name: 'archive.html', content: [0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0] }]);
  await expect(app.getByRole('alert').filter({ hasText: '“archive.html” is a binary file, not a web page or text.' })).toBeVisible();
  await dropFiles(app, [{ name: 'blank.txt', content: '   \n' }]);
  await expect(app.getByRole('alert').filter({ hasText: '“blank.txt” is empty.' })).toBeVisible();
  expect((await readStored(app)).articles).toHaveLength(0);
});

test('an enormous dropped file is refused before it is read', async ({ app }) => {
  await app.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(16 * 1024 * 1024)], 'whole-site.html', { type: 'text/html' }));
    document.querySelector('.library')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await expect(app.getByRole('alert').filter({ hasText: '“whole-site.html” is 16 MB, larger than the 15 MB Dossier clips.' })).toBeVisible();
  expect((await readStored(app)).articles).toHaveLength(0);
});

test('a storage failure while saving a fetched page leaves nothing half-saved', async ({ app }) => {
  // The image write fails after the article and body rows were added in the same transaction.
  await app.evaluate(() => {
    const add = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (this.name === 'images') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    };
  });
  const box = app.getByLabel('Clip a web address');
  await box.fill(`${site.url}/news/lighthouse`);
  await box.press('Enter');
  await expect(app.getByRole('alert').filter({ hasText: 'no room left' }).first()).toBeVisible();
  await expect(box).toHaveValue(`${site.url}/news/lighthouse`);
  const stored = await readStored(app);
  expect([stored.articles.length, stored.bodies.length, stored.images.length]).toEqual([0, 0, 0]);
});
