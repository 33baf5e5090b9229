import type { Article } from '../../shared/model';

function formatDay(iso: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

/** The citation line of a quote: who wrote the article, its title, site, date and link. */
export function citationOf(article: Pick<Article, 'title' | 'byline' | 'siteName' | 'publishedAt' | 'clippedAt' | 'url' | 'canonicalUrl'>): string {
  const title = article.canonicalUrl ?? article.url ? `[${article.title}](${article.canonicalUrl ?? article.url})` : `*${article.title}*`;
  const published = formatDay(article.publishedAt);
  const parts = [article.byline, title, article.siteName, published ?? `clipped ${formatDay(article.clippedAt) ?? article.clippedAt}`].filter(Boolean);
  return parts.join(', ');
}

/**
 * A quote as a Markdown blockquote followed by its citation. Paragraph breaks inside the quote stay
 * paragraph breaks ("> " lines joined by ">" lines); line breaks inside a paragraph stay hard breaks.
 */
export function quoteAsMarkdown(text: string, article: Parameters<typeof citationOf>[0]): string {
  const paragraphs = text.trim().split(/\n{2,}/);
  const body = paragraphs.map((p) => p.split('\n').map((line) => `> ${line}`).join('  \n')).join('\n>\n');
  return `${body}\n>\n> — ${citationOf(article)}\n`;
}
