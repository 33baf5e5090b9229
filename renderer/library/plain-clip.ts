import type { Article, ArticleBody } from '../../shared/model';
import { newId, nowIso } from '../../shared/model/ids';

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A plain-text clip: headline on line 1, then the body, one paragraph per non-empty line. */
export function articleFromPlainText(raw: string): { article: Article; body: ArticleBody } | { error: string } {
  const lines = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  const nonEmpty = lines.filter(Boolean);
  const [title, ...paragraphs] = nonEmpty;
  if (!title) return { error: 'The pasted text is empty. Paste an article: its headline on the first line, then the body.' };
  const text = paragraphs.join('\n\n');
  const words = text.split(/\s+/).filter(Boolean).length;
  const id = newId();
  const article: Article = {
    id,
    url: null,
    canonicalUrl: null,
    title,
    byline: null,
    siteName: null,
    publishedAt: null,
    clippedAt: nowIso(),
    lang: null,
    excerpt: paragraphs[0]?.slice(0, 280) ?? null,
    leadImageId: null,
    wordCount: words,
    readingMinutes: Math.max(1, Math.round(words / 230)),
    tags: [],
    actorIds: [],
    quoteCount: 0,
    source: 'text',
    dateline: null,
    credit: null,
    previousVersionId: null,
  };
  const html = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return { article, body: { articleId: id, html, text, captions: [] } };
}
