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
 * - Readability also drops anything whose class says "header" before scoring. Inside an article
 *   that is a post's or a live entry's header, and the heading in it is the article's own
 *   subheading (`h2.header-anchor-post`, `header.entry__header > h2`). See protectHeadings.
 * - Readability drops a gallery's wrapper (more pictures than paragraphs), and the figures'
 *   captions with it. See unwrapGalleries.
 * - An AMP page's placeholders and fallbacks ("Loading video…", "Ad failed to load") lose the
 *   attribute that names them when Readability rewrites them. See dropAmpStandIns.
 * - Readability drops every <aside>. A fact box written as one between the story's paragraphs
 *   ("Need to know", "If you go") is the story's own text. See keepFactBoxes.
 * - A fact-check's claim box ("The claim: … Our rating: False") sits between the headline and the
 *   body's wrapper, where Readability drops it. See gatherLeadParts.
 */
import { attributeText, attributeTokens, attributeTokensOf, CAPTION_HINT, CAPTION_TOKENS, claimBoxes, FURNITURE_TOKENS, linkTextRatio, SUMMARY_HEADING } from './cleanup';
import { endsLikeSentence, furnitureKind, wordCount } from './furniture';

function textOf(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const CAPTION_HOSTS = new Set(['div', 'span', 'p']);
const SUBHEADING_NAMES = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** What the preparation steps look at, found in one walk of the page (a plain walk is cheaper than selectors here). */
export interface PageScan {
  /** Top-level headings, in document order. */
  h1s: Element[];
  /** h2–h6, in document order. */
  subheadings: Element[];
  /** div/span/p whose attributes mention a caption or credit. */
  captionHosts: Element[];
  /** <figure> elements, in document order. */
  figures: Element[];
}

export function scanPage(doc: Document): PageScan {
  const scan: PageScan = { h1s: [], subheadings: [], captionHosts: [], figures: [] };
  const walk = (el: Element): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const name = c.localName.toLowerCase();
      if (name === 'h1') scan.h1s.push(c);
      else if (SUBHEADING_NAMES.has(name)) scan.subheadings.push(c);
      else if (name === 'figure') scan.figures.push(c);
      else if (CAPTION_HOSTS.has(name) && CAPTION_HINT.test(attributeText(c))) scan.captionHosts.push(c);
      walk(c);
    }
  };
  if (doc.body) walk(doc.body);
  return scan;
}

/** The attributes whose words say what an element is (those attributeText reads). */
const NAMING_ATTRIBUTES = ['class', 'id', 'data-component', 'data-testid', 'role'];

/**
 * A label named as a caption right above a heading ("Press release" over the headline, GOV.UK's
 * "heading caption"): it labels the heading and captions no picture. Its caption words go, so
 * neither this step nor the cleanup lists it among the captions once Readability has dropped the
 * headline beside it; it is left to the cleanup's rules for kickers.
 */
function unnameHeadingLabel(el: Element): boolean {
  const next = el.nextElementSibling;
  // (With a picture beside them in their wrapper, the words may be its caption after all.)
  if (!next || !/^h[1-6]$/i.test(next.localName) || el.parentElement?.querySelector('img, picture, video')) return false;
  for (const attr of NAMING_ATTRIBUTES) {
    const value = el.getAttribute(attr);
    if (value && CAPTION_HINT.test(value)) el.setAttribute(attr, value.split(/\s+/).filter((w) => !CAPTION_HINT.test(w)).join(' '));
  }
  return true;
}

/** Renames caption-like wrappers to <figcaption>. Returns how many. */
export function markCaptions(doc: Document, scan: PageScan = scanPage(doc)): number {
  if (!doc.body) return 0;
  let n = 0;
  for (const el of scan.captionHosts) {
    if (!el.parentNode) continue;
    const raw = attributeText(el);
    if (!CAPTION_HINT.test(raw) || !attributeTokensOf(raw).some((t) => CAPTION_TOKENS.has(t))) continue;
    if (el.querySelector('img, picture, video, p, div, ul, ol, table, h1, h2, h3, h4, h5, h6, figcaption') || unnameHeadingLabel(el)) continue;
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
 * Who is quoted, printed under the quotation in a <footer> or a <cite>: "Ole Petersen, works council
 * chair". Readability drops every <footer>, and takes a <cite class="author"> for the article's
 * byline (then removes it); the cleanup drops footers and wrappers named "author". So a footer becomes
 * a paragraph whose words are a <cite> (the cleanup's pull-quote test still tells the attribution
 * from the quoted words by it), and an attribution loses the names that would get it dropped.
 */
function keepAttribution(quote: Element): void {
  for (const el of Array.from(quote.querySelectorAll('footer, cite'))) {
    for (const attr of ['class', 'id', 'rel', 'itemprop']) el.removeAttribute(attr);
    if (el.localName.toLowerCase() !== 'footer' || !textOf(el)) continue;
    const p = el.ownerDocument.createElement('p');
    const cite = el.ownerDocument.createElement('cite');
    while (el.firstChild) cite.appendChild(el.firstChild);
    p.appendChild(cite);
    el.replaceWith(p);
  }
}

/** AMP components that are never the article: adverts, analytics beacons, the consent prompt and the slide-out menu. */
const AMP_FURNITURE = 'amp-ad, amp-embed, amp-sticky-ad, amp-auto-ads, amp-analytics, amp-pixel, amp-consent, amp-sidebar';

/**
 * An AMP page's stand-ins: what a component shows while it loads or when it fails, marked by the
 * `placeholder` and `fallback` attributes on its children ("Loading video…" in an amp-iframe, "Ad
 * failed to load" in an amp-ad), and its advert, analytics and menu components. Readability turns
 * a stand-in <div> into a <p> without its attribute, so they go before it reads the page.
 * Returns how many elements went.
 */
export function dropAmpStandIns(doc: Document): number {
  if (!doc.body) return 0;
  let n = 0;
  for (const el of Array.from(doc.body.querySelectorAll(`${AMP_FURNITURE}, [placeholder], [fallback]`))) {
    if (!el.isConnected) continue;
    const name = el.localName.toLowerCase();
    const inAmp = name.startsWith('amp-') || (el.parentElement?.localName.toLowerCase().startsWith('amp-') ?? false);
    if (!inAmp || name === 'input' || name === 'textarea') continue;
    el.remove();
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
    keepAttribution(quote);
    for (let el: Element | null = quote.parentElement; el && el !== doc.body; ) {
      const name = el.localName.toLowerCase();
      if (name !== 'div' && name !== 'span' && name !== 'section' && name !== 'figure') break;
      // ("1,204 Likes 311 Reposts View on Chirp Copy link": a post's counters and buttons beside it are furniture. They go,
      // but only from a wrapper that holds nothing else, which is then unwrapped; a larger one is left as it is.)
      const beside = Array.from(el.children).filter((child) => !child.contains(quote) && textOf(child) && furnitureKind(textOf(child)) !== null);
      if (textOf(el).length - beside.reduce((sum, child) => sum + textOf(child).length, 0) > text.length + 20) break;
      for (const child of beside) child.remove();
      const parent: Element | null = el.parentElement;
      el.replaceWith(...Array.from(el.childNodes));
      n++;
      el = parent;
    }
  }
  return n;
}

const HEADER_WORD = /header/i;
const SUBHEADINGS = 'h2, h3, h4, h5, h6';

/**
 * Keeps subheadings that a class containing "header" would get dropped: the heading's own
 * class and id go, and a header wrapper's subheadings move out in front of it, so the wrapper
 * (with its timestamp and share links) can go while the heading stays. A wrapper with a lot of
 * text, or with a top-level heading (the page's masthead), is left alone.
 * Returns how many headings were kept.
 */
export function protectHeadings(doc: Document, scan: PageScan = scanPage(doc)): number {
  if (!doc.body) return 0;
  let n = 0;
  const named = (el: Element) => HEADER_WORD.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
  for (const h of scan.subheadings) {
    if (!h.parentNode) continue;
    if (named(h)) {
      h.removeAttribute('class');
      h.removeAttribute('id');
      n++;
    }
    // The nearest wrapper (up to three levels) called a header.
    let wrapper: Element | null = h.parentElement;
    for (let i = 0; wrapper && wrapper !== doc.body && i < 3 && !named(wrapper); i++) wrapper = wrapper.parentElement;
    if (!wrapper || wrapper === doc.body || !named(wrapper) || !wrapper.parentNode || /^h[1-6]$/i.test(wrapper.localName)) continue;
    // One or two headings among a few words (a time, a label): an entry's header, not a masthead.
    if (wrapper.querySelector('h1, nav') || wrapper.querySelectorAll(SUBHEADINGS).length > 2 || wordCount(textOf(wrapper)) > 40) continue;
    // Only inside an article: a header wrapper that opens the page is the page's own.
    if (!wrapper.closest('article, main, [role="main"]') && !wrapper.previousElementSibling) continue;
    wrapper.parentNode.insertBefore(h, wrapper);
    n++;
  }
  return n;
}

/** Words an entry needs besides its time to be a live entry, not a story card ("3 hours ago" and a headline). */
const ENTRY_WORDS = 15;

/**
 * The time a live entry is stamped with: its one <time>, short and with a figure in it ("14:02",
 * "2.47pm GMT", "1h ago"), not inside a sentence of the entry's prose. Else null.
 */
function entryTime(entry: Element): Element | null {
  const times = entry.querySelectorAll('time');
  if (times.length !== 1) return null;
  const time = times[0]!;
  const text = textOf(time);
  if (!/\d/.test(text) || wordCount(text) > 6 || wordCount(textOf(entry)) - wordCount(text) < ENTRY_WORDS) return null;
  const paragraph = time.closest('p');
  if (paragraph && entry.contains(paragraph) && wordCount(textOf(paragraph)) > wordCount(text) + 3) return null;
  return time;
}

/**
 * A live blog is read by its entries' times, but each sits in the entry's header or a link
 * (`header.block__header > a.block__time > time`), which Readability drops as a "header" and the
 * cleanup as furniture. Where at least three sibling elements are such timed entries, each time
 * moves into a paragraph of its own at the start of its entry, before the entry's heading (which
 * protectHeadings, run after this, moves out of the same header); the cleanup keeps a run of such
 * time lines (see entryTimeLines there). One <time> in a byline is no entry, and changes nothing.
 * Returns how many times moved.
 */
export function keepEntryTimes(doc: Document): number {
  if (!doc.body) return 0;
  const times = Array.from(doc.body.querySelectorAll('time'));
  if (times.length < 3) return 0;
  // Where the entries may be: the parents of each time's ancestors, a few levels up.
  const lists = new Set<Element>();
  for (const time of times) {
    for (let el = time.parentElement, level = 0; el && el !== doc.body && level < 6; el = el.parentElement, level++) if (el.parentElement) lists.add(el.parentElement);
  }
  const moved = new Set<Element>();
  for (const list of lists) {
    const stamped = Array.from(list.children)
      .map((entry) => ({ entry, time: entryTime(entry) }))
      .filter((e): e is { entry: Element; time: Element } => e.time !== null);
    if (stamped.length < 3) continue;
    for (const { entry, time } of stamped) {
      // (Entries inside entries: a time moves once.)
      if (moved.has(time)) continue;
      let holder: Element = time;
      while (holder.parentElement && holder.parentElement !== entry) holder = holder.parentElement;
      const line = doc.createElement('p');
      entry.insertBefore(line, holder);
      line.appendChild(time);
      moved.add(time);
    }
  }
  return moved.size;
}

/** Pictures beside the paragraph (an author's headshot), which Readability may drop before it looks. */
const MEDIA = new Set(['img', 'picture', 'svg']);

/** The wrapper's only content is one <p> (and perhaps a picture): Readability puts the paragraph in its place. */
function onlyParagraph(el: Element): Element | null {
  const children = Array.from(el.children).filter((c) => !MEDIA.has(c.localName.toLowerCase()));
  const child = children[0];
  if (!child || children.length > 1 || child.localName.toLowerCase() !== 'p') return null;
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && /\S/.test(c.textContent ?? '')) return null;
  return child;
}

/** Elements Readability counts as phrasing content (a link, <del> and <ins> only when all they hold is). */
const PHRASING = new Set(['abbr', 'audio', 'b', 'bdo', 'br', 'button', 'cite', 'code', 'data', 'datalist', 'dfn', 'em', 'embed', 'i', 'img', 'input', 'kbd', 'label', 'mark', 'math', 'meter', 'noscript', 'object', 'output', 'progress', 'q', 'ruby', 'samp', 'script', 'select', 'small', 'span', 'strong', 'sub', 'sup', 'textarea', 'time', 'var', 'wbr']);

function isPhrasing(node: Node): boolean {
  if (node.nodeType !== 1) return true;
  const name = (node as Element).localName.toLowerCase();
  if (PHRASING.has(name)) return true;
  return (name === 'a' || name === 'del' || name === 'ins') && Array.from(node.childNodes).every(isPhrasing);
}

/**
 * Readability replaces a <div> holding a single paragraph with that paragraph, and the div's class
 * goes with it: `<div class="author-bio"><p>Jane Roe covers …</p></div>` reaches the cleanup as an
 * anonymous paragraph, and the bio stays in the body. It does the same to a <div> of words and
 * inline elements, which it first wraps in a paragraph: `<div class="story__meta"><span>Courts
 * reporter</span> <time>…</time></div>`. When such a wrapper's class or id names furniture, the
 * paragraph takes that name on (made here for the second kind), so the cleanup sees what the
 * markup said. Returns how many paragraphs were named.
 */
export function keepWrapperNames(doc: Document): number {
  if (!doc.body) return 0;
  let n = 0;
  for (const el of Array.from(doc.body.querySelectorAll('div, section'))) {
    const raw = attributeText(el);
    if (!raw || !attributeTokensOf(raw).some((t) => FURNITURE_TOKENS.has(t))) continue;
    let p = onlyParagraph(el);
    if (!p && el.firstChild && (el.textContent ?? '').trim() && Array.from(el.childNodes).every(isPhrasing)) {
      p = doc.createElement('p');
      while (el.firstChild) p.appendChild(el.firstChild);
      el.appendChild(p);
    }
    if (!p) continue;
    p.setAttribute('class', `${p.getAttribute('class') ?? ''} ${raw}`.trim());
    n++;
  }
  return n;
}

const normWords = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Paragraphs long enough to be a story's prose. */
function storyParagraphs(el: Element): number {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) if (wordCount(textOf(p)) >= 20) n++;
  return n;
}

/**
 * Infinite-scroll pages and "next story" layouts hold several complete stories, each in its own
 * <article> with an <h1> headline and paragraphs; the extractor would take the longest. The one whose
 * headline is the page's own title is the article: the other complete stories are removed before
 * scoring. Story cards (a headline and a line of teaser) are not complete stories and stay for
 * the cleanup to judge. Returns how many stories were removed.
 */
export function keepTitledStory(doc: Document, title: string | null, scan: PageScan = scanPage(doc)): number {
  if (!doc.body || !title) return 0;
  // A complete story has its own top-level headline; live entries and story cards use lower
  // headings. Most pages have one <h1>, and then there is nothing to do.
  const h1s = scan.h1s;
  if (h1s.length < 2) return 0;
  const stories: Array<{ el: Element; headline: string }> = [];
  for (const h1 of h1s) {
    let el = h1.closest('article');
    for (let outer = el?.parentElement?.closest('article'); outer; outer = outer.parentElement?.closest('article')) el = outer;
    if (el && !stories.some((s) => s.el === el)) stories.push({ el, headline: normWords(textOf(h1)) });
  }
  if (stories.length < 2) return 0;
  const wanted = normWords(title);
  const matching = stories.filter((s) => s.headline === wanted || (s.headline.length >= 20 && (wanted.includes(s.headline) || s.headline.includes(wanted))));
  // Paragraphs are counted only now, on the rare page that gets this far.
  if (matching.length !== 1 || storyParagraphs(matching[0]!.el) < 2) return 0;
  let n = 0;
  for (const s of stories) {
    if (s === matching[0] || storyParagraphs(s.el) < 2) continue;
    s.el.remove();
    n++;
  }
  return n;
}

/** Words a lead part may hop over on its way to the body: a byline, a date, share links. */
const SHORT_SIBLING_WORDS = 40;

/** A lead picture: a figure with an image, its caption only, and no headline or link text (a story card has both). */
function leadFigure(el: Element): boolean {
  if (!el.querySelector('img, picture') || el.querySelector('p, h1, h2, h3, h4, h5, h6, ul, ol')) return false;
  if (Array.from(el.querySelectorAll('a')).some((a) => textOf(a))) return false;
  return wordCount(textOf(el)) <= 60;
}

/** A summary box: its heading says so, and a list of at least two short points follows it. */
function summaryBox(heading: Element): Element | null {
  if (!SUMMARY_HEADING.test(textOf(heading))) return null;
  const box = heading.parentElement;
  const list = heading.nextElementSibling;
  if (!box || !list || !/^(?:ul|ol)$/i.test(list.localName)) return null;
  const points = Array.from(list.children).filter((c) => c.localName.toLowerCase() === 'li');
  if (points.length < 2 || points.some((li) => wordCount(textOf(li)) > 60) || wordCount(textOf(box)) > 200) return null;
  return box;
}

/**
 * A summary box written as an <aside> ("Key takeaways" inside the body) is the story's own text; the
 * tag and a class such as "callout" or "sidebar" would get it dropped as page furniture. It becomes a
 * plain <div>.
 */
function asBlock(box: Element): Element {
  box.removeAttribute('class');
  box.removeAttribute('id');
  if (box.localName.toLowerCase() !== 'aside') return box;
  const div = box.ownerDocument.createElement('div');
  while (box.firstChild) div.appendChild(box.firstChild);
  box.replaceWith(div);
  return div;
}

/** Words a fact box may hold: a box of practical points beside the story, not a second story. */
const FACT_BOX_WORDS = 250;
/** Blocks a fact box's points may be written as. */
const FACT_BLOCKS = new Set(['ul', 'ol', 'dl', 'p', 'table', 'div']);
/** Inside a fact box, the parts of a newsletter box, an embed or a widget. */
const WIDGET = 'form, input, select, textarea, iframe, video, audio, object, embed';
/** A box the article's own wrapper names as furniture ("author-box", "related", "newsletter"), whatever it holds. "sidebar" is what an inline box is called too. */
const namedFurniture = (el: Element) => attributeTokens(el).some((t) => FURNITURE_TOKENS.has(t) && t !== 'sidebar');

/** The first child with text, else null (text directly in `el` counts as none). */
function firstWithText(el: Element): Element | null {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (textOf(c)) return c;
  return null;
}

/** A box's heading: an h2–h6 first in it (or in its header), or a first line set all in bold ("<p><strong>Fast facts</strong></p>"). */
function boxHeading(box: Element): Element | null {
  let first = firstWithText(box);
  if (first && /^(?:header|hgroup)$/i.test(first.localName)) first = firstWithText(first);
  if (!first) return null;
  if (/^h[2-6]$/i.test(first.localName)) return first;
  const only = first.firstElementChild;
  const bold = /^(?:p|div)$/i.test(first.localName) && only && !only.nextElementSibling && /^(?:strong|b)$/i.test(only.localName) && textOf(only) === textOf(first);
  return bold ? first : null;
}

/** A paragraph of the story's prose: a sentence or more. */
function proseParagraph(el: Element): boolean {
  const text = textOf(el);
  return el.localName.toLowerCase() === 'p' && wordCount(text) >= 15 && endsLikeSentence(text);
}

/** The element is, or holds, the story's prose, and is not itself named as furniture (a comments section). */
function holdsProse(el: Element): boolean {
  if (proseParagraph(el)) return true;
  if (!/^(?:div|section|article|main|blockquote)$/i.test(el.localName) || namedFurniture(el)) return false;
  return Array.from(el.querySelectorAll('p')).some(proseParagraph);
}

/**
 * Story prose stands before (or after, `forward`) the box: among its nearest siblings with text
 * (three at most: a subheading may come between), or, when the box is the first (last) thing with
 * text in its wrapper (a section of the story), beside that wrapper, up to two levels up.
 */
function proseBeside(box: Element, forward: boolean): boolean {
  const step = (el: Element) => (forward ? el.nextElementSibling : el.previousElementSibling);
  let el: Element | null = box;
  for (let level = 0; level < 3 && el && el.parentElement; level++) {
    let withText = 0;
    for (let s = step(el); s && withText < 3; s = step(s)) {
      if (!textOf(s)) continue;
      withText++;
      if (holdsProse(s)) return true;
    }
    if (withText > 0) return false;
    el = el.parentElement;
    if (/^(?:article|main|body)$/i.test(el.localName)) return false;
  }
  return false;
}

/**
 * A fact box written as an <aside> inside the story ("Need to know", "Fast facts", "If you go"):
 * between paragraphs of the story's prose, or closing the story after its last one, a heading over points that are facts, not links (a
 * related-stories box is a list of links), with no form or embed (a newsletter box), no line that
 * is furniture by its words ("Most read", "Sign up…"), and no name of furniture on it ("author").
 * Readability drops every <aside>, and the cleanup too; a sidebar beside the story has no story
 * prose on both sides of it.
 */
function factBox(aside: Element): Element | null {
  if (namedFurniture(aside) || aside.querySelector(WIDGET)) return null;
  const heading = boxHeading(aside);
  if (!heading) return null;
  const title = textOf(heading);
  if (wordCount(title) > 8 || furnitureKind(title) !== null || linkTextRatio(heading) > 0.5) return null;
  const words = wordCount(textOf(aside));
  if (words < 8 || words > FACT_BOX_WORDS || linkTextRatio(aside) > 0.3) return null;
  // The points: blocks of a fact box's kinds, none of them furniture by its words.
  const points = Array.from(aside.querySelectorAll('li, dt, dd, p, td')).filter((el) => !heading.contains(el) && textOf(el));
  if (!points.length || points.some((el) => furnitureKind(textOf(el)) !== null)) return null;
  for (let c = heading.nextElementSibling; c; c = c.nextElementSibling) if (textOf(c) && !FACT_BLOCKS.has(c.localName.toLowerCase())) return null;
  // The box, or its wrapper that holds nothing else, stands between paragraphs of the story.
  let unit = aside;
  while (unit.parentElement && unit.parentElement !== aside.ownerDocument.body && textOf(unit.parentElement) === textOf(aside) && !namedFurniture(unit.parentElement)) unit = unit.parentElement;
  if (!proseBeside(unit, false)) return null;
  // (After the last paragraph: a box that closes the story, "The breakwater in numbers", which an
  // author's box is not: it has a picture of the writer, or says whom it is about.)
  return proseBeside(unit, true) || (closesStory(unit) && insideStory(unit) && !aside.querySelector('img, picture') && !ABOUT_WRITER.test(title)) ? aside : null;
}

/**
 * The box stands inside the story's own container, not beside it: not in the page's <main> or
 * <body> itself, not after a whole <article>, and not called the page's sidebar or rail (a box
 * after the story there is the page's, whatever it holds).
 */
function insideStory(unit: Element): boolean {
  const parent = unit.parentElement;
  if (!parent || /^(?:main|body)$/i.test(parent.localName) || parent.getAttribute('role') === 'main') return false;
  if (attributeTokens(unit).some((t) => t === 'sidebar' || t === 'rail')) return false;
  let before = unit.previousElementSibling;
  while (before && !textOf(before)) before = before.previousElementSibling;
  return !before || !/^(?:article|main)$/i.test(before.localName);
}

/** The heading of a box about the writer, not the story: "About the author", "The reporter". */
const ABOUT_WRITER = /^(?:about|more about|meet) (?:the |our |this )?(?:authors?|writers?|reporters?|contributors?|columnists?|journalists?)\b|^(?:the )?(?:authors?|writers?|reporters?|contributors?)\s*:?$/i;

/** Nothing with text follows the box in its wrapper but what is named as furniture (a share bar, the tags): it closes the story. */
function closesStory(unit: Element): boolean {
  for (let s = unit.nextElementSibling; s; s = s.nextElementSibling) if (textOf(s) && !namedFurniture(s)) return false;
  return true;
}

/** The previous sibling with text, when it is a wrapper of the story's prose (not a paragraph of it). */
function proseWrapperBefore(el: Element): Element | null {
  let s = el.previousElementSibling;
  while (s && !textOf(s)) s = s.previousElementSibling;
  return s && !proseParagraph(s) && holdsProse(s) ? s : null;
}

/**
 * Fact boxes written as <aside> inside the story (see factBox) become plain <div>s, so they stay
 * where they stand; one right after the wrapper of the story's paragraphs moves into its end.
 * Returns how many.
 */
export function keepFactBoxes(doc: Document): number {
  if (!doc.body) return 0;
  let n = 0;
  for (const aside of Array.from(doc.body.querySelectorAll('aside'))) {
    if (!aside.parentNode || !factBox(aside)) continue;
    const box = asBlock(aside);
    // (Right after the wrapper of the story's paragraphs, not in it: it joins the wrapper's end, where Readability reads on.)
    proseWrapperBefore(box)?.appendChild(box);
    n++;
  }
  return n;
}

/**
 * The wrapper of the story's prose among `part`'s next siblings, hopping only over short ones
 * (a byline, share links, another lead part); null when there is none, or when the part is inside it.
 */
function bodyAfter(part: Element): Element | null {
  for (let sib = part.nextElementSibling, hops = 0; sib && hops < 5; sib = sib.nextElementSibling, hops++) {
    if (storyParagraphs(sib) >= 3) return sib;
    if (wordCount(textOf(sib)) > SHORT_SIBLING_WORDS) return null;
  }
  return null;
}

/**
 * A lead picture, a summary box ("Key points", "In brief") and a fact-check's claim box (cleanup.ts,
 * claimBoxes) often sit between the headline and the wrapper of the story's paragraphs, as its
 * siblings, where Readability keeps the wrapper and what scores as prose beside it (a standfirst)
 * and drops them. They move into the start of that
 * wrapper, in their order. A part inside a short header (with the headline) moves out of it too.
 * Returns how many parts moved.
 */
export function gatherLeadParts(doc: Document, scan: PageScan = scanPage(doc)): number {
  if (!doc.body) return 0;
  const parts = [...scan.figures.filter(leadFigure), ...scan.subheadings.map(summaryBox).filter((b): b is Element => !!b).map(asBlock), ...claimBoxes(doc.body).map(asBlock)];
  // Document order, so two parts keep theirs.
  parts.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  const firstMoved = new Map<Element, Element>();
  let n = 0;
  for (const part of parts) {
    // (A story removed by keepTitledStory takes its parts with it.)
    if (!doc.body.contains(part)) continue;
    let body: Element | null = null;
    // The part itself, or its short wrapper (a header with the headline), up to two levels up.
    for (let el: Element | null = part, level = 0; el && el !== doc.body && level < 3 && !body; el = el.parentElement, level++) {
      if (level > 0 && wordCount(textOf(el)) > 120) break;
      body = bodyAfter(el);
    }
    if (!body) continue;
    const anchor = firstMoved.get(body);
    // After the parts already moved into this body, before its own first child.
    body.insertBefore(part, anchor ? anchor.nextSibling : body.firstChild);
    firstMoved.set(body, part);
    n++;
  }
  return n;
}

/** A gallery's picture: a figure with an image and no words that link elsewhere (a story card's headline does). */
function galleryPicture(figure: Element): boolean {
  if (!figure.querySelector('img, picture') || figure.querySelector('p, h1, h2, h3, h4, h5, h6, ul, ol, table, figure')) return false;
  return !Array.from(figure.querySelectorAll('a')).some((a) => textOf(a) && !CAPTION_ACTION_WORDS.test(textOf(a)));
}
/** A caption's own links ("Enlarge", "Buy this photo"), which a gallery's figure may carry. */
const CAPTION_ACTION_WORDS = /^(?:enlarge|expand|zoom|full ?screen|view|open|buy|purchase)\b/i;

/**
 * A gallery's wrapper: the element whose children are its pictures (each a figure, or a list item
 * or box holding only the figure), at least two of them, beside nothing but the gallery's own
 * controls ("Previous", "1 / 3", "View gallery"): a few words at most.
 */
function galleryItems(wrapper: Element): Element[] | null {
  const items: Element[] = [];
  let otherWords = 0;
  for (let c = wrapper.firstElementChild; c; c = c.nextElementSibling) {
    const name = c.localName.toLowerCase();
    const figure = name === 'figure' ? c : c.children.length === 1 && c.firstElementChild!.localName.toLowerCase() === 'figure' && textOf(c) === textOf(c.firstElementChild!) ? c.firstElementChild! : null;
    if (figure && galleryPicture(figure)) items.push(figure);
    else if (figure) return null;
    else otherWords += wordCount(textOf(c));
  }
  return items.length >= 2 && otherWords <= 12 ? items : null;
}

/**
 * Readability drops a gallery's wrapper (a box of several captioned figures) as "fishy": more
 * pictures than paragraphs. Its pictures and their captions went with it, where a single figure's
 * stay. The figures move out in front of the wrapper, as single figures among the story's
 * paragraphs; the wrapper keeps the gallery's controls, and is judged as before. Returns how many
 * figures moved.
 */
export function unwrapGalleries(doc: Document, scan: PageScan = scanPage(doc)): number {
  if (!doc.body) return 0;
  const wrappers = new Set<Element>();
  for (const figure of scan.figures) {
    const parent = figure.parentElement;
    if (!parent || parent === doc.body) continue;
    const wrapper = /^(?:li|div)$/i.test(parent.localName) && parent.parentElement && parent.parentElement !== doc.body && parent.children.length === 1 ? parent.parentElement : parent;
    if (/^(?:div|section|ul|ol)$/i.test(wrapper.localName) && !wrapper.closest('figure')) wrappers.add(wrapper);
    if (wrapper !== parent && /^(?:div|section)$/i.test(parent.localName) && !parent.closest('figure')) wrappers.add(parent);
  }
  let n = 0;
  for (const wrapper of wrappers) {
    const items = wrapper.parentNode ? galleryItems(wrapper) : null;
    if (!items) continue;
    for (const figure of items) {
      wrapper.parentNode!.insertBefore(figure, wrapper);
      n++;
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
