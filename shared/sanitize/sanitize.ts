/**
 * The one sanitiser every stored or shown article body goes through. Clipped pages are hostile:
 * only text structure, links, figures and images survive; no scripts, handlers, styles, forms,
 * frames or remote-loading URLs. Runs on the window it is given (Chromium's in the app, jsdom's
 * in Node), so shared/ stays free of DOM globals.
 */
import createDOMPurify, { type Config, type WindowLike } from 'dompurify';

export type { WindowLike };

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'em', 'i', 'strong', 'b', 'u', 's', 'sub', 'sup', 'small', 'mark',
  'q', 'cite', 'abbr', 'time', 'span', 'div', 'section', 'article', 'figure', 'figcaption', 'img',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'datetime', 'colspan', 'rowspan', 'width', 'height', 'lang', 'dir'];
/** http(s) and mailto links; images only from the local store (dossier-image:) or data:image. */
const ALLOWED_URI_REGEXP = /^(?:https?:|mailto:|dossier-image:|data:image\/(?:png|gif|jpeg|webp);base64,|#)/i;

/** A data: URL that is not one of the allowed inline images (after what browsers ignore in a URL). */
const NOT_IMAGE_DATA = /^data:(?!image\/(?:png|gif|jpeg|webp);base64,)/i;
// eslint-disable-next-line no-control-regex -- browsers drop ASCII whitespace and controls in URLs
const URL_IGNORED = /[\u0000-\u0020\u007f]+/g;

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  KEEP_CONTENT: true,
  FORBID_TAGS: ['style', 'script', 'template', 'noscript', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'svg', 'math'],
};

type Purifier = ReturnType<typeof createDOMPurify>;

/** One purifier per window and purpose: creating one costs far more than sanitising a body. */
const shown = new WeakMap<object, Purifier>();
const clipping = new WeakMap<object, Purifier>();

function purifierFor(win: WindowLike, forClipping: boolean): Purifier {
  const cache = forClipping ? clipping : shown;
  let purifier = cache.get(win);
  if (!purifier) {
    purifier = createDOMPurify(win);
    purifier.addHook('afterSanitizeAttributes', (node) => {
      // DOMPurify lets any data: URL through in an <img>'s src (its data-URI tags skip the URI
      // pattern); only the inline image types above may stay.
      for (const name of ['src', 'href']) {
        const value = node.getAttribute(name);
        if (value !== null && NOT_IMAGE_DATA.test(value.replace(URL_IGNORED, ''))) node.removeAttribute(name);
      }
      // Links open outside Dossier; never let a page name a target or opener relationship.
      if (node.nodeName === 'A' && node.getAttribute('href')) node.setAttribute('rel', 'noopener noreferrer');
      if (!forClipping && node.nodeName === 'IMG') {
        const src = node.getAttribute('src') ?? '';
        // Remote images never load when an article is shown: only the local store or inline data.
        if (/^https?:/i.test(src)) node.removeAttribute('src');
      }
    });
    cache.set(win, purifier);
  }
  return purifier;
}

/**
 * DOMPurify serialises the tree it cleaned, and that tree need not be one the HTML parser would
 * build: removing `<object>` from `<p><object><div>` leaves a <div> inside a <p>, which a parser
 * splits into `<p></p><div></div><p></p>`. The fuzz test found such outputs change when
 * sanitised again, and what is stored must be exactly what the reader's parser will build.
 * So the output goes round again until parsing and cleaning it changes nothing (one extra round
 * almost always; the bound is a guard).
 */
function settled(purifier: Purifier, html: string): string {
  let out = purifier.sanitize(html, { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
  for (let round = 0; round < 4; round++) {
    const again = purifier.sanitize(out, { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
    if (again === out) return out;
    out = again;
  }
  return out;
}

/** Sanitised HTML of an article body. Idempotent: sanitising the result again changes nothing. */
export function sanitizeArticleHtml(html: string, win: WindowLike): string {
  return settled(purifierFor(win, false), html);
}

/**
 * Like sanitizeArticleHtml, but keeps remote http(s) image URLs so the clipper can download them
 * through main and rewrite them to dossier-image: ids. Never show this output directly.
 */
export function sanitizeForClipping(html: string, win: WindowLike): string {
  return settled(purifierFor(win, true), html);
}
