import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { extractArticle, readingMinutes } from './extract';
import { wordCount } from './furniture';

const FIXTURES = resolve(__dirname, '../../tests/fixtures/extract');
const page = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

const parsers: Array<[string, (html: string) => Document]> = [
  ['linkedom', (html) => parseHTML(html).document as unknown as Document],
  ['jsdom', (html) => new JSDOM(html).window.document],
];

describe.each(parsers)('extractArticle on a news page we wrote (%s)', (_name, parse) => {
  const url = 'https://courier.alder.example/news/2025/03/harbour-board-freezes-fares?utm_source=x';
  const article = extractArticle(parse(page('harbour-board.html')), { url })!;

  it('reads the metadata the page declares', () => {
    expect(article.title).toBe('Harbour board freezes ferry fares for islanders');
    expect(article.byline).toBe('Marta Quillon, Oskar Veldt');
    expect(article.siteName).toBe('The Alder Courier');
    expect(article.publishedAt).toBe('2025-03-11T17:40:00.000Z');
    expect(article.canonicalUrl).toBe('https://courier.alder.example/news/2025/03/harbour-board-freezes-fares');
    expect(article.url).toBe(url);
    expect(article.lang).toBe('en-GB');
    expect(article.leadImage).toBe('https://courier.alder.example/images/quay-dawn.jpg');
    expect(article.excerpt).toBe("Fares on the three island routes stay at last year's level.");
  });

  it('keeps every paragraph of the article, in order', () => {
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^The Alder harbour board voted on Tuesday evening/);
    expect(paragraphs.at(-1)).toBe('The board will review fares again in September, when the port authority publishes its half-year accounts.');
    for (const phrase of ['410,000 crowns', '"We heard the islanders', 'The vote was five to two', 'Ferry operator Holm Line']) expect(article.text).toContain(phrase);
  });

  it('keeps an embedded post: a quotation is what users clip for', () => {
    expect(article.text).toContain('Five to two. Fares stay where they are.');
    expect(article.text).toContain('Skarra Residents Association');
  });

  it('drops the page furniture around and inside the article', () => {
    for (const furniture of [
      'Sign up now', 'Subscribe', 'Follow topic', 'Share', 'Copy link', 'Related stories', 'New ferry timetable', 'Holm Line contract extended',
      'Most read', 'Storm closes coastal road', 'All rights reserved', 'By Marta Quillon', 'Transport', 'PHOTO: ALDER COURIER', 'Ferries',
    ]) {
      expect(article.text, furniture).not.toContain(furniture);
    }
    // The headline is the title, not the first line of the body.
    expect(article.text.startsWith('Harbour board')).toBe(false);
    expect(article.html).not.toMatch(/<(script|form|button|input|nav|aside|footer)\b/i);
  });

  it('counts words and reading time from the clean text', () => {
    expect(article.wordCount).toBe(wordCount(article.text));
    expect(article.wordCount).toBeGreaterThan(150);
    expect(article.wordCount).toBeLessThan(260);
    expect(article.readingMinutes).toBe(1);
  });
});

describe('extractArticle on pages with captions and link runs (linkedom)', () => {
  const parse = (body: string) => parseHTML(`<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`).document as unknown as Document;
  const prose = (n: number) =>
    Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the report says the committee in Vell met for a ${i + 2}nd time and agreed that the river wall must be raised before the autumn floods arrive again.</p>`).join('');

  it('takes a caption out of the body when Readability would turn its wrapper into a paragraph', () => {
    const a = extractArticle(parse(`<article><h1>River wall</h1>${prose(3)}<div class="image-embed"><div class="image-caption">Workers repair the river wall at Vell on Monday.</div></div>${prose(3)}</article>`))!;
    expect(a.text).not.toContain('Workers repair the river wall');
    expect(a.captions).toContain('Workers repair the river wall at Vell on Monday.');
  });

  it('drops a "More:" label and the list of links after it, wherever it sits', () => {
    const a = extractArticle(parse(`<article>${prose(3)}<h4>More:</h4><ul><li><h4><a href="/a">Flood defences delayed again</a></h4></li></ul><ul><li><h4><a href="/b">Mayor visits river wall</a></h4></li></ul>${prose(3)}</article>`))!;
    expect(a.text).not.toMatch(/More:|Flood defences delayed|Mayor visits/);
    expect(a.text.split('\n\n')).toHaveLength(6);
  });

  it('drops all-capitals link teasers inside the body but keeps ordinary linked sentences', () => {
    const a = extractArticle(
      parse(`<article>${prose(3)}<p><strong><a href="/x">RIVER TOWNS BRACE FOR A WET WINTER</a></strong></p><p>The <a href="https://gov.example/report">full report</a> is published online.</p>${prose(3)}</article>`),
    )!;
    expect(a.text).not.toContain('RIVER TOWNS BRACE');
    expect(a.text).toContain('The full report is published online.');
  });

  it('reads a plain page with no metadata: title from <h1>, no byline or date', () => {
    const a = extractArticle(parse(`<h1>Only a headline</h1>${prose(4)}`))!;
    expect(a.title).toBe('Only a headline');
    expect(a.text).not.toContain('Only a headline');
    expect(a.byline).toBeNull();
    expect(a.publishedAt).toBeNull();
    expect(a.readingMinutes).toBe(readingMinutes(a.wordCount));
  });

  it('gives null for a page with no text', () => {
    expect(extractArticle(parse('<div><img src="a.jpg"></div>'))).toBeNull();
  });
});

describe('extractArticle on hostile pages', () => {
  it('terminates on a form whose controls clobber its parentNode, remove and getAttribute (as Chromium does)', () => {
    const doc = new JSDOM(
      `<!doctype html><html><body><article><h1>Clobbered</h1><p>The Velmar harbour log records that the night ferry left the north quay on time and reached Ostrand before midnight with forty passengers.</p>
       <div><form id="f"><input name="parentNode"><input name="remove"><input name="getAttribute">123</form></div><p>The harbour master signed the log and noted calm water.</p></article></body></html>`,
    ).window.document;
    // jsdom does not implement a form's named properties; give this form the ones Chromium gives it.
    const form = doc.getElementById('f')!;
    const [parentNode, remove, getAttribute] = Array.from(form.querySelectorAll('input'));
    for (const [prop, control] of [['parentNode', parentNode], ['remove', remove], ['getAttribute', getAttribute]] as const) {
      const builtIn = () => Reflect.get(Object.getPrototypeOf(form) as object, prop, form) as unknown;
      Object.defineProperty(form, prop, { configurable: true, get: () => (control!.isConnected && control!.getAttribute('name') === prop ? control : builtIn()) });
    }
    // Before defusing, the walk up from the form never reaches the body.
    expect(form.parentNode).toBe(parentNode);
    const article = extractArticle(doc)!;
    expect(article.text).toContain('night ferry left the north quay');
    expect(article.text).toContain('noted calm water');
    expect(article.html).not.toMatch(/<form|<input/);
  });
});
