/**
 * Keeps the notebook index in step with the database. Runs inside the search worker (or in the
 * window when workers are unavailable): loads the persisted index, reconciles it with what the
 * database holds now (stale-index detection), builds from scratch only when there is no usable
 * snapshot, applies every change the repositories report, and saves the index again shortly after
 * changes stop.
 */
import { actorDoc, articleDoc, articleSig, INDEX_FORMAT, NotebookIndex, noteDoc, quoteDoc, type SearchHit, type SearchKind, type SearchOptions } from '../../shared/search/notebook-index';
import type { Change, TableName } from '../db/changes';
import {
  actorsByIds,
  articleHeads,
  articleIdPage,
  articlesWithText,
  loadIndexSnapshot,
  notesByIds,
  quotesByIds,
  saveIndexSnapshot,
  tableIds,
  updatedSince,
} from '../db/search-index';

export type SearchState = 'starting' | 'loading' | 'building' | 'reconciling' | 'ready' | 'failed';

export interface SearchStatus {
  state: SearchState;
  /** Rows in the index. */
  docs: number;
  /** How the index came to be this session: loaded from the saved snapshot, or built. */
  source: 'snapshot' | 'build' | null;
  /** Milliseconds from start to ready (load or build, then reconcile). */
  readyMs: number | null;
  changeCount: number;
  message?: string;
}

const KIND_OF: Record<TableName, SearchKind> = { articles: 'article', quotes: 'quote', actors: 'actor', notes: 'note' };
const ARTICLE_PAGE = 100;
const ROW_PAGE = 2000;
/** Save this long after the last change (a save serialises the whole index). */
const SAVE_DELAY_MS = 4000;
/** Rows updated this close before a snapshot may have been written after it was serialised. */
const CLOCK_MARGIN_MS = 60_000;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class SearchService {
  private index = NotebookIndex.create();
  private status: SearchStatus = { state: 'starting', docs: 0, source: null, readyMs: null, changeCount: 0 };
  private queue: Change[] = [];
  private draining: Promise<void> | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private saving: Promise<void> | null = null;
  private readyWaiters: (() => void)[] = [];

  constructor(
    private readonly onStatus: (status: SearchStatus) => void = () => undefined,
    private readonly saveDelayMs = SAVE_DELAY_MS,
  ) {}

  getStatus(): SearchStatus {
    return this.status;
  }

  private setStatus(patch: Partial<SearchStatus>): void {
    this.status = { ...this.status, ...patch, docs: this.index.size };
    this.onStatus(this.status);
    if (this.status.state === 'ready') for (const w of this.readyWaiters.splice(0)) w();
  }

  whenReady(): Promise<void> {
    if (this.status.state === 'ready') return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  async start(): Promise<void> {
    const started = performance.now();
    try {
      this.setStatus({ state: 'loading' });
      const snapshot = await loadIndexSnapshot().catch(() => null);
      let since: string | null = null;
      if (snapshot && snapshot.meta.format === INDEX_FORMAT) {
        try {
          this.index = NotebookIndex.fromSnapshot(snapshot.snapshot);
          since = snapshot.meta.savedAt;
          this.setStatus({ source: 'snapshot', changeCount: snapshot.meta.changeCount });
        } catch {
          this.index = NotebookIndex.create();
        }
      }
      if (since === null) {
        this.setStatus({ state: 'building', source: 'build' });
        await this.build();
      } else {
        this.setStatus({ state: 'reconciling' });
        const changed = await this.reconcile(since);
        if (changed) this.scheduleSave();
      }
      this.setStatus({ state: 'ready', readyMs: Math.round(performance.now() - started) });
      await this.drain();
      if (this.status.source === 'build') await this.save();
    } catch (error) {
      this.setStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
      for (const w of this.readyWaiters.splice(0)) w();
    }
  }

  /** Ranked hits; while the first build runs, hits come from what is indexed so far. */
  search(query: string, options?: SearchOptions): SearchHit[] {
    return this.index.search(query, options);
  }

  /** A change the repositories reported; applied in order, after loading finishes. */
  apply(change: Change): Promise<void> {
    this.queue.push(change);
    if (this.status.state !== 'ready') return Promise.resolve();
    return this.drain();
  }

  private drain(): Promise<void> {
    if (this.draining) return this.draining.then(() => (this.queue.length ? this.drain() : undefined));
    if (!this.queue.length) return Promise.resolve();
    const run = async () => {
      await Promise.resolve(); // let `draining` be set before the loop can finish
      try {
        while (this.queue.length) {
          const change = this.queue.shift()!;
          await this.applyNow(change);
          this.status = { ...this.status, changeCount: this.status.changeCount + 1 };
        }
        this.setStatus({});
        this.scheduleSave();
      } finally {
        this.draining = null;
      }
    };
    this.draining = run();
    return this.draining;
  }

  private async applyNow(change: Change): Promise<void> {
    const kind = KIND_OF[change.table];
    if (change.kind === 'delete') {
      for (const id of change.ids) this.index.remove(kind, id);
      return;
    }
    for (let i = 0; i < change.ids.length; i += kind === 'article' ? ARTICLE_PAGE : ROW_PAGE) {
      const ids = change.ids.slice(i, i + (kind === 'article' ? ARTICLE_PAGE : ROW_PAGE));
      const found = await this.indexRows(kind, ids);
      // A put whose row is gone (deleted meanwhile) leaves nothing behind in the index.
      for (const id of ids) if (!found.has(id)) this.index.remove(kind, id);
    }
  }

  /** Reads rows by id and (re)indexes them; returns the ids found. */
  private async indexRows(kind: SearchKind, ids: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    if (kind === 'article') {
      for (const { article, text } of await articlesWithText(ids)) {
        this.index.upsert(articleDoc(article, text));
        found.add(article.id);
      }
    } else if (kind === 'quote') {
      for (const q of await quotesByIds(ids)) {
        this.index.upsert(quoteDoc(q));
        found.add(q.id);
      }
    } else if (kind === 'actor') {
      for (const a of await actorsByIds(ids)) {
        this.index.upsert(actorDoc(a));
        found.add(a.id);
      }
    } else {
      for (const n of await notesByIds(ids)) {
        this.index.upsert(noteDoc(n));
        found.add(n.id);
      }
    }
    return found;
  }

  /** Indexes every row, a page at a time, yielding between pages so searches and changes get in. */
  private async build(): Promise<void> {
    let after: string | null = null;
    for (;;) {
      const ids = await articleIdPage(after, ARTICLE_PAGE);
      if (!ids.length) break;
      await this.indexRows('article', ids);
      after = ids[ids.length - 1]!;
      this.setStatus({});
      await pause();
    }
    for (const table of ['quotes', 'actors', 'notes'] as const) {
      const ids = await tableIds(table);
      for (let i = 0; i < ids.length; i += ROW_PAGE) {
        await this.indexRows(KIND_OF[table], ids.slice(i, i + ROW_PAGE));
        await pause();
      }
    }
  }

  /**
   * Brings a loaded snapshot up to date with the database: rows added or deleted since (by id),
   * quotes, actors and notes updated since (by updatedAt), articles whose title, byline, site or
   * excerpt changed (by signature). Returns whether anything changed.
   */
  private async reconcile(savedAt: string): Promise<boolean> {
    const since = new Date(Date.parse(savedAt) - CLOCK_MARGIN_MS).toISOString();
    let changed = false;
    for (const table of ['articles', 'quotes', 'actors', 'notes'] as const) {
      const kind = KIND_OF[table];
      const inDb = new Set(await tableIds(table));
      const indexed = this.index.ids(kind);
      const indexedSet = new Set(indexed);
      for (const id of indexed) {
        if (!inDb.has(id)) {
          this.index.remove(kind, id);
          changed = true;
        }
      }
      const stale = new Set<string>();
      for (const id of inDb) if (!indexedSet.has(id)) stale.add(id);
      if (table === 'articles') {
        for (const head of await articleHeads()) if (indexedSet.has(head.id) && this.index.signature('article', head.id) !== articleSig(head)) stale.add(head.id);
      } else {
        for (const id of await updatedSince(table, since)) stale.add(id);
      }
      const ids = [...stale];
      for (let i = 0; i < ids.length; i += ARTICLE_PAGE) {
        await this.indexRows(kind, ids.slice(i, i + ARTICLE_PAGE));
        await pause();
      }
      if (ids.length) changed = true;
    }
    return changed;
  }

  private scheduleSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.save();
    }, this.saveDelayMs);
  }

  /** Saves the index now (the snapshot the next start loads). */
  async save(): Promise<void> {
    if (this.saving) await this.saving;
    this.saving = (async () => {
      try {
        const savedAt = new Date().toISOString();
        await saveIndexSnapshot(this.index.toSnapshot(), { format: INDEX_FORMAT, savedAt, docs: this.index.size, changeCount: this.status.changeCount });
      } catch (error) {
        // The index still works; the next start reconciles or rebuilds.
        console.warn('Dossier could not save the search index:', error);
      } finally {
        this.saving = null;
      }
    })();
    return this.saving;
  }

  /** Saves any pending changes now (tests, and before the window closes). */
  async flush(): Promise<void> {
    await this.drain();
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = null;
      await this.save();
    } else if (this.saving) await this.saving;
  }

  dispose(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
  }
}
