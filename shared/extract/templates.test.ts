/**
 * Extraction on invented pages that imitate common publishing templates (tests/fixtures/extract/
 * templates: every word and all markup written for Dossier). Each page has a `.expected.json`
 * beside it: the fields the clipper must read, the article body paragraph by paragraph, captions,
 * and lines that must (not) survive. Checked under linkedom (the benchmark's DOM) and jsdom.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { draftFromHtml, type ClipEnv } from '../clip/pipeline';
import type { WindowLike } from '../sanitize/sanitize';
import { extractArticle } from './extract';
import { scoreTokens } from './score';

const DIR = resolve(__dirname, '../../tests/fixtures/extract/templates');

interface Expected {
  template: string;
  url?: string;
  title: string;
  byline: string | null;
  site: string | null;
  date: string | null;
  lang?: string;
  body: string[];
  /** Each must be part of one of the extracted captions (credits may stay glued to them). */
  captions?: string[];
  mustContain: string[];
  mustNotContain: string[];
  /** Lines that must be in the body exactly once (a pull quote must not repeat them). */
  mustAppearOnce?: string[];
  /** Token F1 of the body against `body`; 0.97 unless stated. */
  minF1?: number;
}

const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((file) => {
    const name = file.replace(/\.html$/, '');
    const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
    return { name, html: readFileSync(join(DIR, file), 'utf8'), expected };
  });

const parsers: Array<[string, (html: string) => Document]> = [
  ['linkedom', (html) => parseHTML(html).document as unknown as Document],
  ['jsdom', (html) => new JSDOM(html).window.document],
];

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(parsers)('template pages (%s)', (_parser, parse) => {
  it('has a page for every template', () => expect(cases.length).toBeGreaterThanOrEqual(16));

  describe.each(cases)('$name', ({ html, expected }) => {
    const article = extractArticle(parse(html), { url: expected.url })!;
    const text = article ? squash(article.text) : '';

    it('finds an article', () => expect(article).not.toBeNull());

    it('reads title, byline, site and date', () => {
      expect({ title: article.title, byline: article.byline, site: article.siteName, date: article.publishedAt }).toEqual({
        title: expected.title,
        byline: expected.byline,
        site: expected.site,
        date: expected.date,
      });
      if (expected.lang) expect(article.lang).toBe(expected.lang);
    });

    it('keeps the whole body, in order, and nothing else', () => {
      const truth = expected.body.join('\n\n');
      const score = scoreTokens(article.text, truth);
      expect(score.f1, `precision ${score.precision.toFixed(3)} recall ${score.recall.toFixed(3)}\n${article.text}`).toBeGreaterThanOrEqual(expected.minF1 ?? 0.97);
      expect(text.startsWith(squash(expected.body[0]!)), text.slice(0, 200)).toBe(true);
      expect(text.endsWith(squash(expected.body.at(-1)!)), text.slice(-200)).toBe(true);
    });

    it('keeps what must stay and drops the furniture', () => {
      for (const line of expected.mustContain) expect(text, line).toContain(squash(line));
      for (const line of expected.mustNotContain) expect(text, line).not.toContain(squash(line));
      for (const line of expected.mustAppearOnce ?? []) expect(text.split(squash(line)).length - 1, line).toBe(1);
      expect(article.html).not.toMatch(/<(script|form|button|input|nav|aside|footer|iframe)\b/i);
    });

    it('returns the captions apart from the body, and nothing else as captions', () => {
      expect(article.captions, article.captions.join('\n')).toHaveLength(expected.captions?.length ?? article.captions.length);
      for (const caption of expected.captions ?? []) {
        expect(article.captions.some((c) => c.includes(caption)), `${caption}\n${article.captions.join('\n')}`).toBe(true);
        expect(text).not.toContain(caption);
      }
    });
  });
});

describe('template pages through the whole clip pipeline (jsdom DOMParser + DOMPurify, as in the app)', () => {
  const win = new JSDOM('').window;
  const env: ClipEnv = { parseHtml: (html) => new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document, window: win as unknown as WindowLike };

  it.each(cases)('$name: the stored body keeps the article and none of the furniture', ({ html, expected }) => {
    const draft = draftFromHtml({ html, url: expected.url ?? null, source: 'url' }, env);
    const text = squash(draft.body.text);
    expect(scoreTokens(draft.body.text, expected.body.join('\n\n')).f1).toBeGreaterThanOrEqual(expected.minF1 ?? 0.97);
    for (const line of expected.mustNotContain) expect(text, line).not.toContain(squash(line));
    expect(draft.article.title).toBe(expected.title);
    expect(draft.article.byline).toBe(expected.byline);
  });
});
