/**
 * When a note is written to the notebook: shortly after typing stops, at once when the note or
 * the window loses focus, and again and again after a failure until a save succeeds. The text is
 * read from the editor only when a save starts, so typing never pays for serialising the note.
 */
export interface NoteContent {
  title: string;
  editorState: string;
}

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string; retryInMs: number };

export interface AutosaveOptions<C = NoteContent> {
  /** Takes what to save now (cheap: an immutable snapshot; serialising can wait for `write`). */
  read: () => C;
  /** Writes it; rejects with an explained error. */
  write: (content: C, attempt: number) => Promise<void>;
  /** A save failed: keep the text somewhere that survives a reload. */
  onFailure?: (content: C, error: unknown) => void;
  /** Everything typed so far is in the notebook. */
  onSaved?: () => void;
  /** Quiet time after the last edit before saving. */
  delayMs?: number;
  /** Waits before each retry after a failure; the last one repeats. */
  retryMs?: readonly number[];
}

export const AUTOSAVE_DELAY_MS = 700;
export const RETRY_MS = [1000, 2000, 5000, 10000, 30000] as const;

export class Autosaver<C = NoteContent> {
  private dirty = false;
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private stopped = false;
  private listeners = new Set<() => void>();
  private current: SaveState = { kind: 'saved' };

  constructor(private readonly options: AutosaveOptions<C>) {}

  get state(): SaveState {
    return this.current;
  }

  /** True while something typed is not yet in the notebook. */
  get pending(): boolean {
    return this.dirty || this.inFlight !== null;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The note changed: save once typing pauses. */
  changed(): void {
    this.dirty = true;
    if (this.current.kind !== 'failed') this.set({ kind: 'unsaved' });
    this.arm(this.options.delayMs ?? AUTOSAVE_DELAY_MS);
  }

  /** Saves now if anything is unsaved; resolves when the notebook has it (or the attempt failed). */
  flush(): Promise<void> {
    this.disarm();
    if (this.inFlight) {
      // One write at a time; the changes made meanwhile go in the next one.
      return this.inFlight.then(() => (this.dirty ? this.flush() : undefined));
    }
    if (!this.dirty) return Promise.resolve();
    this.dirty = false;
    const content = this.options.read();
    this.set({ kind: 'saving' });
    const attempt = this.failures + 1;
    this.inFlight = this.options.write(content, attempt).then(
      () => {
        this.inFlight = null;
        this.failures = 0;
        if (this.dirty) {
          this.set({ kind: 'unsaved' });
          this.arm(this.options.delayMs ?? AUTOSAVE_DELAY_MS);
        } else {
          this.set({ kind: 'saved' });
          this.options.onSaved?.();
        }
      },
      (error: unknown) => {
        this.inFlight = null;
        this.dirty = true;
        this.failures++;
        const retries = this.options.retryMs ?? RETRY_MS;
        const retryInMs = retries[Math.min(this.failures - 1, retries.length - 1)] ?? 30000;
        this.set({ kind: 'failed', message: error instanceof Error ? error.message : String(error), retryInMs });
        this.options.onFailure?.(content, error);
        this.arm(retryInMs);
      },
    );
    return this.inFlight;
  }

  /** Stops timers (retries included). A save already started still completes. */
  stop(): void {
    this.stopped = true;
    this.disarm();
    this.listeners.clear();
  }

  private arm(ms: number): void {
    if (this.stopped) return;
    this.disarm();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private set(state: SaveState): void {
    // The same state again is no news: listeners (the note view) re-render only on a real change,
    // which keeps keystrokes from re-rendering the editor's React tree.
    if (JSON.stringify(state) === JSON.stringify(this.current)) return;
    this.current = state;
    for (const l of this.listeners) l();
  }
}
