import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ApiError } from '../../../shared/api/errors';
import { createClipHandlers } from './handlers';
import { fetchImages } from './images';
import { readClipFileAt } from './files';
import { send, startServer } from './test-server';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);

let server: Awaited<ReturnType<typeof startServer>>;
let dir = '';

beforeAll(async () => {
  server = await startServer({
    '/a.png': send('image/png', PNG),
    '/b.jpg': send('image/jpeg', JPEG),
    '/big.png': send('image/png', new Uint8Array([...PNG, ...new Uint8Array(5000)])),
    '/page.html': send('text/html', '<p>not an image</p>'),
    '/fake.png': send('image/png', '<p>html pretending</p>'),
    '/vector.svg': send('image/svg+xml', '<svg onload="alert(1)"></svg>'),
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
