import { describe, expect, it } from 'vitest';
import { citationOf, quoteAsMarkdown } from './citation';

const article = {
  title: 'Night ferry approved',
  byline: 'Mara Lind',
  siteName: 'Harbour Gazette',
  publishedAt: '2026-03-04T09:00:00Z',
  clippedAt: '2026-03-05T10:00:00Z',
  url: 'https://gazette.example/ferry',
  canonicalUrl: null,
};

describe('quote as Markdown', () => {
  it('quotes each paragraph and cites author, linked title, site and date', () => {
    expect(quoteAsMarkdown('First part.\n\nSecond part.', article)).toBe(
      '> First part.\n>\n> Second part.\n>\n> — Mara Lind, [Night ferry approved](https://gazette.example/ferry), Harbour Gazette, 2026-03-04\n',
    );
  });

  it('cites a pasted clip without a link or date by title and clip day', () => {
    expect(citationOf({ ...article, url: null, byline: null, siteName: null, publishedAt: null })).toBe('*Night ferry approved*, clipped 2026-03-05');
  });

  it('keeps line breaks inside a paragraph as hard breaks', () => {
    expect(quoteAsMarkdown('Line one\nline two', article).split('\n').slice(0, 2)).toEqual(['> Line one  ', '> line two']);
  });
});
