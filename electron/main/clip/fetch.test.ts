import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { ApiError } from '../../../shared/api/errors';
import { fetchPage, mediaTypeInWords } from './page';
import { redirect, send, startServer } from './test-server';

const ARTICLE = '<!doctype html><html><head><title>Tide gauge</title></head><body><article><p>The tide gauge at Marrowby pier was replaced on Monday.</p></article></body></html>';

/** Bytes written by hand so the decoder, not the test, has to know the charset. */
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

let server: Awaited<ReturnType<typeof startServer>>;
let base = '';

beforeAll(async () => {
  const chain = (n: number) => (n === 0 ? send('text/html; charset=utf-8', ARTICLE) : redirect(`/chain${n - 1}`));
  server = await startServer({
    '/article': send('text/html; charset=utf-8', ARTICLE),
    '/xhtml': send('application/xhtml+xml', ARTICLE),
    '/plain': send('text/plain', 'Harbour notes\nThe ferry ran late.'),
    '/r1': redirect('/r2', 301),
    '/r2': redirect('/article', 307),
    ...Object.fromEntries(Array.from({ length: 8 }, (_, n) => [`/chain${n}`, chain(n)])),
    '/loop-a': redirect('/loop-b'),
    '/loop-b': redirect('/loop-a'),
    '/to-ftp': redirect('ftp://files.example/story.html'),
    '/to-file': redirect('file:///etc/passwd'),
    '/missing': send('text/html', '<p>Not here</p>', 404),
    '/forbidden': send('text/html', '<p>No</p>', 403),
    '/broken': send('text/html', '<p>Oops</p>', 500),
    '/unavailable': send('text/html', '<p>Later</p>', 503),
    '/hang': () => undefined,
    '/stall-body': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.write('<html><body><p>The first half arrives');
    },
    '/big-declared': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': String(50_000) });
      res.end('x'.repeat(50_000));
    },
    '/big-streamed': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      for (let i = 0; i < 50; i++) res.write('<p>' + 'word '.repeat(200) + '</p>');
      res.end();
    },
    '/gzip-bomb': send('text/html', gzipSync(Buffer.alloc(5_000_000, 0x20)), 200, { 'Content-Encoding': 'gzip' }),
    '/gzipped': send('text/html; charset=utf-8', gzipSync(Buffer.from(ARTICLE)), 200, { 'Content-Encoding': 'gzip' }),
    '/pdf': send('application/pdf', '%PDF-1.7\n%âãÏÓ\n1 0 obj'),
    '/pdf-as-html': send('text/html', '%PDF-1.4\n1 0 obj'),
    '/png': send('image/png', PNG),
    '/png-as-html': send('text/html', PNG),
    '/zip': send('application/zip', bytes('PK', [3, 4, 0, 0])),
    '/octet-binary': send('application/octet-stream', bytes([0, 1, 2, 3, 0, 0, 5])),
    '/octet-html': send('application/octet-stream', ARTICLE),
    '/no-type': send(null, ARTICLE),
    '/json': send('application/json', '{"a":1}'),
    '/docx': send('application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes('PK', [3, 4, 0, 0])),
    '/xlsx': send('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes('PK', [3, 4, 0, 0])),
    '/mp3': send('audio/mpeg', bytes('ID3', [3, 0, 0])),
    '/mp4': send('video/mp4', bytes([0, 0, 0, 0x18], 'ftypmp42')),
    '/exe': send('application/x-msdownload', bytes('MZ', [0x90, 0])),
    '/cp1252': send('text/html; charset=windows-1252', bytes('<p>caf', [0xe9], ' ', [0x93], 'Marrowby', [0x94], ' costs ', [0x80], '5 ', [0x96], ' na', [0xef], 've</p>')),
    '/latin1-label': send('text/html; charset=ISO-8859-1', bytes('<p>', [0x93], 'quoted', [0x94], '</p>')),
    '/latin2-meta': send('text/html', bytes('<html><head><meta charset="iso-8859-2"></head><body><p>Wroc', [0xb3], 'aw ', [0xb1], '</p></body></html>')),
    '/greek-equiv': send('text/html', bytes('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-7"></head><body><p>', [0xe1, 0xe2, 0xe3], '</p></body></html>')),
    '/sjis-meta': send('text/html', bytes('<html><head><meta charset=Shift_JIS></head><body><p>', [0x93, 0xfa, 0x96, 0x7b], '</p></body></html>')),
    '/gb18030': send('text/html; charset="GB18030"', bytes('<p>', [0xd6, 0xd0, 0xce, 0xc4], ' ', [0x81, 0x30, 0x89, 0x38], '</p>')),
    '/gb2312-meta': send('text/html', bytes('<meta charset="gb2312"><p>', [0xd6, 0xd0, 0xce, 0xc4], '</p>')),
    '/header-beats-meta': send('text/html; charset=utf-8', Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>'), Buffer.from('café €', 'utf8'), Buffer.from('</p>')])),
    '/no-charset': send('text/html', Buffer.from('<p>Zürich – naïve</p>', 'utf8')),
    '/no-charset-cp1252': send('text/html', bytes('<p>caf', [0xe9], ' ', [0x93], 'Marrowby', [0x94], ' ', [0x80], '5</p>')),
    '/bogus-charset': send('text/html; charset=klingon-9', Buffer.from('<p>Zürich</p>', 'utf8')),
    '/bom-utf16': send('text/html', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>Zürich</p>', 'utf16le')])),
  });
  base = server.url;
});

afterAll(() => server.close());

async function failure(p: Promise<unknown>): Promise<ApiError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('fetchPage: pages it accepts', () => {
  it('fetches an HTML page', async () => {
    const page = await fetchPage(`${base}/article`);
    expect(page).toMatchObject({ kind: 'html', url: `${base}/article`, charset: 'utf-8', charsetFrom: 'header' });
    expect(page.text).toContain('Marrowby pier');
  });

  it('accepts XHTML, text/plain, and HTML sent without a type or as octet-stream', async () => {
    expect((await fetchPage(`${base}/xhtml`)).kind).toBe('html');
    expect(await fetchPage(`${base}/plain`)).toMatchObject({ kind: 'text', text: 'Harbour notes\nThe ferry ran late.' });
    expect((await fetchPage(`${base}/no-type`)).kind).toBe('html');
    expect((await fetchPage(`${base}/octet-html`)).kind).toBe('html');
  });

  it('unpacks gzip-encoded pages', async () => {
    expect((await fetchPage(`${base}/gzipped`)).text).toBe(ARTICLE);
  });
});

describe('fetchPage: redirects', () => {
  it('follows redirects (relative Location, 301 and 307) and reports the final URL', async () => {
    const page = await fetchPage(`${base}/r1`);
    expect(page.requestedUrl).toBe(`${base}/r1`);
    expect(page.url).toBe(`${base}/article`);
  });

  it('follows exactly 5 redirects, refuses the 6th', async () => {
    expect((await fetchPage(`${base}/chain5`)).url).toBe(`${base}/chain0`);
    const e = await failure(fetchPage(`${base}/chain6`));
    expect(e.code).toBe('too-many-redirects');
    expect(e.message).toMatch(/more than 5 times/);
  });

  it('stops a redirect loop', async () => {
    const e = await failure(fetchPage(`${base}/loop-a`));
    expect(e.code).toBe('too-many-redirects');
    expect(e.message).toMatch(/loop/);
  });

  it('refuses a redirect to anything but http(s)', async () => {
    expect((await failure(fetchPage(`${base}/to-ftp`))).code).toBe('bad-url');
    const e = await failure(fetchPage(`${base}/to-file`));
    expect(e.code).toBe('bad-url');
    expect(e.message).toMatch(/file: address/);
  });
});

describe('fetchPage: failures name the problem and what to try', () => {
  it('refuses addresses that are not http(s)', async () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'ftp://files.example/a', 'not a url', 'http://user:pw@127.0.0.1/']) {
      expect((await failure(fetchPage(url))).code).toBe('bad-url');
    }
  });

  it('HTTP 404, 403, 500 and 503', async () => {
    const missing = await failure(fetchPage(`${base}/missing`));
    expect(missing.code).toBe('http-status');
    expect(missing.message).toMatch(/not found.*HTTP 404.*Check the address/);
    expect((await failure(fetchPage(`${base}/forbidden`))).message).toMatch(/HTTP 403.*copy its text and paste/);
    expect((await failure(fetchPage(`${base}/broken`))).message).toMatch(/HTTP 500.*Try again later/);
    expect((await failure(fetchPage(`${base}/unavailable`))).message).toMatch(/HTTP 503/);
  });

  it('times out when no answer comes, and when the body stalls', async () => {
    const e = await failure(fetchPage(`${base}/hang`, { timeoutMs: 300 }));
    expect(e.code).toBe('timeout');
    expect(e.message).toMatch(/within 0 seconds|did not send the page/);
    expect((await failure(fetchPage(`${base}/stall-body`, { timeoutMs: 300 }))).code).toBe('timeout');
  });

  it('a host that does not resolve is a DNS failure', async () => {
    const e = await failure(fetchPage('http://no-such-newsroom.invalid/story'));
    expect(e.code).toBe('dns');
    expect(e.message).toMatch(/no-such-newsroom\.invalid.*Check the address/);
  });

  it('a refused connection is a network failure', async () => {
    const probe = createServer();
    await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
    const port = (probe.address() as { port: number }).port;
    await new Promise<void>((done) => probe.close(() => done()));
    const e = await failure(fetchPage(`http://127.0.0.1:${port}/`));
    expect(e.code).toBe('network');
    expect(e.message).toMatch(/refused the connection/);
  });

  it('too large: by Content-Length, while streaming, and after unpacking gzip', async () => {
    for (const path of ['/big-declared', '/big-streamed', '/gzip-bomb']) {
      const e = await failure(fetchPage(`${base}${path}`, { maxBytes: 20_000 }));
      expect(e.code, path).toBe('too-large');
      expect(e.message).toMatch(/larger than .* MB.*paste/);
    }
  });

  it('refuses PDF, images, archives and other binary, whatever the Content-Type says', async () => {
    for (const [path, pattern] of [
      ['/pdf', /is a PDF/],
      ['/pdf-as-html', /is a PDF/],
      ['/png', /is an image/],
      ['/png-as-html', /is an image/],
      ['/zip', /gives a ZIP archive, not a web page/],
      ['/octet-binary', /binary file/],
      ['/json', /gives JSON data, not a web page/],
    ] as const) {
      const e = await failure(fetchPage(`${base}${path}`));
      expect(e.code, path).toBe('not-html');
      expect(e.message, path).toMatch(pattern);
    }
  });

  it('says what a refused address gives in words, with the media type only for an uncommon one', async () => {
    const host = new URL(base).host;
    const tail = 'not a web page. Dossier clips HTML and plain-text pages: clip the article’s own page, or paste its text.';
    for (const [path, words] of [
      ['/zip', 'a ZIP archive'],
      ['/json', 'JSON data'],
      ['/docx', 'a Word document'],
      ['/xlsx', 'a spreadsheet'],
      ['/mp3', 'an audio file'],
      ['/mp4', 'a video'],
      ['/exe', 'a binary file (application/x-msdownload)'],
    ] as const) {
      const e = await failure(fetchPage(`${base}${path}`));
      expect(e.message, path).toBe(`The address at ${host} gives ${words}, ${tail}`);
    }
  });

  it('binary bytes from an address get advice about addresses, not about files', async () => {
    const e = await failure(fetchPage(`${base}/octet-binary`));
    expect(e.message).toBe(`The page at ${new URL(base).host} is a binary file, not a web page or text. Dossier clips HTML and plain-text pages: clip the article’s own page, or copy its text and paste it.`);
    expect(e.message).not.toMatch(/\.html, \.htm|save the page as HTML/);
  });

  it('media types in words: common kinds named, "a"/"an" right, uncommon types kept in brackets', () => {
    expect(mediaTypeInWords('application/x-zip-compressed')).toBe('a ZIP archive');
    expect(mediaTypeInWords('application/gzip')).toBe('a compressed archive');
    expect(mediaTypeInWords('application/pdf')).toBe('a PDF document');
    expect(mediaTypeInWords('image/webp')).toBe('an image');
    expect(mediaTypeInWords('audio/ogg')).toBe('an audio file');
    expect(mediaTypeInWords('video/webm')).toBe('a video');
    expect(mediaTypeInWords('application/ld+json')).toBe('JSON data');
    expect(mediaTypeInWords('application/rss+xml')).toBe('a news feed (RSS or Atom)');
    expect(mediaTypeInWords('text/xml')).toBe('XML data');
    expect(mediaTypeInWords('application/msword')).toBe('a Word document');
    expect(mediaTypeInWords('application/vnd.oasis.opendocument.text')).toBe('a word-processor document');
    expect(mediaTypeInWords('text/csv')).toBe('a spreadsheet');
    expect(mediaTypeInWords('application/vnd.ms-powerpoint')).toBe('a slide presentation');
    expect(mediaTypeInWords('text/calendar')).toBe('a text format Dossier does not clip (text/calendar)');
    expect(mediaTypeInWords('application/wasm')).toBe('a binary file (application/wasm)');
  });
});

describe('fetchPage: charsets (bytes written by hand)', () => {
  it('windows-1252 from the header, and ISO-8859-1 read as windows-1252 (WHATWG)', async () => {
    expect((await fetchPage(`${base}/cp1252`)).text).toBe('<p>café “Marrowby” costs €5 – naïve</p>');
    expect((await fetchPage(`${base}/latin1-label`)).text).toBe('<p>“quoted”</p>');
  });

  it('ISO-8859-2 from <meta charset>, ISO-8859-7 from http-equiv', async () => {
    const latin2 = await fetchPage(`${base}/latin2-meta`);
    expect(latin2).toMatchObject({ charset: 'iso-8859-2', charsetFrom: 'meta' });
    expect(latin2.text).toContain('<p>Wrocław ą</p>');
    expect((await fetchPage(`${base}/greek-equiv`)).text).toContain('<p>αβγ</p>');
  });

  it('Shift_JIS from an unquoted <meta charset>', async () => {
    const page = await fetchPage(`${base}/sjis-meta`);
    expect(page.charset).toBe('shift_jis');
    expect(page.text).toContain('<p>日本</p>');
  });

  it('GB18030 (two- and four-byte sequences), and gb2312 read as GBK', async () => {
    expect((await fetchPage(`${base}/gb18030`)).text).toBe('<p>中文 ß</p>');
    expect((await fetchPage(`${base}/gb2312-meta`)).text).toContain('<p>中文</p>');
  });

  it('the header wins over <meta>; UTF-8 when nothing is declared, windows-1252 when that is not valid UTF-8; a bogus label falls back; a BOM wins', async () => {
    expect((await fetchPage(`${base}/header-beats-meta`)).text).toContain('café €');
    expect(await fetchPage(`${base}/no-charset`)).toMatchObject({ text: '<p>Zürich – naïve</p>', charsetFrom: 'default' });
    expect(await fetchPage(`${base}/no-charset-cp1252`)).toMatchObject({ text: '<p>café “Marrowby” €5</p>', charset: 'windows-1252', charsetFrom: 'default' });
    expect((await fetchPage(`${base}/bogus-charset`)).text).toBe('<p>Zürich</p>');
    expect((await fetchPage(`${base}/bom-utf16`)).text).toBe('<p>Zürich</p>');
  });
});
