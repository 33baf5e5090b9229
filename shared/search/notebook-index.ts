/**
 * The notebook's full-text index: articles (title, byline, site, body text), quotes (text,
 * comment), actors (name, aliases, role) and notes (title, text) in one index.
 * Ranked (BM25 per kind), prefix and typo-tolerant (MiniSearch's SearchableMap finds the words a
 * query word begins or nearly spells), case- and diacritics-insensitive (every term goes through
 * the same folding as actor keys). Pure: the renderer feeds it rows and persists its snapshot.
 */
import SearchableMap from 'minisearch/SearchableMap';
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
export const INDEX_FORMAT = 2;

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

/** The folded, indexable terms of a text (stop words dropped). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const token of text.split(TOKEN_SPLIT)) {
    const term = token ? foldTerm(token) : null;
    if (term) out.push(term);
  }
  return out;
}

/** Field weights: a word in a title counts three times, in byline/site/aliases/comment one and a half. */
const TITLE_WEIGHT = 3;
const META_WEIGHT = 1.5;
/** BM25 parameters (the usual values). */
const K1 = 1.2;
const B = 0.75;
/** How much a prefix or a misspelling counts against the exact word. */
const PREFIX_WEIGHT = 0.6;
const FUZZY_WEIGHT = 0.35;
const DEAD = 255;

/** A term's documents (slots) and weighted term frequencies, in growable typed arrays. */
class Postings {
  slots: Uint32Array;
  weights: Float32Array;
  length = 0;

  constructor(capacity = 4) {
    this.slots = new Uint32Array(capacity);
    this.weights = new Float32Array(capacity);
  }

  static of(slots: Uint32Array, weights: Float32Array): Postings {
    const p = new Postings(0);
    p.slots = slots;
    p.weights = weights;
    p.length = slots.length;
    return p;
  }

  push(slot: number, weight: number): void {
    if (this.length === this.slots.length) {
      const capacity = Math.max(4, this.length * 2);
      const slots = new Uint32Array(capacity);
      slots.set(this.slots);
      const weights = new Float32Array(capacity);
      weights.set(this.weights);
      this.slots = slots;
      this.weights = weights;
    }
    this.slots[this.length] = slot;
    this.weights[this.length] = weight;
    this.length++;
  }
}

/** What a hit shows without reading the database. */
interface Stored {
  key: string;
  id: string;
  title: string;
  preview: string;
  articleId: string | null;
  sig: string;
}

/** The index as it is saved: a JSON header (terms, documents) and the postings as one binary buffer. */
export interface IndexSnapshot {
  header: string;
  postings: ArrayBuffer;
}

interface SnapshotHeader {
  format: number;
  terms: string[];
  /** Per slot: key, kind code, id, title, preview, articleId, sig, length. */
  docs: [string, number, string, string, string, string | null, string, number][];
}

export interface SearchOptions {
  kinds?: readonly SearchKind[];
  /** Hits kept per kind (ranked). */
  perKind?: number;
}

interface Expansion {
  postings: Postings;
  /** Exact 1, prefix and misspelling less. */
  factor: number;
  term: string;
}

/**
 * The index: a term dictionary (MiniSearch's SearchableMap, a radix tree with prefix and fuzzy
 * lookup) over compact postings (document slot + weighted term frequency in typed arrays), scored
 * with BM25 per kind. Compact postings keep a 10,000-article notebook in tens of megabytes and let
 * a query over a word that is in every article score them in a tight loop. Edits replace a
 * document's slot; dead slots are dropped when they pile up and before saving.
 */
export class NotebookIndex {
  private dictionary = new SearchableMap<number>();
  private termList: string[] = [];
  private postings: Postings[] = [];
  private slotKind = new Uint8Array(1024);
  private slotLength = new Uint32Array(1024);
  private stored: (Stored | null)[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly kindLength = [0, 0, 0, 0];
  private readonly kindCount = [0, 0, 0, 0];
  private dead = 0;
  private scratchScore = new Float64Array(0);
  private scratchMatched = new Uint8Array(0);

  static create(): NotebookIndex {
    return new NotebookIndex();
  }

  get size(): number {
    return this.slotOf.size;
  }

  has(kind: SearchKind, id: string): boolean {
    return this.slotOf.has(docKey(kind, id));
  }

  /** The fingerprint the row had when indexed, or undefined when it is not indexed. */
  signature(kind: SearchKind, id: string): string | undefined {
    const slot = this.slotOf.get(docKey(kind, id));
    return slot === undefined ? undefined : this.stored[slot]?.sig;
  }

  /** Every indexed id of one kind (to reconcile with the database on open). */
  ids(kind: SearchKind): string[] {
    const code = SEARCH_KINDS.indexOf(kind);
    const out: string[] = [];
    for (const slot of this.slotOf.values()) if (this.slotKind[slot] === code) out.push(this.stored[slot]!.id);
    return out;
  }

  private termId(term: string): number {
    let id = this.dictionary.get(term);
    if (id === undefined) {
      id = this.termList.length;
      this.termList.push(term);
      this.postings.push(new Postings());
      this.dictionary.set(term, id);
    }
    return id;
  }

  private newSlot(): number {
    const slot = this.stored.length;
    if (slot === this.slotKind.length) {
      const kinds = new Uint8Array(slot * 2);
      kinds.set(this.slotKind);
      const lengths = new Uint32Array(slot * 2);
      lengths.set(this.slotLength);
      this.slotKind = kinds;
      this.slotLength = lengths;
    }
    this.stored.push(null);
    return slot;
  }

  /** Adds or replaces a row. */
  upsert(doc: SearchDoc): void {
    this.removeKey(doc.key);
    const weights = new Map<string, number>();
    let length = 0;
    for (const [text, weight] of [[doc.title, TITLE_WEIGHT], [doc.meta, META_WEIGHT], [doc.text, 1]] as const) {
      if (!text) continue;
      for (const term of terms(text)) {
        weights.set(term, (weights.get(term) ?? 0) + weight);
        length++;
      }
    }
    const slot = this.newSlot();
    const kind = SEARCH_KINDS.indexOf(doc.kind);
    for (const [term, weight] of weights) this.postings[this.termId(term)]!.push(slot, weight);
    this.slotKind[slot] = kind;
    this.slotLength[slot] = length;
    this.stored[slot] = { key: doc.key, id: doc.id, title: doc.title, preview: doc.preview, articleId: doc.articleId ?? null, sig: doc.sig };
    this.slotOf.set(doc.key, slot);
    this.kindLength[kind]! += length;
    this.kindCount[kind]!++;
  }

  remove(kind: SearchKind, id: string): void {
    this.removeKey(docKey(kind, id));
    if (this.dead > 20_000 && this.dead > this.slotOf.size / 2) this.compact();
  }

  private removeKey(key: string): void {
    const slot = this.slotOf.get(key);
    if (slot === undefined) return;
    const kind = this.slotKind[slot]!;
    this.kindLength[kind]! -= this.slotLength[slot]!;
    this.kindCount[kind]!--;
    this.slotKind[slot] = DEAD;
    this.stored[slot] = null;
    this.slotOf.delete(key);
    this.dead++;
  }

  /** Renumbers live slots and drops dead postings and unused terms. */
  private compact(): void {
    if (this.dead === 0) return;
    const remap = new Int32Array(this.stored.length).fill(-1);
    const stored: Stored[] = [];
    const kinds = new Uint8Array(Math.max(1024, this.slotOf.size * 2));
    const lengths = new Uint32Array(kinds.length);
    this.stored.forEach((s, slot) => {
      if (!s) return;
      remap[slot] = stored.length;
      kinds[stored.length] = this.slotKind[slot]!;
      lengths[stored.length] = this.slotLength[slot]!;
      stored.push(s);
    });
    const dictionary = new SearchableMap<number>();
    const termList: string[] = [];
    const postings: Postings[] = [];
    this.termList.forEach((term, id) => {
      const old = this.postings[id]!;
      const next = new Postings(old.length);
      for (let i = 0; i < old.length; i++) {
        const slot = remap[old.slots[i]!]!;
        if (slot >= 0) next.push(slot, old.weights[i]!);
      }
      if (!next.length) return;
      dictionary.set(term, termList.length);
      termList.push(term);
      postings.push(next);
    });
    this.dictionary = dictionary;
    this.termList = termList;
    this.postings = postings;
    this.stored = stored;
    this.slotKind = kinds;
    this.slotLength = lengths;
    this.slotOf.clear();
    stored.forEach((s, slot) => this.slotOf.set(s.key, slot));
    this.dead = 0;
  }

  /** The index as a JSON header and one binary buffer of postings (compacted first). */
  toSnapshot(): IndexSnapshot {
    this.compact();
    const header: SnapshotHeader = {
      format: INDEX_FORMAT,
      terms: this.termList,
      docs: this.stored.map((s, slot) => [s!.key, this.slotKind[slot]!, s!.id, s!.title, s!.preview, s!.articleId, s!.sig, this.slotLength[slot]!]),
    };
    let total = 0;
    for (const p of this.postings) total += p.length;
    // Per term: its posting count; then all slots; then all weights (4 bytes each, aligned).
    const buffer = new ArrayBuffer(4 * this.postings.length + 8 * total);
    const counts = new Uint32Array(buffer, 0, this.postings.length);
    const slots = new Uint32Array(buffer, 4 * this.postings.length, total);
    const weights = new Float32Array(buffer, 4 * this.postings.length + 4 * total, total);
    let at = 0;
    this.postings.forEach((p, id) => {
      counts[id] = p.length;
      slots.set(p.slots.subarray(0, p.length), at);
      weights.set(p.weights.subarray(0, p.length), at);
      at += p.length;
    });
    return { header: JSON.stringify(header), postings: buffer };
  }

  /** Restores an index saved with toSnapshot(); throws when it is unreadable or of another format. */
  static fromSnapshot(snapshot: IndexSnapshot): NotebookIndex {
    const header = JSON.parse(snapshot.header) as SnapshotHeader;
    if (header.format !== INDEX_FORMAT) throw new Error(`search index format ${header.format}, expected ${INDEX_FORMAT}`);
    const index = new NotebookIndex();
    const n = header.terms.length;
    const counts = new Uint32Array(snapshot.postings, 0, n);
    let total = 0;
    for (let i = 0; i < n; i++) total += counts[i]!;
    if (snapshot.postings.byteLength !== 4 * n + 8 * total) throw new Error('search index postings do not match its terms');
    const slots = new Uint32Array(snapshot.postings, 4 * n, total);
    const weights = new Float32Array(snapshot.postings, 4 * n + 4 * total, total);
    let at = 0;
    index.termList = header.terms;
    index.postings = header.terms.map((term, id) => {
      const count = counts[id]!;
      index.dictionary.set(term, id);
      const p = Postings.of(slots.subarray(at, at + count), weights.subarray(at, at + count));
      at += count;
      return p;
    });
    const size = header.docs.length;
    index.slotKind = new Uint8Array(Math.max(1024, size * 2));
    index.slotLength = new Uint32Array(index.slotKind.length);
    index.stored = header.docs.map(([key, kind, id, title, preview, articleId, sig, length], slot) => {
      index.slotKind[slot] = kind;
      index.slotLength[slot] = length;
      index.slotOf.set(key, slot);
      index.kindLength[kind]! += length;
      index.kindCount[kind]!++;
      return { key, id, title, preview, articleId, sig };
    });
    return index;
  }

  /** The dictionary terms a query word stands for: itself, words it begins, words one or two typos away. */
  private expand(word: string): Expansion[] {
    const out: Expansion[] = [];
    const seen = new Set<string>();
    const add = (term: string, factor: number) => {
      if (seen.has(term)) return;
      const id = this.dictionary.get(term);
      if (id === undefined) return;
      seen.add(term);
      out.push({ postings: this.postings[id]!, factor, term });
    };
    add(word, 1);
    if (word.length >= 2) {
      for (const [term] of this.dictionary.atPrefix(word)) add(term, PREFIX_WEIGHT * Math.sqrt(word.length / term.length));
    }
    const edits = word.length >= 7 ? 2 : word.length >= 4 ? 1 : 0;
    if (edits) {
      for (const [term, [, distance]] of this.dictionary.fuzzyGet(word, edits)) add(term, FUZZY_WEIGHT / Math.max(1, distance));
    }
    return out;
  }

  /**
   * Ranked hits for `query`, grouped by kind (articles, quotes, actors, notes), best first within
   * each kind. Every word must match (as itself, a word it begins, or a near spelling); when no row
   * has them all, rows with any of them are shown.
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const words = [...new Set(terms(query))];
    if (!words.length) return [];
    const allowed = new Uint8Array(4);
    for (const k of options.kinds ?? SEARCH_KINDS) allowed[SEARCH_KINDS.indexOf(k)] = 1;
    const perKind = options.perKind ?? 20;
    const live = Math.max(1, this.slotOf.size);
    const avgLength = this.kindLength.map((sum, k) => (this.kindCount[k] ? sum / this.kindCount[k]! : 1));
    const plans = words.map((word) => {
      const expansions = this.expand(word);
      let cost = 0;
      for (const e of expansions) cost += e.postings.length;
      return { expansions, cost };
    });
    plans.sort((a, b) => a.cost - b.cost);

    // Scratch accumulators reused across searches (cleared for the candidates touched), so typing
    // does not allocate and collect a pair of notebook-sized arrays per keystroke.
    if (this.scratchScore.length < this.stored.length) {
      this.scratchScore = new Float64Array(this.slotKind.length);
      this.scratchMatched = new Uint8Array(this.slotKind.length);
    }
    const score = this.scratchScore;
    const matched = this.scratchMatched;
    const { slotKind, slotLength } = this;
    const accumulate = (plan: (typeof plans)[number], step: number, any: boolean, candidates: number[]) => {
      for (const { postings, factor } of plan.expansions) {
        const df = postings.length;
        const idf = Math.log(1 + (live - df + 0.5) / (df + 0.5));
        const { slots, weights } = postings;
        for (let i = 0; i < df; i++) {
          const slot = slots[i]!;
          const kind = slotKind[slot]!;
          if (kind === DEAD || !allowed[kind]) continue;
          const m = matched[slot]!;
          if (!any && m !== step && m !== step + 1) continue;
          if (m === 0) candidates.push(slot);
          if (m <= step) matched[slot] = step + 1;
          const w = weights[i]!;
          const norm = K1 * (1 - B + (B * slotLength[slot]!) / avgLength[kind]!);
          score[slot]! += factor * idf * ((w * (K1 + 1)) / (w + norm));
        }
      }
    };
    let candidates: number[] = [];
    plans.forEach((plan, step) => accumulate(plan, step, false, candidates));
    const clear = () => {
      for (const slot of candidates) {
        score[slot] = 0;
        matched[slot] = 0;
      }
    };
    let hitsOf = candidates.filter((slot) => matched[slot] === plans.length);
    if (!hitsOf.length && plans.length > 1) {
      clear();
      candidates = [];
      plans.forEach((plan) => accumulate(plan, 0, true, candidates));
      hitsOf = candidates;
    }

    // The best `perKind` per kind, kept in small sorted arrays.
    const best: number[][] = [[], [], [], []];
    for (const slot of hitsOf) {
      const list = best[slotKind[slot]!]!;
      const s = score[slot]!;
      if (list.length === perKind && s <= score[list[list.length - 1]!]!) continue;
      let i = list.length;
      while (i > 0 && score[list[i - 1]!]! < s) i--;
      list.splice(i, 0, slot);
      if (list.length > perKind) list.pop();
    }
    const snippetTerms = [...words, ...plans.flatMap((p) => p.expansions.slice(0, 4).map((e) => e.term))];
    const hits: SearchHit[] = [];
    best.forEach((list, kind) => {
      for (const slot of list) {
        const s = this.stored[slot]!;
        hits.push({
          kind: SEARCH_KINDS[kind]!,
          id: s.id,
          title: s.title,
          snippet: snippet(s.preview, snippetTerms),
          score: score[slot]!,
          ...(s.articleId ? { articleId: s.articleId } : {}),
        });
      }
    });
    clear();
    return hits;
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
