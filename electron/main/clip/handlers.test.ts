import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ApiError } from '../../../shared/api/errors';
import type { Handlers } from '../../../shared/api';
import { createDispatch } from '../ipc/dispatch';
import { createClipHandlers } from './handlers';
import { fetchImages } from './images';
import { readClipFileAt } from './files';
import { send, startServer } from './test-server';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);

let server: Awaited<ReturnType<typeof startServer>>;
let dir = '';
/** Requests to /held: never answered; `closed` counts those whose connection the client closed. */
const held = { arrived: 0, closed: 0 };

beforeAll(async () => {
  server = await startServer({
    '/a.png': send('image/png', PNG),
    '/b.jpg': send('image/jpeg', JPEG),
    '/big.png': send('image/png', new Uint8Array([...PNG, ...new Uint8Array(5000)])),
    '/page.html': send('text/html', '<p>not an image</p>'),
    '/fake.png': send('image/png', '<p>html pretending</p>'),
    '/vector.svg': send('image/svg+xml', '<svg onload="alert(1)"></svg>'),
    '/held': (req) => {
      held.arrived++;
      req.socket.on('close', () => held.closed++);
    },
  });
  dir = mkdtempSync(join(tmpdir(), 'dossier-clip-'));
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('fetchImages', () => {
  it('downloads images, skips everything else with a reason, never throws', async () => {
    const u = (p: string) => `${server.url}${p}`;
    const result = await fetchImages([u('/a.png'), u('/b.jpg'), u('/page.html'), u('/fake.png'), u('/vector.svg'), u('/missing.png'), 'http://no-such-picture-desk.invalid/x.png', u('/a.png')]);
    expect(result.images.map((i) => [i.url, i.mime])).toEqual([
      [u('/a.png'), 'image/png'],
      [u('/b.jpg'), 'image/jpeg'],
    ]);
    expect(Buffer.from(result.images[0]!.base64, 'base64')).toEqual(Buffer.from(PNG));
    expect(result.skipped.map((s) => s.url).sort()).toEqual([u('/page.html'), u('/fake.png'), u('/vector.svg'), u('/missing.png'), 'http://no-such-picture-desk.invalid/x.png'].sort());
  });

  it('caps images per article, bytes per image, and bytes per article', async () => {
    const u = (p: string) => `${server.url}${p}`;
    const count = await fetchImages([u('/a.png'), u('/b.jpg'), u('/big.png')], { images: 2 });
    expect(count.images).toHaveLength(2);
    expect(count.skipped).toEqual([{ url: u('/big.png'), reason: 'more than 2 images in one article' }]);
    const perImage = await fetchImages([u('/big.png'), u('/a.png')], { imageBytes: 1000 });
    expect(perImage.images.map((i) => i.url)).toEqual([u('/a.png')]);
    expect(perImage.skipped[0]!.reason).toMatch(/larger than/);
    const perArticle = await fetchImages([u('/a.png'), u('/b.jpg')], { articleImageBytes: PNG.length + 2, concurrency: 1 });
    expect(perArticle.images.map((i) => i.url)).toEqual([u('/a.png')]);
    expect(perArticle.skipped[0]!.reason).toMatch(/would exceed/);
  });
});

describe('cancelling a clip', () => {
  const handlers = () => createClipHandlers({ showOpenDialog: async () => ({ canceled: true, filePaths: [] }) });
  const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as ApiError);

  it('cancelFetch aborts the page fetch of its requestId and closes the connection; others go on', async () => {
    const h = handlers();
    const before = { ...held };
    const cancelled = failure(h.fetchPage({ url: `${server.url}/held`, requestId: 'clip-1' }));
    const other = h.fetchPage({ url: `${server.url}/page.html`, requestId: 'clip-2' });
    await vi.waitFor(() => expect(held.arrived).toBe(before.arrived + 1));
    expect(await h.cancelFetch({ requestId: 'clip-1' })).toEqual({ cancelled: true });
    expect((await cancelled)?.code).toBe('cancelled');
    await vi.waitFor(() => expect(held.closed).toBe(before.closed + 1));
    expect((await other).text).toBe('<p>not an image</p>');
    // Nothing runs under that id any more; an id never used cancels nothing.
    expect(await h.cancelFetch({ requestId: 'clip-1' })).toEqual({ cancelled: false });
    expect(await h.cancelFetch({ requestId: 'never-used' })).toEqual({ cancelled: false });
  });

  it('main validates the cancel payload like every other call', async () => {
    // Only clip calls are made here, so the clip handlers stand in for the whole set.
    const dispatch = createDispatch(handlers() as unknown as Handlers, { appUrls: ['http://127.0.0.1:5173/'] });
    const sender = { url: 'http://127.0.0.1:5173/index.html', isMainFrame: true };
    for (const input of [{}, { requestId: '' }, { requestId: 'a b' }, { requestId: 'x'.repeat(65) }, { requestId: 'ok', extra: 1 }, { requestId: 7 }]) {
      expect(await dispatch('cancelFetch', input, sender)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(await dispatch('cancelFetch', { requestId: 'clip-3' }, sender)).toEqual({ ok: true, value: { cancelled: false } });
    expect(await dispatch('fetchPage', { url: `${server.url}/page.html`, requestId: 'no spaces please' }, sender)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('files to clip', () => {
  const write = (name: string, data: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return path;
  };
  const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as ApiError);

  it('reads .html, .htm, .txt, .md and .html.gz, with the charset a page declares', async () => {
    expect(await readClipFileAt(write('story.html', '<p>Quay</p>'))).toEqual({ name: 'story.html', kind: 'html', text: '<p>Quay</p>', charset: 'utf-8' });
    expect((await readClipFileAt(write('old.htm', Uint8Array.from([...Buffer.from('<meta charset="windows-1252"><p>'), 0x93, 0x41, 0x94])))).text).toContain('<p>“A”');
    expect((await readClipFileAt(write('notes.txt', 'Headline\nBody'))).kind).toBe('text');
    expect((await readClipFileAt(write('notes.md', '# Headline'))).kind).toBe('markdown');
    expect(await readClipFileAt(write('saved.html.gz', gzipSync('<p>Packed</p>')))).toMatchObject({ name: 'saved.html.gz', kind: 'html', text: '<p>Packed</p>' });
  });

  it('reads a .txt or .md saved as windows-1252 without a BOM (Ctrl+O) as windows-1252, not with U+FFFD', async () => {
    const latin1 = Buffer.from('Caf\xe9 reopens on the pier\nThe caf\xe9 at the end of the pier reopened.', 'latin1');
    expect(await readClipFileAt(write('latin1.txt', latin1))).toEqual({ name: 'latin1.txt', kind: 'text', text: 'Café reopens on the pier\nThe café at the end of the pier reopened.', charset: 'windows-1252' });
    const md = await readClipFileAt(write('quotes.md', Uint8Array.from([...Buffer.from('# '), 0x93, ...Buffer.from('Fine'), 0x94, 0x20, 0x97, 0x20, 0x80, 0x35])));
    expect(md.text).toBe('# “Fine” — €5');
  });

  it('refuses binary, unknown types, oversized files and gzip bombs with what to try', async () => {
    const binary = await failure(readClipFileAt(write('scan.txt', Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))));
    expect([binary?.code, binary?.message]).toEqual(['not-html', expect.stringMatching(/“scan\.txt” is a PDF/)]);
    expect((await failure(readClipFileAt(write('nul.html', Uint8Array.from([60, 112, 0, 0, 62])))))?.code).toBe('not-html');
    expect((await failure(readClipFileAt(write('photo.jpg', JPEG))))?.message).toMatch(/Choose an \.html, \.htm, \.txt or \.md file/);
    expect((await failure(readClipFileAt(write('huge.html', 'x'.repeat(3000)), 1000)))?.code).toBe('too-large');
    expect((await failure(readClipFileAt(write('bomb.html.gz', gzipSync(Buffer.alloc(100_000, 0x20))), 10_000)))?.code).toBe('too-large');
    expect((await failure(readClipFileAt(write('broken.html.gz', 'not gzip at all'))))?.code).toBe('corrupt');
    expect((await failure(readClipFileAt(join(dir, 'gone.html'))))?.code).toBe('not-found');
  });

  it('handlers: the dialog answers tokens, only chosen files can be read, each once', async () => {
    const chosen = write('chosen.html', '<p>Chosen</p>');
    const answers = [[chosen], null];
    const handlers = createClipHandlers({
      showOpenDialog: async (options) => {
        expect(options.properties).toContain('multiSelections');
        expect(options.filters[0]!.extensions).toEqual(expect.arrayContaining(['html', 'htm', 'txt', 'md', 'gz']));
        const paths = answers.shift();
        return paths ? { canceled: false, filePaths: paths } : { canceled: true, filePaths: [] };
      },
    });
    const picked = await handlers.chooseClipFiles({});
    expect(picked).toMatchObject({ cancelled: false, files: [{ name: 'chosen.html', size: 13 }] });
    const token = picked.files[0]!.token;
    expect((await handlers.readClipFile({ token })).text).toBe('<p>Chosen</p>');
    expect((await failure(handlers.readClipFile({ token })))?.code).toBe('not-found');
    expect((await failure(handlers.readClipFile({ token: chosen })))?.code).toBe('not-found');
    expect(await handlers.chooseClipFiles({})).toEqual({ cancelled: true, files: [] });
  });
});
