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

  it.each([
    ['<img src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" alt="x">', '<img alt="x">'],
    ['<img src=" DATA:text/html,<b>x</b>" alt="x">', '<img alt="x">'],
    ['<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="x">', '<img alt="x">'],
    ['<a href="data:text/html,x">x</a>', '<a>x</a>'],
    ['<img src="data:image/png;base64,iVBORw0KGgo=" alt="x">', '<img src="data:image/png;base64,iVBORw0KGgo=" alt="x">'],
  ])('keeps only inline images of the allowed types among data: URLs (found by fuzzing): %s', (html, expected) => {
    expect(sanitizeArticleHtml(html, win)).toBe(expected);
    expect(sanitizeForClipping(html, win)).toBe(expected);
  });

  it('gives a tree the HTML parser rebuilds as is, so sanitising again changes nothing (found by fuzzing)', () => {
    const once = sanitizeArticleHtml('<p><object><div>Text<script>x()</script>', win);
    expect(once).toBe('<p></p><div>Text</div><p></p>');
    expect(sanitizeArticleHtml(once, win)).toBe(once);
  });
});
