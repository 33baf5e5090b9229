/**
 * Every way into the library ends here: a URL (the Clip box, dossier:// links, a dropped link),
 * pasted HTML or text, an opened or dropped file. Each builds a draft with the shared pipeline,
 * downloads its images through main, and saves all-or-nothing. Failures throw errors whose
 * message says what went wrong and what to try; nothing half-saved is left behind.
 */
import type { Article, ClipSource, Quote, StoredImage } from '../../shared/model';
import { newId, nowIso } from '../../shared/model/ids';
import { describeRange } from '../../shared/anchor';
import { canonicalUrl, normaliseTypedUrl, schemeOf } from '../../shared/clip/canonical';
import { decodePage } from '../../shared/clip/decode';
import { clipFileKind, type ClipFileKind } from '../../shared/clip/file-kind';
import { binaryMessage, sniffBinary } from '../../shared/clip/sniff';
import { ClipError, draftFromHtml, draftFromText, finishDraft, type ClipDraft, type ClipEnv } from '../../shared/clip/pipeline';
import { FETCH_LIMITS } from '../../shared/api/calls/clip';
import { callMain } from '../api';
import { navigate } from '../app/router';
import { findByCanonicalUrl, saveClip } from '../db/articles';
import { findSelection } from './find-selection';
import { askDuplicate, hasDuplicatePromptView, type DuplicateChoice } from './duplicate-prompt';

export type ClipOutcome =
  | { status: 'saved'; article: Article; imagesSkipped: number; cutShort: boolean }
  | { status: 'existing'; article: Article }
  | { status: 'cancelled' };

export interface ClipOptions {
  /** Text the user had selected on the page: saved as the clip's first highlight. */
  selection?: string;
  source?: ClipSource;
  /** How to settle a URL already in the library; by default the user is asked. */
  onDuplicate?: (existing: Article) => Promise<DuplicateChoice> | DuplicateChoice;
  /** Open the saved (or existing) article in the reader afterwards. */
  open?: boolean;
  /** The user cancelling the clip: main's fetches are aborted and nothing is saved. */
  signal?: AbortSignal;
}

/** A clip the user cancelled: it ends without a message (the Clip box says "Clip cancelled"). */
export class ClipCancelledError extends Error {
  constructor() {
    super('The clip was cancelled.');
    this.name = 'ClipCancelledError';
  }
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ClipCancelledError();
}

/**
 * One of a clip's fetches in main, ended at once when the user cancels: main is told to abort the
 * fetches under the call's requestId (closing their connections), and the clip rejects without
 * waiting for main's answer. Without a signal the call goes without a requestId, as before.
 */
function cancellable<T>(signal: AbortSignal | undefined, start: (requestId: string | undefined) => Promise<T>): Promise<T> {
  if (!signal) return start(undefined);
  throwIfCancelled(signal);
  const requestId = newId();
  const call = start(requestId);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      void callMain('cancelFetch', { requestId }).catch(() => undefined);
      reject(new ClipCancelledError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
    call.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The browser's own parser and window: the app runs the shared pipeline on Chromium's DOM. */
function clipEnv(): ClipEnv {
  const parser = new DOMParser();
  return { parseHtml: (html) => parser.parseFromString(html, 'text/html'), window };
}

function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** The newest clip of the same canonical URL, if any. */
async function existingClip(url: string | null): Promise<Article | null> {
  const canonical = url ? canonicalUrl(url) : null;
  if (!canonical) return null;
  const found = await findByCanonicalUrl(canonical);
  return found.sort((a, b) => b.clippedAt.localeCompare(a.clippedAt))[0] ?? null;
}

async function settleDuplicate(existing: Article, url: string, options: ClipOptions): Promise<DuplicateChoice> {
  if (options.onDuplicate) return options.onDuplicate(existing);
  if (!hasDuplicatePromptView()) navigate('library');
  return askDuplicate({ existing, url });
}

/** The selection as a highlight on the stored text, when it can be found there (whitespace may differ). */
export function selectionQuote(articleId: string, text: string, selection: string | undefined): Quote | null {
  const range = selection ? findSelection(text, selection) : null;
  if (!range) return null;
  const { start, end } = range;
  const selectors = describeRange(text, start, end);
  const now = nowIso();
  return {
    id: newId(),
    articleId,
    text: selectors.quote.exact,
    quoteSelector: selectors.quote,
    positionSelector: selectors.position,
    unplaced: false,
    color: 'yellow',
    comment: '',
    speakerId: null,
    mentionIds: [],
    tags: [],
    createdAt: now,
    updatedAt: now,
  };
}

/** Downloads the draft's images through main, stores them with the article, and saves it all at once. */
async function saveDraft(draft: ClipDraft, env: ClipEnv, options: ClipOptions): Promise<{ article: Article; imagesSkipped: number; cutShort: boolean }> {
  const images: StoredImage[] = [];
  const stored = new Map<string, string>();
  let imagesSkipped = 0;
  if (draft.imageUrls.length) {
    try {
      const urls = draft.imageUrls.slice(0, 200);
      const result = await cancellable(options.signal, (requestId) => callMain('fetchImages', requestId ? { urls, requestId } : { urls }));
      for (const image of result.images) {
        const id = newId();
        images.push({ id, articleId: draft.article.id, mime: image.mime, bytes: base64ToBytes(image.base64), sourceUrl: image.url });
        stored.set(image.url, id);
      }
      imagesSkipped = result.skipped.length;
    } catch (error) {
      if (error instanceof ClipCancelledError) throw error;
      // Images never fail a clip: the article is saved without them.
      imagesSkipped = draft.imageUrls.length;
    }
  }
  throwIfCancelled(options.signal);
  const done = finishDraft(draft, stored, env);
  const quote = selectionQuote(done.article.id, done.body.text, options.selection);
  const article = { ...done.article, quoteCount: quote ? 1 : 0 };
  await saveClip(article, done.body, images, quote ? [quote] : [], options.signal);
  if (options.open) navigate('read', article.id);
  return { article, imagesSkipped, cutShort: draft.cutShort };
}

/** Asks about a duplicate (if any) and saves the draft as new, as a new version, or opens the existing one. */
async function saveWithDuplicateCheck(draft: ClipDraft, env: ClipEnv, options: ClipOptions, known?: { existing: Article; choice: DuplicateChoice }): Promise<ClipOutcome> {
  let previous: Article | null = known?.choice === 'new-version' ? known.existing : null;
  if (!known && draft.article.canonicalUrl) {
    const existing = await existingClip(draft.article.canonicalUrl);
    if (existing) {
      throwIfCancelled(options.signal);
      const choice = await settleDuplicate(existing, draft.article.canonicalUrl, options);
      if (choice === 'cancel') return { status: 'cancelled' };
      if (choice === 'open') {
        navigate('read', existing.id);
        return { status: 'existing', article: existing };
      }
      previous = existing;
    }
  }
  draft.article.previousVersionId = previous?.id ?? null;
  const saved = await saveDraft(draft, env, options);
  return { status: 'saved', ...saved };
}

/**
 * Clips a web page: main fetches it, the shared pipeline extracts and sanitises the article, its
 * images are stored for offline reading. A URL already in the library (same canonical URL) asks
 * "Open existing" or "Save new version" first. Used by the Clip box, dropped links, and
 * dossier://clip links.
 */
export async function clipUrl(url: string, options: ClipOptions = {}): Promise<ClipOutcome> {
  const address = normaliseTypedUrl(url);
  const scheme = schemeOf(url);
  if (!address && scheme && scheme !== 'http' && scheme !== 'https') {
    throw new ClipError('bad-url', `Only http and https pages can be clipped, not ${scheme}: addresses. Copy the article’s web address (https://…) from your browser.`);
  }
  if (!address) {
    throw new ClipError('bad-url', `“${url.trim().slice(0, 200)}” is not a web address. Type or paste one that starts with http:// or https://, or paste the article’s text.`);
  }
  const source = options.source ?? 'url';
  const existing = await existingClip(address);
  let known: { existing: Article; choice: DuplicateChoice } | undefined;
  if (existing) {
    const choice = await settleDuplicate(existing, address, options);
    if (choice === 'cancel') return { status: 'cancelled' };
    if (choice === 'open') {
      navigate('read', existing.id);
      return { status: 'existing', article: existing };
    }
    known = { existing, choice };
  }
  const page = await cancellable(options.signal, (requestId) => callMain('fetchPage', requestId ? { url: address, requestId } : { url: address }));
  throwIfCancelled(options.signal);
  const env = clipEnv();
  const what = `The page at ${new URL(page.url).host}`;
  const draft = page.kind === 'html' ? draftFromHtml({ html: page.text, url: page.url, source, what }, env) : draftFromText({ text: page.text, url: page.url, source, what }, env);
  return saveWithDuplicateCheck(draft, env, options, known);
}

/** Clips pasted (or dropped) HTML: the clipboard's text/html, or a selection dragged from a browser. */
export function clipHtml(html: string, options: ClipOptions & { url?: string | null; what?: string } = {}): Promise<ClipOutcome> {
  const env = clipEnv();
  const draft = draftFromHtml({ html, url: options.url ?? null, source: options.source ?? 'html', what: options.what ?? 'The pasted HTML' }, env);
  return saveWithDuplicateCheck(draft, env, options);
}

/** Clips plain text: headline on line 1, then the body; page furniture removed, captions kept apart. */
export function clipText(text: string, options: ClipOptions & { url?: string | null; what?: string; markdown?: boolean } = {}): Promise<ClipOutcome> {
  const env = clipEnv();
  const draft = draftFromText({ text, url: options.url ?? null, source: options.source ?? 'text', what: options.what, markdown: options.markdown }, env);
  return saveWithDuplicateCheck(draft, env, options);
}

/** Clips decoded file text by its kind (no duplicate prompt: batches save a new version quietly). */
export function clipFileText(name: string, kind: ClipFileKind, text: string, source: ClipSource): Promise<ClipOutcome> {
  const what = `“${name}”`;
  const options: ClipOptions = { source, onDuplicate: () => 'new-version' };
  return kind === 'html' ? clipHtml(text, { ...options, what }) : clipText(text, { ...options, what, markdown: kind === 'markdown' });
}

async function gunzipBytes(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  try {
    const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
    const reader = stream.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > FETCH_LIMITS.fileBytes) {
        await reader.cancel();
        throw new ClipError('too-large', `“${name}” unpacks to more than ${FETCH_LIMITS.fileBytes / 1048576} MB, more than Dossier clips. Save just the article and try again.`);
      }
      chunks.push(value);
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  } catch (error) {
    if (error instanceof ClipError) throw error;
    throw new ClipError('binary', `“${name}” is not a valid gzip file. Unpack it yourself, or save the page again.`);
  }
}

/** Clips a file dropped on the window: read here (the renderer has the File), checked like main checks opened files. */
export async function clipDroppedFile(file: File): Promise<ClipOutcome> {
  const kind = clipFileKind(file.name);
  if (!kind) throw new ClipError('binary', `“${file.name}” is not a file Dossier clips. Drop an .html, .htm, .txt or .md file (or .html.gz).`);
  if (file.size > FETCH_LIMITS.fileBytes) {
    throw new ClipError('too-large', `“${file.name}” is ${Math.round(file.size / 1048576)} MB, larger than the ${FETCH_LIMITS.fileBytes / 1048576} MB Dossier clips. Save just the article, or copy its text and paste it.`);
  }
  let bytes: Uint8Array = new Uint8Array(await file.arrayBuffer());
  if (/\.gz$/i.test(file.name)) bytes = await gunzipBytes(bytes, file.name);
  const binary = sniffBinary(bytes);
  if (binary) throw new ClipError('binary', binaryMessage(binary, `“${file.name}”`));
  return clipFileText(file.name, kind, decodePage(bytes, null).text, 'drop');
}

/** Reads a file chosen in main's open dialog and clips it. */
export async function clipChosenFile(token: string): Promise<ClipOutcome> {
  const file = await callMain('readClipFile', { token });
  return clipFileText(file.name, file.kind, file.text, 'file');
}
