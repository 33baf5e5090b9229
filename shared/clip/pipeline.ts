/**
 * From what the user brought (a page's HTML with its URL, pasted HTML, pasted or file text) to the
 * records the library stores: Article + ArticleBody, and the image URLs still to download.
 *
 * Pure: the caller hands in how to parse HTML (DOMParser in the app, linkedom/jsdom in tests) and
 * the window DOMPurify runs on. ArticleBody.text is always articleText() of the stored HTML, since
 * quote anchors index into it.
 */
import type { Article, ArticleBody, ClipSource } from '../model/article';
import { newId, nowIso } from '../model/ids';
import { extractArticle, readingMinutes } from '../extract/extract';
import { wordCount } from '../extract/furniture';
import { parsePlainTextClip } from '../extract/plaintext';
import { siteHost } from '../extract/site-host';
import { sanitizeArticleHtml, sanitizeForClipping, type WindowLike } from '../sanitize/sanitize';
import { articleText } from '../text/dom-text';
import { canonicalUrl } from './canonical';
import { binaryMessage, sniffBinaryText } from './sniff';

export interface ClipEnv {
  /** A fresh Document for `html`; the extractor mutates it. */
  parseHtml: (html: string) => Document;
  /** The window DOMPurify runs on (Chromium's, or jsdom's in tests). */
  window: WindowLike;
}

export type ClipErrorCode = 'empty' | 'bad-url' | 'binary' | 'no-article' | 'too-large' | 'no-body';

/** Why input could not become an article, in words that say what to try. Nothing is saved. */
export class ClipError extends Error {
  constructor(
    readonly code: ClipErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ClipError';
  }
}

/** A clip ready to save once its images are downloaded (finishDraft). */
export interface ClipDraft {
  article: Article;
  body: ArticleBody;
  /** Absolute http(s) URLs of the body's images, in document order, without repeats. */
  imageUrls: string[];
  /** The page's lead image, when it declared one. */
  leadImageUrl: string | null;
  /** The page says its article is for subscribers: what was clipped may stop where its wall starts. */
  cutShort: boolean;
}

/** What the user is told after clipping a page that says its article is for subscribers. */
export const CUT_SHORT_NOTICE =
  'The page says this article is for subscribers, so the clip may hold only the part shown without a login. To keep the whole text, open it in your browser while signed in, select the article, copy it and paste it into Dossier.';

export const CLIP_INPUT_LIMITS = {
  /** Characters of HTML (a 15 MB page decodes to at most this many). */
  html: 15 * 1024 * 1024,
  /** Characters of pasted or file text. */
  text: 5 * 1024 * 1024,
  /** Fewer words than this in what the extractor found means the page held no article. */
  minWords: 20,
} as const;

function mb(chars: number): string {
  return `${Math.round(chars / (1024 * 1024))} MB`;
}

function checkRaw(raw: string, what: string, limit: number, source: ClipSource): void {
  if (!raw.trim()) {
    throw new ClipError('empty', `${what} is empty. Paste or drop an article: a web address, the page’s HTML, or its text with the headline on the first line.`);
  }
  if (raw.length > limit) {
    throw new ClipError('too-large', `${what} is ${mb(raw.length)}, more than the ${mb(limit)} Dossier clips. Copy just the article and try again.`);
  }
  const binary = sniffBinaryText(raw);
  // A fetched page ('url', or the bookmarklet's 'protocol' link) gets advice about addresses, not files.
  if (binary) throw new ClipError('binary', binaryMessage(binary, what, source === 'url' || source === 'protocol' ? 'address' : 'file'));
}

function emptyArticle(id: string, source: ClipSource): Article {
  return {
    id,
    url: null,
    canonicalUrl: null,
    title: '',
    byline: null,
    siteName: null,
    publishedAt: null,
    clippedAt: nowIso(),
    lang: null,
    excerpt: null,
    leadImageId: null,
    wordCount: 0,
    readingMinutes: 1,
    tags: [],
    actorIds: [],
    quoteCount: 0,
    source,
    dateline: null,
    credit: null,
    previousVersionId: null,
  };
}

/** The stored text of sanitised body HTML: the same function the reader runs on the same HTML. */
export function bodyText(html: string, env: ClipEnv): string {
  const doc = env.parseHtml(`<!doctype html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`);
  return doc.body ? articleText(doc.body) : '';
}

function imageUrlsOf(html: string, env: ClipEnv): string[] {
  const doc = env.parseHtml(`<!doctype html><html><body>${html}</body></html>`);
  const urls: string[] = [];
  for (const img of Array.from(doc.querySelectorAll('img[src]'))) {
    const src = img.getAttribute('src') ?? '';
    if (/^https?:\/\//i.test(src) && !urls.includes(src)) urls.push(src);
  }
  return urls;
}

/** Base of relative URLs in HTML pasted without an address: not http(s), so the sanitiser drops them. */
const NO_ADDRESS_BASE = 'dossier-paste:/';

const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['img[src]', 'src'],
  ['img[data-src]', 'data-src'],
  ['img[data-original]', 'data-original'],
  ['img[data-lazy-src]', 'data-lazy-src'],
  ['source[src]', 'src'],
  ['video[poster]', 'poster'],
];

/**
 * Relative links and images must resolve against the page's own address (and its own <base>),
 * never against the window that parses it: Chromium's DOMParser documents take the app's URL as
 * their base and ignore a <base> added later. So every URL attribute is made absolute here,
 * before the extractor sees the page.
 */
function absolutiseUrls(doc: Document, url: string | null): void {
  let base = url ?? NO_ADDRESS_BASE;
  const own = doc.querySelector('base[href]')?.getAttribute('href');
  if (own && url) {
    try {
      base = new URL(own, url).href;
    } catch {
      base = url;
    }
  }
  const resolve = (value: string): string | null => {
    const v = value.trim();
    if (!v || v.startsWith('#')) return null;
    try {
      return new URL(v, base).href;
    } catch {
      return null;
    }
  };
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      const abs = resolve(el.getAttribute(attribute) ?? '');
      if (abs) el.setAttribute(attribute, abs);
    }
  }
  for (const el of Array.from(doc.querySelectorAll('img[srcset], source[srcset]'))) {
    const candidates = (el.getAttribute('srcset') ?? '').split(/,\s+/).map((c) => {
      const [u = '', ...descriptor] = c.trim().split(/\s+/);
      const abs = resolve(u);
      return abs ? [abs, ...descriptor].join(' ') : null;
    });
    el.setAttribute('srcset', candidates.filter(Boolean).join(', '));
  }
}

export interface HtmlClipInput {
  html: string;
  /** Where the page came from (after redirects), for links, images and the library's duplicate check. */
  url?: string | null;
  source: ClipSource;
  /** What to call the input in messages ("The page at example.org", "The pasted HTML"). */
  what?: string;
}

/** A page's HTML → a draft clip, or a ClipError saying why not. */
export function draftFromHtml(input: HtmlClipInput, env: ClipEnv): ClipDraft {
  const what = input.what ?? (input.url ? `The page at ${siteHost(input.url) ?? input.url}` : 'The HTML');
  checkRaw(input.html, what, CLIP_INPUT_LIMITS.html, input.source);
  let extracted;
  try {
    // A fragment (pasted HTML, a dragged selection) becomes a whole document, as a browser would make it.
    const whole = /<(?:html|body)[\s>]/i.test(input.html.slice(0, 10_000)) ? input.html : `<!doctype html><html><head><meta charset="utf-8"></head><body>${input.html}</body></html>`;
    const doc = env.parseHtml(whole);
    absolutiseUrls(doc, input.url ?? null);
    extracted = extractArticle(doc, { url: input.url ?? undefined });
  } catch {
    extracted = null;
  }
  const noArticle = `${what} has no article Dossier can find. If the page needs a login or shows the article only after it loads in a browser, select the article’s text there, copy it and paste it into Dossier.`;
  if (!extracted) throw new ClipError('no-article', noArticle);
  const html = sanitizeForClipping(extracted.html, env.window);
  const text = bodyText(html, env);
  if (wordCount(text) < CLIP_INPUT_LIMITS.minWords) throw new ClipError('no-article', noArticle);

  const id = newId();
  const url = extracted.canonicalUrl ?? input.url ?? null;
  const words = wordCount(text);
  const article: Article = {
    ...emptyArticle(id, input.source),
    url,
    canonicalUrl: url ? canonicalUrl(url) : null,
    title: (extracted.title || text.split('\n')[0]!).slice(0, 500).trim(),
    byline: extracted.byline,
    siteName: extracted.siteName ?? siteHost(input.url ?? url),
    publishedAt: extracted.publishedAt,
    lang: extracted.lang,
    excerpt: extracted.excerpt,
    wordCount: words,
    readingMinutes: readingMinutes(words),
  };
  return {
    article,
    body: { articleId: id, html, text, captions: extracted.captions },
    imageUrls: imageUrlsOf(html, env),
    leadImageUrl: extracted.leadImage,
    cutShort: extracted.paywalled,
  };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Markdown to the plain-text clip format: headings, emphasis and link syntax dropped, text kept. */
export function markdownToPlainText(md: string): string {
  return md
    .replace(/^---\n[\s\S]*?\n---\n/, '') // front matter
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(\S.*?\S|\S)\2(?=[\s).,;:!?]|$)/gm, '$1$3')
    .replace(/`([^`]+)`/g, '$1');
}

export interface TextClipInput {
  text: string;
  source: ClipSource;
  /** Set when the text came with an address (a dropped selection, a text/plain page). */
  url?: string | null;
  what?: string;
  markdown?: boolean;
}

/**
 * A paragraph of hard-wrapped text on one line: its line breaks are spaces, except after a hyphen
 * that breaks a word ("co-" / "operate" is "co-operate"; the hyphen stays, as it may be the word's own).
 */
function unwrapped(paragraph: string): string {
  return paragraph.replace(/-[ \t]*\r?\n[ \t]*(?=\p{Ll})/gu, '-').replace(/[ \t]*\r?\n[ \t]*/g, ' ');
}

/**
 * A plain-text clip (headline on line 1, then the body) → a draft: the page furniture removed,
 * the photo caption kept apart, the dateline and wire credit as metadata, the deck as the excerpt and the body's opening paragraph.
 */
export function draftFromText(input: TextClipInput, env: ClipEnv): ClipDraft {
  const what = input.what ?? 'The pasted text';
  checkRaw(input.text, what, CLIP_INPUT_LIMITS.text, input.source);
  const clip = parsePlainTextClip(input.markdown ? markdownToPlainText(input.text) : input.text);
  if (!clip.title.trim()) throw new ClipError('empty', `${what} is empty. Paste an article: its headline on the first line, then the body.`);
  if (clip.paragraphs.length === 0) {
    throw new ClipError('no-body', `${what} has a headline (“${clip.title.slice(0, 80)}”) but no article text after it. Put the headline on the first line and the article’s text on the lines below.`);
  }
  // The deck opens the body, so no text the user pasted is lost even when a first paragraph that
  // looks like one (a one-line question, a sentence cut short by the copy) is taken for a deck.
  const lead = clip.deck ? [clip.deck, ...clip.paragraphs] : clip.paragraphs;
  const html = sanitizeArticleHtml(lead.map((p) => `<p>${escapeHtml(unwrapped(p.text))}</p>`).join('\n'), env.window);
  const text = bodyText(html, env);
  const id = newId();
  const words = wordCount(text);
  // The deck under the headline is the excerpt, as a page's own description is for HTML clips.
  const first = clip.deck?.text ?? text.split('\n\n').find((p) => wordCount(p) >= 12) ?? text.split('\n\n')[0] ?? '';
  const url = input.url ?? null;
  const article: Article = {
    ...emptyArticle(id, input.source),
    url,
    canonicalUrl: url ? canonicalUrl(url) : null,
    siteName: siteHost(url),
    title: clip.title.slice(0, 500).trim(),
    excerpt: (clip.deck ? first : first.slice(0, 280)) || null,
    wordCount: words,
    readingMinutes: readingMinutes(words),
    dateline: clip.dateline,
    credit: clip.credit,
    byline: clip.byline,
    publishedAt: clip.published,
  };
  return {
    article,
    body: { articleId: id, html, text, captions: clip.captions.map((c) => c.text) },
    imageUrls: [],
    leadImageUrl: null,
    cutShort: false,
  };
}

/**
 * The draft as it is stored: downloaded images point at `dossier-image:<id>`, images that were not
 * downloaded are dropped (nothing remote ever loads), the HTML passes the display sanitiser, and
 * the text is recomputed from exactly that HTML.
 */
export function finishDraft(draft: ClipDraft, stored: ReadonlyMap<string, string>, env: ClipEnv): ClipDraft {
  const doc = env.parseHtml(`<!doctype html><html><body>${draft.body.html}</body></html>`);
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    const id = stored.get(img.getAttribute('src') ?? '');
    if (id) img.setAttribute('src', `dossier-image:${id}`);
    else img.remove();
  }
  const html = sanitizeArticleHtml(doc.body ? doc.body.innerHTML : '', env.window);
  const text = bodyText(html, env);
  const leadImageId = (draft.leadImageUrl && stored.get(draft.leadImageUrl)) || stored.get(draft.imageUrls[0] ?? '') || null;
  return {
    ...draft,
    article: { ...draft.article, leadImageId, wordCount: wordCount(text), readingMinutes: readingMinutes(wordCount(text)) },
    body: { ...draft.body, html, text },
  };
}
