/**
 * Fuzzing the one sanitiser every clipped body goes through (shared/sanitize), on jsdom.
 * Generated HTML mixes the pieces XSS vectors are made of (script-bearing tags, handler
 * attributes, javascript:/data: URLs hidden by case, whitespace and entities, SVG/MathML
 * namespace tricks, comments and CDATA, unbalanced tags) with arbitrary strings. For every
 * input, and for both sanitiser outputs (shown and clipping), the output re-parsed by the DOM
 * must hold: no <script> or other active element, no on* attribute, no javascript:, vbscript:
 * or data:text/html URL, only allowlisted tags and attributes; and sanitising the output again
 * changes nothing. Counts: `npm test` and `npm run test:stress` (see stress.ts).
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml, sanitizeForClipping, type WindowLike } from '../../../shared/sanitize/sanitize';
import { runs } from './stress';

const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>');
const win = window as unknown as WindowLike;
const RUNS = runs(10_000, 200);

// The allowlist restated here on purpose: the test checks the sanitiser against the policy, not against itself.
const ALLOWED_TAGS = new Set('p br hr h1 h2 h3 h4 h5 h6 blockquote pre code ul ol li dl dt dd a em i strong b u s sub sup small mark q cite abbr time span div section article figure figcaption img table thead tbody tfoot tr th td caption'.split(' '));
const ALLOWED_ATTRS = new Set(['href', 'src', 'alt', 'title', 'datetime', 'colspan', 'rowspan', 'width', 'height', 'lang', 'dir', 'rel']);
const URL_ATTRS = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'srcdoc', 'background', 'poster', 'data', 'srcset']);

const TAGS = [
  'script', 'SCRIPT', 'img', 'svg', 'math', 'iframe', 'a', 'style', 'template', 'noscript', 'object', 'embed', 'form', 'input',
  'button', 'details', 'video', 'audio', 'source', 'body', 'html', 'table', 'select', 'textarea', 'title', 'xmp', 'noembed',
  'base', 'meta', 'link', 'p', 'div', 'span', 'mglyph', 'malignmark', 'annotation-xml', 'foreignObject', 'desc', 'frameset',
  'animate', 'set', 'use', 'image', 'mtext', 'mi', 'plaintext', 'listing', 'isindex', 'marquee', 'keygen', 'option', 'figure', 'blockquote', 'td',
];
const ATTRS = [
  'onerror', 'onload', 'onclick', 'ONERROR', 'onmouseover', 'onfocus', 'onbegin', 'onanimationstart', 'href', 'src', 'srcdoc', 'action',
  'formaction', 'xlink:href', 'style', 'data', 'srcset', 'background', 'poster', 'id', 'name', 'class', 'is', 'autofocus', 'attributename',
  'to', 'values', 'from', 'by', 'encoding', 'xmlns', 'alt', 'title', 'lang', 'rel', 'target', 'type', 'dir', 'width',
];
const VALUES = [
  'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java&#x09;script:alert(1)',
  '&#106;avascript:alert(1)', '&#x6A;avascript:alert(1)', 'javascript&colon;alert(1)', '\u0001javascript:alert(1)', 'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'DATA:text/html,x',
  'data:image/svg+xml,<svg onload=alert(1)>', 'data:image/png;base64,iVBORw0KGgo=', 'https://example.org/a', 'http://x.example/?q="><script>',
  'dossier-image:abc', '#top', 'mailto:a@b.example', 'alert(1)', '"><script>alert(1)</script>', "'><img src=x onerror=alert(1)>",
  'expression(alert(1))', 'url(javascript:alert(1))', 'x" onerror="alert(1)', '`onerror=alert(1)', '',
];
const TEXTS = [
  'Hello', 'alert(1)', '<!--', '-->', '<![CDATA[', ']]>', '</', '<', '>', '"', "'", '&lt;script&gt;', '&amp;', '\u2028', 'é', '</title>', '</style>',
  '</textarea><script>alert(1)</script>', '<!-- --!><img src=x onerror=alert(1)>', '<svg><p><style><img src=x onerror=alert(1)>', '<math><mi><mglyph><style><img src=x onerror=alert(1)>',
];

const quote = fc.constantFrom('"', "'", '');
const attribute = fc.tuple(fc.constantFrom(...ATTRS), fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 12 })), quote).map(([name, value, q]) =>
  q ? ` ${name}=${q}${value.replaceAll(q, '')}${q}` : ` ${name}=${value.replace(/[\s>"'=`]/g, '') || 'x'}`,
);
const openTag = fc.tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 3 }), fc.boolean()).map(([tag, attrs, selfClose]) => `<${tag}${attrs.join('')}${selfClose ? '/' : ''}>`);
const closeTag = fc.constantFrom(...TAGS).map((tag) => `</${tag}>`);
const piece = fc.oneof(
  { weight: 4, arbitrary: openTag },
  { weight: 2, arbitrary: closeTag },
  { weight: 3, arbitrary: fc.constantFrom(...TEXTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);
/** Fragments of tag soup: balanced or not, nested or not. */
const hostileHtml = fc.oneof(
  { weight: 5, arbitrary: fc.array(piece, { minLength: 1, maxLength: 25 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
);

function problems(html: string): string[] {
  const found: string[] = [];
  if (/<script/i.test(html)) found.push('"<script" in the output string');
  const template = window.document.createElement('template');
  template.innerHTML = html;
  for (const el of Array.from(template.content.querySelectorAll('*'))) {
    const tag = el.localName.toLowerCase();
    if (!ALLOWED_TAGS.has(tag) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push(`element <${el.nodeName}> (${el.namespaceURI})`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`handler ${attr.name} on <${tag}>`);
      // DOMPurify neutralises `is` by emptying it (an element keeps its "is value" and would serialise it again if removed).
      if (name === 'is' && attr.value === '') continue;
      if (!ALLOWED_ATTRS.has(name)) found.push(`attribute ${attr.name} on <${tag}>`);
      if (URL_ATTRS.has(name)) {
        // What a browser would follow: entities are already decoded by the parser; it drops ASCII whitespace and controls.
        // eslint-disable-next-line no-control-regex
        const url = attr.value.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
        if (/^(javascript|vbscript):/.test(url) || /^data:(?!image\/(png|gif|jpeg|webp);base64,)/.test(url)) found.push(`${name}="${attr.value}" on <${tag}>`);
      }
    }
  }
  return found;
}

// jsdom is slow and the machine is shared: generous time, the counts are what matter.
describe(`sanitiser fuzzing (jsdom, ${RUNS} generated inputs per property)`, { timeout: 600_000 }, () => {
  for (const [name, sanitize] of [
    ['sanitizeArticleHtml', (h: string) => sanitizeArticleHtml(h, win)],
    ['sanitizeForClipping', (h: string) => sanitizeForClipping(h, win)],
  ] as const) {
    it(`${name}: no script, handler or script URL survives`, () => {
      fc.assert(
        fc.property(hostileHtml, (html) => {
          expect(problems(sanitize(html)), html).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    });

    it(`${name}: sanitising twice changes nothing`, () => {
      fc.assert(
        fc.property(hostileHtml, (html) => {
          const once = sanitize(html);
          expect(sanitize(once), html).toBe(once);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('keeps the readable text of harmless markup', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,30}$/), { minLength: 1, maxLength: 5 }), (words) => {
        const html = words.map((w) => `<p onclick="x()">${w}<script>alert(1)</script></p>`).join('');
        const template = window.document.createElement('template');
        template.innerHTML = sanitizeArticleHtml(html, win);
        expect(template.content.textContent).toBe(words.join(''));
      }),
      { numRuns: Math.min(RUNS, 100) },
    );
  });
});
