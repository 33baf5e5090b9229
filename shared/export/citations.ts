/**
 * Citations for articles, in the two formats Zotero and other reference managers import:
 * CSL-JSON (type "article-newspaper") and BibLaTeX (@article with entrysubtype newspaper, or @online), as reference managers read them.
 */
import type { Article } from '../model';

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'webpage' | 'article';
  title: string;
  'container-title'?: string;
  author?: CslName[];
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  URL?: string;
  language?: string;
  abstract?: string;
  keyword?: string;
}

/** "Nora Fell and Ari Lund" / "By Nora Fell, Ari Lund" -> CSL names (organisations stay literal). */
export function parseByline(byline: string | null): CslName[] {
  if (!byline) return [];
  const cleaned = byline.replace(/^\s*by\s+/i, '').replace(/\s+/g, ' ').trim();
  if (!cleaned) return [];
  return cleaned
    .split(/\s*(?:,|;|\band\b|&)\s*/i)
    .filter(Boolean)
    .map((name) => {
      const words = name.split(' ');
      // One word, or an all-caps wire credit ("REUTERS"), is not a person's name.
      if (words.length < 2 || /^[A-Z\s]+$/.test(name) || words.length > 4) return { literal: name };
      return { family: words[words.length - 1]!, given: words.slice(0, -1).join(' ') };
    });
}

function dateParts(iso: string | null): number[][] | undefined {
  const m = iso ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso) : null;
  if (!m) return undefined;
  return [[Number(m[1]), ...(m[2] ? [Number(m[2])] : []), ...(m[3] ? [Number(m[3])] : [])]];
}

export function toCsl(article: Article): CslItem {
  const item: CslItem = { id: article.id, type: article.siteName ? 'article-newspaper' : article.url ? 'webpage' : 'article', title: article.title || 'Untitled article' };
  if (article.siteName) item['container-title'] = article.siteName;
  const authors = parseByline(article.byline);
  if (authors.length) item.author = authors;
  const issued = dateParts(article.publishedAt);
  if (issued) item.issued = { 'date-parts': issued };
  const accessed = dateParts(article.clippedAt);
  if (accessed) item.accessed = { 'date-parts': accessed };
  if (article.url) item.URL = article.url;
  if (article.lang) item.language = article.lang;
  if (article.excerpt) item.abstract = article.excerpt;
  if (article.tags.length) item.keyword = article.tags.join(', ');
  return item;
}

/** CSL-JSON: an array of items, pretty-printed. */
export function toCslJson(articles: readonly Article[]): string {
  return `${JSON.stringify(articles.map(toCsl), null, 2)}\n`;
}

/** TeX characters written as commands; the other specials take a backslash. */
const TEX_SPECIAL: Record<string, string> = { '\\': '{\\textbackslash}', '~': '{\\textasciitilde}', '^': '{\\textasciicircum}' };

/** Escapes BibTeX's special characters and breaks TeX ligatures; non-ASCII stays as UTF-8 (biber and Zotero read it). */
export function bibEscape(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      .trim()
      // One pass, so the braces a replacement brings are never escaped again.
      .replace(/[\\{}&%$#_~^]/g, (c) => TEX_SPECIAL[c] ?? `\\${c}`)
      // TeX ligatures: "--" is a dash, two quotes a curly quote, "!`" and "?`" inverted marks.
      .replace(/([-'`])(?=\1)/g, '$1{}')
      .replace(/([!?])(?=`)/g, '$1{}')
  );
}

/** A citation key: first author's family name (or first title word) + year, ASCII letters and digits. */
export function citationKey(article: Article): string {
  const first = parseByline(article.byline)[0];
  const base = (first?.family ?? first?.literal ?? article.title.split(/\s+/).find((w) => w.length > 3) ?? 'article')
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
  const year = dateParts(article.publishedAt)?.[0]?.[0] ?? 'nd';
  return `${base || 'article'}${year}`;
}

function bibName(n: CslName): string {
  if (n.literal) return `{${bibEscape(n.literal)}}`;
  return `${bibEscape(n.family ?? '')}, ${bibEscape(n.given ?? '')}`;
}

/**
 * BibLaTeX entries with unique keys (a, b, c... added on a clash, in the given order). An article
 * from a named publication is `@article` with `entrysubtype = {newspaper}`, the way reference
 * managers write newspaper articles, so the publication survives an import as the container
 * title (an `@online` entry's journaltitle is dropped by importers); one without is `@online`.
 */
export function toBibtex(articles: readonly Article[]): string {
  const used = new Map<string, number>();
  const entries = articles.map((article) => {
    const base = citationKey(article);
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    const key = n === 0 ? base : `${base}${String.fromCharCode(97 + ((n - 1) % 26))}${n > 26 ? Math.floor((n - 1) / 26) : ''}`;
    const fields: [string, string][] = [['title', `{${bibEscape(article.title || 'Untitled article')}}`]];
    const authors = parseByline(article.byline);
    if (authors.length) fields.push(['author', authors.map(bibName).join(' and ')]);
    if (article.siteName) fields.push(['journaltitle', bibEscape(article.siteName)]);
    const issued = dateParts(article.publishedAt)?.[0];
    if (issued) fields.push(['date', issued.map((p, i) => (i ? String(p).padStart(2, '0') : String(p))).join('-')]);
    if (article.url) fields.push(['url', article.url.replace(/[{}\s%]/g, (c) => encodeURIComponent(c))]);
    const accessed = dateParts(article.clippedAt)?.[0];
    if (accessed && article.url) fields.push(['urldate', accessed.map((p, i) => (i ? String(p).padStart(2, '0') : String(p))).join('-')]);
    if (article.lang) fields.push(['langid', bibEscape(article.lang)]);
    if (article.tags.length) fields.push(['keywords', bibEscape(article.tags.join(', '))]);
    const type = article.siteName ? 'article' : 'online';
    if (article.siteName) fields.unshift(['entrysubtype', 'newspaper']);
    return `@${type}{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
  });
  return entries.length ? `${entries.join('\n\n')}\n` : '';
}
