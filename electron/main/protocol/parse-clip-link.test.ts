import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLIP_LIMITS, clipRequestSchema } from '../../../shared/api/events';
import { findClipLinkArg, parseClipLink } from './parse-clip-link';

const STRESS = process.env['DOSSIER_STRESS'] === '1';
const RUNS = STRESS ? 100_000 : 10_000;

const enc = encodeURIComponent;
const link = (url: string, extra = '') => `dossier://clip?url=${enc(url)}${extra}`;

describe('dossier://clip: accepted links', () => {
  it('a full bookmarklet link', () => {
    const r = parseClipLink(link('https://news.example/story?id=7#para-2', `&title=${enc('Harbour levy “passed”')}&selection=${enc('The council voted 7–2.\r\nNo one objected.')}`));
    expect(r).toEqual({
      ok: true,
      request: { url: 'https://news.example/story?id=7#para-2', title: 'Harbour levy “passed”', selection: 'The council voted 7–2.\nNo one objected.' },
    });
  });

  it.each([
    ['DOSSIER://CLIP?url=https%3A%2F%2Fnews.example%2F', 'https://news.example/'],
    ['dossier://clip/?url=https%3A%2F%2Fnews.example%2F', 'https://news.example/'],
    ['dossier:clip?url=https%3A%2F%2Fnews.example%2F', 'https://news.example/'],
    ['  dossier://clip?url=https%3A%2F%2Fnews.example%2F  ', 'https://news.example/'],
    ['dossier://clip?url=HTTP%3A%2F%2FNews.Example%2Fa%20b', 'http://news.example/a%20b'],
    ['dossier://clip?url=https://news.example/q?a=1%26b=2', 'https://news.example/q?a=1&b=2'],
    ['dossier://clip?url=https%3A%2F%2Fnews.example%2Fsearch%3Fq%3Da+b', 'https://news.example/search?q=a+b'],
    ['dossier://clip?&&url=https%3A%2F%2Fnews.example%2F&&', 'https://news.example/'],
    ['dossier://clip?url=https%3A%2F%2Fxn--bcher-kva.example%2F', 'https://xn--bcher-kva.example/'],
    ['dossier://clip?url=https%3A%2F%2Fb%C3%BCcher.example%2F', 'https://xn--bcher-kva.example/'],
  ])('%s → %s', (raw, url) => {
    const r = parseClipLink(raw);
    expect(r.ok && r.request.url).toBe(url);
  });

  it('cleans title and selection: controls and bidi overrides out, whitespace tidied, NFC; empty ones dropped', () => {
    const r = parseClipLink(link('https://a.example/', `&title=${enc('  A\u0000 B\u202E\tC\n ')}&selection=${enc('e\u0301t\u0007\u2066e\u0000\n\n')}`));
    expect(r).toEqual({ ok: true, request: { url: 'https://a.example/', title: 'A B C', selection: 'éte' } });
    const empty = parseClipLink(link('https://a.example/', '&title=%20%0A&selection='));
    expect(empty).toEqual({ ok: true, request: { url: 'https://a.example/' } });
  });

  it('accepts each limit exactly and refuses one more character', () => {
    const base = 'https://a.example/';
    const longUrl = base + 'p'.repeat(CLIP_LIMITS.url - base.length);
    expect(parseClipLink(link(longUrl)).ok).toBe(true);
    expect(parseClipLink(link(longUrl + 'p'))).toMatchObject({ ok: false, reason: 'too-long' });
    expect(parseClipLink(link(base, `&title=${'t'.repeat(CLIP_LIMITS.title)}`)).ok).toBe(true);
    expect(parseClipLink(link(base, `&title=${'t'.repeat(CLIP_LIMITS.title + 1)}`))).toMatchObject({ ok: false, reason: 'too-long' });
    expect(parseClipLink(link(base, `&selection=${'s'.repeat(CLIP_LIMITS.selection)}`)).ok).toBe(true);
    expect(parseClipLink(link(base, `&selection=${'s'.repeat(CLIP_LIMITS.selection + 1)}`))).toMatchObject({ ok: false, reason: 'too-long' });
    expect(parseClipLink(link(base, `&x=${'a'.repeat(CLIP_LIMITS.link)}`))).toMatchObject({ ok: false, reason: 'too-long' });
  });
});

describe('dossier://clip: hostile links are refused with a reason', () => {
  it.each([
    // other schemes and actions
    ['https://clip?url=https%3A%2F%2Fa.example%2F', 'not-dossier'],
    ['dossierx://clip?url=https%3A%2F%2Fa.example%2F', 'not-dossier'],
    ['javascript:alert(1)//dossier://clip?url=x', 'not-dossier'],
    ['', 'not-dossier'],
    ['dossier://open?path=/etc/passwd', 'unknown-action'],
    ['dossier://clip.evil?url=https%3A%2F%2Fa.example%2F', 'unknown-action'],
    ['dossier://clip/../../export?url=https%3A%2F%2Fa.example%2F', 'not-dossier'],
    ['dossier://run?cmd=calc', 'unknown-action'],
    ['dossier://?url=https%3A%2F%2Fa.example%2F', 'unknown-action'],
    // targets that are not http(s)
    [link('javascript:alert(document.cookie)'), 'not-http'],
    [link('JavaScript:alert(1)'), 'not-http'],
    [link('file:///etc/passwd'), 'not-http'],
    [link('file://server/share/x'), 'not-http'],
    [link('data:text/html,<script>alert(1)</script>'), 'not-http'],
    [link('ftp://a.example/x'), 'not-http'],
    [link('dossier://clip?url=https://a.example/'), 'not-http'],
    [link('chrome://settings'), 'not-http'],
    [link('ws://a.example/'), 'not-http'],
    [link('blob:https://a.example/uuid'), 'not-http'],
    // broken or tricky URLs
    [link(' javascript:alert(1)'), 'bad-url'],
    [link('java\tscript:alert(1)'), 'bad-url'],
    [link('https://a.example/\u0000'), 'bad-url'],
    [link('https://user:pw@a.example/'), 'bad-url'],
    [link('https://a.example@evil.example/'), 'bad-url'],
    [link('not a url'), 'bad-url'],
    [link('//a.example/'), 'bad-url'],
    [link('https://'), 'bad-url'],
    ['dossier://clip?url=', 'missing-url'],
    ['dossier://clip?title=Hello', 'missing-url'],
    ['dossier://clip', 'missing-url'],
    // malformed percent-encoding
    ['dossier://clip?url=https%3A%2F%2Fa.example%2F%', 'bad-encoding'],
    ['dossier://clip?url=https%3A%2F%2Fa.example%2F%ZZ', 'bad-encoding'],
    ['dossier://clip?url=https%3A%2F%2Fa.example%2F&title=%E2%82', 'bad-encoding'],
    ['dossier://clip?url=https%3A%2F%2Fa.example%2F&title=%ED%A0%80', 'bad-encoding'],
    ['dossier://clip?url=https%3A%2F%2Fa.example%2F&selection=%C0%AF', 'bad-encoding'],
    ['dossier://clip?url=https%3A%2F%2Fa.example%2F&title=a#b', 'bad-encoding'],
    ['dossier://clip?u%rl=https%3A%2F%2Fa.example%2F', 'bad-encoding'],
    // repeated and unknown parameters
    ['dossier://clip?url=https%3A%2F%2Fa.example%2F&url=https%3A%2F%2Fevil.example%2F', 'repeated-param'],
    ['dossier://clip?url=https%3A%2F%2Fa.example%2F&title=a&title=b', 'repeated-param'],
    ['dossier://clip?url=https%3A%2F%2Fa.example%2F&%75rl=https%3A%2F%2Fevil.example%2F', 'repeated-param'],
    ['dossier://clip?url=https%3A%2F%2Fa.example%2F&folder=%2Fetc', 'unknown-param'],
    ['dossier://clip?url=https%3A%2F%2Fa.example%2F&__proto__=x', 'unknown-param'],
    ['dossier://clip?URL=https%3A%2F%2Fa.example%2F', 'unknown-param'],
    [`dossier://clip?url=https%3A%2F%2Fa.example%2F${'&'.repeat(3)}${Array.from({ length: 20 }, (_, i) => `t${i}=1`).join('&')}`, 'unknown-param'],
  ])('%s → %s', (raw, reason) => {
    const r = parseClipLink(raw);
    expect(r).toMatchObject({ ok: false, reason });
    if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
  });

  it.each([null, undefined, 42, {}, ['dossier://clip?url=https%3A%2F%2Fa.example%2F']])('non-string %j → not-dossier', (raw) => {
    expect(parseClipLink(raw)).toMatchObject({ ok: false, reason: 'not-dossier' });
  });
});

const anyText = fc.string({ unit: 'binary', maxLength: 300 });

describe(`dossier://clip: ${RUNS} generated links`, () => {
  it('round-trips what the bookmarklet encodes', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.option(anyText), fc.option(anyText), (url, title, selection) => {
        const raw = link(url, `${title === null ? '' : `&title=${enc(title)}`}${selection === null ? '' : `&selection=${enc(selection)}`}`);
        const r = parseClipLink(raw);
        const expectedHref = new URL(url);
        if (expectedHref.username || expectedHref.password) {
          expect(r).toMatchObject({ ok: false, reason: 'bad-url' });
          return;
        }
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.request.url).toBe(expectedHref.href);
        // Plain printable text comes back exactly; anything else comes back cleaned, never longer than sent.
        if (title !== null && /^[\p{L}\p{N}][\p{L}\p{N} ,.'!?-]*[\p{L}\p{N}]$/u.test(title) && !/ {2}/.test(title) && title === title.normalize('NFC')) expect(r.request.title).toBe(title);
        if (selection !== null && /^[\p{L}\p{N}][\p{L}\p{N} \n,.'!?-]*[\p{L}\p{N}]$/u.test(selection) && selection === selection.normalize('NFC')) expect(r.request.selection).toBe(selection);
      }),
      { numRuns: RUNS, seed: 31 },
    );
  });

  it('never throws, and whatever it accepts is an http(s) request inside every limit with clean text', () => {
    const fragments = fc.constantFrom('dossier://clip?', 'DOSSIER:clip/?', 'url=', 'title=', 'selection=', '&', '%', '%2', '%E2%82', '%00', '#', '+', 'https%3A%2F%2F', 'https://', 'javascript:', 'a.example', '%2F', '=', '?', '\u0000', '\u202E', ' ');
    const generated = fc.oneof(
      fc.array(fragments, { maxLength: 20 }).map((parts) => parts.join('')),
      fc.tuple(fc.constantFrom('dossier://clip?url=', 'dossier://clip?title=x&url='), fc.string({ unit: 'binary', maxLength: 200 })).map(([a, b]) => a + b),
      fc.string({ unit: 'binary', maxLength: 200 }),
      // A good link with hostile pieces spliced in at random places.
      fc
        .tuple(fc.webUrl(), fc.array(fc.tuple(fc.nat(), fc.oneof(fragments, fc.string({ unit: 'binary', maxLength: 3 }))), { maxLength: 3 }))
        .map(([url, edits]) => edits.reduce((acc, [at, piece]) => acc.slice(0, at % (acc.length + 1)) + piece + acc.slice(at % (acc.length + 1)), link(url, '&title=T&selection=S'))),
    );
    let accepted = 0;
    fc.assert(
      fc.property(generated, (raw) => {
        const r = parseClipLink(raw);
        if (!r.ok) {
          expect(r.message).toBeTruthy();
          return;
        }
        accepted++;
        expect(clipRequestSchema.safeParse(r.request).success).toBe(true);
        expect(['http:', 'https:']).toContain(new URL(r.request.url).protocol);
        // eslint-disable-next-line no-control-regex
        const bad = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
        expect(bad.test(r.request.title ?? '')).toBe(false);
        expect(bad.test(r.request.selection ?? '')).toBe(false);
      }),
      { numRuns: RUNS, seed: 32 },
    );
    expect(accepted).toBeGreaterThan(0);
  });
});

describe('finding the link in a second instance’s arguments', () => {
  it.each([
    [['/opt/Dossier/dossier', 'dossier://clip?url=https%3A%2F%2Fa.example%2F'], 'dossier://clip?url=https%3A%2F%2Fa.example%2F'],
    [['C:\\Dossier\\Dossier.exe', '--allow-file-access-from-files', 'DOSSIER://clip?url=x'], 'DOSSIER://clip?url=x'],
    [['/opt/Dossier/dossier', '--inspect=9229', 'https://a.example/'], null],
    [[], null],
  ])('%j → %j', (argv, found) => {
    expect(findClipLinkArg(argv)).toBe(found);
  });
});
