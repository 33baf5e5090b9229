import { clipRejectedSchema, clipRequestSchema, type ClipRejected, type ClipRequest } from '../../shared/api/events';
import type { Article, ClipSource } from '../../shared/model';
import { CUT_SHORT_NOTICE } from '../../shared/clip/pipeline';
import { findSelection } from './find-selection';

/**
 * What Dossier does with a page sent from the browser (a dossier://clip link, or the copied
 * address with the clip shortcut): clip it, make the selected text its first highlight, and say
 * what happened. Written against injected functions so it is tested without a window or a database.
 */

/** What clipUrl (clip-actions.ts) answers. */
export type ClipUrlOutcome = { status: 'saved'; article: Article; imagesSkipped: number; cutShort: boolean } | { status: 'existing'; article: Article } | { status: 'cancelled' };

export interface ClipRequestDeps {
  clipUrl: (url: string, options: { selection?: string; source: ClipSource; open: boolean }) => Promise<ClipUrlOutcome>;
  /** The stored text of an article (ArticleBody.text), for highlighting in an article clipped before. */
  articleText: (articleId: string) => Promise<string | undefined>;
  /** Whether the article already has a highlight on exactly this range. */
  hasQuoteAt: (articleId: string, start: number, end: number) => Promise<boolean>;
  createQuote: (input: { articleId: string; start: number; end: number }) => Promise<unknown>;
  info: (message: string) => void;
  error: (message: string) => void;
}

/** A payload from main, checked again here: the renderer never trusts a message for coming from main. */
export function readClipRequest(payload: unknown): ClipRequest | null {
  const parsed = clipRequestSchema.safeParse(payload);
  return parsed.success ? parsed.data : null;
}

export function readClipRejected(payload: unknown): ClipRejected | null {
  const parsed = clipRejectedSchema.safeParse(payload);
  return parsed.success ? parsed.data : null;
}

function titleOf(article: Article): string {
  const t = article.title.length > 80 ? `${article.title.slice(0, 79)}…` : article.title;
  return `“${t}”`;
}

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'Dossier could not clip the page. Check the address and your connection, then try again.';
}

/**
 * Clips one request. Errors never escape: each ends as a message to the user (the clip
 * feature's errors already say what went wrong and what to try).
 */
export async function runClipRequest(request: ClipRequest, source: ClipSource, deps: ClipRequestDeps): Promise<void> {
  let outcome: ClipUrlOutcome;
  try {
    outcome = await deps.clipUrl(request.url, { ...(request.selection ? { selection: request.selection } : {}), source, open: true });
  } catch (error) {
    deps.error(messageOf(error));
    return;
  }
  if (outcome.status === 'cancelled') return;
  const { article } = outcome;
  const wall = outcome.status === 'saved' && outcome.cutShort ? ` ${CUT_SHORT_NOTICE}` : '';
  if (!request.selection) {
    if (outcome.status === 'saved') deps.info(`Clipped ${titleOf(article)}.${wall}`);
    return;
  }
  if (outcome.status === 'saved') {
    // clipUrl saved the selection as the first highlight in the same transaction, when it found it.
    if (article.quoteCount > 0) deps.info(`Clipped ${titleOf(article)} with your selection highlighted.${wall}`);
    else deps.info(`Clipped ${titleOf(article)}. The text you selected is not in the extracted article, so no highlight was made.${wall}`);
    return;
  }
  // Already in the library and the user chose to open it: highlight the selection there.
  try {
    const text = await deps.articleText(article.id);
    const range = text === undefined ? null : findSelection(text, request.selection);
    if (!range) {
      deps.info(`Opened ${titleOf(article)}. The text you selected is not in it, so no highlight was made.`);
      return;
    }
    if (await deps.hasQuoteAt(article.id, range.start, range.end)) {
      deps.info(`Opened ${titleOf(article)}; your selection was already highlighted.`);
      return;
    }
    await deps.createQuote({ articleId: article.id, ...range });
    deps.info(`Opened ${titleOf(article)} and highlighted your selection.`);
  } catch (error) {
    deps.error(messageOf(error));
  }
}

/**
 * Requests run one after another (two links clicked quickly must not race on the duplicate
 * check); a request for a URL already waiting or running is dropped.
 */
export function createClipQueue<T extends { request: ClipRequest }>(run: (item: T) => Promise<void>) {
  let tail: Promise<void> = Promise.resolve();
  const active = new Set<string>();
  return {
    push(item: T): Promise<void> {
      const url = item.request.url;
      if (active.has(url)) return tail;
      active.add(url);
      tail = tail
        .then(() => run(item))
        .catch(() => undefined)
        .finally(() => active.delete(url));
      return tail;
    },
  };
}

/** The message for the clip shortcut when the clipboard holds no web address. */
export const NO_URL_ON_CLIPBOARD = 'The clipboard holds no web address. Copy the page’s address in your browser (Ctrl+L, then Ctrl+C; ⌘L, ⌘C on a Mac) and press the shortcut again.';
