/**
 * Before anything reads the page: defuse DOM clobbering, then keep what the page's markup says about captions and embedded posts,
 * which Readability's rewriting would otherwise erase.
 *
 * - Readability turns a <div> that holds one paragraph into that paragraph and drops the div's
 *   class, so a `<div class="caption">` reaches our cleanup as an anonymous <p> inside the body.
 *   Caption-like wrappers become <figcaption>, which Readability keeps and cleanup takes out.
 * - Readability drops any element whose class or id looks "social" or "related" before scoring,
 *   which throws away embedded posts (a quoted tweet sits in `div.social-media-embed`). What a
 *   person posted is exactly what Dossier's users clip for, so blockquotes lose their class and
 *   id and the wrappers whose only content is a blockquote are unwrapped.
 */
import { attributeTokens, CAPTION_TOKENS } from './cleanup';
import { wordCount } from './furniture';

function textOf(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const CAPTION_HOSTS = new Set(['div', 'span', 'p']);

/** Renames caption-like wrappers to <figcaption>. Returns how many. */
export function markCaptions(doc: Document): number {
  if (!doc.body) return 0;
  let n = 0;
  for (const el of Array.from(doc.body.querySelectorAll('div, span, p'))) {
    if (!CAPTION_HOSTS.has(el.localName.toLowerCase())) continue;
    if (!attributeTokens(el).some((t) => CAPTION_TOKENS.has(t))) continue;
    if (el.querySelector('img, picture, video, p, div, ul, ol, table, h1, h2, h3, h4, h5, h6, figcaption')) continue;
    const text = textOf(el);
    if (!text || wordCount(text) > 80) continue;
    // Inside a sentence (an inline span in a paragraph of prose) it is not a caption of its own.
    const parent = el.parentElement;
    if (parent && parent.localName.toLowerCase() === 'p' && wordCount(textOf(parent)) > wordCount(text) + 5) continue;
    const caption = doc.createElement('figcaption');
    while (el.firstChild) caption.appendChild(el.firstChild);
    el.replaceWith(caption);
    n++;
  }
  return n;
}

/**
 * Unwraps the wrappers whose only content is an embedded quotation, so the quotation sits among
 * the article's paragraphs: Readability drops a wrapper called "social…" before scoring, and
 * later drops a short wrapper full of links (a post's links and date) as "fishy".
 * Returns how many wrappers were unwrapped.
 */
export function protectEmbeds(doc: Document): number {
  if (!doc.body) return 0;
  let n = 0;
  for (const quote of Array.from(doc.body.querySelectorAll('blockquote'))) {
    const text = textOf(quote);
    if (!text) continue;
    // Its own class ("social-post") would get it dropped too; the stored body keeps no classes anyway.
    quote.removeAttribute('class');
    quote.removeAttribute('id');
    for (let el: Element | null = quote.parentElement; el && el !== doc.body; ) {
      const name = el.localName.toLowerCase();
      if ((name !== 'div' && name !== 'span' && name !== 'section' && name !== 'figure') || textOf(el).length > text.length + 20) break;
      const parent: Element | null = el.parentElement;
      el.replaceWith(...Array.from(el.childNodes));
      n++;
      el = parent;
    }
  }
  return n;
}

/** Elements that become named properties of their form (its "listed" elements, and images). */
const FORM_NAMED = 'button, fieldset, input, object, output, select, textarea, img, [form]';

/**
 * DOM clobbering: in Chromium a form's own properties are shadowed by the controls it names, so
 * `<form><input name=parentNode>` makes `form.parentNode` the input, and any walk up the tree
 * (ours, or Readability's) loops forever; `name=remove` or `name=getAttribute` turn methods into
 * elements. Hostile pages do this on purpose. Taking `name`, `id` and `form` off those controls
 * gives every form its real properties back. Controls are never article text, and the document's
 * own methods cannot be clobbered (checked in Chromium), so `querySelectorAll` is safe to use.
 * Returns how many elements were defused.
 */
export function defuseClobbering(doc: Document): number {
  let n = 0;
  for (const el of Array.from(doc.querySelectorAll(FORM_NAMED))) {
    if (el.hasAttribute('name') || el.hasAttribute('id') || el.hasAttribute('form')) {
      el.removeAttribute('name');
      el.removeAttribute('id');
      el.removeAttribute('form');
      n++;
    }
  }
  return n;
}
