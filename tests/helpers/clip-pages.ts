import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { appReady } from './app-ready';
import { serveFolder, type RunningServer } from './static-server';

export const PAGES_DIR = resolve(__dirname, '../fixtures/pages');
export const page = (name: string) => readFileSync(resolve(PAGES_DIR, name), 'utf8');

/** A 1×1 PNG, so the clipper has a real image to download and store. */
export const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

const latin = (text: string) => Buffer.from(text, 'latin1');
/** A windows-1252 page: its special characters are single bytes that UTF-8 or Latin-1 would misread. */
export const KIOSK_1252 = Buffer.concat([
  latin('<!doctype html><html><head><meta charset="windows-1252"><title>Caf'),
  Buffer.from([0xe9]),
  latin(' kiosk on Marrowby pier reopens</title></head><body><article><h1>Caf'),
  Buffer.from([0xe9]),
  latin(' kiosk on Marrowby pier reopens</h1><p>The caf'),
  Buffer.from([0xe9]),
  latin(' kiosk at the end of Marrowby pier reopened on Saturday after the winter storms, and its owner, Hesper Quill, said coffee would stay at '),
  Buffer.from([0x80]),
  latin('2 '),
  Buffer.from([0x96]),
  latin(' the same as last year.</p><p>'),
  Buffer.from([0x93]),
  latin('People walked out here in the rain to ask when we would open,'),
  Buffer.from([0x94]),
  latin(' Ms Quill said, pouring the first cups for the harbour crew.</p></article></body></html>'),
]);

/**
 * The news site the clip tests read from: the fixture pages we wrote, plus routes for every bad
 * answer a site can give (404, 500, a PDF, a page that never answers).
 */
export function serveNewsSite(): Promise<RunningServer> {
  return serveFolder(PAGES_DIR, [
    (req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const html = (body: string, status = 200) => res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
      switch (path) {
        case '/news/lighthouse':
        case '/news/lighthouse-keepers-return':
          html(page('lighthouse.html'));
          return true;
        case '/news/moved':
          res.writeHead(301, { Location: '/news/lighthouse' }).end();
          return true;
        case '/members':
          html(page('members-only.html'));
          return true;
        case '/news/night-ferry':
          html(page('ferry-paywall.html'));
          return true;
        case '/img/lantern.png':
          res.writeHead(200, { 'Content-Type': 'image/png' }).end(PNG_1X1);
          return true;
        case '/broken':
          html('<h1>Internal error</h1>', 500);
          return true;
        case '/gone':
          html('<h1>Not found</h1>', 404);
          return true;
        case '/report.pdf':
          res.writeHead(200, { 'Content-Type': 'application/pdf' }).end('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
          return true;
        case '/news/kiosk-1252':
          // Declared only in <meta>, bytes written by hand: 0x93/0x94 curly quotes, 0x80 euro, 0x96 en dash, 0xE9 é.
          res.writeHead(200, { 'Content-Type': 'text/html' }).end(KIOSK_1252);
          return true;
        case '/huge': {
          // 16 MB of page, streamed without a Content-Length: main stops reading at 15 MB.
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
          const chunk = '<p>' + 'tide '.repeat(20_000) + '</p>';
          let sent = 0;
          const pump = () => {
            while (sent < 16 * 1024 * 1024) {
              sent += chunk.length;
              if (!res.write(chunk)) return void res.once('drain', pump);
            }
            res.end();
          };
          res.on('close', () => (sent = Infinity));
          pump();
          return true;
        }
        case '/garbled':
          html('<<<html>>> <</ </// <p <div << <tr><td><<<');
          return true;
        case '/slow':
          return true; // never answers: the clip times out
        default:
          return false;
      }
    },
  ]);
}

export interface StoredRows {
  articles: Record<string, unknown>[];
  bodies: Record<string, unknown>[];
  images: { id: string; articleId: string; mime: string; size: number; sourceUrl: string }[];
  quotes: Record<string, unknown>[];
}

/** Everything the clipper wrote, read straight from IndexedDB (not through the app's code). */
export function readStored(app: Page): Promise<StoredRows> {
  return app.evaluate(
    () =>
      new Promise<StoredRows>((done, fail) => {
        const open = indexedDB.open('dossier');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['articles', 'bodies', 'images', 'quotes'], 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const name of ['articles', 'bodies', 'images', 'quotes']) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => {
              out[name] =
                name === 'images'
                  ? (req.result as { id: string; articleId: string; mime: string; bytes: Uint8Array; sourceUrl: string }[]).map((i) => ({ id: i.id, articleId: i.articleId, mime: i.mime, size: i.bytes.length, sourceUrl: i.sourceUrl }))
                  : req.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            done(out as unknown as StoredRows);
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
}

/** Drops files on the window the way a file manager does (a DataTransfer holding File objects). */
export async function dropFiles(app: Page, files: { name: string; content: string | number[]; type?: string }[]): Promise<void> {
  await app.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([typeof f.content === 'string' ? f.content : new Uint8Array(f.content)], f.name, { type: f.type ?? '' }));
    const target = document.querySelector('.library') ?? document.body;
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
}

/** Drops data (a link, a browser selection) on the window. */
export async function dropData(app: Page, data: Record<string, string>): Promise<void> {
  await app.evaluate((entries) => {
    const dt = new DataTransfer();
    for (const [type, value] of Object.entries(entries)) dt.setData(type, value);
    const target = document.querySelector('.library') ?? document.body;
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, data);
}

/** A paste in the library (outside any text field) carrying clipboard data. */
export async function pasteData(app: Page, data: Record<string, string>): Promise<void> {
  await app.evaluate((entries) => {
    const dt = new DataTransfer();
    for (const [type, value] of Object.entries(entries)) dt.setData(type, value);
    const focused = document.activeElement;
    if (focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement) focused.blur();
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, data);
}

/** Clips `text` through the palette's "Paste clip" in the Library, as a user with the keyboard does, and waits for the paste box to close. */
export async function pasteClipFromPalette(app: Page, text: string): Promise<void> {
  await app.keyboard.press('Control+1'); // the library, where the paste command lives
  await appReady(app, 'library');
  await app.keyboard.press('Control+k');
  await app.getByRole('combobox', { name: /Search the notebook/ }).fill('paste clip');
  await app.keyboard.press('Enter');
  await app.getByLabel('Clip text').fill(text);
  await app.keyboard.press('Control+Enter');
  await expect(app.getByRole('dialog', { name: 'Paste a clip' })).toBeHidden();
}
