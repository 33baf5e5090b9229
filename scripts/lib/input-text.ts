import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../shared/extract/extract';
import { normaliseInput } from '../../shared/suggest';

/** True for .html/.htm files and for text that starts with a tag. */
export function isHtml(path: string, raw: string): boolean {
  return /\.x?html?$/i.test(path) || /^\s*</.test(raw.replace(/^\uFEFF/, ''));
}

/**
 * The text suggestions run on, as the app normalises it: a plain-text clip with its BOM removed
 * and line ends made LF; an HTML page's article as the clipper extracts it (linkedom document,
 * shared/extract, articleText).
 */
export function suggestionText(path: string): string {
  const raw = readFileSync(path, 'utf8');
  if (!isHtml(path, raw)) return normaliseInput(raw);
  const { document } = parseHTML(raw);
  const article = extractArticle(document as unknown as Document);
  if (!article) throw new Error('no readable article text in the page');
  return article.text;
}
