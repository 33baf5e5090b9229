import { useEffect, useMemo } from 'react';
import { callMain } from '../api';
import { registerCommands, type Command } from '../app/commands';
import { isEditable } from '../app/keyboard';
import { dismissToast, replaceToast, showToast } from '../app/toasts';
import { getArticleBody } from '../db/articles';
import { createQuote, listQuotesForArticle } from '../db/quotes';
import { clipUrl } from './clip-actions';
import { createClipQueue, NO_URL_ON_CLIPBOARD, readClipRejected, readClipRequest, runClipRequest, type ClipRequestDeps } from './clip-request';
import { CLIP_CLIPBOARD_SHORTCUT, isClipClipboardShortcut } from './clip-shortcut';
import type { ClipRequest } from '../../shared/api/events';
import type { ClipSource } from '../../shared/model';
import { FETCH_LIMITS } from '../../shared/api/calls/clip';

const deps: ClipRequestDeps = {
  clipUrl,
  articleText: async (id) => (await getArticleBody(id))?.text,
  hasQuoteAt: async (id, start, end) => (await listQuotesForArticle(id)).some((q) => q.positionSelector.start === start && q.positionSelector.end === end),
  createQuote,
  info: (message) => showToast({ kind: 'info', message }),
  error: (message) => showToast({ kind: 'error', message }),
};

/** How long "Clipping …" may show: a page and then its images, each within main's time-out. */
const PROGRESS_MS = 2 * FETCH_LIMITS.timeoutMs + 10_000;

/**
 * One request, with a "Clipping <host>…" toast while it runs that its result replaces (so the
 * two never show together); a clip that ends without a word (the user chose Cancel or Open
 * existing) takes the progress toast away.
 */
async function runWithProgress({ request, source }: { request: ClipRequest; source: ClipSource }): Promise<void> {
  const progress = showToast({ kind: 'info', message: `Clipping ${new URL(request.url).host}…` }, PROGRESS_MS);
  let answered = false;
  const answer = (kind: 'info' | 'error') => (message: string) => {
    if (answered) showToast({ kind, message });
    else replaceToast(progress, { kind, message });
    answered = true;
  };
  try {
    await runClipRequest(request, source, { ...deps, info: answer('info'), error: answer('error') });
  } finally {
    if (!answered) dismissToast(progress);
  }
}

const queue = createClipQueue(runWithProgress);

/** Reads the clipboard through main (the page may not) and clips the address on it. */
export async function clipCopiedLink(): Promise<void> {
  let url: string | null;
  try {
    ({ url } = await callMain('readClipboardUrl', {}));
  } catch (error) {
    showToast({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    return;
  }
  if (!url) {
    showToast({ kind: 'error', message: NO_URL_ON_CLIPBOARD });
    return;
  }
  await queue.push({ request: { url }, source: 'url' });
}

/**
 * Mounted once by the app shell: dossier://clip links sent by main (each validated again here)
 * are clipped with their selection highlighted, refused links are shown as errors, and the
 * copied-link shortcut and palette command are registered.
 */
export function useClipLinks(): void {
  useEffect(() => {
    const api = window.dossier;
    if (!api?.onClipRequest || !api.onClipRejected) return;
    const offRequest = api.onClipRequest((payload: unknown) => {
      const request = readClipRequest(payload);
      if (!request) {
        showToast({ kind: 'error', message: 'Dossier ignored a clip link it could not read. Use the bookmarklet from Help and try again.' });
        return;
      }
      void queue.push({ request, source: 'protocol' });
    });
    const offRejected = api.onClipRejected((payload: unknown) => {
      const rejected = readClipRejected(payload);
      showToast({ kind: 'error', message: rejected?.message ?? 'Dossier refused a clip link it could not read.' });
    });
    return () => {
      offRequest();
      offRejected();
    };
  }, []);

  const commands = useMemo<Command[]>(
    () => [{ id: 'clip.copied-link', group: 'Clip', title: 'Clip the copied link', shortcut: CLIP_CLIPBOARD_SHORTCUT, run: () => void clipCopiedLink() }],
    [],
  );
  useEffect(() => registerCommands(commands), [commands]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isClipClipboardShortcut(e, isEditable(e.target))) return;
      e.preventDefault();
      void clipCopiedLink();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
