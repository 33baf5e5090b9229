/**
 * The Markdown files of a notebook export: articles, actors and notes, each with YAML front matter
 * (the `yaml` package, so it always parses back) and links between them as [[wikilinks]] to paths
 * that exist in the same export.
 */
import { stringify } from 'yaml';
import type { Actor, Article, ArticleBody, Note, Quote, QuoteSnapshot } from '../model';
import { htmlToMarkdown } from '../markdown/html-to-markdown';
import { fingerprint, htmlFingerprint } from './hash';
import { escapeInline, escapeLineStart, prefixLines, wikiLabel } from './escape';
import { MARK_CLOSE, MARK_OPEN, markQuotes, resolveMarkers } from './highlights';
import { isoDay, noteBodyMarkdown, quoteBlock, type MentionStyle } from './note-markdown';

/** How one exported file finds the others. Paths are relative to the export folder. */
export interface ExportLinks {
  articlePath(articleId: string): string | undefined;
  actorPath(actorId: string): string | undefined;
  notePath(noteId: string): string | undefined;
  /** The attachment file of a stored image, relative to the export folder. */
  imagePath(imageId: string): string | undefined;
  /** The block id ("q-1a2b3c4d") of a quote inside its article's file. */
  blockId(quoteId: string): string | undefined;
  actor(actorId: string): Actor | undefined;
  article(articleId: string): Article | undefined;
  quote(quoteId: string): Quote | undefined;
}

/** `[[path-without-.md|label]]`; the label is left out when it is the same as the target. */
export function wikilink(path: string, label?: string, block?: string): string {
  const target = (path.endsWith('.md') ? path.slice(0, -3) : path) + (block ? `#^${block}` : '');
  const text = label === undefined ? '' : wikiLabel(label);
  return text && text !== target ? `[[${target}|${text}]]` : `[[${target}]]`;
}

/** Strings YAML reads back as themselves without quotes (no indicators, not a number, date, bool or null). */
const PLAIN_SAFE = /^[A-Za-z][A-Za-z0-9 _.,'()/-]*$/;
const PLAIN_WORDS = /^(?:true|false|yes|no|on|off|null|y|n|~)$/i;
/** ISO timestamps and web addresses, plain as people (and Obsidian's properties) expect them. */
const PLAIN_ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
const PLAIN_URL = /^https?:\/\/[A-Za-z0-9._~/?#@!$&'()*+,;=%-]+(?<!:)$/;

const HIGHLIGHT_MARKS = new RegExp(`[${MARK_OPEN}${MARK_CLOSE}]`, 'g');

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * One string as a YAML scalar, or null when only the `yaml` package should write it. Front matter
 * is written for every article of a notebook, so common strings skip the package's document
 * model: plain when unambiguous, else a JSON string (a YAML 1.2 double-quoted scalar). Tests parse
 * every shape back with `yaml`.
 */
function fastScalar(value: unknown): string | null {
  if (typeof value !== 'string' || LONE_SURROGATE.test(value)) return null;
  if ((PLAIN_SAFE.test(value) && !PLAIN_WORDS.test(value) && !/ $/.test(value)) || PLAIN_ISO.test(value) || PLAIN_URL.test(value)) return value;
  return JSON.stringify(value);
}

/** YAML front matter; null and empty values are left out. */
export function frontMatter(fields: Record<string, unknown>): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    const items = Array.isArray(value) ? value.map(fastScalar) : null;
    const single = items ? null : fastScalar(value);
    if (items && items.every((i) => i !== null)) lines.push(`${key}:`, ...items.map((i) => `  - ${i}`));
    else if (single !== null) lines.push(`${key}: ${single}`);
    else lines.push(stringify({ [key]: value }, { lineWidth: 0 }).trimEnd());
  }
  return `---\n${lines.join('\n')}\n---`;
}

function heading(title: string, fallback: string): string {
  return `# ${escapeInline((title || fallback).replace(/\s+/g, ' ').trim())}`;
}

const up = (path: string) => `${path.split('/').slice(0, -1).map(() => '..').join('/')}/`;

/** The snapshot of a quote as it is now, for attributions. */
export function quoteSnapshot(q: Quote, links: ExportLinks): QuoteSnapshot {
  const article = links.article(q.articleId);
  return {
    text: q.text,
    speakerName: q.speakerId ? (links.actor(q.speakerId)?.name ?? null) : null,
    articleTitle: article?.title ?? '',
    articleUrl: article?.url ?? null,
    siteName: article?.siteName ?? null,
    publishedAt: article?.publishedAt ?? null,
  };
}

/**
 * `html` parsed into an inert fragment of `document` (a <template>'s: no script runs, no image
 * loads). Chromium and jsdom parse into `template.content`; linkedom leaves the nodes on the
 * template itself and deep-copies them into `content` when it is read, so there they are moved
 * into a fragment instead of copied.
 */
function parseInert(html: string, document: Document): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  if (!template.firstChild) return template.content;
  const fragment = document.createDocumentFragment();
  fragment.append(...Array.from(template.childNodes));
  return fragment;
}

export interface ArticleFileInput {
  article: Article;
  body: ArticleBody | undefined;
  quotes: readonly Quote[];
  path: string;
}

/**
 * Everything one article's file is made of, as plain data (no functions, no DOM): it can be
 * structured-cloned to a worker thread and rendered there. Built by `articleJob`.
 */
export interface ArticleJob {
  path: string;
  article: Pick<Article, 'id' | 'title' | 'url' | 'siteName' | 'byline' | 'publishedAt' | 'clippedAt' | 'tags'>;
  body?: Pick<ArticleBody, 'html' | 'htmlHash'> | undefined;
  quotes: Pick<Quote, 'id' | 'text' | 'quoteSelector' | 'positionSelector' | 'unplaced'>[];
  /** [[wikilinks]] to the article's actors that have a file, in the article's order. */
  actorLinks: string[];
  /** Each quote's block id, by quote id. */
  blockIds: Record<string, string>;
  /** The attachment file (relative to the export folder) of each stored image the body shows, by image id. */
  imagePaths: Record<string, string>;
}

const IMAGE_SOURCE = /dossier-image:([^"'\s<>]+)/g;
const ENTITY = /&(?:amp|quot|apos|lt|gt|#(\d+)|#x([0-9a-f]+));/gi;
const NAMED: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&apos;': "'", '&lt;': '<', '&gt;': '>' };

/** The ids of the stored images `html` points at (attribute text, entities decoded). */
export function imageIdsIn(html: string): Set<string> {
  const ids = new Set<string>();
  if (!html.includes('dossier-image:')) return ids;
  for (const m of html.matchAll(IMAGE_SOURCE)) {
    const raw = m[1]!;
    ids.add(
      raw.includes('&')
        ? raw.replace(ENTITY, (e, dec?: string, hex?: string) => (dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(Number.parseInt(hex, 16)) : (NAMED[e.toLowerCase()] ?? e)))
        : raw,
    );
  }
  return ids;
}

/** What a job carries of a quote: what its highlight and block are made from. */
export function quoteOfJob(q: Quote): ArticleJob['quotes'][number] {
  return { id: q.id, text: q.text, quoteSelector: q.quoteSelector, positionSelector: q.positionSelector, unplaced: q.unplaced };
}

/** What a job carries of a body: its HTML, and the fingerprint storage keeps with it (when it does). */
export function bodyOfJob(body: Pick<ArticleBody, 'html' | 'htmlHash'>): Pick<ArticleBody, 'html' | 'htmlHash'> {
  return body.htmlHash === undefined ? { html: body.html } : { html: body.html, htmlHash: body.htmlHash };
}

/** The plain data `renderArticle` needs for one article, resolved through `links`. */
export function articleJob({ article, body, quotes, path }: ArticleFileInput, links: ExportLinks): ArticleJob {
  const actorLinks = article.actorIds.flatMap((id) => {
    const actorPath = links.actorPath(id);
    return actorPath ? [wikilink(actorPath, links.actor(id)?.name)] : [];
  });
  const blockIds: Record<string, string> = {};
  for (const q of quotes) {
    const block = links.blockId(q.id);
    if (block !== undefined) blockIds[q.id] = block;
  }
  const imagePaths: Record<string, string> = {};
  for (const id of imageIdsIn(body?.html ?? '')) {
    const file = links.imagePath(id);
    if (file !== undefined) imagePaths[id] = file;
  }
  // Only what renderArticle reads: a small message to a worker, and a fingerprint that changes only when the file would.
  return {
    path,
    article: { id: article.id, title: article.title, url: article.url, siteName: article.siteName, byline: article.byline, publishedAt: article.publishedAt, clippedAt: article.clippedAt, tags: article.tags },
    body: body ? bodyOfJob(body) : undefined,
    quotes: quotes.map(quoteOfJob),
    actorLinks,
    blockIds,
    imagePaths,
  };
}

/**
 * The version of renderArticle's output. A re-export skips an article whose job fingerprint is
 * the same as last time, and a stored body Markdown (RenderedBody) is used only while its key
 * matches, so any change to what renderArticle (or the Markdown conversion under it) writes must
 * bump this, or unchanged articles keep their old files. documents.test.ts holds the fingerprint
 * of the golden article files for this version and fails when they change alone.
 */
export const ARTICLE_FORMAT = 1;

/** What an article's body Markdown is made from: the body, its quotes and their block ids, its images' files, how deep the file is. */
export type ArticleBodyJob = Pick<ArticleJob, 'body' | 'quotes' | 'blockIds' | 'imagePaths' | 'path'>;

/**
 * The body part of an article's file (the text as Markdown with highlights marked and block ids
 * given, and the quotes that could not be placed), which is the expensive part to make: it is what
 * the app keeps up to date as articles and highlights change, so an export only assembles files.
 */
export interface RenderedBody {
  markdown: string;
  unplacedIds: string[];
}

/**
 * A fingerprint of everything a RenderedBody is made from (and the format version). A stored
 * body is used only when its key is the key of the job at hand, so a stale one is never exported.
 */
export function articleBodyKey({ body, quotes, blockIds, imagePaths, path }: ArticleBodyJob): string {
  // In a fixed order (the output does not depend on the order quotes or records come in), so the
  // app's own job for an article and the export's have the same key. The parts go to fingerprint
  // as they are (it folds each part's length in, so no two lists of parts read alike), without
  // building one string of them first: this runs for every article of every export.
  const sorted = quotes.length > 1 ? [...quotes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) : quotes;
  // The body's HTML by its fingerprint: the one storage keeps with it, else made here (the same value).
  const parts = [`dossier-article-body-${ARTICLE_FORMAT}`, up(path), body ? (body.htmlHash ?? htmlFingerprint(body.html)) : '', String(sorted.length)];
  for (const q of sorted) {
    const { exact, prefix, suffix } = q.quoteSelector;
    parts.push(q.id, q.text, exact, prefix, suffix, String(q.positionSelector.start), String(q.positionSelector.end), q.unplaced ? '1' : '0');
  }
  for (const record of [blockIds, imagePaths]) {
    const keys = Object.keys(record).sort();
    parts.push(String(keys.length));
    for (const key of keys) parts.push(key, record[key]!);
  }
  return fingerprint(...parts);
}

/** A fingerprint of everything an article's file is made from; `bodyKey` is articleBodyKey(job), when already known. */
export function articleFingerprint(job: ArticleJob, bodyKey = articleBodyKey(job)): string {
  return fingerprint(`dossier-article-${ARTICLE_FORMAT}`, JSON.stringify([job.article, job.actorLinks, job.path]), bodyKey);
}

/** `Articles/<title>.md`: front matter, the body as Markdown with each highlight marked and given its block id. */
export function articleMarkdown(input: ArticleFileInput, links: ExportLinks, document: Document): string {
  return renderArticle(articleJob(input, links), document);
}

/** The Markdown file of one article job (see articleMarkdown); `document` parses the body. */
export function renderArticle(job: ArticleJob, document: Document): string {
  return assembleArticle(job, renderArticleBody(job, document));
}

function byPosition<Q extends Pick<Quote, 'id' | 'positionSelector'>>(quotes: readonly Q[]): Q[] {
  return [...quotes].sort((a, b) => a.positionSelector.start - b.positionSelector.start || (a.id < b.id ? -1 : 1));
}

/** The body of an article's file (see RenderedBody); `document` parses the HTML. */
export function renderArticleBody({ body, quotes, path, blockIds: blocks, imagePaths }: ArticleBodyJob, document: Document): RenderedBody {
  const ordered = byPosition(quotes);
  if (!body?.html) return { markdown: '', unplacedIds: ordered.map((q) => q.id) };
  const root = parseInert(body.html.replace(/[\ue000-\ue003]/g, ''), document);
  const blockIds = new Map(ordered.map((q) => [q.id, Object.hasOwn(blocks, q.id) ? blocks[q.id]! : '']));
  const unplacedIds = markQuotes(root, ordered, blockIds);
  const toAttachment = up(path);
  const markdown = resolveMarkers(
    htmlToMarkdown(root, {
      consume: true,
      imageSrc: (src) => {
        if (!src.startsWith('dossier-image:')) return src;
        const id = src.slice('dossier-image:'.length);
        const file = Object.hasOwn(imagePaths, id) ? imagePaths[id] : undefined;
        return file ? toAttachment + file.split('/').map(encodeURIComponent).join('/') : null;
      },
    }),
  );
  return { markdown, unplacedIds };
}

/** An article's whole file from its job and its rendered body (made now, or kept from before with the same key). */
export function assembleArticle(job: ArticleJob, body: RenderedBody): string {
  const { blockIds: blocks } = job;
  return joinArticle(articleHead(job), body, { quotes: job.quotes, blockId: (id) => (Object.hasOwn(blocks, id) ? blocks[id] : undefined), hasBody: !!job.body?.html });
}

/** The front matter and title of an article's file: what it has besides its body (see joinArticle). */
export function articleHead({ article, actorLinks }: Pick<ArticleJob, 'article' | 'actorLinks'>): string {
  const meta = frontMatter({
    title: article.title,
    url: article.url,
    site: article.siteName,
    author: article.byline,
    published: article.publishedAt,
    clipped: article.clippedAt,
    tags: article.tags,
    actors: actorLinks,
    dossier_id: article.id,
  });
  return `${meta}\n\n${heading(article.title, 'Untitled article')}`;
}

/** What an article's file lists of the highlights its rendered body could not place. */
export interface ArticleHighlights {
  quotes: readonly Pick<Quote, 'id' | 'text' | 'positionSelector'>[];
  blockId: (quoteId: string) => string | undefined;
  /** Whether the article has a body (else its highlights are listed under "Highlights" alone). */
  hasBody: boolean;
}

/**
 * An article's file from its head (articleHead), its rendered body, and the highlights that body
 * could not place: what assembleArticle makes, and what an export makes from a head prepared
 * ahead (prepareExport) without the article's job.
 */
export function joinArticle(head: string, { markdown, unplacedIds }: RenderedBody, highlights: ArticleHighlights): string {
  const parts = [head];
  if (markdown) parts.push(markdown);
  const unplaced = unplacedIds.length ? byPosition(highlights.quotes).filter((q) => unplacedIds.includes(q.id)) : [];
  if (unplaced.length) {
    parts.push(highlights.hasBody ? '## Highlights not found in the text' : '## Highlights');
    for (const q of unplaced) {
      const text = q.text.split('\n').map((l) => escapeLineStart(escapeInline(l.trim()))).filter(Boolean).join('  \n');
      parts.push(`==${text}== ^${highlights.blockId(q.id)}`);
    }
  }
  const text = joinFile(parts);
  // Highlight marks are only ever left by titles or quotes that hold the private-use characters themselves.
  return text.includes(MARK_OPEN) || text.includes(MARK_CLOSE) ? text.replace(HIGHLIGHT_MARKS, '') : text;
}

/**
 * `${parts.join('\n\n').trimEnd()}\n`, made with one copy of the text instead of three (the body
 * is most of an article file's bytes, and an export makes thousands): the parts after the last
 * one with any text are left out and only that one is trimmed, which is the same, since the
 * separators are whitespace too.
 */
export function joinFile(parts: readonly string[]): string {
  let n = parts.length;
  while (n > 0 && parts[n - 1]!.trimEnd() === '') n--;
  if (n === 0) return '\n';
  const kept = parts.slice(0, n);
  kept[n - 1] = `${kept[n - 1]!.trimEnd()}\n`;
  return kept.join('\n\n');
}

const KIND_LABEL: Record<string, string> = { person: 'person', organisation: 'organisation', place: 'place', other: 'other' };

export interface ActorFileInput {
  actor: Actor;
  /** Quotes the actor said (speaker). */
  quotes: readonly Quote[];
  /** Articles linked to the actor. */
  articles: readonly Article[];
  /** Notes that mention the actor. */
  notes: readonly Pick<Note, 'id' | 'title'>[];
}

/** `Actors/<name>.md`: front matter, description, quotes linking to their blocks, where the actor appears. */
export function actorMarkdown({ actor, quotes, articles, notes }: ActorFileInput, links: ExportLinks): string {
  const affiliationPath = actor.affiliationId ? links.actorPath(actor.affiliationId) : undefined;
  const meta = frontMatter({
    kind: KIND_LABEL[actor.kind] ?? actor.kind,
    aliases: actor.aliases,
    role: actor.role,
    affiliation: affiliationPath ? wikilink(affiliationPath, links.actor(actor.affiliationId!)?.name) : null,
    tags: actor.tags,
    dossier_id: actor.id,
  });
  const parts = [meta, heading(actor.name, 'Unnamed actor')];
  if (actor.description.trim()) parts.push(actor.description.trim().split('\n').map((l) => escapeLineStart(escapeInline(l))).join('\n'));
  if (quotes.length) {
    parts.push('## Quotes');
    // Newest article first (each quote's date looked up once, not at every comparison).
    const dated = quotes.map((q) => ({ q, day: links.article(q.articleId)?.publishedAt ?? '' }));
    dated.sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : a.q.id < b.q.id ? -1 : 1));
    for (const { q } of dated) {
      const articlePath = links.articlePath(q.articleId);
      const block = links.blockId(q.id);
      if (!articlePath || !block) {
        parts.push(quoteBlock(quoteSnapshot(q, links)));
        continue;
      }
      const article = links.article(q.articleId);
      // One line (most quotes) is escaped as the lines of a longer one are.
      const text = q.text.includes('\n') ? q.text.split(/\n+/).map((l) => escapeLineStart(escapeInline(l.trim()))).join('  \n') : escapeLineStart(escapeInline(q.text.trim()));
      let source = wikilink(articlePath, article?.title || 'Untitled article', block);
      if (article?.siteName) source += `, ${escapeInline(article.siteName)}`;
      const day = isoDay(article?.publishedAt);
      if (day) source += `, ${day}`;
      const entry = `${text}\n\n— ${source}`;
      // prefixLines' result, made directly when the quote and its source are one line each.
      parts.push(entry.indexOf('\n') === text.length && !source.includes('\n') ? `${text ? `> ${text}` : '>'}\n>\n> — ${source}` : prefixLines(entry, '> '));
    }
  }
  const articleLinks = articles.flatMap((a) => {
    const p = links.articlePath(a.id);
    return p ? [`- ${wikilink(p, a.title || 'Untitled article')}`] : [];
  });
  if (articleLinks.length) parts.push('## Articles', articleLinks.join('\n'));
  const noteLinks = notes.flatMap((n) => {
    const p = links.notePath(n.id);
    return p ? [`- ${wikilink(p, n.title || 'Untitled note')}`] : [];
  });
  if (noteLinks.length) parts.push('## Notes', noteLinks.join('\n'));
  return joinLines(parts);
}

/**
 * `${parts.join('\n\n')}\n` as one flat string: the newline goes on the last (small) part
 * before the join. Adding it after would make a rope of the whole file that the fingerprint and
 * the write then copy flat once more (an export makes thousands of these).
 */
function joinLines(parts: string[]): string {
  if (!parts.length) return '\n';
  parts[parts.length - 1] += '\n';
  return parts.join('\n\n');
}

/** `Notes/<title>.md`: front matter and the note body (quotes with attribution, mentions by the setting). */
export function noteMarkdown(note: Note, path: string, links: ExportLinks, mentionStyle: MentionStyle): string {
  const articlePath = note.articleId ? links.articlePath(note.articleId) : undefined;
  const meta = frontMatter({
    title: note.title,
    created: note.createdAt,
    updated: note.updatedAt,
    article: articlePath ? wikilink(articlePath, links.article(note.articleId!)?.title) : null,
    dossier_id: note.id,
  });
  const body = noteBodyMarkdown(note.editorState, note.text, {
    mentionStyle,
    actorName: (id) => links.actor(id)?.name,
    actorPath: (id) => links.actorPath(id),
    quote: (id) => {
      const q = links.quote(id);
      return q ? quoteSnapshot(q, links) : undefined;
    },
    quoteBlock: (id) => {
      const q = links.quote(id);
      const p = q ? links.articlePath(q.articleId) : undefined;
      const block = links.blockId(id);
      return p && block ? `${p.replace(/\.md$/, '')}#^${block}` : undefined;
    },
    noteFolder: path.split('/').slice(0, -1).join('/'),
  });
  return joinLines([meta, heading(note.title, 'Untitled note'), body.trimEnd()].filter(Boolean));
}
