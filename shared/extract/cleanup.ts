/**
 * Dossier's own cleanup of an extracted article container: what a generic extractor leaves in
 * but a researcher does not want in a clip. Page furniture is recognised three ways:
 * by what the markup calls it (class/id tokens such as "share", "newsletter", "byline"),
 * by its words (see furniture.ts), and by position (short unpunctuated lines before the first
 * paragraph or after the last one: kickers, bylines, timestamps, "Reuters").
 * Captions are not thrown away: they are returned apart from the body.
 */
import { articleText } from '../text/dom-text';
import { endsLikeSentence, furnitureKind, readsLikeDeck, wordCount, type FurnitureKind } from './furniture';
import { siteHost } from './site-host';

const ELEMENT_NODE = 1;

/** Never article text. */
const JUNK_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'form', 'button', 'input', 'select', 'textarea', 'label', 'iframe',
  'svg', 'math', 'nav', 'aside', 'footer', 'object', 'embed', 'canvas', 'dialog', 'link', 'meta',
]);

/** Blocks whose text is one unit (a paragraph, an item, a heading). */
const BLOCKISH = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dd', 'dt', 'blockquote', 'pre', 'div', 'section', 'figcaption',
  'header', 'article', 'main', 'figure', 'ul', 'ol', 'dl', 'table', 'center', 'address',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Class/id tokens that name furniture on news sites. Matched as whole tokens, not substrings. */
export const FURNITURE_TOKENS = new Set([
  'share', 'shares', 'sharing', 'sharebar', 'sharetools', 'social', 'newsletter', 'newsletters', 'subscribe',
  'subscription', 'signup', 'related', 'recommended', 'recommendations', 'recirc', 'recirculation', 'promo',
  'promotion', 'promoted', 'advert', 'advertisement', 'ad', 'ads', 'adslot', 'adunit', 'sponsor', 'sponsored',
  'byline', 'bylines', 'author', 'authors', 'bio', 'dateline', 'timestamp', 'date', 'meta', 'metadata',
  'breadcrumb', 'breadcrumbs', 'tags', 'tag', 'topics', 'comments', 'comment', 'cookie', 'cookies', 'consent',
  'paywall', 'popup', 'modal', 'toolbar', 'outbrain', 'taboola', 'trending', 'popular', 'mostread', 'nav',
  'navigation', 'menu', 'footer', 'sidebar', 'rail', 'disclaimer', 'copyright', 'skip', 'header', 'kicker',
  'eyebrow', 'rollover', 'tooltip', 'readmore', 'donate', 'more', 'follow', 'print', 'flyout', 'overlay',
  'pullquote',
  // The same furniture named in French, German, Spanish, Portuguese and Italian templates.
  'auteur', 'auteurs', 'autor', 'autoren', 'autores', 'partage', 'partager', 'teilen', 'compartir', 'compartilhar',
  'condividi', 'publicite', 'werbung', 'publicidad', 'publicidade', 'pubblicita', 'abonnement', 'commentaires',
  'kommentare', 'comentarios',
]);
/**
 * Class/id tokens of the deck under a headline (standfirst, dek, chapô, strapline): part of the page's
 * header, not of the article, but only where a header is, before the first paragraph of prose.
 */
const DECK_TOKENS = new Set(['standfirst', 'dek', 'deck', 'desc', 'chapo', 'chapeau', 'strapline', 'subtitle', 'subheadline']);
export const CAPTION_TOKENS = new Set(['caption', 'captions', 'figcaption', 'credit', 'credits', 'photocredit']);
/** Every caption token contains one of these: a quick test before splitting attributes into tokens. */
export const CAPTION_HINT = /capt|credit/i;
const HIDDEN_CLASS = /(^|[\s_-])(sr-only|visually-?hidden|screen-?reader(-text)?|offscreen|hide-?text)($|[\s_-])/i;

export interface CleanupResult {
  captions: string[];
  /** The deck (standfirst) under the headline, taken out of the body; null when there is none. */
  deck: string | null;
}

function nameOf(el: Element): string {
  return el.localName.toLowerCase();
}

function textOf(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function elementChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT_NODE) out.push(c as Element);
  return out;
}

/** Every element under root in document order. */
function descendants(root: Element): Element[] {
  return Array.from(root.querySelectorAll('*'));
}

/** "article__share-bar", "shareBar", "js-social" → ["article", "share", "bar", "js", "social"]. */
export function attributeTokens(el: Element): string[] {
  return attributeTokensOf(attributeText(el));
}

/** The raw attribute text attributeTokens splits: cheap to test with a regex before tokenising. */
export function attributeText(el: Element): string {
  return [el.getAttribute('class'), el.getAttribute('id'), el.getAttribute('data-component'), el.getAttribute('data-testid'), el.getAttribute('role')]
    .filter(Boolean)
    .join(' ');
}

/** "article__share-bar shareBar" → ["article", "share", "bar", "share", "bar"]. */
export function attributeTokensOf(raw: string): string[] {
  if (!raw) return [];
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function isConnected(el: Element, root: Element): boolean {
  for (let n: Node | null = el; n; n = n.parentNode) if (n === root) return true;
  return false;
}

/** Text inside paragraphs long enough to be article prose. */
function proseParagraphs(el: Element): number {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) if (wordCount(textOf(p)) >= 30) n++;
  if (nameOf(el) === 'p' && wordCount(textOf(el)) >= 30) n++;
  return n;
}

/** Inline elements a sentence runs through. */
const INLINE_TAGS = new Set(['span', 'a', 'em', 'strong', 'b', 'i', 'abbr', 'cite', 'mark']);

/**
 * The link an inline widget opens with, when the widget stands inside running text (words of its
 * paragraph before or after it): a person's name with a pop-up card after it, say. Else null.
 */
function namedLinkInSentence(el: Element): Element | null {
  if (!INLINE_TAGS.has(nameOf(el))) return null;
  let first: ChildNode | null = el.firstChild;
  while (first && first.nodeType === 3 && !/\S/.test(first.textContent ?? '')) first = first.nextSibling;
  // (A name or a title, not a widget's own label: "Share", "Tweet this", "Read more" go with the widget.)
  if (!first || first.nodeType !== ELEMENT_NODE || nameOf(first as Element) !== 'a' || !/\p{Lu}/u.test(textOf(first)) || furnitureKind(textOf(first)) !== null) return null;
  const block = el.parentElement?.closest('p, li, dd, blockquote, h2, h3, h4');
  if (!block) return null;
  const around = textOf(block).replace(textOf(el), ' ');
  return wordCount(around) >= 3 ? (first as Element) : null;
}

/** A wrapper is only furniture if removing it cannot take the article with it. */
function safeToRemove(el: Element, rootTextLength: number): boolean {
  const len = textOf(el).length;
  return len < 0.3 * rootTextLength && proseParagraphs(el) < 2;
}

/**
 * A box named as furniture whose first line says by its words what the box is ("Subscribe to
 * continue reading", "Related stories") and which holds no paragraph of prose: the box is furniture
 * even where it is a large share of a short body, as a paywalled page's subscription box is beside
 * the two paragraphs of teaser it follows. It still must not hold half the body's text.
 */
function introducedAsFurniture(el: Element, rootTextLength: number): boolean {
  if (proseParagraphs(el) > 0 || textOf(el).length > 0.5 * rootTextLength) return false;
  const first = leafBlocks(el)[0];
  const kind = first ? furnitureKind(textOf(first)) : null;
  return kind === 'prompt' || kind === 'link';
}

/**
 * A block whose words open like a link label ("Read more about …", "See also …") but that runs on
 * as a sentence of the story: more words than a label has, no colon, bar or dash closing the label,
 * a full stop at the end, and links making up less than half its text ("Read more about the
 * village's history on the <a>Heritage Society's website</a>, which holds photographs of …").
 */
function sentenceNotLinkLabel(block: Element, text: string): boolean {
  return wordCount(text) >= 12 && endsLikeSentence(text) && !/^[^:|–—]{0,40}(?:[:|–—]| - )/.test(text) && linkTextRatio(block) < 0.5;
}

/** What kind of furniture a block is by its words (furniture.ts), unless it is a sentence that merely opens like a link label. */
function blockFurnitureKind(block: Element, text: string): FurnitureKind | null {
  const kind = furnitureKind(text);
  return kind === 'link' && sentenceNotLinkLabel(block, text) ? null : kind;
}

/** At least two words of two letters or more: "1 / 5", "1.4K" and "·" are counters, not captions. */
function hasWords(text: string): boolean {
  return (text.match(/\p{L}{2,}/gu)?.length ?? 0) >= 2;
}

/**
 * A caption's own buttons written as links: "Purchase Licensing Rights", "Buy this photo", "Enlarge
 * image", "View gallery", each perhaps with a screen reader's ", opens new tab". Not the caption.
 */
const CAPTION_ACTION = /^(?:(?:purchase|buy|order|request)\b.{0,30}\b(?:licen[cs]ing|licen[cs]es?|rights|reprints?|prints?|photos?|images?|pictures?)|enlarge|expand|zoom|full ?screen|(?:view|open) (?:the )?(?:larger|full[- ]?size|gallery|image|photo|picture|slideshow))\b[^.!?]{0,30}$/i;
const NEW_TAB_HINT = /[,(\s]*\(?opens? (?:in )?(?:a )?new (?:tab|window)\)?\.?$/i;

/** Takes a caption's action links out of it, so its text is the caption's words and credit only. */
function removeCaptionActions(caption: Element): void {
  for (const a of Array.from(caption.querySelectorAll('a'))) {
    if (CAPTION_ACTION.test(textOf(a).replace(NEW_TAB_HINT, ''))) a.remove();
  }
}

function addCaption(captions: string[], text: string): void {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t || !hasWords(t) || furnitureKind(t) !== null || captions.includes(t)) return;
  captions.push(t);
}

function hasImage(el: Element): boolean {
  return nameOf(el) === 'img' || nameOf(el) === 'picture' || el.querySelector('img, picture') !== null;
}

/** The <figure> inside `el` that a picture stands in, or null when it stands in none (or in one around `el`). */
function ownFigure(picture: Element, el: Element): Element | null {
  const figure = picture.closest('figure');
  return figure && figure !== el && el.contains(figure) ? figure : null;
}

/**
 * Words in the wrapper are the story's, not a picture's caption, when every picture stands in a
 * figure inside it that had a caption of its own (`captioned`, read before captions were taken out),
 * or that the wrapper's words stand on both sides of: "Our reader sent us this picture:", the
 * figure, "Police have asked drivers …" (a live entry). A figure's own words are judged apart.
 */
function wordsBesideFigures(el: Element, captioned: ReadonlySet<Element>): boolean {
  const figures: Element[] = [];
  for (const picture of Array.from(el.querySelectorAll('img, picture'))) {
    const figure = ownFigure(picture, el);
    if (!figure) return false;
    if (!figures.includes(figure)) figures.push(figure);
  }
  // (A page header's lines above its lead picture, the deck and the byline, are no story words.)
  const words = leafBlocks(el).filter((b) => !figures.some((f) => f.contains(b)) && !b.closest('header'));
  if (!figures.length || !words.length) return false;
  if (figures.every((f) => captioned.has(f))) return true;
  // (compareDocumentPosition: 2 when the block precedes the figure, 4 when it follows.)
  return words.some((b) => figures[0]!.compareDocumentPosition(b) & 2) && words.some((b) => figures.at(-1)!.compareDocumentPosition(b) & 4);
}

/** Leaf blocks: block elements with text that contain no other block element. One walk, document order. */
function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  // Returns whether `el` is or holds a block element.
  const walk = (el: Element): boolean => {
    let holdsBlock = false;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === ELEMENT_NODE && walk(c as Element)) holdsBlock = true;
    }
    const isBlock = BLOCKISH.has(nameOf(el));
    if (isBlock && !holdsBlock && el !== root && textOf(el)) out.push(el);
    return isBlock || holdsBlock;
  };
  // Children are pushed before their parents only when the parent holds no block, so order is kept.
  walk(root);
  return out;
}

/** The share of an element's text that is link text (all of it for a link itself). */
export function linkTextRatio(el: Element): number {
  const total = textOf(el).length;
  if (!total) return 0;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += textOf(a).length;
  if (nameOf(el) === 'a') linked = total;
  return Math.min(1, linked / total);
}

/** The <table> children of `el` (not those of tables inside it). */
function ownTables(el: Element): Element[] {
  return Array.from(el.querySelectorAll('table')).filter((t) => {
    const outer = t.parentElement?.closest('table');
    return !outer || !el.contains(outer);
  });
}

/**
 * A caption that belongs to a table, not to a picture: inside the table (a <caption> its class
 * calls a caption), or in a figure that holds a table and no picture, or next to the table it
 * stands beside in a wrapper with no picture. It stays in the body: as the table's <caption> when
 * the table has none and is the only one there, else as a paragraph where it stands. Returns
 * whether it was kept.
 */
function keepWithTable(el: Element, root: Element): boolean {
  if (el.parentElement?.closest('table')) return true;
  const figure = el.closest('figure');
  const holder = figure && figure !== root && root.contains(figure) ? figure : el.parentElement;
  if (!holder || holder === root || !root.contains(holder) || hasImage(holder) || holder.querySelector('video, svg, canvas, iframe')) return false;
  const tables = ownTables(holder);
  if (!tables.length) return false;
  // Outside a figure, only the caption right next to its table.
  const beside = [el.previousElementSibling, el.nextElementSibling].some((s) => s !== null && tables.includes(s));
  if (!figure && !beside) return false;
  const doc = el.ownerDocument;
  const table = tables.length === 1 ? tables[0]! : null;
  const hasCaption = table !== null && elementChildren(table).some((c) => nameOf(c) === 'caption');
  const kept = doc.createElement(table && !hasCaption ? 'caption' : 'p');
  while (el.firstChild) kept.appendChild(el.firstChild);
  if (table && !hasCaption) {
    table.insertBefore(kept, table.firstChild);
    el.remove();
  } else el.replaceWith(kept);
  return true;
}

/** Elements a paragraph cannot hold: an HTML parser closes the paragraph before each. */
const NOT_IN_PARAGRAPH = new Set(['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul']);

/**
 * Readability turns a <div> with no child of its own block kinds into a <p>, and a heading is not
 * among them: `<div data-component="subheadline-block"><h2>…</h2></div>` becomes `<p><h2>…</h2></p>`,
 * which the stored HTML, parsed again, reads as `<p></p><h2>…</h2><p></p>`. Such a paragraph
 * becomes a <div> again, with its attributes.
 */
function paragraphsAsBoxes(root: Element): void {
  for (const p of Array.from(root.querySelectorAll('p'))) {
    if (!elementChildren(p).some((c) => NOT_IN_PARAGRAPH.has(nameOf(c)))) continue;
    const box = p.ownerDocument.createElement('div');
    for (const attr of Array.from(p.attributes)) box.setAttribute(attr.name, attr.value);
    while (p.firstChild) box.appendChild(p.firstChild);
    p.replaceWith(box);
  }
}

/** Words a data table's cell holds at most: a layout table's one cell holds a whole article. */
const CELL_WORDS = 30;

/**
 * A data table's cell whose only content is one paragraph (Readability makes one of a <div>; a
 * document pasted into a CMS writes one in every cell): its words stand in the cell instead, so a
 * row reads as one line of the text ("Newlyn 41 44"), not one paragraph a cell. Only in a table of
 * at least two rows of at least two cells, and only a short paragraph.
 */
function unwrapCellParagraphs(root: Element): void {
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const rows = Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
    if (rows.filter((tr) => elementChildren(tr).filter((c) => nameOf(c) === 'td' || nameOf(c) === 'th').length >= 2).length < 2) continue;
    for (const row of rows) {
      for (const cell of elementChildren(row)) {
        const only = elementChildren(cell);
        const p = only.length === 1 && (nameOf(only[0]!) === 'p' || nameOf(only[0]!) === 'div') ? only[0]! : null;
        if (!p || textOf(p) !== textOf(cell) || wordCount(textOf(p)) > CELL_WORDS || elementChildren(p).some((c) => BLOCKISH.has(nameOf(c)))) continue;
        p.replaceWith(...Array.from(p.childNodes));
      }
    }
  }
}

/** A footnote's number as its marker prints it: "1", "[2]", "(3)", "12." (group 1: the number). */
const NOTE_MARKER = /^[[(]?(\d{1,3})[\])]?\.?$/;
/** What names a footnote's marker: its address ("#fn1", "#footnote-1", "#cite_note-3"), class, id, rel or role ("doc-noteref"). */
const NOTE_NAME = /foot|note|fn|cite|ref/i;
/** A note's link back to where it is cited: "↩", "↑", "^". */
const BACK_LINK = /^[↩↑^⤴↵⬆][\uFE0E\uFE0F]?$/u;

function namesNote(el: Element): boolean {
  const href = el.getAttribute('href') ?? '';
  const fragment = href.includes('#') ? href.slice(href.indexOf('#')) : '';
  return NOTE_NAME.test(`${fragment} ${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('rel') ?? ''} ${el.getAttribute('role') ?? ''}`);
}

/**
 * A footnote's marker: a link within the page ("#…") or a superscript, whose text is a note's
 * number, set as a superscript or named as a note. The element to rewrite: the superscript around
 * the link when it holds nothing else. Else null.
 */
function noteMarker(el: Element): Element | null {
  const text = textOf(el);
  if (!NOTE_MARKER.test(text)) return null;
  const sup = el.parentElement && nameOf(el.parentElement) === 'sup' && textOf(el.parentElement) === text ? el.parentElement : null;
  if (nameOf(el) === 'a') {
    if (!(el.getAttribute('href') ?? '').includes('#')) return null;
    return sup ? sup : namesNote(el) ? el : null;
  }
  // A superscript named as a note, with no link in it (one with a link is found by its link).
  return nameOf(el) === 'sup' && !el.querySelector('a') && namesNote(el) ? el : null;
}

/** The words of `block` before and after `unit`, trimmed. */
function wordsAround(block: Element, unit: Element): [string, string] {
  let before = '';
  let after = '';
  let seen = false;
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c === unit) seen = true;
      else if (c.nodeType === ELEMENT_NODE) walk(c);
      else if (c.nodeType === 3) {
        if (seen) after += c.textContent ?? '';
        else before += c.textContent ?? '';
      }
    }
  };
  walk(block);
  return [before.trim(), after.trim()];
}

/**
 * Footnotes, as a reader and the text form need them:
 * - a reference in the text ("…untouched.<sup><a href="#fn1">1</a></sup> Both") becomes a
 *   superscript "[1]", so the text reads "untouched.[1] Both", not "untouched.1 Both";
 * - a note's number starting the note ("<a href="#fnref1">1</a>" before the note's words, or in
 *   a line of its own before the note's paragraph) becomes "1. " at the start of the note's text,
 *   not a paragraph "1" apart from it; in a numbered list the list numbers the note;
 * - a note's link back to its reference ("↩") goes.
 */
function tidyFootnotes(root: Element): void {
  const doc = root.ownerDocument;
  for (const a of Array.from(root.querySelectorAll('a'))) {
    if (!BACK_LINK.test(textOf(a)) || !(a.getAttribute('href') ?? '').includes('#')) continue;
    const parent = a.parentElement;
    if (parent && parent !== root && nameOf(parent) === 'sup' && textOf(parent) === textOf(a)) parent.remove();
    else a.remove();
  }
  const markers = new Set<Element>();
  for (const el of Array.from(root.querySelectorAll('a, sup'))) {
    const unit = noteMarker(el);
    if (unit) markers.add(unit);
  }
  for (const unit of markers) {
    if (!isConnected(unit, root)) continue;
    const number = NOTE_MARKER.exec(textOf(unit))![1]!;
    let block: Element = unit.parentElement ?? root;
    while (block !== root && !BLOCKISH.has(nameOf(block))) block = block.parentElement ?? root;
    const [before, after] = wordsAround(block, unit);
    if (before) {
      // A reference inside the text.
      const sup = doc.createElement('sup');
      sup.textContent = `[${number}]`;
      unit.replaceWith(sup);
    } else if (after) {
      // The note's number, then its words.
      if (nameOf(block) === 'li' && block.parentElement && nameOf(block.parentElement) === 'ol') unit.remove();
      else unit.replaceWith(doc.createTextNode(`${number}. `));
    } else {
      // The number in a line of its own: it goes to the start of the note's first paragraph after it.
      let line: Element = block;
      while (line.parentElement && line.parentElement !== root && textOf(line.parentElement) === textOf(unit)) line = line.parentElement;
      let note = line.nextElementSibling;
      while (note && !textOf(note)) note = note.nextElementSibling;
      if (!note || line === root) continue;
      const first = leafBlocks(note)[0] ?? note;
      first.insertBefore(doc.createTextNode(`${number}. `), first.firstChild);
      line.remove();
    }
  }
}

/** Removes `el`, then any ancestors left with neither text nor images. */
export function removeAndPrune(el: Element, root: Element): void {
  let parent = el.parentNode as Element | null;
  el.remove();
  while (parent && parent !== root && parent.nodeType === ELEMENT_NODE && !textOf(parent) && !hasImage(parent)) {
    const next = parent.parentNode as Element | null;
    parent.remove();
    parent = next;
  }
}

/** Relative links resolve here when the page's own address is unknown: they stay on the site. */
const NO_PAGE_URL = 'http://relative.invalid/';

/** Addresses with no host that still leave the page for somewhere else: mail, a phone, a script, inline data. */
const NOWHERE_ON_SITE = /^(?:mailto|tel|sms|javascript|data|blob):/i;

function linksStayOnSite(el: Element, pageUrl: string | undefined): boolean {
  const base = pageUrl ?? NO_PAGE_URL;
  const home = siteHost(base);
  return Array.from(el.querySelectorAll('a[href]')).every((a) => {
    const href = a.getAttribute('href') ?? '';
    // A link that does not parse goes nowhere; one to no host (mailto:) leaves the site.
    if (!URL.canParse(href, base)) return true;
    // A page clipped without its address (a file, a paste) has had its relative links resolved
    // against a base with no host (the clip pipeline's "dossier-paste:/news/…"): they are the site's own.
    if (!pageUrl && !siteHost(href, base) && !NOWHERE_ON_SITE.test(href.trim())) return true;
    return siteHost(href, base) === home;
  });
}

/** The same words, whatever their case and punctuation. */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return norm(a) === norm(b);
}

/** Cleans the article container in place and returns the captions it took out. */
export function cleanArticle(root: Element, opts: { title?: string | null; url?: string; description?: string | null } = {}): CleanupResult {
  const captions: string[] = [];

  // 1. Tags that never hold article text, and text hidden from sighted readers.
  for (const el of descendants(root)) {
    if (!isConnected(el, root)) continue;
    const name = nameOf(el);
    if (JUNK_TAGS.has(name) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || HIDDEN_CLASS.test(el.getAttribute('class') ?? '')) {
      el.remove();
    }
  }

  // 1b. Footnotes: a reference reads "[1]", a note keeps its number, back-links go.
  tidyFootnotes(root);
  // 1c. Paragraphs that hold blocks become boxes.
  paragraphsAsBoxes(root);
  // 1d. A table's cells that hold one short paragraph hold its words.
  unwrapCellParagraphs(root);

  // 2. Captions: figcaptions and elements the markup calls captions or credits.
  // (Which figures had a caption of their own, before it goes: step 4 needs to know.)
  const captionedFigures = new Set(Array.from(root.querySelectorAll('figure')).filter((f) => f.querySelector('figcaption')));
  for (const el of descendants(root)) {
    if (!isConnected(el, root)) continue;
    const raw = nameOf(el) === 'figcaption' ? '' : attributeText(el);
    if (nameOf(el) === 'figcaption' || (CAPTION_HINT.test(raw) && attributeTokensOf(raw).some((t) => CAPTION_TOKENS.has(t)) && !hasImage(el) && proseParagraphs(el) < 2)) {
      // A table's title and source ("Table 1. … Source: …") stay with the table: no picture's caption.
      if (keepWithTable(el, root)) continue;
      removeCaptionActions(el);
      // (articleText: blocks stay apart, "Getty Images Kristi" not "Getty ImagesKristi"; comments are no text.)
      addCaption(captions, articleText(el));
      el.remove();
    }
  }

  // 3. Wrappers the markup names as furniture (share bars, newsletter boxes, bylines, related links).
  const rootLength = textOf(root).length;
  for (const el of descendants(root)) {
    if (!isConnected(el, root)) continue;
    const tokens = attributeTokens(el);
    const furniture = tokens.filter((t) => FURNITURE_TOKENS.has(t));
    if (!furniture.length) continue;
    // A heading called a "header" (a post's or a live entry's header) is still a heading; the
    // date or share links beside it go by their own names and words.
    if (furniture.every((t) => t === 'header') && (HEADINGS.has(nameOf(el)) || el.querySelector('h2, h3, h4, h5, h6'))) continue;
    // An embedded post ("social-post", "twitter-tweet") is a quotation, the very thing users clip for.
    if (nameOf(el) === 'blockquote' || el.querySelector('blockquote')) continue;
    // A correction is the article's own record of what changed, whatever its class says ("disclaimer").
    if (CORRECTION_NOTE.test(textOf(el))) continue;
    // "threatened to kill Rep. <span class="rollover-people"><a>Ilhan Omar</a><span>…card…</span></span> (D-Minn.)":
    // a widget inside running text that opens with a link keeps the link, the sentence's own words.
    const link = namedLinkInSentence(el);
    if (link) {
      // (The link's own class is the widget's, "rollover-people-link": it names no furniture here.)
      link.removeAttribute('class');
      el.parentNode?.replaceChild(link, el);
      continue;
    }
    if (safeToRemove(el, rootLength) || introducedAsFurniture(el, rootLength)) el.remove();
  }

  // 4. Short text beside a picture inside one small wrapper is that picture's caption
  //    (not in a fact-check's claim box, whose picture is the rating's).
  const claims = claimBoxes(root);
  for (const el of descendants(root)) {
    if (!isConnected(el, root) || el === root || claims.some((box) => box.contains(el))) continue;
    const name = nameOf(el);
    if (name !== 'figure' && name !== 'div' && name !== 'span' && name !== 'p') continue;
    if (!hasImage(el) || proseParagraphs(el) > 0) continue;
    if (name !== 'figure' && wordsBesideFigures(el, captionedFigures)) continue;
    const words = wordCount(textOf(el));
    // A paragraph with an inline picture is usually prose; only a short one is a caption.
    if (words === 0 || words > (name === 'figure' ? 80 : name === 'p' ? 25 : 50)) continue;
    const blocks = leafBlocks(el);
    for (const block of blocks.length ? blocks : [el]) {
      if (block === el) {
        // Text directly in the wrapper: keep the images, move the words.
        addCaption(captions, textOf(el));
        for (const child of Array.from(el.childNodes)) if (!(child.nodeType === ELEMENT_NODE && hasImage(child as Element))) child.parentNode?.removeChild(child);
      } else {
        addCaption(captions, textOf(block));
        block.remove();
      }
    }
  }

  // 5. Blocks that read as furniture, lists of links, and repeats of the headline.
  for (const list of Array.from(root.querySelectorAll('ul, ol'))) {
    if (!isConnected(list, root)) continue;
    const items = elementChildren(list).filter((c) => nameOf(c) === 'li');
    if (items.length < 2) continue;
    const avgWords = items.reduce((s, li) => s + wordCount(textOf(li)), 0) / items.length;
    // Lists of links to the site's own pages are related stories or navigation; links out (shops, sources) are content.
    if (avgWords <= 15 && items.every((li) => linkTextRatio(li) >= 0.8) && linksStayOnSite(list, opts.url)) removeAndPrune(list, root);
  }
  removeLinkRuns(root);
  removeRepeatedQuotes(root);
  wrapLooseText(root);
  const timeLines = entryTimeLines(root);
  let previous = '';
  for (const block of leafBlocks(root)) {
    if (!isConnected(block, root)) continue;
    const text = textOf(block);
    const kind = nameOf(block) === 'table' || timeLines.has(block) ? null : blockFurnitureKind(block, text) ?? (isShoutedLink(block, text) || isLabelledTeaser(block, text, opts.url) ? 'link' : null) ?? (linesAreFurniture(block, opts.title) ? 'label' : null);
    const isTitle = opts.title ? sameText(text, opts.title) : false;
    // The same line twice in a row is a caption printed for two layouts.
    const repeat = text.toLowerCase() === previous;
    previous = text.toLowerCase();
    if (kind || isTitle || repeat) {
      if (kind === 'credit') addCaptionNeighbour(block, captions);
      removeAndPrune(block, root);
    }
  }

  // 6. Edges: before the first paragraph and after the last one, short unpunctuated lines are
  //    kickers, bylines, dates, section labels and agency names.
  const deck = trimEdges(root, opts.description ?? null, timeLines);

  // 7. Empty leftovers. (Not a table's empty cell: the cells after it would move into its column.)
  for (const el of descendants(root).reverse()) {
    if (!isConnected(el, root)) continue;
    const name = nameOf(el);
    if (!textOf(el) && !hasImage(el) && name !== 'br' && name !== 'hr' && name !== 'td' && name !== 'th') el.remove();
  }
  return { captions, deck };
}

/**
 * Paragraphs that are a time and nothing else, when the body holds at least three: a live blog's
 * entry times (prepare.ts, keepEntryTimes, gives each its own line), which the page is read by.
 * A lone time line is a byline's date, and goes as a timestamp.
 */
function entryTimeLines(root: Element): Set<Element> {
  const lines = new Set<Element>();
  for (const time of Array.from(root.querySelectorAll('time'))) {
    const line = time.parentElement;
    if (line && nameOf(line) === 'p' && textOf(time) && textOf(line) === textOf(time)) lines.add(line);
  }
  return lines.size >= 3 ? lines : new Set();
}

/**
 * A paragraph that is one link written in capitals, inside the body: a teaser for another story
 * ("CO-FOUNDER PROUD OF ...", "READ MORE ON ... BY CLICKING HERE"). Prose is never all capitals.
 */
function isShoutedLink(block: Element, text: string): boolean {
  if (wordCount(text) > 25 || linkTextRatio(block) < 0.9) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = text.replace(/[^\p{Lu}]/gu, '');
  const cased = text.replace(/[^\p{Lu}\p{Ll}]/gu, '');
  return letters.length >= 12 && cased.length > 0 && upper.length / cased.length >= 0.8;
}

/**
 * "<strong>MORE:</strong> <a href="/news/…">Restored signal box to open as museum</a>": a label of up
 * to three words closed by a colon, then one link of several words to another of the site's own
 * pages, and nothing else. A teaser for another story, whatever its label says ("WATCH:", "ALSO:",
 * "LEA:", "MEHR:"); a source or a contact ("Source: <a>ONS</a>", a link off the site) is not one.
 */
function isLabelledTeaser(block: Element, text: string, pageUrl: string | undefined): boolean {
  const links = block.querySelectorAll('a');
  if (links.length !== 1) return false;
  const linked = textOf(links[0]!);
  const at = text.lastIndexOf(linked);
  if (wordCount(linked) < 3 || at <= 0 || !/^[\s.…]*$/.test(text.slice(at + linked.length))) return false;
  const label = text.slice(0, at).trim();
  return /^[^:.!?]{1,30}:$/u.test(label) && wordCount(label) <= 3 && linksStayOnSite(block, pageUrl);
}

/** Blocks made mostly of links: a list of other stories. */
function isLinkBlock(el: Element): boolean {
  const text = textOf(el);
  if (!text) return true;
  if (nameOf(el) === 'table' || el.querySelector('blockquote, table')) return false;
  const words = wordCount(text);
  if (nameOf(el) === 'ul' || nameOf(el) === 'ol') {
    const items = elementChildren(el).filter((c) => nameOf(c) === 'li' && textOf(c));
    // Every item links somewhere and links make up a good part of the list (teasers add a few words).
    const ratio = items.reduce((sum, li) => sum + linkTextRatio(li), 0) / Math.max(1, items.length);
    return items.length > 0 && ratio >= 0.4 && items.every((li) => wordCount(textOf(li)) <= 40 && li.querySelector('a') !== null);
  }
  return words <= 40 && linkTextRatio(el) >= 0.6;
}

/**
 * "More:", "Related stories", "More Great X Stories" followed by blocks of links: the label and
 * the links after it are one piece of furniture, wherever it sits.
 */
function removeLinkRuns(root: Element): void {
  for (const block of leafBlocks(root)) {
    if (!isConnected(block, root)) continue;
    const text = textOf(block);
    if (wordCount(text) > 8 || furnitureKind(text) !== 'link') continue;
    // The label's outermost wrapper that holds nothing else.
    let label: Element = block;
    while (label.parentElement && label.parentElement !== root && textOf(label.parentElement) === text) label = label.parentElement;
    const doomed: Element[] = [];
    for (let sib = label.nextElementSibling; sib && isLinkBlock(sib); sib = sib.nextElementSibling) doomed.push(sib);
    if (!doomed.some((d) => textOf(d))) continue;
    for (const d of doomed) d.remove();
    removeAndPrune(label, root);
  }
}

/**
 * When a credit line sits right after a short caption-like line, that line is the caption. Not when
 * the credit is the site's copyright line ("© 2026 … All rights reserved."), nor when the picture
 * before the line has a caption of its own: then the line is the story's.
 */
function addCaptionNeighbour(credit: Element, captions: string[]): void {
  if (/\ball rights reserved\b/i.test(textOf(credit))) return;
  let prev = credit.previousElementSibling;
  while (prev && !textOf(prev)) prev = prev.previousElementSibling;
  if (!prev) return;
  const text = textOf(prev);
  const picture = prev.previousElementSibling ?? prev;
  if (hasImage(picture) && !(picture !== prev && picture.querySelector('figcaption')) && wordCount(text) <= 60 && !HEADINGS.has(nameOf(prev))) {
    addCaption(captions, text);
    prev.remove();
  }
}

/** The block, or a small wrapper of it inside root, is named as the deck under the headline. */
function isDeck(block: Element, root: Element, rootLength: number): boolean {
  for (let el: Element | null = block; el && el !== root; el = el.parentElement) {
    if (!safeToRemove(el, rootLength)) return false;
    if (attributeTokens(el).some((t) => DECK_TOKENS.has(t))) return true;
  }
  return false;
}

/** A correction or an editor's note: "Correction: …", "This article was amended on …", "An earlier version of this story …". */
const CORRECTION_NOTE = /^(?:(?:correction|clarification|editor['’]s note)\s*:|this (?:article|story|piece|report) (?:was|has been) (?:amended|updated|corrected)\b|an earlier version of this (?:article|story|piece|report)\b)/i;

/** The heading of a story's summary box ("Key points", "In brief"), which a list of points follows. */
export const SUMMARY_HEADING = /^(?:key (?:points|facts|takeaways|findings)|takeaways|in brief|in short|at a glance|summary|the big picture|what we know(?: so far)?|what you need to know|the essentials|highlights|quick read)\s*:?$/i;

/**
 * The label over a fact-check's claim ("Claim", "The claim:", "What was claimed") and over its rating
 * ("Our rating: False", "Verdict", "Our ruling"), as the box that opens a fact-check prints them.
 */
export const CLAIM_LABEL = /^(?:the )?claim(?: reviewed| checked)?\s*:?$|^what (?:was|is being|we) (?:claimed|checked)\s*:?$/i;
export const RATING_LABEL = /^(?:our |the )?(?:rating|verdict|ruling|conclusion|finding)\s*(?::|$)/i;

/** Words a fact-check's claim box may hold: the claim, the rating and a line or two on why. */
const CLAIM_BOX_WORDS = 200;
const LABEL_BLOCKS = 'h2, h3, h4, h5, h6, dt, p, span, strong, b, div, th';

/**
 * A fact-check's claim boxes under `scope` ("The claim: … Our rating: False …", "What was claimed …
 * Our verdict …"): each the smallest wrapper, a few levels around a label of the claim, that also
 * holds a label of the rating, and no more than a box's words. Sites print one between the headline
 * and the body's wrapper (prepare.ts moves it into the body); it is what the page checked and what
 * it found, and a rating's picture in it makes it no picture's caption.
 */
export function claimBoxes(scope: Element): Element[] {
  const boxes: Element[] = [];
  for (const label of claimLabels(scope)) {
    if (boxes.some((b) => b.contains(label))) continue;
    let box: Element | null = label.parentElement;
    for (let level = 0; box && box !== scope && level < 4; level++, box = box.parentElement) {
      if (wordCount(textOf(box)) > CLAIM_BOX_WORDS) break;
      const rated = Array.from(box.querySelectorAll(LABEL_BLOCKS)).some((el) => !el.contains(label) && wordCount(textOf(el)) <= 8 && RATING_LABEL.test(textOf(el)));
      if (!rated) continue;
      boxes.push(box);
      break;
    }
  }
  return boxes;
}

/**
 * The elements under `scope` whose whole text is a claim's label, found from their short text nodes
 * that mention a claim (one walk of the text, not the text of every element, which costs a whole
 * page's text for each of its wrappers).
 */
function claimLabels(scope: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === ELEMENT_NODE) {
        if (!JUNK_TAGS.has(nameOf(c as Element))) walk(c as Element);
        continue;
      }
      const text = c.nodeType === 3 ? (c.textContent ?? '') : '';
      if (text.length > 60 || !/claim/i.test(text)) continue;
      // The text node's element, or one a level up ("<dt><span>What was</span> claimed</dt>").
      for (let up = c.parentElement, level = 0; up && level < 2 && up !== scope; up = up.parentElement, level++) {
        if (!up.matches(LABEL_BLOCKS)) continue;
        if (CLAIM_LABEL.test(textOf(up))) {
          if (!out.includes(up)) out.push(up);
          break;
        }
      }
    }
  };
  walk(scope);
  return out;
}

function isEdgeFurniture(block: Element, atEnd: boolean, root: Element, description: string | null, rootLength: number, timeLines: ReadonlySet<Element>): boolean {
  const text = textOf(block);
  const words = wordCount(text);
  if (nameOf(block) === 'table') return false;
  // The first live entry's time line (entryTimeLines): the page is read by it, as by the others.
  if (!atEnd && timeLines.has(block)) return false;
  // A summary box's heading, its points below it: the story's own summary, which opens the body.
  if (!atEnd && SUMMARY_HEADING.test(text) && /^(?:ul|ol)$/.test(block.nextElementSibling ? nameOf(block.nextElementSibling) : '')) return false;
  // A fact-check's claim label, the claim under it: the box that opens the body (prepare.ts, claimBox).
  if (!atEnd && CLAIM_LABEL.test(text)) return false;
  if (blockFurnitureKind(block, text)) return true;
  // The deck: named so by the markup, or the page's own description printed under the headline
  // without a full stop (a first paragraph that doubles as the description ends like a sentence).
  if (!atEnd && words <= 60 && (isDeck(block, root, rootLength) || (description !== null && sameText(text, description) && !/[.!?]["”’»]?$/.test(text.trim())))) return true;
  // A short line that is all link, outside the prose, is a link to another page.
  if (words <= 15 && !endsLikeSentence(text) && linkTextRatio(block) >= 0.9) return true;
  // A heading before the first paragraph is a kicker or a repeated headline, unless the body is
  // built of sections under headings of that same level (a live blog's first entry).
  if (HEADINGS.has(nameOf(block))) return atEnd || (words <= 25 && !(nameOf(block) !== 'h1' && root.querySelectorAll(nameOf(block)).length >= 3));
  // Likewise a time opening the body that has times of its own through it: a live blog's first entry's.
  if (!atEnd && (nameOf(block) === 'time' || block.querySelector('time')) && root.querySelectorAll('time').length >= 3) return false;
  if (endsLikeSentence(text)) return false;
  // The last point of a list closing the story ("2026: appeals court rules", after three others): part of its list.
  // (Not a link: a list of links to other stories after the story goes, above.)
  if (atEnd && nameOf(block) === 'li' && block.parentElement && elementChildren(block.parentElement).some((li) => li !== block && nameOf(li) === 'li' && textOf(li))) return false;
  // The last of a run of labelled lines ("<b>Ashby Town:</b> Frost; Hale, …", then "<b>Attendance:</b> 612"): one more fact of the run.
  if (atEnd && labelledLine(block)) {
    let before = block.previousElementSibling;
    while (before && !textOf(before)) before = before.previousElementSibling;
    if (before && labelledLine(before)) return false;
  }
  return words <= (atEnd ? 8 : 12);
}

/** "<strong>Attendance:</strong> 612": a bold label closed by a colon opens the line, a value that is not a link follows it. */
function labelledLine(block: Element): boolean {
  const label = block.firstElementChild;
  if (!label || !/^(?:strong|b)$/.test(nameOf(label)) || !textOf(block).startsWith(textOf(label))) return false;
  return /^[^:]{1,30}:$/.test(textOf(label)) && textOf(block).length > textOf(label).length && linkTextRatio(block) < 0.5;
}

function trimEdges(root: Element, description: string | null, timeLines: ReadonlySet<Element>): string | null {
  const blocks = leafBlocks(root);
  let first = 0;
  let last = blocks.length - 1;
  const rootLength = textOf(root).length;
  // Removing a block never turns another element into a leaf block with text, so one list serves.
  let deck: string | null = null;
  while (last - first + 1 >= 3 && isEdgeFurniture(blocks[first]!, false, root, description, rootLength, timeLines)) {
    const block = blocks[first++]!;
    // The deck leaves the body but is the author's own summary of the article: kept for its excerpt.
    if (deck === null && isDeck(block, root, rootLength) && readsLikeDeck(textOf(block))) deck = textOf(block);
    removeAndPrune(block, root);
  }
  while (last - first + 1 >= 3 && isEdgeFurniture(blocks[last]!, true, root, description, rootLength, timeLines)) removeAndPrune(blocks[last--]!, root);
  return deck;
}

/** Lower-case letters and digits only, single-spaced: quotation marks and dashes differ between a quote and its pull quote. */
function normText(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * True when `said` is in `all` twice (the pull quote itself and the article's own words), allowing the
 * pull quote up to two words of its own at either end ("We could not afford …" for the article's
 * "… said the town could not afford …"), as long as six words and three quarters of it are shared.
 */
function printedTwice(all: string, said: string): boolean {
  const words = said.split(' ');
  for (let head = 0; head <= 2; head++) {
    for (let tail = 0; tail <= 2; tail++) {
      const kept = words.length - head - tail;
      if (kept < 6 || kept < words.length * 0.75) continue;
      const core = words.slice(head, words.length - tail).join(' ');
      const first = all.indexOf(core);
      if (first >= 0 && all.indexOf(core, first + 1) >= 0) return true;
    }
  }
  return false;
}

/** Words a sentence of a pull quote needs before its repeat counts: short ones ("It was not.") recur by chance. */
const QUOTED_SENTENCE_WORDS = 4;

/**
 * A pull quote stitched from sentences the article prints apart, around who said them ("You don't
 * fight the river." … he said. "You wait for it …"): two or more sentences, each of at least four
 * words, each in `all` twice (the pull quote's and the article's). Attribution lines (<cite>,
 * <footer>) are left out, as in printedTwice.
 */
function sentencesPrintedTwice(all: string, quote: Element): boolean {
  const clone = quote.cloneNode(true) as Element;
  for (const c of Array.from(clone.querySelectorAll('cite, footer, figcaption'))) c.remove();
  const sentences = (clone.textContent ?? '').split(/(?<=[.!?…])["”’»]?\s+/u).map(normText).filter(Boolean);
  if (sentences.length < 2 || sentences.some((t) => t.split(' ').length < QUOTED_SENTENCE_WORDS)) return false;
  return sentences.every((t) => {
    const first = all.indexOf(t);
    return first >= 0 && all.indexOf(t, first + 1) >= 0;
  });
}

/**
 * Pull quotes: a quotation block (or a short aside) that repeats words the article prints anyway.
 * The repeat is found in the rest of the body, so the attribution line under it goes too.
 */
function removeRepeatedQuotes(root: Element): void {
  const quotes = Array.from(root.querySelectorAll('blockquote, aside')).filter((q) => !q.querySelector('img, picture, video, table'));
  if (!quotes.length) return;
  let all = normText(root.textContent ?? '');
  for (const quote of quotes) {
    if (!isConnected(quote, root)) continue;
    // The quoted words without the attribution (<cite>, <footer>) under them.
    let said = normText(quote.textContent ?? '');
    for (const c of Array.from(quote.querySelectorAll('cite, footer, figcaption'))) said = said.replace(normText(c.textContent ?? ''), ' ').trim();
    if (said.split(' ').length < 6) continue;
    if (!printedTwice(all, said) && !sentencesPrintedTwice(all, quote)) continue;
    removeAndPrune(quote, root);
    all = normText(root.textContent ?? '');
  }
}

/**
 * Text and inline elements sitting directly in a container beside paragraphs (old table layouts,
 * print views: "<b>Headline</b><br>By Jane Roe<br>Published…<p>First paragraph") form no block
 * of their own, so no rule could look at them. Each such run becomes a paragraph.
 */
function wrapLooseText(root: Element): void {
  // One walk: which elements are or hold a block, and which containers mix blocks with loose text.
  const holdsBlock = new Set<Element>();
  const mixed: Element[] = [];
  const walk = (el: Element, inQuote: boolean): boolean => {
    const name = nameOf(el);
    // A quotation's attribution line ("— Name (@handle) date" after the post's paragraph) belongs to it.
    const quote = inQuote || name === 'blockquote' || name === 'li' || name === 'figure';
    let blockChild = false;
    let looseText = false;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === ELEMENT_NODE) {
        if (walk(c as Element, quote)) blockChild = true;
        else if (!looseText && /\S/.test(c.textContent ?? '')) looseText = true;
      } else if (!looseText && c.nodeType === 3 && /\S/.test(c.textContent ?? '')) looseText = true;
    }
    if (blockChild) holdsBlock.add(el);
    if (blockChild && looseText && !quote && (el === root || BLOCKISH.has(name) || name === 'td')) mixed.push(el);
    return BLOCKISH.has(name) || blockChild;
  };
  walk(root, false);
  for (const el of mixed) {
    let run: Node[] = [];
    const flush = () => {
      if (run.some((n) => (n.textContent ?? '').trim())) {
        const p = el.ownerDocument.createElement('p');
        el.insertBefore(p, run[0]!);
        for (const n of run) p.appendChild(n);
      }
      run = [];
    };
    for (const c of Array.from(el.childNodes)) {
      const block = c.nodeType === ELEMENT_NODE && (BLOCKISH.has(nameOf(c as Element)) || holdsBlock.has(c as Element));
      if (block) flush();
      else run.push(c);
    }
    flush();
  }
}

/** Lines of a block split at its <br>s. */
function brLines(block: Element): string[] {
  const lines: string[] = [''];
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === ELEMENT_NODE && nameOf(c as Element) === 'br') lines.push('');
      else if (c.nodeType === ELEMENT_NODE) walk(c);
      else lines[lines.length - 1] += c.textContent ?? '';
    }
  };
  walk(block);
  return lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** A block of <br>-separated lines each of which is the headline or furniture (a print view's header). */
function linesAreFurniture(block: Element, title: string | null | undefined): boolean {
  if (!block.querySelector('br')) return false;
  const lines = brLines(block);
  return lines.length > 1 && lines.every((l) => furnitureKind(l) !== null || (title ? sameText(l, title) : false));
}
