/**
 * The live look of the quotes and actors an open note refers to, read with one Dexie live query
 * for the whole note (not one per node), so a note with hundreds of quotes and mentions stays
 * cheap and every node updates when its quote or actor changes.
 */
import { observe } from '../db/live';
import { actorNames, quoteViews, type QuoteView } from '../db/notes-lookup';

export type QuoteLive = { status: 'loading' } | { status: 'live'; view: QuoteView } | { status: 'detached' };
export type ActorLive = { status: 'loading' } | { status: 'live'; name: string } | { status: 'gone' };

const LOADING = { status: 'loading' } as const;
const DETACHED = { status: 'detached' } as const;
const GONE = { status: 'gone' } as const;

function sameView(a: QuoteView, b: QuoteView): boolean {
  return a.articleId === b.articleId && JSON.stringify(a.snapshot) === JSON.stringify(b.snapshot);
}

export interface RefsValue {
  views: Map<string, QuoteView>;
  names: Map<string, string>;
}

/** Watches the given quotes and actors, calling `onValue` now and on every change; returns the unsubscribe. */
export type RefsSource = (quoteIds: string[], actorIds: string[], onValue: (value: RefsValue) => void, onError: (error: unknown) => void) => () => void;

/** The notebook as the source: one Dexie live query over the quotes (with articles and speakers) and actors. */
export const notebookRefs: RefsSource = (quoteIds, actorIds, onValue, onError) =>
  observe(async () => ({ views: await quoteViews(quoteIds), names: await actorNames(actorIds) }), onValue, onError);

export class LiveRefs {
  private quoteUses = new Map<string, number>();
  private actorUses = new Map<string, number>();
  private quotes = new Map<string, QuoteLive>();
  private actors = new Map<string, ActorLive>();
  private listeners = new Set<() => void>();
  private unsubscribe: (() => void) | null = null;
  private scheduled = false;
  private disposed = false;

  constructor(private readonly source: RefsSource = notebookRefs) {}

  /** Starts watching an id while a node shows it; returns the release function. */
  retainQuote(id: string): () => void {
    return this.retain(this.quoteUses, id);
  }

  retainActor(id: string): () => void {
    return this.retain(this.actorUses, id);
  }

  quote(id: string): QuoteLive {
    return this.quotes.get(id) ?? LOADING;
  }

  actor(id: string): ActorLive {
    return this.actors.get(id) ?? LOADING;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  dispose(): void {
    this.disposed = true;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.listeners.clear();
  }

  private retain(uses: Map<string, number>, id: string): () => void {
    const before = uses.get(id) ?? 0;
    uses.set(id, before + 1);
    if (before === 0) this.schedule();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const n = (uses.get(id) ?? 1) - 1;
      if (n > 0) uses.set(id, n);
      else uses.delete(id);
    };
  }

  /** Batches the retains of one render into a single re-subscription. */
  private schedule(): void {
    if (this.scheduled || this.disposed) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      this.resubscribe();
    }, 0);
  }

  private resubscribe(): void {
    if (this.disposed) return;
    this.unsubscribe?.();
    const quoteIds = [...this.quoteUses.keys()];
    const actorIds = [...this.actorUses.keys()];
    this.unsubscribe = this.source(
      quoteIds,
      actorIds,
      ({ views, names }) => this.apply(quoteIds, views, actorIds, names),
      (error) => console.error('Could not read the quotes and actors of this note', error),
    );
  }

  private apply(quoteIds: string[], views: Map<string, QuoteView>, actorIds: string[], names: Map<string, string>): void {
    let changed = false;
    for (const id of quoteIds) {
      const view = views.get(id);
      const prev = this.quotes.get(id);
      if (!view) {
        if (prev !== DETACHED) {
          this.quotes.set(id, DETACHED);
          changed = true;
        }
      } else if (!(prev?.status === 'live' && sameView(prev.view, view))) {
        this.quotes.set(id, { status: 'live', view });
        changed = true;
      }
    }
    for (const id of actorIds) {
      const name = names.get(id);
      const prev = this.actors.get(id);
      if (name === undefined) {
        if (prev !== GONE) {
          this.actors.set(id, GONE);
          changed = true;
        }
      } else if (!(prev?.status === 'live' && prev.name === name)) {
        this.actors.set(id, { status: 'live', name });
        changed = true;
      }
    }
    if (changed) for (const l of this.listeners) l();
  }
}
