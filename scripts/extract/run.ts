/**
 * The `npm run extract` command as a function (scripts/extract.ts is its entry point), so the
 * same code is what tests drive. Every input goes through the app's own code: URLs through
 * main's fetchPage (http and https only at every hop, 20 s time-out, 15 MB cap, charset from the
 * header or <meta>, PDFs/images/binary refused), files through main's readClipFileAt (.html,
 * .htm, .txt, .md, and any of them .gz), then the shared clip pipeline (extract, sanitise with
 * DOMPurify, text as the reader computes it); plain-text files go through the plain-text clip
 * parser. Parsing and sanitising run on one jsdom window, the Node stand-in for Chromium.
 */
import { JSDOM } from 'jsdom';
import { stringify } from 'yaml';
import { fetchPage } from '../../electron/main/clip/page';
import { readClipFileAt } from '../../electron/main/clip/files';
import { draftFromHtml, draftFromText, type ClipDraft, type ClipEnv } from '../../shared/clip/pipeline';
import { htmlToMarkdown } from '../../shared/markdown/html-to-markdown';
import type { WindowLike } from '../../shared/sanitize/sanitize';

export type OutputFormat = 'text' | 'json' | 'md';

/** What `--json` prints for each input, one object per line. */
export interface ExtractJson {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
  url: string | null;
  lang: string | null;
  /** The body as plain text, paragraphs separated by blank lines. */
  text: string;
  /** The body as sanitised HTML. */
  html: string;
  wordCount: number;
}

export interface ExtractIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const USAGE = `Usage: npm run extract -- <url-or-file>... [--json|--md] [--timeout=<seconds>]
  Prints the article Dossier extracts from each web address (http/https) or file
  (.html, .htm, .txt, .md, or any of them .gz).
  --json  one JSON object per input, one per line: { title, byline, siteName, publishedAt, url, lang, text, html, wordCount };
          an input that fails prints { "input": ..., "error": ... } and the run goes on
  --md    Markdown with YAML front matter`;

export function createNodeClipEnv(): ClipEnv & { document: Document } {
  const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>');
  const parser = new window.DOMParser();
  return {
    parseHtml: (html) => parser.parseFromString(html, 'text/html'),
    window: window as unknown as WindowLike,
    document: window.document,
  };
}

function isUrlish(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input);
}

/** One input to a draft, through the same code the app runs. */
export async function draftFor(input: string, env: ClipEnv, timeoutMs?: number): Promise<ClipDraft> {
  if (isUrlish(input)) {
    const page = await fetchPage(input, timeoutMs ? { timeoutMs } : {});
    const what = `The page at ${new URL(page.url).host}`;
    return page.kind === 'html'
      ? draftFromHtml({ html: page.text, url: page.url, source: 'url', what }, env)
      : draftFromText({ text: page.text, url: page.url, source: 'url', what }, env);
  }
  const file = await readClipFileAt(input);
  const what = `“${file.name}”`;
  if (file.kind === 'html') return draftFromHtml({ html: file.text, source: 'file', what }, env);
  return draftFromText({ text: file.text, source: 'file', what, markdown: file.kind === 'markdown' }, env);
}

export function toJson(draft: ClipDraft): ExtractJson {
  const a = draft.article;
  return {
    title: a.title,
    byline: a.byline,
    siteName: a.siteName,
    publishedAt: a.publishedAt,
    url: a.url,
    lang: a.lang,
    text: draft.body.text,
    html: draft.body.html,
    wordCount: a.wordCount,
  };
}

function toText(j: ExtractJson): string {
  const meta = [j.byline, j.siteName, j.publishedAt, j.url].filter(Boolean).join(' · ');
  return [j.title, meta, '', j.text].filter((line, i) => i !== 1 || line).join('\n');
}

function toMarkdown(j: ExtractJson, env: ClipEnv & { document: Document }): string {
  const front: Record<string, string | number> = { title: j.title };
  if (j.byline) front['author'] = j.byline;
  if (j.siteName) front['site'] = j.siteName;
  if (j.publishedAt) front['published'] = j.publishedAt;
  if (j.url) front['source'] = j.url;
  if (j.lang) front['lang'] = j.lang;
  front['words'] = j.wordCount;
  return `---\n${stringify(front).trimEnd()}\n---\n\n# ${j.title.replace(/\s+/g, ' ')}\n\n${htmlToMarkdown(j.html, { document: env.document })}\n`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs the command; resolves to the exit code (0 all good, 1 some input failed, 2 bad usage). */
export async function runExtract(argv: readonly string[], io: ExtractIo): Promise<number> {
  let format: OutputFormat = 'text';
  let timeoutMs: number | undefined;
  const inputs: string[] = [];
  for (const arg of argv) {
    if (arg === '--json') format = 'json';
    else if (arg === '--md') format = 'md';
    else if (arg === '--help' || arg === '-h') {
      io.out(USAGE);
      return 0;
    } else if (arg.startsWith('--timeout=')) {
      const seconds = Number(arg.slice('--timeout='.length));
      if (!(seconds > 0)) {
        io.err(`--timeout needs a number of seconds above 0, not “${arg.slice(10)}”.\n${USAGE}`);
        return 2;
      }
      timeoutMs = seconds * 1000;
    } else if (arg.startsWith('--')) {
      io.err(`Unknown option ${arg}.\n${USAGE}`);
      return 2;
    } else inputs.push(arg);
  }
  if (inputs.length === 0) {
    io.err(USAGE);
    return 2;
  }
  const env = createNodeClipEnv();
  let failed = 0;
  for (const [i, input] of inputs.entries()) {
    try {
      const j = toJson(await draftFor(input, env, timeoutMs));
      if (format === 'json') io.out(JSON.stringify(j));
      else io.out(`${i > 0 && format === 'text' ? '\n' : ''}${format === 'md' ? toMarkdown(j, env) : toText(j)}`);
    } catch (error) {
      failed++;
      if (format === 'json') io.out(JSON.stringify({ input, error: messageOf(error) }));
      else io.err(`${input}: ${messageOf(error)}`);
    }
  }
  return failed ? 1 : 0;
}
