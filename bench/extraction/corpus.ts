/**
 * The extraction corpus (../shared/corpus/extraction, see its README) and the three extractors
 * the benchmark compares, each run the same way: parse the page with the same Node DOM, extract,
 * turn the article HTML into text with shared/text/dom-text, score tokens against the truth.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import Defuddle from 'defuddle';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../shared/extract/extract';
import { scoreTokens, type TokenScore } from '../../shared/extract/score';
import { articleText } from '../../shared/text/dom-text';

export const CORPUS_DIR = resolve(__dirname, '../../../shared/corpus/extraction');

export interface CorpusPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

/** The corpus pages, or null (with the reason) when the corpus is not on this machine. */
export function loadCorpus(dir = CORPUS_DIR): { pages: CorpusPage[] } | { missing: string } {
  const truthFile = join(dir, 'ground-truth.json');
  const htmlDir = join(dir, 'html');
  if (!existsSync(truthFile) || !existsSync(htmlDir)) return { missing: `no extraction corpus at ${dir} (needs ground-truth.json and html/)` };
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const pages: CorpusPage[] = [];
  for (const file of readdirSync(htmlDir).sort()) {
    if (!file.endsWith('.html.gz')) continue;
    const id = file.slice(0, -'.html.gz'.length);
    const t = truth[id];
    if (!t) continue;
    pages.push({ id, url: t.url, html: gunzipSync(readFileSync(join(htmlDir, file))).toString('utf8'), truth: t.articleBody });
  }
  if (pages.length === 0) return { missing: `the extraction corpus at ${dir} has no pages with ground truth` };
  return { pages };
}

export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function textOfHtml(html: string): string {
  const doc = parsePage(`<!doctype html><html><body>${html}</body></html>`);
  return articleText(doc.body);
}

export type ExtractorName = 'dossier' | 'readability' | 'defuddle';

/** Each extractor from page HTML to article text. */
export const EXTRACTORS: Record<ExtractorName, (page: CorpusPage) => string> = {
  dossier: (page) => extractArticle(parsePage(page.html), { url: page.url })?.text ?? '',
  readability: (page) => {
    const doc = parsePage(page.html);
    const parsed = new Readability(doc).parse();
    return parsed?.content ? textOfHtml(parsed.content) : '';
  },
  defuddle: (page) => {
    const doc = parsePage(page.html);
    // useAsync false: never reach third-party APIs; the benchmark is offline.
    const parsed = new Defuddle(doc, { url: page.url, useAsync: false }).parse();
    return parsed.content ? textOfHtml(parsed.content) : '';
  },
};

export interface PageResult extends TokenScore {
  id: string;
  ms: number;
  error?: string;
}

export function runExtractor(name: ExtractorName, page: CorpusPage): PageResult {
  const started = performance.now();
  let text = '';
  let error: string | undefined;
  try {
    text = EXTRACTORS[name](page);
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  const ms = performance.now() - started;
  return { id: page.id, ms, ...scoreTokens(text, page.truth), ...(error ? { error } : {}) };
}
