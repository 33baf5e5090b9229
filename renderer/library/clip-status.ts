import { CUT_SHORT_NOTICE } from '../../shared/clip/pipeline';
import { counted } from '../../shared/text/plural';
import { navigate } from '../app/router';
import { createStore, useStore } from '../app/store';
import { showToast } from '../app/toasts';
import type { ClipOutcome } from './clip-actions';

/**
 * The Clip box's state, kept outside the Library view: a clip goes on when the user leaves the
 * Library (Ctrl+4 to write a note meanwhile), so how it ends must not be lost with the view. The
 * typed address stays for a retry, and a failure while the Library is not showing is an error
 * toast wherever the user is.
 */
export interface ClipStatus {
  /** The text in the Clip box. */
  value: string;
  /** What is being clipped ("Clipping …"), while a clip runs. */
  busy: string | null;
  /** Whether the running clip can be cancelled (a web address: main's fetch is aborted). */
  cancellable: boolean;
  /** Why the last clip failed, shown under the Clip box. */
  error: string | null;
  /** A quiet word on how the last clip ended ("Clip cancelled."). */
  notice: string | null;
  /** The Clip box should take focus with its text selected (after a cancel, or the toast's "Edit address"). */
  focusBox: boolean;
  /** Pasted text or HTML whose clip failed elsewhere, for the Library to reopen in the paste box (the toast's "Edit"). */
  reopenPaste: FailedPaste | null;
}

/** What was pasted (or dropped) as an article, kept so a failed clip of it is not lost. */
export interface PastedClip {
  mode: 'text' | 'html';
  text: string;
  /** The plain-text form of pasted HTML. */
  alt?: string;
}

export interface FailedPaste extends PastedClip {
  /** Why its clip failed. */
  error: string;
}

interface Run {
  label: string;
  controller: AbortController;
  cancellable: boolean;
}

/** Characters of a clipped article's title quoted in its toast. */
const TOAST_TITLE_CHARS = 80;

const status = createStore<ClipStatus>({ value: '', busy: null, cancellable: false, error: null, notice: null, focusBox: false, reopenPaste: null });
const runs = new Map<number, Run>();
let nextRun = 1;
let libraryViews = 0;

function set(patch: Partial<ClipStatus>): void {
  status.set({ ...status.get(), ...patch });
}

/** busy and cancellable follow the newest clip still running. */
function runningPatch(): Pick<ClipStatus, 'busy' | 'cancellable'> {
  const last = [...runs.values()].pop();
  return { busy: last?.label ?? null, cancellable: [...runs.values()].some((r) => r.cancellable) };
}

export function useClipStatus(): ClipStatus {
  return useStore(status);
}

export function clipStatus(): ClipStatus {
  return status.get();
}

/** The Library view says it is showing (returns its goodbye): failures then go to its banner, not a toast. */
export function libraryShowing(): () => void {
  libraryViews++;
  return () => void libraryViews--;
}

export function setClipBoxValue(value: string): void {
  set({ value, error: null, notice: null });
}

export function setClipError(error: string | null): void {
  set({ error, notice: null });
}

export function clipBoxFocused(): void {
  if (status.get().focusBox) set({ focusBox: false });
}

/** The Library has reopened the paste box with `reopenPaste`. */
export function pasteReopened(): void {
  if (status.get().reopenPaste) set({ reopenPaste: null });
}

/** A title short enough for a toast of two or three lines (the whole title is in the library). */
function shortTitle(title: string): string {
  return title.length > TOAST_TITLE_CHARS ? `${title.slice(0, TOAST_TITLE_CHARS - 1).trimEnd()}…` : title;
}

/** What the toast for a finished clip says: its title, images that could not be kept, a possible paywall. */
export function clippedMessage({ title, imagesSkipped, cutShort }: { title: string; imagesSkipped: number; cutShort: boolean }): string {
  const skipped = imagesSkipped ? ` ${counted(imagesSkipped, 'image')} could not be downloaded and ${imagesSkipped === 1 ? 'was' : 'were'} left out.` : '';
  const wall = cutShort ? ` ${CUT_SHORT_NOTICE}` : '';
  return `Clipped “${shortTitle(title)}”.${skipped}${wall}`;
}

/** Toast for a finished clip, with a way to open it (the toast goes when the article is deleted). */
export function announce(outcome: ClipOutcome): void {
  if (outcome.status !== 'saved') return;
  const { article, imagesSkipped, cutShort } = outcome;
  // A notice that the clip may be cut short needs reading: it stays as long as an error does.
  showToast(
    { kind: 'info', message: clippedMessage({ title: article.title, imagesSkipped, cutShort }), action: { label: 'Open', run: () => navigate('read', article.id) }, articleId: article.id },
    cutShort ? 12000 : undefined,
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface RunClipOptions {
  /** The web address typed or dropped: kept in the Clip box on failure, named in the error toast. */
  address?: string;
  /** Where the error goes while the Library shows (the paste box reopens with its text); the banner by default. */
  onError?: (message: string) => void;
  /** Pasted text or HTML being clipped: a failure elsewhere offers it back in the paste box ("Edit"). */
  pasted?: PastedClip;
}

/**
 * Runs one clip. Its outcome is announced wherever the user is; an error shows under the Clip box
 * while the Library shows, and as an error toast (with "Edit address" for a web address, "Edit"
 * for pasted text or HTML, which reopens the paste box with it) when the user has gone elsewhere. A web address clip can be cancelled (cancelClip): it then ends at once,
 * quietly, and `work` gets the signal to stop its fetches and its save; only an article stored
 * before the cancel reached the save is announced as clipped after all.
 */
export async function runClip(label: string, work: (signal: AbortSignal) => Promise<ClipOutcome>, options: RunClipOptions = {}): Promise<boolean> {
  const id = nextRun++;
  const run: Run = { label, controller: new AbortController(), cancellable: options.address !== undefined };
  runs.set(id, run);
  set({ ...runningPatch(), error: null, notice: null });
  try {
    const outcome = await work(run.controller.signal);
    if (run.controller.signal.aborted) {
      if (outcome.status !== 'saved') return false;
      // Cancelled after the article was stored: too late to stop it, so it is clipped and says so.
      set({ notice: null });
    }
    announce(outcome);
    if (options.address !== undefined && outcome.status !== 'cancelled' && status.get().value === options.address) set({ value: '' });
    return outcome.status !== 'cancelled';
  } catch (error) {
    if (run.controller.signal.aborted) return false;
    fail(messageOf(error), options);
    return false;
  } finally {
    if (runs.delete(id)) set(runningPatch());
  }
}

function fail(message: string, options: RunClipOptions): void {
  const address = options.address;
  if (address !== undefined && status.get().value !== address) set({ value: address });
  if (libraryViews > 0) {
    if (options.onError) options.onError(message);
    else set({ error: message });
    return;
  }
  const pasted = options.pasted;
  if (pasted) {
    showToast({
      kind: 'error',
      message,
      action: {
        label: 'Edit',
        run: () => {
          set({ reopenPaste: { ...pasted, error: message } });
          navigate('library');
        },
      },
    });
    return;
  }
  if (address === undefined) {
    showToast({ kind: 'error', message });
    return;
  }
  showToast({
    kind: 'error',
    message: `Dossier could not clip ${address.trim().slice(0, 200)}. ${message}`,
    action: {
      label: 'Edit address',
      run: () => {
        set({ value: address, focusBox: true });
        navigate('library');
      },
    },
  });
}

/** Cancels the running web-address clips: the Clip box is usable again at once, its address kept. */
export function cancelClip(): void {
  let cancelled = false;
  for (const [id, run] of runs) {
    if (!run.cancellable) continue;
    run.controller.abort();
    runs.delete(id);
    cancelled = true;
  }
  if (cancelled) set({ ...runningPatch(), error: null, notice: 'Clip cancelled.', focusBox: true });
}
