/**
 * The notebook's full-text index: articles (title, byline, site, body text), quotes (text,
 * comment), actors (name, aliases, role) and notes (title, text) in one MiniSearch index.
 * Ranked (BM25+), prefix and typo-tolerant, case- and diacritics-insensitive (every term goes
 * through the same folding as actor keys). Pure: the renderer feeds it rows and persists its JSON.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Actor, Article, Note, Quote } from '../model';
import { foldKey, foldText } from '../text/fold';

export type SearchKind = 'article' | 'quote' | 'actor' | 'note';
export const SEARCH_KINDS: readonly SearchKind[] = ['article', 'quote', 'actor', 'note'];

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: string;
  /** A short excerpt around the match, plain text. */
  snippet: string;
  score: number;
  /** For quotes: the article they belong to (the reader opens it at the quote). */
  articleId?: string;
}

/** What the index holds for one row. `key` is `<kind>:<id>`, unique across kinds. */
export interface SearchDoc {
  key: string;
  kind: SearchKind;
  id: string;
  title: string;
  meta: string;
  text: string;
  /** Text the snippet is cut from (kept short: the index stores it). */
  preview: string;
  articleId?: string;
  /** Fingerprint of the indexed fields, to tell on reopen whether a row changed since. */
  sig: string;
}

/** Bumped when documents or options change shape; a persisted index of another version is rebuilt. */
export const INDEX_FORMAT = 1;

const PREVIEW_LENGTH = 240;

export function docKey(kind: SearchKind, id: string): string {
  return `${kind}:${id}`;
}

/** FNV-1a of the indexed text: cheap change detection, not security. */
function fingerprint(...parts: (string | null | undefined)[]): string {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const s = part ?? '';
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1f;
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(36)}.${parts.reduce((n, p) => n + (p?.length ?? 0), 0)}`;
}

/** An article's body never changes in place (a re-clip is a new article), so its metadata is its signature. */
export function articleSig(article: Pick<Article, 'title' | 'byline' | 'siteName' | 'excerpt'>): string {
  return fingerprint(article.title, article.byline, article.siteName, article.excerpt);
}

export function articleDoc(article: Article, bodyText: string): SearchDoc {
  return {
    key: docKey('article', article.id),
    kind: 'article',
    id: article.id,
    title: article.title,
    meta: [article.byline, article.siteName].filter(Boolean).join(' · '),
    text: bodyText,
    preview: (article.excerpt || bodyText).slice(0, PREVIEW_LENGTH),
    sig: articleSig(article),
  };
}

export function quoteDoc(quote: Quote): SearchDoc {
  return {
    key: docKey('quote', quote.id),
    kind: 'quote',
    id: quote.id,
    title: quote.text.length > 120 ? `${quote.text.slice(0, 119)}…` : quote.text,
    meta: quote.comment,
    text: quote.text,
    preview: quote.comment ? `${quote.text.slice(0, PREVIEW_LENGTH)} — ${quote.comment.slice(0, 120)}` : quote.text.slice(0, PREVIEW_LENGTH),
    articleId: quote.articleId,
    sig: quote.updatedAt,
  };
}

export function actorDoc(actor: Actor): SearchDoc {
  const details = [actor.role, actor.aliases.length ? `also ${actor.aliases.join(', ')}` : null].filter(Boolean).join(' · ');
  return {
    key: docKey('actor', actor.id),
    kind: 'actor',
    id: actor.id,
    title: actor.name,
    meta: [actor.aliases.join(' '), actor.role].filter(Boolean).join(' '),
    text: '',
    preview: details || actor.kind,
    sig: actor.updatedAt,
  };
}

export function noteDoc(note: Note): SearchDoc {
  return {
    key: docKey('note', note.id),
    kind: 'note',
    id: note.id,
    title: note.title || 'Untitled note',
    meta: '',
    text: note.text,
    preview: note.text.slice(0, PREVIEW_LENGTH),
    sig: note.updatedAt,
  };
}

/**
 * Words too common to find anything by: left out of the index and out of queries. They are in
 * nearly every article, so indexing them would cost memory and time for no useful hit.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ('a an and are as at be but by for from had has have he her his i in is it its of on or our she that the their them they this to ' +
    'was we were which who will with would could not after before over into than then there these those been')
    .split(' '),
);

/** Folds one term: lower case fast path for ASCII, full folding (é→e, ß→ss) otherwise. */
export function foldTerm(term: string): string | null {
  const lower = term.toLowerCase();
  // eslint-disable-next-line no-control-regex
  const folded = /^[\x00-\x7f]*$/.test(lower) ? lower : foldKey(lower);
  return folded.length > 0 && !STOP_WORDS.has(folded) ? folded : null;
}

/** Words and numbers; apostrophes and hyphens split ("ministry's" → "ministry", "s"). */
const TOKEN_SPLIT = /[\s\p{P}\p{S}]+/u;

const STORED = ['kind', 'id', 'title', 'preview', 'articleId', 'sig'] as const;

const OPTIONS = {
  idField: 'key',
  fields: ['title', 'meta', 'text'],
  storeFields: [...STORED],
  tokenize: (text: string) => text.split(TOKEN_SPLIT),
  processTerm: (term: string) => foldTerm(term),
  searchOptions: {
    boost: { title: 3, meta: 1.5 },
    // Prefix for every term (type-ahead); typos forgiven: one edit from 4 letters, two from 7
    // (a swapped pair of letters is two edits).
    prefix: (term: string) => term.length >= 2,
    fuzzy: (term: string) => (term.length >= 7 ? 2 : term.length >= 4 ? 1 : false),
    maxFuzzy: 2,
    weights: { fuzzy: 0.35, prefix: 0.6 },
  },
};

export interface SearchOptions {
  kinds?: readonly SearchKind[];
  /** Hits kept per kind (ranked). */
  perKind?: number;
}

/** Stored fields of a hit, as MiniSearch gives them back. */
type StoredHit = SearchResult & { kind: SearchKind; id: string; title: string; preview: string; articleId?: string; sig: string };

export class NotebookIndex {
  private constructor(private readonly mini: MiniSearch<SearchDoc>) {}

  static create(): NotebookIndex {
    return new NotebookIndex(new MiniSearch<SearchDoc>(OPTIONS));
  }

  /** Restores an index saved with toJSON(). */
  static fromJSON(json: string): NotebookIndex {
    return new NotebookIndex(MiniSearch.loadJSON<SearchDoc>(json, OPTIONS));
  }

  toJSON(): string {
    return JSON.stringify(this.mini);
  }

  get size(): number {
    return this.mini.documentCount;
  }

  has(kind: SearchKind, id: string): boolean {
    return this.mini.has(docKey(kind, id));
  }

  /** The fingerprint the row had when indexed, or undefined when it is not indexed. */
  signature(kind: SearchKind, id: string): string | undefined {
    return this.mini.getStoredFields(docKey(kind, id))?.['sig'] as string | undefined;
  }

  /** Adds or replaces a row. */
  upsert(doc: SearchDoc): void {
    if (this.mini.has(doc.key)) this.mini.replace(doc);
    else this.mini.add(doc);
  }

  remove(kind: SearchKind, id: string): void {
    const key = docKey(kind, id);
    if (this.mini.has(key)) this.mini.discard(key);
  }

  /** Every indexed id of one kind (to reconcile with the database on open). */
  ids(kind: SearchKind): string[] {
    const out: string[] = [];
    const prefix = `${kind}:`;
    // MiniSearch keeps ids in a private map; stored fields are the public way to walk them.
    const stored = (this.mini as unknown as { _documentIds: Map<number, string> })._documentIds;
    for (const key of stored.values()) if (key.startsWith(prefix)) out.push(key.slice(prefix.length));
    return out;
  }

  /**
   * Ranked hits for `query`, grouped by kind (articles, quotes, actors, notes), best first within
   * each kind. All terms must match (AND); when that finds nothing, any term may (OR).
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const trimmed = query.trim();
    if (!trimmed) return [];
    const kinds = new Set(options.kinds ?? SEARCH_KINDS);
    const perKind = options.perKind ?? 20;
    const filter = kinds.size === SEARCH_KINDS.length ? undefined : (r: SearchResult) => kinds.has(r['kind'] as SearchKind);
    let results = this.mini.search(trimmed, { combineWith: 'AND', filter }) as StoredHit[];
    if (results.length === 0) results = this.mini.search(trimmed, { combineWith: 'OR', filter }) as StoredHit[];
    const terms = (trimmed.split(TOKEN_SPLIT).map(foldTerm).filter(Boolean) as string[]).concat(results[0]?.terms ?? []);
    const taken = new Map<SearchKind, number>();
    const hits: SearchHit[] = [];
    for (const r of results) {
      const n = taken.get(r.kind) ?? 0;
      if (n >= perKind) continue;
      taken.set(r.kind, n + 1);
      hits.push({
        kind: r.kind,
        id: r.id,
        title: r.title,
        snippet: snippet(r.preview, [...r.terms, ...terms]),
        score: r.score,
        ...(r.articleId ? { articleId: r.articleId } : {}),
      });
    }
    const order = (k: SearchKind) => SEARCH_KINDS.indexOf(k);
    return hits.sort((a, b) => order(a.kind) - order(b.kind) || b.score - a.score);
  }
}

/** About 140 characters of `text` around the first place a (folded) term starts, on word boundaries. */
export function snippet(text: string, terms: readonly string[], width = 140): string {
  if (text.length <= width) return text;
  const { folded, map } = foldText(text);
  let at = -1;
  for (const term of terms) {
    if (!term) continue;
    const found = folded.indexOf(term);
    if (found >= 0 && (at < 0 || found < at)) at = found;
  }
  const center = at < 0 ? 0 : map[at]!;
  let start = Math.max(0, center - Math.floor(width / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < center ? space + 1 : start;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > center) end = space;
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
