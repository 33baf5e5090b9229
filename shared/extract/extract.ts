/**
 * Dossier's article extractor: metadata from what the page declares, the article body found by
 * @mozilla/readability (the better of the two extractors we measured, see bench/extract.ts),
 * then Dossier's own cleanup of the furniture Readability leaves in (cleanup.ts).
 *
 * Works on any DOM Document (Chromium's DOMParser in the app, linkedom or jsdom in Node).
 * The document is mutated: pass one parsed for this call.
 */
import { Readability } from '@mozilla/readability';
import { articleText } from '../text/dom-text';
import { NEWSROOM_JOB } from '../text/newsroom-jobs';
import { cleanArticle, removeAndPrune, sameText } from './cleanup';
import { endsLikeSentence, readsLikeClause, wordCount } from './furniture';
import { readMetadata } from './metadata';
import { looksPaywalled } from './paywall';
import { bylineOfLine, isCalendarWord, nameBesideDate, namesAfterTitle, namesApart, namesAsWritten, withoutStampAfterNames } from './visible-meta';
import { defuseClobbering, dropAmpStandIns, gatherLeadParts, keepEntryTimes, keepFactBoxes, keepTitledStory, keepWrapperNames, markCaptions, protectEmbeds, protectHeadings, scanPage, unwrapGalleries } from './prepare';

export interface ExtractedArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 (date-only when the page gave only a date). */
  publishedAt: string | null;
  /** The URL it was fetched from, if any. */
  url: string | null;
  canonicalUrl: string | null;
  lang: string | null;
  leadImage: string | null;
  excerpt: string | null;
  /** Cleaned body HTML, not yet sanitised; links and images made absolute. */
  html: string;
  /** Normalised text of the cleaned body (shared/text/dom-text rules). */
  text: string;
  captions: string[];
  wordCount: number;
  readingMinutes: number;
  /** The page says its article is for subscribers (paywall.ts): the text may stop where the wall starts. */
  paywalled: boolean;
}

export interface ExtractOptions {
  url?: string;
}

const WORDS_PER_MINUTE = 230;

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/**
 * A byline's names, without what follows them after a comma: a job ("Political Editor", "Local
 * Democracy Reporter"), a date or a time ("Monday March 02 2026", "9.30pm GMT"), or the site's own
 * name ("The Calloway Times") or an outlet named by its web address ("… for Vell.com"). A byline
 * block's whole text, or an author declared as "Name, Role", brings them along, and a date may run
 * on from the names with no comma at all ("Tess Carmody February 9 2026 - 5:45pm"). Other names,
 * and an agency that is not the site ("…, Continental Press"), stay.
 */
function withoutBylineExtras(byline: string, siteName: string | null): string {
  // ("Jane Roe | Senior Reporter | 2 hours ago", "Jane Roe · Vell Post": a bar or a dot between spaces parts them as a comma does.)
  const parts = byline.split(/\s*,\s*|\s+[|·•]\s+/);
  // (The parts after a comma that hold a date go below; the first part's date may follow its names with no comma.)
  parts[0] = withoutStampAfterNames(parts[0]!);
  // ("Amy Roe | Advance Media for Vell.com": a part naming a web address is the outlet, whatever the site is called.)
  const extra = (part: string) => NEWSROOM_JOB.test(part) || /\d/.test(part) || isCalendarWord(part) || /\b[\p{L}\d-]+\.(?:com|net|org|co|news|info|[a-z]{2})\b/iu.test(part) || (siteName !== null && sameText(part, siteName));
  return parts.filter((part, k) => k === 0 || !extra(part)).join(', ');
}

/**
 * A legal imprint, not a byline: "Authorised by Claire Dunmore, Parliament House, Canberra.",
 * "Promoted by …", "Printed and published by …" (government and campaign material must print who
 * authorised it). Readability takes one for the byline when its class holds "author" ("authorisation").
 */
const IMPRINT = /^\s*(?:authori[sz]ed|approved|promoted|printed and published|printed|published and promoted) by\b/i;

/** What a byline's names follow: "By", "Von", "Par", "Por" (perhaps with a colon), or a label with a colon ("Author:", "Autor:", "Auteur :"). */
const BYLINE_PREFIX = /^(?:(?:by|von|por|par)(?:\s*:\s*|\s+)|(?:authors?|autor(?:in|en)?|auteur(?:e|s)?|autore|writers?|reporters?)\s*:\s*)/i;

function cleanByline(raw: string | null | undefined, siteName: string | null): string | null {
  if (!raw || IMPRINT.test(raw)) return null;
  // "Posted on 12 January 2026 by Morven Laird": the names after "by", where words come before it.
  const after = /\s(?:by|By|BY)\s+\S/.exec(raw);
  const named = after ? bylineOfLine(raw.slice(after.index + 1).trim()) : null;
  // ("by: KYLE MORENO", as local TV sites print it: the prefix may end in a colon; "Author: Jane Roe": a label.)
  const t = (named ?? raw).replace(/\s+/g, ' ').replace(BYLINE_PREFIX, '').trim();
  if (!t || t.length > 200 || /^https?:/i.test(t)) return null;
  // ("Maud Keller writes about the coast. Her book is out in spring.": an author's bio, which Readability
  // takes for the byline when its class says "author", reads as a sentence; no byline does.)
  if (wordCount(t) > 6 && endsLikeSentence(t) && readsLikeClause(t)) return null;
  return namesAsWritten(namesApart(withoutBylineExtras(t, siteName)));
}

/**
 * Picture addresses the clip can keep (those the sanitiser lets through): a web address, downloaded
 * when the clip is saved, or an image inline in the page. Anything else (a page opened from a file
 * or pasted has no address to resolve "/photos/lead.jpg" against; "file:" paths) never loads.
 */
const LOADABLE_IMAGE = /^(?:https?:|data:image\/(?:png|gif|jpeg|webp);base64,)/i;

/**
 * Makes every link and picture absolute, promoting lazy-loading attributes to src. A picture with
 * no address the reader can load is dropped rather than stored as a broken image, with the figure
 * or link it leaves empty (its caption was listed with the captions before this runs).
 */
function absolutise(root: Element, base: string | undefined): void {
  const resolve = (v: string | null): string | null => {
    if (!v) return null;
    try {
      return new URL(v.trim(), base).href;
    } catch {
      return null;
    }
  };
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const lazy = img.getAttribute('data-src') ?? img.getAttribute('data-original') ?? img.getAttribute('data-lazy-src');
    const src = img.getAttribute('src');
    const chosen = lazy && (!src || src.startsWith('data:')) ? lazy : src;
    const abs = resolve(chosen);
    if (!abs || !LOADABLE_IMAGE.test(abs)) {
      removeAndPrune(img, root);
      continue;
    }
    img.setAttribute('src', abs);
    img.removeAttribute('srcset');
    img.removeAttribute('sizes');
  }
  for (const source of Array.from(root.querySelectorAll('source'))) source.remove();
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    if (href.startsWith('#')) {
      a.removeAttribute('href');
      continue;
    }
    const abs = resolve(href);
    if (abs) a.setAttribute('href', abs);
    else a.removeAttribute('href');
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** JSON-LD text sometimes carries markup and entities: paragraphs from breaks and </p>, the rest as text. */
function plainParagraphs(raw: string): string[] {
  const text = raw
    .replace(/<br\s*\/?>|<\/(p|div|h[1-6]|li|blockquote)>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    });
  const byBlank = text.split(/\n\s*\n/);
  const parts = byBlank.length > 1 ? byBlank : text.split(/\n/);
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/**
 * Client-rendered pages (an app shell with "Loading…") and some paywalled ones ship the article
 * only in their JSON-LD `articleBody`. When that holds at least twice the words the page's own
 * markup gave, the body is rebuilt from it, one paragraph per blank-line-separated block.
 */
function bodyFromJsonLd(doc: Document, articleBody: string | null, domText: string): Element | null {
  // Characters first: most pages' articleBody is no longer than their markup's text, and this is free.
  if (!articleBody || articleBody.length < 2 * domText.length) return null;
  const domWords = wordCount(domText);
  const paragraphs = plainParagraphs(articleBody);
  const words = wordCount(paragraphs.join(' '));
  if (words < 40 || words < 2 * domWords) return null;
  const container = doc.createElement('div');
  for (const text of paragraphs) {
    const p = doc.createElement('p');
    p.textContent = text;
    container.appendChild(p);
  }
  return container;
}

/** The article in `doc`, or null when the page holds no readable text at all. */
export function extractArticle(doc: Document, opts: ExtractOptions = {}): ExtractedArticle | null {
  defuseClobbering(doc);
  const meta = readMetadata(doc, opts.url);
  // "Lena Park · 14 October 2026": read before the page is cleaned, used only when nothing else names an author.
  // ("<a>Hannah Pryce</a> and <a>Idris Bello</a>" under the headline, with no "By": a live blog's contributors.)
  const printedNames = meta.byline ? null : (nameBesideDate(doc, meta.title) ?? namesAfterTitle(doc, meta.title));
  const paywalled = looksPaywalled(doc);

  dropAmpStandIns(doc);
  const scan = scanPage(doc);
  keepTitledStory(doc, meta.title, scan);
  markCaptions(doc, scan);
  unwrapGalleries(doc, scan);
  protectEmbeds(doc);
  keepEntryTimes(doc);
  protectHeadings(doc, scan);
  keepWrapperNames(doc);
  gatherLeadParts(doc, scan);
  keepFactBoxes(doc);

  let container: Element | null = null;
  let parsed: ReturnType<Readability<Element>['parse']> = null;
  try {
    parsed = new Readability<Element>(doc, { keepClasses: true, serializer: (node) => node as Element }).parse();
    container = parsed?.content ?? null;
  } catch {
    // Readability throws on a few malformed documents; the whole body is the fallback.
    container = null;
  }
  // Readability found nothing: whatever text is left in the body is all there is. (Cloning the
  // body beforehand for this rare case would cost every page a full copy.)
  if (!container || !(container.textContent ?? '').trim()) container = doc.body;
  if (!container) return null;

  const title = meta.title ?? parsed?.title?.trim() ?? '';
  let { captions, deck } = cleanArticle(container, { title, url: opts.url, description: meta.description });
  absolutise(container, opts.url);
  let text = articleText(container);
  const fromLd = bodyFromJsonLd(doc, meta.articleBody, text);
  if (fromLd) {
    container = fromLd;
    ({ captions, deck } = cleanArticle(container, { title, url: opts.url, description: meta.description }));
    text = articleText(container);
  }
  if (!text.trim()) return null;
  const words = wordCount(text);
  const firstParagraph = text.split('\n\n').find((p) => wordCount(p) >= 12) ?? null;
  // The page's description, else its deck (the standfirst, which the body leaves out), else the start of the text.
  const excerpt = meta.description ?? deck ?? (firstParagraph ? firstParagraph.slice(0, 280) : null);

  const siteName = meta.siteName ?? parsed?.siteName ?? null;
  return {
    title: title || text.split('\n')[0]!.slice(0, 200),
    byline: cleanByline(meta.byline, siteName) ?? cleanByline(parsed?.byline, siteName) ?? cleanByline(printedNames, siteName),
    siteName,
    publishedAt: meta.publishedAt,
    url: opts.url ?? null,
    canonicalUrl: meta.canonicalUrl,
    lang: meta.lang ?? parsed?.lang ?? null,
    leadImage: meta.leadImage,
    excerpt,
    html: container.innerHTML,
    text,
    captions,
    wordCount: words,
    readingMinutes: readingMinutes(words),
    paywalled,
  };
}
