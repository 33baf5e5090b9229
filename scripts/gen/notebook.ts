/**
 * A deterministic synthetic notebook for scale tests and benchmarks: articles (HTML body plus the
 * normalised text quote anchors index into), quotes with valid W3C selectors, actors with folded
 * keys, and notes whose Lexical state embeds quotes and mentions actors. Every word is invented
 * (see words.ts). The same seed gives the same rows, byte for byte.
 *
 * Memory stays flat: each article is rebuilt from its own seeded stream when a later pass needs it
 * (bodies, quotes), so nothing holds 10,000 bodies at once.
 */
import { describeRange } from '../../shared/anchor';
import type { BackupTable } from '../../shared/backup/format';
import { BackupEncoder } from '../../shared/backup/format';
import type { Actor, ActorKind, Article, ArticleBody, HighlightColor, Note, Quote, QuoteSnapshot, SerializedActorMentionNodeV1, SerializedQuoteNodeV1 } from '../../shared/model';
import { HIGHLIGHT_COLORS, MENTION_NODE_TYPE, QUOTE_NODE_TYPE } from '../../shared/model';
import { noteReferences, noteText } from '../../shared/notes/references';
import { actorKeys } from '../../shared/text/fold';
import { SCHEMA_VERSION } from '../../renderer/db/schema';
import { htmlFingerprint } from '../../shared/export/hash';
import { hashSeed, Rng, ZipfPicker } from './random';
import { capitalise, FUNCTION_WORDS, inventDistinct, ORG_SUFFIXES, OUTLET_KINDS, PLACE_SUFFIXES, ROLES, SAY_VERBS, TAGS } from './words';

export type NotebookSize = 'N10k' | 'N1k';

export interface NotebookSpec {
  articles: number;
  quotes: number;
  actors: number;
  notes: number;
  /** Target words per article body (each article varies ±100). */
  wordsPerArticle: number;
  /** Quotes spoken by actor 0, the "heavy" actor the actor-page benchmark opens. */
  heavyActorQuotes: number;
}

export const SIZES: Record<NotebookSize, NotebookSpec> = {
  N10k: { articles: 10_000, quotes: 50_000, actors: 2_000, notes: 5_000, wordsPerArticle: 1_200, heavyActorQuotes: 500 },
  N1k: { articles: 1_000, quotes: 5_000, actors: 200, notes: 500, wordsPerArticle: 1_200, heavyActorQuotes: 500 },
};

export const DEFAULT_SEED = 'dossier-scale-1';
/** Bumped whenever the same seed would give different rows (caches of generated files key on it). */
export const GENERATOR_VERSION = 3;
/** Every date in the notebook is counted from here, never from the clock. */
const EPOCH = Date.UTC(2019, 0, 1);
const SPAN_MS = 6 * 365 * 24 * 3600 * 1000;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface GenOptions {
  size: NotebookSize | NotebookSpec;
  seed?: string;
}

export type GeneratedRow =
  | { table: 'actors'; row: Actor }
  | { table: 'articles'; row: Article }
  | { table: 'bodies'; row: ArticleBody }
  | { table: 'quotes'; row: Quote }
  | { table: 'notes'; row: Note };

interface Outlet {
  name: string;
  host: string;
}

/** Everything made once per notebook and shared by every article and note. */
export interface NotebookContext {
  seed: string;
  spec: NotebookSpec;
  vocabulary: string[];
  zipf: ZipfPicker;
  actors: Actor[];
  /** Indices of actors that can be quoted (people and organisations), actor 0 (heavy) first. */
  speakerIndices: number[];
  speakerZipf: ZipfPicker;
  outlets: Outlet[];
  journalists: string[];
  articleIds: string[];
  /** Global index of each article's first quote; quotesFor(i) = quoteStart[i+1] - quoteStart[i]. */
  quoteStart: Int32Array;
  heavyEvery: number;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function specOf(size: NotebookSize | NotebookSpec): NotebookSpec {
  return typeof size === 'string' ? SIZES[size] : size;
}

/** How many quotes article i gets: base-2 .. base+2 in a fixed cycle, so the total is exact. */
function quotesPerArticle(spec: NotebookSpec, i: number): number {
  const base = Math.floor(spec.quotes / spec.articles);
  const extra = i < spec.quotes - base * spec.articles ? 1 : 0;
  if (base < 2) return base + extra;
  const cycle = [-2, -1, 0, 1, 2][i % 5]!;
  // The cycle sums to zero over each run of five; a trailing partial run gets no offset.
  const fullRuns = Math.floor(spec.articles / 5) * 5;
  return base + extra + (i < fullRuns ? cycle : 0);
}

export function createContext(options: GenOptions): NotebookContext {
  const seed = options.seed ?? DEFAULT_SEED;
  const spec = specOf(options.size);
  const rng = new Rng(hashSeed(seed, 'context'));

  // Short words are the common ones (Zipf rank follows length), as in real language.
  const vocabulary = inventDistinct(rng, 4000, 0.05, 1, 3, new Set(FUNCTION_WORDS)).sort((a, b) => a.length - b.length);
  const firstNames = inventDistinct(rng, 500, 0.15, 2, 2).map(capitalise);
  const surnames = inventDistinct(rng, 1200, 0.2, 2, 3).map(capitalise);
  const placeRoots = inventDistinct(rng, 600, 0.1, 1, 2).map(capitalise);

  const outlets: Outlet[] = [];
  for (let k = 0; k < 40; k++) {
    const place = placeRoots[k]! + rng.pick(PLACE_SUFFIXES);
    const name = `The ${place} ${rng.pick(OUTLET_KINDS)}`;
    outlets.push({ name, host: `${slug(name)}.example` });
  }
  const journalists: string[] = [];
  for (let k = 0; k < 300; k++) journalists.push(`${rng.pick(firstNames)} ${rng.pick(surnames)}`);

  const actors = makeActors(seed, spec, firstNames, surnames, placeRoots, vocabulary);
  const speakerIndices = actors.flatMap((a, k) => (a.kind === 'person' || a.kind === 'organisation' ? [k] : []));

  const articleIds: string[] = [];
  for (let i = 0; i < spec.articles; i++) articleIds.push(new Rng(hashSeed(seed, 'article-id', i)).uuid());
  const quoteStart = new Int32Array(spec.articles + 1);
  for (let i = 0; i < spec.articles; i++) quoteStart[i + 1] = quoteStart[i]! + quotesPerArticle(spec, i);
  if (quoteStart[spec.articles] !== spec.quotes) throw new Error(`quote plan adds up to ${quoteStart[spec.articles]}, expected ${spec.quotes}`);

  return {
    seed,
    spec,
    vocabulary,
    zipf: new ZipfPicker(vocabulary.length, 1.05),
    actors,
    speakerIndices,
    // Speakers other than the heavy actor: a few are quoted often, most rarely.
    speakerZipf: new ZipfPicker(Math.max(1, speakerIndices.length - 1), 0.7),
    outlets,
    journalists,
    articleIds,
    quoteStart,
    heavyEvery: Math.max(1, Math.floor(spec.quotes / Math.max(1, spec.heavyActorQuotes))),
  };
}

function kindOf(k: number): ActorKind {
  if (k === 0) return 'person';
  const r = k % 20;
  if (r < 12) return 'person';
  if (r < 17) return 'organisation';
  if (r < 19) return 'place';
  return 'other';
}

function makeActors(seed: string, spec: NotebookSpec, firstNames: string[], surnames: string[], placeRoots: string[], vocabulary: string[]): Actor[] {
  const rng = new Rng(hashSeed(seed, 'actors'));
  const ids = Array.from({ length: spec.actors }, () => rng.uuid());
  const names = new Set<string>();
  const orgIndices: number[] = [];
  const actors: Actor[] = [];
  for (let k = 0; k < spec.actors; k++) {
    const kind = kindOf(k);
    let name = '';
    let aliases: string[] = [];
    let role: string | null = null;
    for (let attempt = 0; !name || names.has(name); attempt++) {
      if (attempt > 1000) throw new Error('could not invent a unique actor name');
      if (kind === 'person') {
        const first = rng.pick(firstNames);
        const last = rng.pick(surnames);
        name = `${first} ${last}`;
        aliases = [];
        if (rng.chance(0.5)) aliases.push(last);
        if (rng.chance(0.3)) aliases.push(`${first.charAt(0)}. ${last}`);
        role = rng.pick(ROLES);
      } else if (kind === 'organisation') {
        const root = capitalise(rng.pick(vocabulary));
        const suffix = rng.pick(ORG_SUFFIXES);
        name = rng.chance(0.5) ? `${root} ${suffix}` : `${suffix} of ${root}`;
        aliases = rng.chance(0.6) ? [`${root.charAt(0)}${suffix.charAt(0)}`.toUpperCase()] : [];
        role = rng.chance(0.5) ? 'public body' : null;
      } else if (kind === 'place') {
        name = rng.pick(placeRoots) + rng.pick(PLACE_SUFFIXES);
        aliases = [];
      } else {
        name = `Operation ${capitalise(rng.pick(vocabulary))}`;
        aliases = [];
      }
    }
    names.add(name);
    if (kind === 'organisation') orgIndices.push(k);
    const created = EPOCH + k * 17 * MINUTE;
    actors.push({
      id: ids[k]!,
      name,
      kind,
      aliases,
      role,
      affiliationId: null,
      description: `${name} appears in the synthetic notebook as ${kind === 'person' ? `a ${role}` : `a ${kind}`}.`,
      tags: rng.chance(0.3) ? [rng.pick(TAGS)] : [],
      keys: actorKeys(name, aliases),
      createdAt: iso(created),
      updatedAt: iso(created),
    });
  }
  // Affiliations point at organisations that exist (people work for them).
  if (orgIndices.length) {
    for (const actor of actors) {
      if (actor.kind === 'person' && rng.chance(0.4)) actor.affiliationId = ids[rng.pick(orgIndices)]!;
    }
  }
  return actors;
}

/** A piece of a block: its plain text and its HTML (the same characters, maybe inside inline tags). */
interface Piece {
  text: string;
  html: string;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function plain(text: string): Piece {
  return { text, html: escapeHtml(text) };
}

/** Builds text and HTML in lockstep, so quote offsets are known while writing (and equal articleText(html)). */
class BodyWriter {
  private readonly blocks: { tag: 'p' | 'h2'; pieces: Piece[] }[] = [];
  private length = 0;
  private blockLength = 0;
  words = 0;

  startBlock(tag: 'p' | 'h2'): void {
    if (this.blocks.length && this.blockLength > 0) this.length += 2; // "\n\n" between blocks
    this.blocks.push({ tag, pieces: [] });
    this.blockLength = 0;
  }

  /** Appends a piece; returns the text offset where it starts. */
  add(piece: Piece): number {
    const block = this.blocks[this.blocks.length - 1]!;
    const at = this.length;
    block.pieces.push(piece);
    this.length += piece.text.length;
    this.blockLength += piece.text.length;
    return at;
  }

  text(): string {
    return this.blocks
      .filter((b) => b.pieces.length)
      .map((b) => b.pieces.map((p) => p.text).join(''))
      .join('\n\n');
  }

  html(): string {
    return this.blocks
      .filter((b) => b.pieces.length)
      .map((b) => `<${b.tag}>${b.pieces.map((p) => p.html).join('')}</${b.tag}>`)
      .join('\n');
  }
}

interface ArticleBuild {
  article: Article;
  body: ArticleBody;
  quotes: Quote[];
}

function words(ctx: NotebookContext, rng: Rng, count: number): string[] {
  const out: string[] = [];
  for (let k = 0; k < count; k++) out.push(rng.chance(0.3) ? rng.pick(FUNCTION_WORDS) : ctx.vocabulary[ctx.zipf.index(rng)]!);
  return out;
}

function sentenceWords(ctx: NotebookContext, rng: Rng, min: number, max: number): string[] {
  const w = words(ctx, rng, rng.int(min, max));
  w[0] = capitalise(w[0]!);
  return w;
}

function actorLink(outlet: Outlet, actor: Actor, rng: Rng): Piece {
  if (rng.chance(0.25)) return { text: actor.name, html: `<a href="https://${outlet.host}/topic/${slug(actor.name)}">${escapeHtml(actor.name)}</a>` };
  return plain(actor.name);
}

/** Rebuilds article i (and its body and quotes) from its own stream: same i, same rows. */
export function buildArticle(ctx: NotebookContext, i: number): ArticleBuild {
  const rng = new Rng(hashSeed(ctx.seed, 'article', i));
  const id = ctx.articleIds[i]!;
  const outlet = rng.pick(ctx.outlets);
  const first = ctx.quoteStart[i]!;
  const quoteCount = ctx.quoteStart[i + 1]! - first;

  const speakers: Actor[] = [];
  for (let q = first; q < first + quoteCount; q++) {
    const heavy = q % ctx.heavyEvery === 0 && q / ctx.heavyEvery < ctx.spec.heavyActorQuotes;
    const index = heavy ? 0 : ctx.speakerIndices[1 + ctx.speakerZipf.index(rng)] ?? ctx.speakerIndices[0]!;
    speakers.push(ctx.actors[index]!);
  }
  const cast = [...new Map(speakers.map((a) => [a.id, a])).values()];
  const mentioned: Actor[] = [];
  for (let k = rng.int(1, 3); k > 0; k--) {
    const a = rng.pick(ctx.actors);
    if (!cast.includes(a) && !mentioned.includes(a)) mentioned.push(a);
  }
  const everyone = [...cast, ...mentioned];

  const titleWords = sentenceWords(ctx, rng, 5, 9);
  if (rng.chance(0.5)) titleWords.splice(rng.int(1, titleWords.length - 1), 0, rng.pick(everyone).name);
  const title = titleWords.join(' ');

  const published = EPOCH + Math.floor((i * SPAN_MS) / ctx.spec.articles) + rng.int(0, 20) * HOUR;
  const clipped = published + rng.int(1, 72) * HOUR;

  // Quotes go in distinct paragraphs, spread through the body.
  const target = ctx.spec.wordsPerArticle + rng.int(-100, 100);
  const paragraphs = Math.max(quoteCount + 2, Math.round(target / 95));
  const quoteParagraph = new Map<number, number>();
  for (let k = 0; k < quoteCount; k++) quoteParagraph.set(1 + Math.floor(((k + 0.5) * (paragraphs - 1)) / quoteCount), k);

  const writer = new BodyWriter();
  const quoteRanges: { start: number; end: number }[] = [];
  for (let p = 0; p < paragraphs; p++) {
    if (p > 0 && p % 5 === 0) {
      writer.startBlock('h2');
      const head = sentenceWords(ctx, rng, 3, 5);
      writer.add(plain(head.join(' ')));
      writer.words += head.length;
    }
    writer.startBlock('p');
    const wordsLeft = target - writer.words;
    const perParagraph = Math.max(30, Math.round(wordsLeft / (paragraphs - p)));
    let written = 0;
    const quoteK = quoteParagraph.get(p);
    let sentenceNo = 0;
    while (written < perParagraph || (quoteK !== undefined && quoteRanges.length <= quoteK)) {
      if (sentenceNo > 0) writer.add(plain(' '));
      if (quoteK !== undefined && quoteRanges.length <= quoteK && (sentenceNo === 1 || written + 20 >= perParagraph)) {
        const speaker = speakers[quoteK]!;
        const inner = sentenceWords(ctx, rng, 8, 20).join(' ');
        writer.add(plain('“'));
        const start = writer.add(plain(inner));
        quoteRanges.push({ start, end: start + inner.length });
        writer.add(plain(`,” ${rng.pick(SAY_VERBS)} `));
        writer.add(actorLink(outlet, speaker, rng));
        writer.add(plain('.'));
        written += inner.split(' ').length + 2 + speaker.name.split(' ').length;
      } else {
        const w = sentenceWords(ctx, rng, 10, 24);
        if (rng.chance(0.15)) {
          // A sentence that names someone, sometimes as a link, as news copy does.
          const at = rng.int(1, w.length - 1);
          const before = w.slice(0, at).join(' ');
          const after = w.slice(at).join(' ');
          const who = rng.pick(everyone);
          writer.add(plain(`${before} `));
          writer.add(actorLink(outlet, who, rng));
          writer.add(plain(` ${after}.`));
          written += w.length + who.name.split(' ').length;
        } else if (rng.chance(0.1)) {
          const at = rng.int(0, w.length - 1);
          const pieces = w.map((x, k) => (k === at ? { text: x, html: `<em>${escapeHtml(x)}</em>` } : plain(x)));
          pieces.forEach((piece, k) => {
            if (k > 0) writer.add(plain(' '));
            writer.add(piece);
          });
          writer.add(plain('.'));
          written += w.length;
        } else {
          writer.add(plain(`${w.join(' ')}.`));
          written += w.length;
        }
      }
      sentenceNo++;
    }
    writer.words += written;
  }
  const text = writer.text();
  const html = writer.html();
  const wordCount = text.split(/\s+/).filter(Boolean).length;

  const quotes: Quote[] = quoteRanges.map((range, k) => {
    const selectors = describeRange(text, range.start, range.end);
    const created = clipped + (k + 1) * 7 * MINUTE;
    const others = everyone.filter((a) => a !== speakers[k]);
    return {
      id: rng.uuid(),
      articleId: id,
      text: selectors.quote.exact,
      quoteSelector: selectors.quote,
      positionSelector: selectors.position,
      unplaced: false,
      color: rng.pick(HIGHLIGHT_COLORS) as HighlightColor,
      comment: rng.chance(0.3) ? `${sentenceWords(ctx, rng, 4, 12).join(' ')}.` : '',
      speakerId: speakers[k]!.id,
      mentionIds: others.length && rng.chance(0.2) ? [rng.pick(others).id] : [],
      tags: rng.chance(0.3) ? [rng.pick(TAGS)] : [],
      createdAt: iso(created),
      updatedAt: iso(created),
    };
  });

  const firstParagraph = text.split('\n\n')[0] ?? '';
  const excerpt = firstParagraph.length > 200 ? `${firstParagraph.slice(0, firstParagraph.lastIndexOf(' ', 200))}…` : firstParagraph;
  const url = `https://${outlet.host}/${new Date(published).getUTCFullYear()}/${slug(title).slice(0, 60)}-${i}`;
  const tags: string[] = [];
  for (let k = rng.int(0, 3); k > 0; k--) {
    const t = rng.pick(TAGS);
    if (!tags.includes(t)) tags.push(t);
  }
  const article: Article = {
    id,
    url,
    canonicalUrl: url,
    title,
    byline: rng.pick(ctx.journalists),
    siteName: outlet.name,
    publishedAt: iso(published),
    clippedAt: iso(clipped),
    lang: 'en',
    excerpt,
    leadImageId: null,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / 230)),
    tags,
    actorIds: everyone.map((a) => a.id),
    quoteCount,
    source: 'url',
    dateline: null,
    credit: null,
    previousVersionId: null,
  };
  // htmlHash as storage sets it when the app writes a body (renderer/db/schema.ts).
  return { article, body: { articleId: id, html, text, captions: [], htmlHash: htmlFingerprint(html) }, quotes };
}

/** What notes need of a quote without keeping the article around. */
interface QuoteRef {
  id: string;
  articleId: string;
  snapshot: QuoteSnapshot;
}

type LexicalChild = Record<string, unknown>;

function textNode(text: string): LexicalChild {
  return { detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 };
}

function paragraphNode(children: LexicalChild[]): LexicalChild {
  return { children, direction: 'ltr', format: '', indent: 0, type: 'paragraph', version: 1, textFormat: 0, textStyle: '' };
}

export function buildNote(ctx: NotebookContext, n: number, quoteRefs: readonly QuoteRef[]): Note {
  const rng = new Rng(hashSeed(ctx.seed, 'note', n));
  const id = rng.uuid();
  const title = sentenceWords(ctx, rng, 3, 7).join(' ');
  const blocks: LexicalChild[] = [];
  const quoteIds: string[] = [];
  const actorIds: string[] = [];
  let articleId: string | null = null;

  const quoteCount = quoteRefs.length ? rng.int(0, 3) : 0;
  const paragraphCount = rng.int(2, 5);
  for (let b = 0; b < paragraphCount + quoteCount; b++) {
    const isQuote = b % 2 === 1 && quoteIds.length < quoteCount;
    if (isQuote) {
      const ref = rng.pick(quoteRefs);
      if (quoteIds.includes(ref.id)) continue;
      const node: SerializedQuoteNodeV1 = { type: QUOTE_NODE_TYPE, version: 1, quoteId: ref.id, articleId: ref.articleId, snapshot: ref.snapshot };
      blocks.push(node as unknown as LexicalChild);
      quoteIds.push(ref.id);
      articleId ??= rng.chance(0.5) ? ref.articleId : null;
      continue;
    }
    const children: LexicalChild[] = [];
    const sentences = rng.int(1, 4);
    for (let s = 0; s < sentences; s++) {
      const w = sentenceWords(ctx, rng, 6, 18);
      const lead = (s > 0 ? ' ' : '') + w.join(' ');
      if (rng.chance(0.3)) {
        const actor = rng.pick(ctx.actors);
        const mention: SerializedActorMentionNodeV1 = { type: MENTION_NODE_TYPE, version: 1, actorId: actor.id, name: actor.name };
        children.push(textNode(`${lead} `), mention as unknown as LexicalChild, textNode('.'));
        if (!actorIds.includes(actor.id)) actorIds.push(actor.id);
      } else {
        children.push(textNode(`${lead}.`));
      }
    }
    blocks.push(paragraphNode(children));
  }
  const editorState = JSON.stringify({ root: { children: blocks, direction: 'ltr', format: '', indent: 0, type: 'root', version: 1 } });
  // Text and references derived the way the notes feature derives them on save.
  const refs = noteReferences(editorState);
  const created = EPOCH + Math.floor((n * SPAN_MS) / Math.max(1, ctx.spec.notes)) + rng.int(0, 23) * HOUR;
  return {
    id,
    title,
    editorState,
    text: noteText(editorState),
    articleId,
    quoteIds: refs.quoteIds,
    actorIds: refs.actorIds,
    createdAt: iso(created),
    updatedAt: iso(created + rng.int(0, 48) * HOUR),
  };
}

/** Every row of the notebook in backup table order (actors, articles, bodies, quotes, notes). */
export function* generateNotebookRows(options: GenOptions): Generator<GeneratedRow> {
  const ctx = createContext(options);
  for (const row of ctx.actors) yield { table: 'actors', row };
  const meta: { title: string; url: string | null; siteName: string | null; publishedAt: string | null }[] = [];
  for (let i = 0; i < ctx.spec.articles; i++) {
    const { article } = buildArticle(ctx, i);
    meta.push({ title: article.title, url: article.url, siteName: article.siteName, publishedAt: article.publishedAt });
    yield { table: 'articles', row: article };
  }
  for (let i = 0; i < ctx.spec.articles; i++) yield { table: 'bodies', row: buildArticle(ctx, i).body };
  const actorName = new Map(ctx.actors.map((a) => [a.id, a.name]));
  const refs: QuoteRef[] = [];
  for (let i = 0; i < ctx.spec.articles; i++) {
    for (const quote of buildArticle(ctx, i).quotes) {
      const m = meta[i]!;
      refs.push({
        id: quote.id,
        articleId: quote.articleId,
        snapshot: { text: quote.text, speakerName: quote.speakerId ? (actorName.get(quote.speakerId) ?? null) : null, articleTitle: m.title, articleUrl: m.url, siteName: m.siteName, publishedAt: m.publishedAt },
      });
      yield { table: 'quotes', row: quote };
    }
  }
  for (let n = 0; n < ctx.spec.notes; n++) yield { table: 'notes', row: buildNote(ctx, n, refs) };
}

/** The notebook as backup file lines (header, rows, footer), without the trailing newlines. */
export function* generateBackupLines(options: GenOptions & { appVersion?: string }): Generator<string> {
  const seed = options.seed ?? DEFAULT_SEED;
  // The header's date is derived from the seed, not the clock, so the file is reproducible.
  const encoder = new BackupEncoder({ schemaVersion: SCHEMA_VERSION, createdAt: iso(EPOCH + (hashSeed(seed) % 1000) * HOUR), appVersion: options.appVersion ?? 'dossier-gen' });
  yield encoder.headerLine();
  for (const { table, row } of generateNotebookRows(options)) yield encoder.rowLine(table as BackupTable, row);
  yield encoder.footerLine();
}
