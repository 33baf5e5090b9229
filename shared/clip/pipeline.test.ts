import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { WindowLike } from '../sanitize/sanitize';
import { articleText } from '../text/dom-text';
import { ClipError, bodyText, draftFromHtml, draftFromText, finishDraft, markdownToPlainText, type ClipEnv } from './pipeline';

const win = new JSDOM('').window;
const jsdomEnv: ClipEnv = { parseHtml: (html) => new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document, window: win as unknown as WindowLike };
// linkedom parses (fast, as the CLI may); DOMPurify still runs on jsdom's window.
const linkedomEnv: ClipEnv = { parseHtml: (html) => parseHTML(html).document as unknown as Document, window: win as unknown as WindowLike };

const root = resolve(__dirname, '../..');
const page = (name: string) => readFileSync(resolve(root, 'tests/fixtures/pages', name), 'utf8');

function clipError(run: () => unknown): ClipError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ClipError);
    return error as ClipError;
  }
  throw new Error('expected a ClipError');
}

describe.each([
  ['jsdom', jsdomEnv],
  ['linkedom', linkedomEnv],
])('draftFromHtml (%s)', (_name, env) => {
  const url = 'http://127.0.0.1:4000/news/lighthouse?utm_source=feed';

  it('extracts the article with its metadata and drops the page around it', () => {
    const draft = draftFromHtml({ html: page('lighthouse.html'), url, source: 'url' }, env);
    expect(draft.article).toMatchObject({
      title: 'Lighthouse keepers return to Skerrow Point after forty years',
      byline: 'Maren Okafor',
      siteName: 'The Skerrow Gazette',
      publishedAt: '2026-03-14T08:30:00.000Z',
      url: 'http://127.0.0.1:4000/news/lighthouse-keepers-return',
      canonicalUrl: 'http://127.0.0.1:4000/news/lighthouse-keepers-return',
      source: 'url',
      lang: 'en',
    });
    expect(draft.body.text).toContain('A lamp that goes dark in a gale');
    for (const furniture of ['Sign up for the Gazette', 'Harbour fees to rise', 'All rights reserved', 'Subscribe']) expect(draft.body.text).not.toContain(furniture);
    expect(draft.body.html).not.toMatch(/<script|__fixtureScriptRan/);
    expect(draft.body.captions).toEqual(['The restored lantern room at Skerrow Point.']);
    expect(draft.imageUrls).toEqual(['http://127.0.0.1:4000/img/lantern.png']);
    expect(draft.article.wordCount).toBeGreaterThan(150);
  });

  it('says when the page holds its article back for subscribers (the clip may be cut short), and not otherwise', () => {
    expect(draftFromHtml({ html: page('lighthouse.html'), url, source: 'url' }, env).cutShort).toBe(false);
    const walled = page('lighthouse.html').replace('</body>', '<div class="paywall-box"><h3>This article is for subscribers</h3><p>Subscribe to continue reading.</p></div></body>');
    const draft = draftFromHtml({ html: walled, url, source: 'url' }, env);
    expect(draft.cutShort).toBe(true);
    expect(draft.body.text).not.toMatch(/for subscribers|continue reading/);
    expect(draftFromText({ text: 'Headline\nThe body of the story, as pasted.', source: 'text' }, env).cutShort).toBe(false);
  });

  it('stores text that is exactly articleText() of the stored HTML, before and after images are resolved', () => {
    const draft = draftFromHtml({ html: page('lighthouse.html'), url, source: 'url' }, env);
    expect(draft.body.text).toBe(bodyText(draft.body.html, env));
    const done = finishDraft(draft, new Map([['http://127.0.0.1:4000/img/lantern.png', 'img-1']]), env);
    expect(done.body.html).toContain('src="dossier-image:img-1"');
    expect(done.article.leadImageId).toBe('img-1');
    const container = new win.DOMParser().parseFromString(`<body>${done.body.html}</body>`, 'text/html').body;
    expect(done.body.text).toBe(articleText(container as unknown as Element));
    expect(done.body.text).toBe(draft.body.text);
  });

  it('drops images that were not downloaded: nothing remote is stored', () => {
    const draft = draftFromHtml({ html: page('lighthouse.html'), url, source: 'url' }, env);
    const done = finishDraft(draft, new Map(), env);
    expect(done.body.html).not.toMatch(/<img|127\.0\.0\.1\/img/);
    expect(done.article.leadImageId).toBeNull();
  });

  it('a page with no article (a sign-in form) is refused with what to try', () => {
    const e = clipError(() => draftFromHtml({ html: page('members-only.html'), url: 'http://ledger.example/a', source: 'url' }, env));
    expect(e.code).toBe('no-article');
    expect(e.message).toMatch(/The page at ledger\.example has no article.*copy it and paste it/);
  });

  it('empty, binary, enormous and malformed input each give a clear error', () => {
    expect(clipError(() => draftFromHtml({ html: '  \n ', source: 'html' }, env)).code).toBe('empty');
    const pdf = clipError(() => draftFromHtml({ html: '%PDF-1.7\n1 0 obj', source: 'html' }, env));
    expect([pdf.code, pdf.message]).toEqual(['binary', expect.stringMatching(/is a PDF.*paste/)]);
    expect(clipError(() => draftFromHtml({ html: 'GIF89a\u0001\u0000', source: 'html' }, env)).code).toBe('binary');
    expect(clipError(() => draftFromHtml({ html: 'ab\u0000\u0000cd', source: 'html' }, env)).code).toBe('binary');
    const huge = clipError(() => draftFromHtml({ html: '<p>' + 'x'.repeat(16 * 1024 * 1024), source: 'html' }, env));
    expect([huge.code, huge.message]).toEqual(['too-large', expect.stringMatching(/16 MB, more than the 15 MB/)]);
    expect(clipError(() => draftFromHtml({ html: '<<<>>><</ </// <p <div <<', source: 'html' }, env)).code).toBe('no-article');
  });

  it('binary text from a fetched address is refused with advice about addresses; from a file, about files', () => {
    const fetched = clipError(() => draftFromHtml({ html: 'ab\u0000\u0000cd', url: 'https://ledger.example/a', source: 'url' }, env));
    expect(fetched.message).toBe('The page at ledger.example is a binary file, not a web page or text. Dossier clips HTML and plain-text pages: clip the article’s own page, or copy its text and paste it.');
    const viaLink = clipError(() => draftFromText({ text: 'ab\u0000\u0000cd', url: 'https://ledger.example/a', source: 'protocol', what: 'The page at ledger.example' }, env));
    expect(viaLink.message).not.toMatch(/\.html, \.htm|save the page as HTML/);
    const file = clipError(() => draftFromHtml({ html: 'ab\u0000\u0000cd', source: 'file', what: '“old.html”' }, env));
    expect(file.message).toMatch(/^“old\.html” is a binary file.*Dossier clips \.html, \.htm, \.txt and \.md files: save the page as HTML/);
  });

  it('pasted HTML without a URL still makes an article', () => {
    const html = '<h1>Night market opens on the quay</h1><p>Stallholders from Drennick and Skerrow set up forty tables on the quay on Saturday evening, selling smoked fish, bread and lamps.</p><p>The harbour board said the market would run every weekend until October if the weather held.</p>';
    const draft = draftFromHtml({ html, source: 'html' }, env);
    expect(draft.article).toMatchObject({ url: null, canonicalUrl: null, source: 'html' });
    expect(draft.body.text).toContain('forty tables on the quay');
  });
});

describe('draftFromText', () => {
  it('plain-text clip: headline, furniture removed, caption kept apart, dateline and wire credit as metadata', () => {
    const draft = draftFromText({ text: page('council-vote.txt'), source: 'text' }, jsdomEnv);
    expect(draft.article).toMatchObject({ title: 'Drennick council backs new sea wall after winter floods', dateline: 'DRENNICK', credit: 'LEDGER WIRE', source: 'text', url: null });
    expect(draft.body.captions).toEqual(['Engineers inspect the damaged promenade on Monday.']);
    for (const furniture of ['Sign up now', 'PHOTO:', 'Follow topic', 'Read more:', 'LEDGER WIRE', 'DRENNICK –', 'Engineers inspect']) expect(draft.body.text).not.toContain(furniture);
    expect(draft.body.text.startsWith('The town council voted eight to one')).toBe(true);
    expect(draft.body.text.endsWith('Mr Teague said.')).toBe(true);
    expect(draft.body.text).toBe(bodyText(draft.body.html, jsdomEnv));
  });

  it('keeps the deck under the headline as the excerpt and the opening paragraph; without one the excerpt is the first paragraph', () => {
    const first = 'The transport ministry will halve the freight levy from July, officials in Ostrand said on Thursday.';
    const deck = 'Ministers split over how fast to cut the levy as hauliers warn of closures';
    const draft = draftFromText({ text: `Freight levy to be halved\r\n${deck}\r\nBy Nora Fell\r\nUpdated 12 March 2026, 14:05 GMT\r\n${first}`, source: 'text' }, jsdomEnv);
    expect(draft.article).toMatchObject({ title: 'Freight levy to be halved', excerpt: deck, byline: 'Nora Fell' });
    expect(draft.body.text).toBe(`${deck}\n\n${first}`);
    expect(draft.body.html).toBe(`<p>${deck}</p>\n<p>${first}</p>`);
    expect(draftFromText({ text: `Freight levy to be halved\n${first}`, source: 'text' }, jsdomEnv).article.excerpt).toBe(first);
  });

  it('joins the lines of hard-wrapped text (from a PDF or an e-mail) back into paragraphs, and the excerpt is the first of them', () => {
    const text = [
      'Port strike ends after workers accept offer',
      'By Ruth Ngata',
      '',
      'Dock workers at the Port of Felmouth have voted to accept a 7% pay',
      'rise, ending a three-week strike that left hundreds of containers',
      'stranded on the quayside.',
      '',
      'Unite\'s regional officer, Gary Holt, said the deal was "a victory for',
      'every worker who stood on the picket line in the rain". Talks had co-',
      'operated well, he said.',
    ].join('\n');
    const draft = draftFromText({ text, source: 'text' }, jsdomEnv);
    const first = 'Dock workers at the Port of Felmouth have voted to accept a 7% pay rise, ending a three-week strike that left hundreds of containers stranded on the quayside.';
    expect(draft.body.text).toBe(`${first}\n\nUnite's regional officer, Gary Holt, said the deal was "a victory for every worker who stood on the picket line in the rain". Talks had co-operated well, he said.`);
    expect(draft.article).toMatchObject({ byline: 'Ruth Ngata', excerpt: first });
  });

  it('takes the author and the publication date from the lines under the headline', () => {
    const body = 'Care home fees in England have risen by almost a third in three years, a charity said on Tuesday.';
    const draft = draftFromText({ text: `Care home fees soar\nSophie Brandt\nHealth reporter\nPublished\n2 December 2026\nShare\n${body}`, source: 'text' }, jsdomEnv);
    expect(draft.article).toMatchObject({ byline: 'Sophie Brandt', publishedAt: '2026-12-02' });
    expect(draft.body.text).toBe(body);
    // An "Updated" date is the publication date only when no other is printed; no date line gives none.
    const updated = draftFromText({ text: `Care home fees soar\nPublished 1 December 2026\nUpdated 3 December 2026\n${body}`, source: 'text' }, jsdomEnv);
    expect(updated.article.publishedAt).toBe('2026-12-01');
    expect(draftFromText({ text: `Care home fees soar\n${body}`, source: 'text' }, jsdomEnv).article.publishedAt).toBeNull();
  });

  it('escapes markup in pasted text: it stays text', () => {
    const draft = draftFromText({ text: 'Sea wall costs rise\n<img src=x onerror=alert(1)> and <b>bold</b> claims & figures', source: 'text' }, jsdomEnv);
    expect(draft.body.html).not.toMatch(/<img|<b>/);
    expect(draft.body.text).toBe('<img src=x onerror=alert(1)> and <b>bold</b> claims & figures');
  });

  it('empty, headline-only and binary text give clear errors', () => {
    expect(clipError(() => draftFromText({ text: '\n  \n', source: 'text' }, jsdomEnv)).message).toMatch(/is empty\. Paste/);
    const only = clipError(() => draftFromText({ text: 'Just a headline', source: 'text' }, jsdomEnv));
    expect([only.code, only.message]).toEqual(['no-body', expect.stringMatching(/\(“Just a headline”\) but no article text/)]);
    expect(clipError(() => draftFromText({ text: '%PDF-1.4 junk', source: 'text' }, jsdomEnv)).code).toBe('binary');
  });

  it('Markdown files lose their syntax, keep their text', () => {
    expect(markdownToPlainText('# Ferry fares\n\nThe **council** met [on Tuesday](https://x.example) and *agreed*.')).toBe('Ferry fares\n\nThe council met on Tuesday and agreed.');
    const draft = draftFromText({ text: '# Ferry fares frozen\n\nThe **council** froze fares for a year, [the harbour board](https://x.example) said.', source: 'file', markdown: true }, jsdomEnv);
    expect(draft.article.title).toBe('Ferry fares frozen');
    expect(draft.body.text).toBe('The council froze fares for a year, the harbour board said.');
  });

  const seed = resolve(root, '../shared/corpus/seed');
  const seedFile = existsSync(seed) ? readFileSync(resolve(seed, '000_bfa12665d6f3c7e0.txt'), 'utf8') : null;
  it.skipIf(!seedFile)('the corpus seed clip: labelled furniture removed, caption apart, dateline and credit as metadata (skipped when ../shared/corpus is absent)', () => {
    const labels = JSON.parse(readFileSync(resolve(seed, '000_bfa12665d6f3c7e0.labels.json'), 'utf8')) as { title: string; dateline: string; credit: string; furniture: string[]; caption: string };
    const draft = draftFromText({ text: seedFile!, source: 'text' }, jsdomEnv);
    expect(draft.article).toMatchObject({ title: labels.title, dateline: labels.dateline, credit: labels.credit });
    for (const f of labels.furniture) expect(draft.body.text).not.toContain(f);
    expect(draft.body.captions).toContain(labels.caption);
    expect(draft.body.text).not.toContain(labels.caption);
    expect(draft.body.text).not.toContain(labels.credit);
  });
});

describe('relative URLs', () => {
  // A parser whose documents inherit another origin, as DOMParser documents in the app inherit the app's URL.
  const appOrigin: ClipEnv = {
    parseHtml: (html) => new JSDOM(html, { url: 'http://127.0.0.1:9999/index.html' }).window.document as unknown as Document,
    window: win as unknown as WindowLike,
  };
  const body = '<article><h1>Quay lamps</h1><img src="/img/lamp.png"><p>' + 'The harbour board lit the new quay lamps on Thursday evening for the first time. '.repeat(3) + '<a href="/news/lamps">More</a></p></article>';

  it('resolve against the page address, not the parsing window', () => {
    const draft = draftFromHtml({ html: `<html><head></head><body>${body}</body></html>`, url: 'https://gazette.example/news/quay', source: 'url' }, appOrigin);
    expect(draft.imageUrls).toEqual(['https://gazette.example/img/lamp.png']);
    expect(draft.body.html).toContain('href="https://gazette.example/news/lamps"');
    expect(draft.body.html).not.toContain('127.0.0.1:9999');
  });

  it('in HTML pasted without an address are dropped, never pointed at the app', () => {
    const draft = draftFromHtml({ html: body, source: 'html' }, appOrigin);
    expect(draft.imageUrls).toEqual([]);
    expect(draft.body.html).not.toMatch(/127\.0\.0\.1|dossier-paste|href="\/news/);
    expect(draft.body.text).toContain('More');
  });

  it('a page\'s own <base> is kept, resolved against its address', () => {
    const draft = draftFromHtml({ html: `<html><head><base href="/archive/2026/"></head><body>${body.replace('/img/lamp.png', 'lamp.png')}</body></html>`, url: 'https://gazette.example/news/quay', source: 'url' }, appOrigin);
    expect(draft.imageUrls).toEqual(['https://gazette.example/archive/2026/lamp.png']);
  });
});
