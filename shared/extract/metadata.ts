/**
 * Article metadata from what pages declare about themselves, most specific source first:
 * JSON-LD (schema.org NewsArticle and friends), OpenGraph / article:* meta, Twitter cards,
 * Dublin Core and plain <meta>, then the visible page (<time>, rel=author, <h1>, <title>, and
 * as a last resort a printed "Published …" date or "By …" line, see visible-meta.ts).
 * Must run before the extractor mutates the document.
 */
import { siteHost } from './site-host';
import { visibleByline, visibleDate } from './visible-meta';
import { escapeRegExp } from '../text/regexp';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
  canonicalUrl: string | null;
  lang: string | null;
  leadImage: string | null;
  description: string | null;
  /** The article's text as the page's JSON-LD gives it (`articleBody`), for pages that render the body with script. */
  articleBody: string | null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const ARTICLE_TYPES = /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|TechArticle|ScholarlyArticle|Report|WebPage|Review|ClaimReview|Recipe)$/;

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** Every object in the page's JSON-LD blocks, @graph and arrays flattened. Broken blocks are skipped. */
function jsonLdObjects(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (v: Json, depth: number): void => {
    if (depth > 4) return;
    if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (isObject(v)) {
      out.push(v);
      if (v['@graph'] !== undefined) visit(v['@graph'], depth + 1);
      if (isObject(v['mainEntity'])) visit(v['mainEntity'], depth + 1);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const raw = (script.textContent ?? '').trim().replace(/^<!--|-->$/g, '');
    if (!raw) continue;
    try {
      visit(JSON.parse(raw) as Json, 0);
    } catch {
      // Many pages ship JSON-LD with stray control characters or trailing commas; a bad block tells us nothing.
    }
  }
  return out;
}

/** The most article-like JSON-LD object: a NewsArticle beats an Article beats a WebPage. */
function pickArticle(objects: JsonObject[]): JsonObject | null {
  let best: JsonObject | null = null;
  let bestRank = Infinity;
  for (const o of objects) {
    for (const t of typesOf(o)) {
      if (!ARTICLE_TYPES.test(t)) continue;
      const rank = /NewsArticle$/.test(t) ? 0 : t === 'WebPage' ? 2 : 1;
      if (rank < bestRank) {
        best = o;
        bestRank = rank;
      }
    }
  }
  return best;
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return clean(v);
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (isObject(v)) return str(v['name'] ?? v['url'] ?? v['@id'] ?? v['text']);
  return null;
}

function names(v: Json | undefined): string[] {
  if (Array.isArray(v)) return v.flatMap((x) => names(x));
  if (typeof v === 'string') return v.split(/\s*(?:,|;| and )\s*/).map((s) => clean(s) ?? '').filter(Boolean);
  if (isObject(v)) {
    const n = str(v['name']);
    return n ? [n] : [];
  }
  return [];
}

function imageUrl(v: Json | undefined): string | null {
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v)) return imageUrl(v[0]);
  if (isObject(v)) return str(v['url'] ?? v['contentUrl'] ?? v['@id']);
  return null;
}

function clean(s: string | null | undefined): string | null {
  if (s == null) return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t || null;
}

/**
 * The page's <meta> values by lower-cased property, name and itemprop, first non-empty value of each.
 * A tag may carry all three, and itemprop several names: `<meta property="article:published"
 * itemprop="datePublished dateCreated" content="…">` answers to each of them.
 */
const metaCache = new WeakMap<Document, Map<string, string>>();

function metaMap(doc: Document): Map<string, string> {
  let map = metaCache.get(doc);
  if (!map) {
    map = new Map();
    for (const el of Array.from(doc.querySelectorAll('meta'))) {
      const value = clean(el.getAttribute('content'));
      if (!value) continue;
      const names = [el.getAttribute('property'), el.getAttribute('name'), ...(el.getAttribute('itemprop') ?? '').split(/\s+/)];
      for (const name of names) if (name && !map.has(name.toLowerCase())) map.set(name.toLowerCase(), value);
    }
    metaCache.set(doc, map);
  }
  return map;
}

function meta(doc: Document, ...keys: string[]): string | null {
  const map = metaMap(doc);
  for (const key of keys) {
    const v = map.get(key.toLowerCase());
    if (v) return v;
  }
  return null;
}

function resolveUrl(href: string | null, base: string | undefined): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** ISO 8601 when the value parses as a date; date-only values stay date-only. */
export function normaliseDate(raw: string | null): string | null {
  if (!raw) return null;
  const s = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  if (/^\d{8}$/.test(s)) return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const year = new Date(t).getUTCFullYear();
  if (year < 1990 || year > 2200) return null;
  return new Date(t).toISOString();
}

/**
 * The date in a page address's path, "/2026/07/11/ferry-captain-interview/" (WordPress permalinks and
 * many news systems write one): the last thing to go by, when the page declares and prints no date.
 */
export function dateInPath(address: string | null | undefined): string | null {
  if (!address) return null;
  let path: string;
  try {
    path = new URL(address).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])(?:\/|$)/.exec(path);
  return m ? normaliseDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

/**
 * A declared headline cut short ("Budget day live: Chancellor sets out tax changes" in the JSON-LD,
 * which search engines once asked to keep under 110 characters) gives way to the whole one, when
 * the page's <h1> and its og:title agree on it and it starts with the declared words: "… – as it happened".
 */
function longerPrintedTitle(declared: string, h1: string | null, ogTitle: string | null, siteName: string | null): string {
  if (!h1 || !ogTitle) return declared;
  const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const printed = norm(h1);
  const head = norm(declared.replace(/(?:…|\.{3})$/, ''));
  if (printed !== norm(withoutSiteSuffix(ogTitle, siteName)) || printed.length <= head.length || !printed.startsWith(`${head} `)) return declared;
  return h1;
}

/** What sets a <title>'s headline and site apart: a spaced bar, dash, dot, colon, "»" or " :: " (as older sites print it). */
const TITLE_SEPARATOR = String.raw`\s+(?:[|–—·:»«-]|::)\s+`;
const TITLE_PARTS = new RegExp(TITLE_SEPARATOR);

/** Strips the " | Site" / " - Site" suffix that <title> usually carries. */
function titleFromTitleTag(raw: string | null, siteName: string | null): string | null {
  if (!raw) return null;
  const parts = raw.split(TITLE_PARTS);
  if (parts.length === 1) return raw;
  if (siteName) {
    const kept = parts.filter((p) => p.toLowerCase() !== siteName.toLowerCase());
    if (kept.length && kept.length < parts.length) return kept.join(' - ');
  }
  // The longest part is the headline; site names are short.
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

/** "Headline - Sportsnet.ca" → "Headline": og:title often carries the site name too. */
function withoutSiteSuffix(title: string, siteName: string | null): string {
  if (!siteName) return title;
  const site = escapeRegExp(siteName);
  const stripped = title.replace(new RegExp(`${TITLE_SEPARATOR}${site}\\s*$`, 'i'), '').replace(new RegExp(`^${site}${TITLE_SEPARATOR}`, 'i'), '');
  return stripped.trim() || title;
}

/** A title tag's parts around the separators a site's name stands behind (not a colon, which headlines use; "«" as blogs print it: "Post title « Blog name"). */
function titleTagParts(raw: string): string[] {
  return raw.split(/\s+(?:[|–—·»«]|::)\s+|\s+-\s+/).map((p) => p.trim()).filter(Boolean);
}

/**
 * "Short headline | Site Name" → "Site Name": the last part of a <title> split by a spaced bar or
 * dash is the site when it is short and the headline is longer (the usual SEO title shape). The
 * headline is the longest part before it ("Opinion | Headline - The New York Times": a section may come first).
 */
export function siteFromTitleTag(raw: string | null): string | null {
  if (!raw) return null;
  // (" :: " too, as older sites print it: "Mill closure … :: The Kelby Examiner".)
  const parts = titleTagParts(raw);
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1]!;
  const words = last.split(/\s+/).length;
  const headline = Math.max(...parts.slice(0, -1).map((p) => p.length));
  if (words > 5 || last.length >= headline || /^\d|\d{4}$/.test(last)) return null;
  return last;
}

/**
 * "Harbour Gazette - Lifeboat crew honoured" (older sites put their name first): the title tag's
 * first part, when short and also printed as the site's own (its logo's text, or its copyright
 * line), which a kicker ("Opinion - …") is not.
 */
function siteFromTitlePrefix(doc: Document, raw: string | null): string | null {
  if (!raw) return null;
  const parts = titleTagParts(raw);
  const first = parts[0];
  if (parts.length < 2 || !first || first.split(/\s+/).length > 5 || first.length >= parts.slice(1).join(' ').length) return null;
  const key = first.toLowerCase();
  const logo = logoTexts(doc).some((alt) => alt.toLowerCase() === key);
  const escaped = escapeRegExp(first);
  const copyright = new RegExp(`(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:\\d{4}\\s*)?${escaped}\\b`, 'i').test(doc.body?.textContent ?? '');
  return logo || copyright ? first : null;
}

/** "Okonkwo-Lindqvist, Adaeze" and "Harrow, B. J." as written in a byline: "Adaeze Okonkwo-Lindqvist", "B. J. Harrow". */
function nameFirstGiven(raw: string): string | null {
  const t = clean(raw);
  if (!t) return null;
  const m = /^([^,]+),\s*([^,]+)$/.exec(t);
  return m && !/\d/.test(t) ? `${m[2]} ${m[1]}` : t;
}

/**
 * The authors a scholarly page declares one tag each (citation_author, the Highwire Press tags that
 * journals, think tanks, universities and preprint servers write for Google Scholar), in their order;
 * older pages list them in one citation_authors, split by ";". Family name first is turned round.
 */
function citationAuthors(doc: Document): string[] {
  const out: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('meta[name]'))) {
    const key = (el.getAttribute('name') ?? '').toLowerCase();
    if (key !== 'citation_author' && key !== 'citation_authors') continue;
    const value = el.getAttribute('content') ?? '';
    for (const part of key === 'citation_authors' ? value.split(';') : [value]) {
      const name = nameFirstGiven(part);
      if (name && !out.includes(name)) out.push(name);
    }
  }
  return out;
}

/**
 * What an author box's links say instead of a name: "View Archive →", "More from this author", "See all
 * posts by Jane Roe", "Author profile", "Follow". A name holds no such words and ends in no arrow.
 */
const AUTHOR_LINK_LABEL = new RegExp(
  [
    String.raw`^(?:view|see|read|browse|visit|explore|show)\b.*\b(?:archives?|posts?|articles?|stories|columns?|profile|page|bio(?:graphy)?|work|author|writer)\b`,
    String.raw`^(?:more|all|other|latest) (?:from|by|about|posts|articles|stories|columns)\b`,
    String.raw`^(?:author|writer|contributor)(?:['’]s)? (?:archive|page|profile|bio(?:graphy)?|posts)\b`,
    String.raw`^(?:follow|contact|e-?mail)\b`,
    String.raw`[→»›]$`,
  ].join('|'),
  'iu',
);

function isAuthorLinkLabel(raw: string): boolean {
  return AUTHOR_LINK_LABEL.test(raw.replace(/\s+/g, ' ').trim());
}

/**
 * "By <a rel="author">Ingrid Solheim</a> and <a rel="author">Tomas Rehak</a>": every author link in
 * the byline that holds the first, joined ("Ingrid Solheim, Tomas Rehak"), when it holds more than one.
 * The byline is the largest box around the link that stays a byline's size (a headline beside it, or
 * a list of other stories with their own authors' links, is past it). Else null.
 */
function authorLinksBeside(first: Element): string | null {
  if (first.getAttribute('rel')?.toLowerCase() !== 'author') return null;
  let box: Element | null = first.parentElement;
  for (let up = box?.parentElement ?? null; up && (clean(up.textContent)?.length ?? 0) <= 200; up = up.parentElement) box = up;
  if (!box || (clean(box.textContent)?.length ?? 0) > 200) return null;
  const found: string[] = [];
  for (const a of Array.from(box.querySelectorAll('[rel="author"]'))) {
    const name = clean(a.textContent);
    if (name && !isAuthorLinkLabel(name) && !found.includes(name)) found.push(name);
  }
  return found.length > 1 ? found.join(', ') : null;
}

export function readMetadata(doc: Document, url?: string): PageMetadata {
  const ld = pickArticle(jsonLdObjects(doc));
  const ogSite = meta(doc, 'og:site_name', 'application-name');
  const titleTag = clean(doc.querySelector('title')?.textContent);
  // Read only when needed, once (the prefix reader searches the whole page's text for its name).
  let titleSiteRead: string | null | undefined;
  const titleSite = () => (titleSiteRead === undefined ? (titleSiteRead = siteFromTitleTag(titleTag) ?? siteFromTitlePrefix(doc, titleTag)) : titleSiteRead);
  const handle = meta(doc, 'twitter:site');
  const siteName =
    // ("https://www.newsnation.in": a site name written as its address is its host.)
    (ogSite && /^https?:\/\//i.test(ogSite) ? siteHost(ogSite) : ogSite?.replace(/^@/, '')) ??
    // A social handle ("@northpointwire") gives way to the name the title tag or the logo writes out ("Northpoint Wire").
    (handle ? titleSite() ?? siteFromHandle(doc, handle) : null) ??
    (ld ? str(ld['publisher']) : null) ??
    titleSite() ??
    printedSiteName(doc) ??
    siteHost(url);

  const h1 = clean(doc.querySelector('article h1, main h1, h1')?.textContent);
  const rawTitle =
    (ld ? str(ld['headline']) ?? str(ld['name']) : null) ??
    meta(doc, 'og:title', 'twitter:title', 'dc.title', 'title') ??
    h1 ??
    titleFromTitleTag(titleTag, siteName);
  const title = rawTitle ? longerPrintedTitle(withoutSiteSuffix(rawTitle, siteName), h1, meta(doc, 'og:title', 'twitter:title'), siteName) : null;

  // An author that is the site itself ("author": {"@type": "Organization", "name": "CheckPoint"} on
  // CheckPoint's page) names no writer: the tags and the printed byline after it may. When none
  // does, the site stays the byline (below), rather than a name some other reader might guess.
  const sameName = (a: string, b: string) => lettersOf(a) === lettersOf(b);
  const ldDeclared = ld ? names(ld['author'] ?? ld['creator']) : [];
  const ldAuthors = ldDeclared.filter((name) => !siteName || !sameName(name, siteName));
  const siteAsAuthor = ldAuthors.length === 0 && ldDeclared.length > 0 ? Array.from(new Set(ldDeclared)).join(', ') : null;
  // The most precise first: an author's name inside the author element, a link to the author, then
  // the author element itself (which may hold a headshot, a handle and the date as well).
  // (An author box's link to the writer's other stories carries rel=author too, "View Archive →": such a label is skipped.)
  const authorEl = ['[itemprop="author"] [itemprop="name"]', 'a[rel="author"]', '[rel="author"]', '[itemprop="author"]']
    .map((sel) => Array.from(doc.querySelectorAll(sel)).find((el) => !isAuthorLinkLabel(el.textContent ?? '')))
    .find((el) => el?.textContent?.trim());
  const relAuthor = authorEl ? authorLinksBeside(authorEl) ?? clean(authorEl.textContent) : null;
  const declared =
    (ldAuthors.length ? Array.from(new Set(ldAuthors)).join(', ') : null) ??
    (citationAuthors(doc).join(', ') || null) ??
    meta(doc, 'author', 'article:author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author') ??
    (relAuthor && relAuthor.length < 100 ? relAuthor : null);
  const printed = !declared || !declared.includes(',') ? visibleByline(doc) : null;
  // "By Fiona Grey and Sam Oduya" printed, one author declared: the printed line names them all.
  const byline = declared && printed && printed.includes(',') && printed.split(', ').includes(declared.trim()) ? printed : (declared ?? printed ?? siteAsAuthor);

  const canonicalUrl =
    resolveUrl(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null, url) ??
    resolveUrl(meta(doc, 'og:url'), url) ??
    (ld ? resolveUrl(str(ld['url']), url) : null);

  const timeEl = doc.querySelector('article time[datetime], main time[datetime], time[pubdate], time[datetime]');
  const publishedAt = normaliseDate(
    (ld ? str(ld['datePublished']) ?? str(ld['dateCreated']) : null) ??
      meta(doc, 'article:published_time', 'og:article:published_time', 'article:published', 'datePublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date') ??
      timeEl?.getAttribute('datetime') ??
      null,
  ) ?? visibleDate(doc, title) ?? dateInPath(canonicalUrl) ?? dateInPath(url);

  const htmlLang = clean(doc.documentElement?.getAttribute('lang'));
  const lang =
    htmlLang ??
    meta(doc, 'og:locale', 'content-language', 'dc.language', 'language')?.replace('_', '-') ??
    (ld ? str(ld['inLanguage']) : null);

  const leadImage = resolveUrl(
    meta(doc, 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src') ?? (ld ? imageUrl(ld['image']) : null),
    url,
  );

  const description = meta(doc, 'og:description', 'description', 'twitter:description') ?? (ld ? str(ld['description']) : null);

  const body = ld && typeof ld['articleBody'] === 'string' ? ld['articleBody'].trim() : '';
  const articleBody = body || null;

  return { title, byline, siteName, publishedAt, canonicalUrl, lang, leadImage, description, articleBody };
}

/**
 * The site's social handle (twitter:site "@northpointwire") as its name: a logo's text that spells the
 * handle out with spaces ("Northpoint Wire"), which readers know the site by, else the handle itself.
 */
function siteFromHandle(doc: Document, raw: string): string | null {
  const handle = raw.replace(/^@/, '').trim();
  if (!handle) return null;
  return logoTexts(doc).find((alt) => /\s/.test(alt) && lettersOf(alt) === lettersOf(handle)) ?? handle;
}

/** A name's letters and digits alone, in lower case: "Northpoint Wire", "@northpointwire" and "NORTHPOINT-WIRE" read alike. */
function lettersOf(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** What the page's pictures say they are (their alt texts), where a site's logo names the site. */
function logoTexts(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('img[alt]')).flatMap((img) => clean(img.getAttribute('alt')) ?? []);
}

/** The site's name as a template prints it in its masthead ("site-title", WordPress's class), when short enough to be one. */
function printedSiteName(doc: Document): string | null {
  const name = clean(doc.querySelector('.site-title, .site-name, #site-title, #site-name, [itemprop="publisher"] [itemprop="name"]')?.textContent);
  return name && name.length <= 60 && !/[.!?]$/.test(name) ? name : null;
}
