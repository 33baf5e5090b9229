import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { sanitizeArticleHtml, sanitizeForClipping, type WindowLike } from './sanitize';

const win = new JSDOM('').window as unknown as WindowLike;

describe('sanitizeArticleHtml', () => {
  it('keeps text structure and drops scripts, handlers and javascript: links', () => {
    const out = sanitizeArticleHtml('<p onclick="x()">Hello <a href="javascript:alert(1)">there</a> <a href="https://a.example/">link</a></p><script>bad()</script>', win);
    expect(out).toBe('<p>Hello <a>there</a> <a href="https://a.example/" rel="noopener noreferrer">link</a></p>');
  });

  it('never loads remote images when shown, but keeps them for the clipper to download', () => {
    const html = '<figure><img src="https://img.example/a.jpg" alt="A"><figcaption>Cap</figcaption></figure>';
    expect(sanitizeArticleHtml(html, win)).toBe('<figure><img alt="A"><figcaption>Cap</figcaption></figure>');
    expect(sanitizeForClipping(html, win)).toContain('src="https://img.example/a.jpg"');
    expect(sanitizeArticleHtml('<img src="dossier-image:abc">', win)).toBe('<img src="dossier-image:abc">');
  });

  it('gives a tree the HTML parser rebuilds as is, so sanitising again changes nothing (found by fuzzing)', () => {
    const once = sanitizeArticleHtml('<p><object><div>Text<script>x()</script>', win);
    expect(once).toBe('<p></p><div>Text</div><p></p>');
    expect(sanitizeArticleHtml(once, win)).toBe(once);
  });
});
