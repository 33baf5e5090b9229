/**
 * Exports a whole notebook as an Obsidian-compatible folder. The same function runs in the app
 * (rows read from Dexie, files written by main) and in the command line (rows from a backup,
 * files written directly): only the source and the sink differ.
 *
 *   Articles/<title>.md   Actors/<name>.md   Notes/<title>.md   attachments/<image id>.<ext>
 *   .dossier-export.json  (the manifest: item id -> file, for in-place re-exports)
 */
import type { Actor, Article, ArticleBody, Note, Quote, StoredImage } from '../model';
import { actorMarkdown, articleBodyKey, bodyOfJob, quoteOfJob, imageIdsIn, articleFingerprint, articleJob, assembleArticle, joinArticle, noteMarkdown, renderArticle, type ArticleBodyJob, type ArticleJob, type ExportLinks, type RenderedBody } from './documents';
import { fingerprint, fingerprintBytes } from './hash';
import { assignBlockIds } from './highlights';
import { ACTORS_FOLDER, ARTICLES_FOLDER, ATTACHMENTS_FOLDER, NOTES_FOLDER } from './layout';
import { MANIFEST_FORMAT, MANIFEST_VERSION, type ExportManifest, type FileRecord, type FileStamp } from './manifest';
import { planNames, safeStem } from './names';
import type { MentionStyle } from './note-markdown';
import type { PreparedExport } from './prepared';

export type ExportFile = { path: string; text: string } | { path: string; bytes: Uint8Array };

/** Where the notebook's rows come from. Lists are light; bodies, notes and images come in batches. */
export interface NotebookSource {
  articles(): Promise<Article[]>;
  actors(): Promise<Actor[]>;
  quotes(): Promise<Quote[]>;
  /** Ids and titles of every note (and what they link to), without their editor state. */
  noteHeads(): Promise<Pick<Note, 'id' | 'title' | 'actorIds'>[]>;
  /** Every image's id and type, without bytes. */
  imageHeads(): Promise<Pick<StoredImage, 'id' | 'mime'>[]>;
  bodies(articleIds: string[]): Promise<(ArticleBody | undefined)[]>;
  notes(noteIds: string[]): Promise<(Note | undefined)[]>;
  images(imageIds: string[]): Promise<(StoredImage | undefined)[]>;
  /**
   * Article bodies already rendered to Markdown (the app keeps them up to date as articles and
   * highlights change), by article id. One is used only when its key is the key of the article's
   * job now (articleBodyKey); the others are rendered.
   */
  renderedBodies?(articleIds: string[]): Promise<(KeyedRenderedBody | undefined)[]>;
}

/** A RenderedBody with the articleBodyKey of what it was made from. */
export interface KeyedRenderedBody extends RenderedBody {
  key: string;
}

/** Where the files go. */
export interface ExportSink {
  previousManifest(): Promise<ExportManifest | null>;
  /**
   * Writes the files. A sink on a real folder answers each file's stamp (size and modification
   * time once written): it goes in the manifest, and lets the next export leave the file alone.
   */
  write(files: ExportFile[]): Promise<FileStamp[] | void>;
  /**
   * Which of these files are still exactly as the last export left them (a regular file with the
   * same size and modification time). Without it every file is written each time.
   */
  unchanged?(files: { path: string; stamp: FileStamp }[]): Promise<boolean[]>;
  finish(manifest: ExportManifest): Promise<{ removed: number }>;
}

export interface ExportProgress {
  phase: 'planning' | 'attachments' | 'articles' | 'actors' | 'notes' | 'finishing';
  done: number;
  total: number;
}

/**
 * Turns article jobs into their Markdown files: in this thread (inlineArticleRenderer, the
 * default), or elsewhere (a pool of worker threads in main and on the command line). Jobs are
 * plain data, so they can be structured-cloned to wherever they are rendered.
 */
export interface ArticleRenderer {
  /** The Markdown of each job, in the same order. Rejects when any job fails, or when `signal` aborts. */
  render(jobs: ArticleJob[], signal?: AbortSignal): Promise<string[]>;
  /** How many batches to have in flight at once (default 1: one rendered while the last is written). */
  readonly concurrency?: number;
}

/** Renders each job here, with `document` (Chromium's, or jsdom/linkedom in Node) to parse bodies. */
export function inlineArticleRenderer(document: Document): ArticleRenderer {
  return { render: async (jobs) => jobs.map((job) => renderArticle(job, document)) };
}

export interface ExportOptions {
  /** A DOM document to parse article bodies with (Chromium's, or jsdom/linkedom in Node); needed unless `articleRenderer` is given. */
  document?: Document;
  /** Where articles are rendered (default: here, with `document`). */
  articleRenderer?: ArticleRenderer;
  mentionStyle: MentionStyle;
  exportedAt: string;
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
  /** Items per batch read and written (default 100). */
  batchSize?: number;
  /**
   * Files made ahead from this very notebook (prepareExport): used when this export plans the same
   * paths with the same mention style, else ignored. The caller must drop it once the notebook
   * changes (the app does so on any write to its tables).
   */
  prepared?: PreparedExport | null;
}

export interface ExportResult {
  /** Files written. */
  files: number;
  /** Files left as they were: same inputs as the last export into the folder, and untouched since. */
  skipped: number;
  removed: number;
  counts: { articles: number; actors: number; notes: number; attachments: number };
}

const IMAGE_EXT: Record<string, string> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/gif': '.gif',
  'image/webp': '.webp',
  'image/avif': '.avif',
  'image/svg+xml': '.svg',
  'image/bmp': '.bmp',
};

export function imageExtension(mime: string): string {
  return IMAGE_EXT[mime.toLowerCase()] ?? '.bin';
}

/** Each stored image's attachment file, named by image id (their extensions differ, so the stems alone decide collisions). */
function attachmentPaths(images: readonly Pick<StoredImage, 'id' | 'mime'>[]): Map<string, string> {
  const stems = planNames(images.map((i) => ({ id: i.id, title: safeStem(i.id, 'image') })), { folder: ATTACHMENTS_FOLDER, ext: '', fallback: 'image' });
  return new Map(images.map((i) => [i.id, stems.get(i.id)! + imageExtension(i.mime)]));
}

/** Every item's path, computed up front so each file can link to the others. */
export interface ExportPlan {
  links: ExportLinks;
  articlePaths: Map<string, string>;
  actorPaths: Map<string, string>;
  notePaths: Map<string, string>;
  imagePaths: Map<string, string>;
  manifest: ExportManifest;
}

export function planExport(
  data: { articles: Article[]; actors: Actor[]; quotes: Quote[]; noteHeads: Pick<Note, 'id' | 'title'>[]; imageHeads: Pick<StoredImage, 'id' | 'mime'>[] },
  previous: ExportManifest | null,
  exportedAt: string,
): ExportPlan {
  // Manifest keys carry the item's kind ("article:<id>"), so ids of different tables never clash.
  const before = (kind: string) => {
    const map = new Map<string, string>();
    for (const [key, path] of Object.entries(previous?.items ?? {})) if (key.startsWith(`${kind}:`)) map.set(key.slice(kind.length + 1), path);
    return map;
  };
  const articlePaths = planNames(data.articles.map((a) => ({ id: a.id, title: a.title })), { folder: ARTICLES_FOLDER, ext: '.md', fallback: 'Untitled article', previous: before('article') });
  const actorPaths = planNames(data.actors.map((a) => ({ id: a.id, title: a.name })), { folder: ACTORS_FOLDER, ext: '.md', fallback: 'Unnamed actor', previous: before('actor') });
  const notePaths = planNames(data.noteHeads.map((n) => ({ id: n.id, title: n.title })), { folder: NOTES_FOLDER, ext: '.md', fallback: 'Untitled note', previous: before('note') });
  const imagePaths = attachmentPaths(data.imageHeads);
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  const quotes = new Map(data.quotes.map((q) => [q.id, q]));
  const byArticle = new Map<string, Quote[]>();
  for (const q of data.quotes) if (articles.has(q.articleId)) (byArticle.get(q.articleId) ?? byArticle.set(q.articleId, []).get(q.articleId)!).push(q);
  const blockIds = new Map<string, string>();
  for (const list of byArticle.values()) for (const [id, block] of assignBlockIds(list)) blockIds.set(id, block);
  const links: ExportLinks = {
    articlePath: (id) => articlePaths.get(id),
    actorPath: (id) => actorPaths.get(id),
    notePath: (id) => notePaths.get(id),
    imagePath: (id) => imagePaths.get(id),
    blockId: (id) => blockIds.get(id),
    actor: (id) => actors.get(id),
    article: (id) => articles.get(id),
    quote: (id) => quotes.get(id),
  };
  const items: Record<string, string> = {};
  const kinds: [string, Map<string, string>][] = [['image', imagePaths], ['article', articlePaths], ['actor', actorPaths], ['note', notePaths]];
  for (const [kind, map] of kinds) for (const [id, path] of map) items[`${kind}:${id}`] = path;
  return { links, articlePaths, actorPaths, notePaths, imagePaths, manifest: { format: MANIFEST_FORMAT, version: MANIFEST_VERSION, exportedAt, items, files: {} } };
}

/** A fingerprint of every item's path in a plan: a prepared export is used only for the plan it was made for. */
export function planKey(plan: ExportPlan): string {
  const parts: string[] = [];
  for (const [item, path] of Object.entries(plan.manifest.items)) parts.push(item, path);
  return fingerprint('dossier-export-plan', ...parts);
}

/** Who said what and who appears where, as the actor files list them. */
export interface NotebookIndex {
  quotesByArticle: Map<string, Quote[]>;
  quotesBySpeaker: Map<string, Quote[]>;
  articlesByActor: Map<string, Article[]>;
  notesByActor: Map<string, Pick<Note, 'id' | 'title'>[]>;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexNotebook(articles: readonly Article[], quotes: readonly Quote[], noteHeads: readonly Pick<Note, 'id' | 'title' | 'actorIds'>[]): NotebookIndex {
  const index: NotebookIndex = { quotesByArticle: new Map(), quotesBySpeaker: new Map(), articlesByActor: new Map(), notesByActor: new Map() };
  for (const q of quotes) {
    push(index.quotesByArticle, q.articleId, q);
    if (q.speakerId) push(index.quotesBySpeaker, q.speakerId, q);
  }
  for (const a of articles) for (const id of a.actorIds) push(index.articlesByActor, id, a);
  for (const n of noteHeads) for (const id of n.actorIds) push(index.notesByActor, id, n);
  return index;
}

/** One article's job as exportNotebook makes it: its path in the plan, its quotes from the index. */
export function planArticleJob(article: Article, body: ArticleBody | undefined, plan: ExportPlan, index: NotebookIndex): ArticleJob {
  return articleJob({ article, body, quotes: index.quotesByArticle.get(article.id) ?? [], path: plan.articlePaths.get(article.id)! }, plan.links);
}

/** One actor's file, as exportNotebook writes it. */
export function actorFileText(actor: Actor, index: NotebookIndex, links: ExportLinks): string {
  const { quotesBySpeaker, articlesByActor, notesByActor } = index;
  return actorMarkdown({ actor, quotes: quotesBySpeaker.get(actor.id) ?? [], articles: articlesByActor.get(actor.id) ?? [], notes: notesByActor.get(actor.id) ?? [] }, links);
}

/**
 * The body job of one article as a whole-notebook export makes it (articleJob through planExport),
 * without planning the export: block ids from the article's quotes, image files named as
 * planExport names them. The app renders bodies from it as articles and highlights change; where
 * an export's plan differs (two image files whose names clash), the keys differ and the export
 * renders that body itself.
 */
export function articleBodyJob(body: ArticleBody | undefined, quotes: readonly Quote[], images: readonly Pick<StoredImage, 'id' | 'mime'>[]): ArticleBodyJob {
  const blockIds = Object.fromEntries(assignBlockIds(quotes));
  const shown = imageIdsIn(body?.html ?? '');
  const present = images.filter((i) => shown.has(i.id));
  const imagePaths = Object.fromEntries(attachmentPaths(present));
  return {
    path: `${ARTICLES_FOLDER}/article.md`,
    body: body ? bodyOfJob(body) : undefined,
    quotes: quotes.map(quoteOfJob),
    blockIds,
    imagePaths,
  };
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Writes the whole notebook through `sink`. Cancelling (signal) stops between batches; the manifest is then not updated. */
export async function exportNotebook(source: NotebookSource, sink: ExportSink, options: ExportOptions): Promise<ExportResult> {
  const { signal, onProgress, mentionStyle } = options;
  const size = options.batchSize ?? 100;
  if (!options.articleRenderer && !options.document) throw new TypeError('exportNotebook needs options.document or options.articleRenderer.');
  const renderer = options.articleRenderer ?? inlineArticleRenderer(options.document!);
  onProgress?.({ phase: 'planning', done: 0, total: 0 });
  const [articles, actors, quotes, noteHeads, imageHeads, previous] = await Promise.all([
    source.articles(),
    source.actors(),
    source.quotes(),
    source.noteHeads(),
    source.imageHeads(),
    sink.previousManifest(),
  ]);
  signal?.throwIfAborted();
  const plan = planExport({ articles, actors, quotes, noteHeads, imageHeads }, previous, options.exportedAt);
  const { links } = plan;
  const prepared = options.prepared && options.prepared.mentionStyle === mentionStyle && options.prepared.planKey === planKey(plan) ? options.prepared : undefined;
  let files = 0;
  let skipped = 0;
  /** The new manifest's file records: written files (with the stamp the sink answered) and files left alone. */
  const records: Record<string, FileRecord> = {};
  const before = previous?.files ?? {};
  // One batch is written while the next is made: disk and CPU overlap.
  let pending: Promise<void> = Promise.resolve();
  const write = async (batch: Fingerprinted[]) => {
    await pending;
    signal?.throwIfAborted();
    if (!batch.length) return;
    // Only paths and fingerprints wait for the stamps: the texts are the sink's now, and kept
    // here until it answers they would live long enough to be copied into the old generation.
    const written = batch.map(({ file, hash }) => ({ path: file.path, hash }));
    pending = sink.write(batch.map((b) => b.file)).then((stamps) => {
      if (!stamps) return;
      written.forEach(({ path, hash }, k) => {
        const stamp = stamps[k];
        if (stamp) records[path] = { hash, size: stamp.size, mtimeMs: stamp.mtimeMs };
      });
    });
    pending.catch(() => undefined); // awaited later; this only keeps Node from calling it unhandled meanwhile
    files += batch.length;
  };
  /**
   * Which entries can be left alone: the last export made the same path from the same inputs
   * (fingerprint), and the sink finds the file as it was left. Their records carry over.
   */
  const leaveAlone = async (entries: readonly { path: string; hash: string }[]): Promise<boolean[]> => {
    const keep = entries.map(() => false);
    if (!sink.unchanged) return keep;
    const candidates: number[] = [];
    entries.forEach((e, k) => Object.hasOwn(before, e.path) && before[e.path]!.hash === e.hash && candidates.push(k));
    if (!candidates.length) return keep;
    const answers = await sink.unchanged(candidates.map((k) => ({ path: entries[k]!.path, stamp: { size: before[entries[k]!.path]!.size, mtimeMs: before[entries[k]!.path]!.mtimeMs } })));
    candidates.forEach((k, n) => {
      if (answers[n] !== true) return;
      keep[k] = true;
      records[entries[k]!.path] = before[entries[k]!.path]!;
      skipped++;
    });
    return keep;
  };
  /** Writes the files whose content changed (or whose file did not stay as it was); a prepared file comes with its fingerprint. */
  const writeChanged = async (batch: (ExportFile & { hash?: string })[]) => {
    const entries = batch.map(({ hash, ...file }) => ({ file, path: file.path, hash: hash ?? ('text' in file ? fingerprint(file.text) : fingerprintBytes(file.bytes)) }));
    const keep = await leaveAlone(entries);
    await write(entries.filter((_, k) => !keep[k]));
  };
  try {
    return await writeAll();
  } finally {
    await pending.catch(() => undefined);
  }

  async function writeAll(): Promise<ExportResult> {

    const images = [...plan.imagePaths.keys()];
    for (const [i, ids] of chunk(images, size).entries()) {
      const rows = await source.images(ids);
      await writeChanged(rows.flatMap((img) => (img ? [{ path: plan.imagePaths.get(img.id)!, bytes: img.bytes }] : [])));
      onProgress?.({ phase: 'attachments', done: Math.min((i + 1) * size, images.length), total: images.length });
    }

    const index = indexNotebook(articles, quotes, noteHeads);
    const { quotesByArticle } = index;
    // Batches of articles: bodies read and rendered up to `ahead` batches before the one being written.
    // An article whose inputs did not change, and whose file is as it was left, is not rendered at all.
    const articleBatches = chunk(articles, size);
    const ahead = Math.max(1, Math.floor(renderer.concurrency ?? 1));
    /** Whether the last batch made had articles to render (so the next ones are started early). */
    let rendersLeft = true;
    const rendering: Promise<Fingerprinted[]>[] = []; // started, not yet written, in order
    let next = 0;
    const renderBatch = async (batch: Article[]): Promise<Fingerprinted[]> => {
      const ids = batch.map((a) => a.id);
      const keptRead = source.renderedBodies?.(ids);
      // An article prepared ahead is made from its prepared head and its kept body, when that body
      // is the one it was prepared with: its body is not even read. The others are made here.
      const kept = prepared ? await keptRead : undefined;
      const ready = batch.map((article, k) => {
        const entry = prepared?.articles.get(article.id);
        if (!entry) return undefined;
        // An article without a body lists all its highlights, as renderArticleBody does: nothing to keep.
        if (!entry.hasBody) return { entry, body: { markdown: '', unplacedIds: (quotesByArticle.get(article.id) ?? []).map((q) => q.id) } };
        const body = kept?.[k];
        return body && body.key === entry.bodyKey ? { entry, body } : undefined;
      });
      const rest = ids.flatMap((id, k) => (ready[k] ? [] : [k]));
      const [restBodies, keptBodies] = await Promise.all([rest.length ? source.bodies(rest.map((k) => ids[k]!)) : [], keptRead]);
      signal?.throwIfAborted();
      const jobs = new Map<number, ArticleJob>(rest.map((k, n) => [k, planArticleJob(batch[k]!, restBodies[n], plan, index)]));
      const bodyKeys = new Map([...jobs].map(([k, job]) => [k, articleBodyKey(job)]));
      const entries = batch.map((article, k) => ({ path: plan.articlePaths.get(article.id)!, hash: ready[k]?.entry.hash ?? articleFingerprint(jobs.get(k)!, bodyKeys.get(k)) }));
      const keep = await leaveAlone(entries);
      const texts: (string | undefined)[] = batch.map((article, k) => {
        if (keep[k]) return undefined;
        const made = ready[k];
        if (made) return joinArticle(made.entry.head, made.body, { quotes: quotesByArticle.get(article.id) ?? [], blockId: links.blockId, hasBody: made.entry.hasBody });
        const body = keptBodies?.[k];
        return body && body.key === bodyKeys.get(k) ? assembleArticle(jobs.get(k)!, body) : undefined;
      });
      // What is neither left alone nor assembled from a kept body is rendered (on workers, in main).
      const toRender = rest.filter((k) => !keep[k] && texts[k] === undefined);
      rendersLeft = toRender.length > 0;
      const rendered = toRender.length ? await renderer.render(toRender.map((k) => jobs.get(k)!), signal) : [];
      if (rendered.length !== toRender.length) throw new Error(`The article renderer returned ${rendered.length} files for ${toRender.length} articles.`);
      toRender.forEach((k, n) => (texts[k] = rendered[n]));
      return entries.flatMap(({ path, hash }, k) => (keep[k] ? [] : [{ file: { path, text: texts[k]! }, hash }]));
    };
    for (let i = 0; i < articleBatches.length; i++) {
      // Batches ahead only while the renderer has work: a batch made here from kept bodies is
      // made in a moment, and made ahead its texts would only wait (and outlive the young generation).
      while (next < articleBatches.length && next < i + (rendersLeft ? ahead : 1)) {
        const started = renderBatch(articleBatches[next++]!);
        started.catch(() => undefined); // awaited in order below; this only keeps Node from calling it unhandled meanwhile
        rendering.push(started);
      }
      await write(await rendering.shift()!);
      onProgress?.({ phase: 'articles', done: Math.min((i + 1) * size, articles.length), total: articles.length });
    }

    for (const [i, batch] of chunk(actors, size).entries()) {
      await writeChanged(
        batch.map((actor) => {
          const path = plan.actorPaths.get(actor.id)!;
          const made = prepared?.actors.get(actor.id);
          return made ? { path, ...made } : { path, text: actorFileText(actor, index, links) };
        }),
      );
      onProgress?.({ phase: 'actors', done: Math.min((i + 1) * size, actors.length), total: actors.length });
    }

    for (const [i, ids] of chunk(noteHeads.map((n) => n.id), size).entries()) {
      // Notes prepared ahead are not read again.
      const made = ids.map((id) => prepared?.notes.get(id));
      const unread = ids.filter((_, k) => !made[k]);
      const read = new Map((unread.length ? await source.notes(unread) : []).flatMap((note) => (note ? [[note.id, note] as const] : [])));
      await writeChanged(
        ids.flatMap((id, k) => {
          const path = plan.notePaths.get(id)!;
          const file = made[k];
          if (file) return [{ path, ...file }];
          const note = read.get(id);
          return note ? [{ path, text: noteMarkdown(note, path, links, mentionStyle) }] : [];
        }),
      );
      onProgress?.({ phase: 'notes', done: Math.min((i + 1) * size, noteHeads.length), total: noteHeads.length });
    }

    await pending;
    signal?.throwIfAborted();
    onProgress?.({ phase: 'finishing', done: 0, total: 1 });
    const { removed } = await sink.finish({ ...plan.manifest, files: records });
    return { files, skipped, removed, counts: { articles: articles.length, actors: actors.length, notes: noteHeads.length, attachments: images.length } };
  }
}

/** A file to write and the fingerprint of what it was made from (recorded in the manifest). */
interface Fingerprinted {
  file: ExportFile;
  hash: string;
}

/** A source over rows already in memory (a decoded backup, tests, the benchmark). */
export function memorySource(rows: {
  articles: Article[];
  bodies: ArticleBody[];
  actors: Actor[];
  quotes: Quote[];
  notes: Note[];
  images: StoredImage[];
  /** Kept body Markdown by article id, as the app stores it (optional). */
  renderedBodies?: ReadonlyMap<string, KeyedRenderedBody>;
}): NotebookSource {
  const bodies = new Map(rows.bodies.map((b) => [b.articleId, b]));
  const notes = new Map(rows.notes.map((n) => [n.id, n]));
  const images = new Map(rows.images.map((i) => [i.id, i]));
  return {
    articles: async () => rows.articles,
    actors: async () => rows.actors,
    quotes: async () => rows.quotes,
    noteHeads: async () => rows.notes.map((n) => ({ id: n.id, title: n.title, actorIds: n.actorIds })),
    imageHeads: async () => rows.images.map((i) => ({ id: i.id, mime: i.mime })),
    bodies: async (ids) => ids.map((id) => bodies.get(id)),
    notes: async (ids) => ids.map((id) => notes.get(id)),
    images: async (ids) => ids.map((id) => images.get(id)),
    ...(rows.renderedBodies ? { renderedBodies: async (ids: string[]) => ids.map((id) => rows.renderedBodies!.get(id)) } : {}),
  };
}
