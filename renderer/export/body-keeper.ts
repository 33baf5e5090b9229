/**
 * Keeps every article's body rendered to export Markdown (renderer/db/rendered-bodies), so that
 * exporting a notebook only assembles files instead of converting every article's HTML then.
 * It renders in the background, a few articles at a time when the window is idle: when the app
 * starts, every article with no kept render, and half a minute later every one whose kept render
 * no longer matches it; then articles whose text or highlights change (the repositories' change
 * events). A
 * render is kept with the key of what it was made from, and an export uses it only while that key
 * still matches, so a change this misses costs speed until the next start, never correctness.
 */
import { ARTICLE_FORMAT, articleBodyKey, renderArticleBody } from '../../shared/export/documents';
import { whenIdle } from '../app/idle';
import { articleBodyJob } from '../../shared/export/notebook';
import { onChange, type Change } from '../db/changes';
import { articlesOfQuotes, articlesToCheck, bodySources, deleteRenderedBodies, putRenderedBodies, type BodySource } from '../db/rendered-bodies';
import type { RenderedBodyRow } from '../db/schema';

export interface BodyKeeper {
  /** Resolves once every article queued so far is rendered (or found current). */
  idle(): Promise<void>;
  stop(): void;
}

export interface BodyKeeperOptions {
  /** The document bodies are parsed with (an inert one: nothing in it runs or loads). */
  document: Document;
  /** Runs `work` later, when the window has time (default: requestIdleCallback, else a timeout). */
  schedule?: (work: () => void) => void;
  /** Articles read from storage at once (default 8); they are rendered over as many turns as it takes. */
  batchSize?: number;
  /**
   * How long after the start the kept renders are checked against their articles (default 30 s):
   * reading every body then must not compete with the user's first steps in the app.
   */
  checkAfterMs?: number;
}

/** A few articles at a time when the window has time (at the latest after 2 s). */
const nextTurn = (work: () => void) => whenIdle(work, 2000, 50);

/** Rendering done in one turn before yielding, in ms: a turn never holds the window up for long. */
const TURN_MS = 5;

export function startBodyKeeper({ document, schedule = nextTurn, batchSize = 8, checkAfterMs = 30_000 }: BodyKeeperOptions): BodyKeeper {
  const queue = new Set<string>();
  /** Sources read but not rendered yet (a turn ran out of time). */
  let loaded: BodySource[] = [];
  let running = false;
  let stopped = false;
  let waiters: (() => void)[] = [];
  /** Lookups that will queue articles (the start's listing, a changed quote's article). */
  const lookups = new Set<Promise<unknown>>();
  const lookup = (work: Promise<unknown>) => {
    lookups.add(work);
    void work.finally(() => lookups.delete(work));
  };

  const settle = () => {
    if (running || queue.size || loaded.length) return;
    const done = waiters;
    waiters = [];
    done.forEach((w) => w());
  };

  const enqueue = (ids: readonly string[]) => {
    if (stopped) return;
    for (const id of ids) queue.add(id);
    if (!running && queue.size) {
      running = true;
      schedule(() => void turn());
    }
  };

  /** Reads a batch when none is waiting, renders for up to TURN_MS, stores what it rendered, then asks for the next turn. */
  const turn = async () => {
    try {
      if (!loaded.length) {
        const ids = [...queue].slice(0, batchSize);
        ids.forEach((id) => queue.delete(id));
        loaded = await bodySources(ids);
      }
      const started = performance.now();
      const gone: string[] = [];
      const rows: RenderedBodyRow[] = [];
      while (loaded.length && performance.now() - started < TURN_MS) {
        const source = loaded.shift()!;
        // Queued again meanwhile (another change): it is read again, so render that newer read.
        if (queue.has(source.articleId)) continue;
        if (!source.exists) gone.push(source.articleId);
        else {
          const row = render(source);
          if (row) rows.push(row);
        }
      }
      await deleteRenderedBodies(gone);
      await putRenderedBodies(rows);
    } catch (error) {
      // Storage refused (quota, a closing database): keep nothing more this session; exports render what is missing.
      console.warn('Dossier could not keep rendered article bodies; exports will render them instead.', error);
      stopped = true;
      queue.clear();
      loaded = [];
    }
    if (!stopped && (queue.size || loaded.length)) schedule(() => void turn());
    else {
      running = false;
      settle();
    }
  };

  /** The row to keep for one article, or null when the kept one is current (or this body cannot be rendered). */
  const render = (source: BodySource): RenderedBodyRow | null => {
    const job = articleBodyJob(source.body, source.quotes, source.images);
    const key = articleBodyKey(job);
    if (source.kept?.key === key && source.kept.format === ARTICLE_FORMAT) return null;
    try {
      return { articleId: source.articleId, key, format: ARTICLE_FORMAT, ...renderArticleBody(job, document) };
    } catch (error) {
      // This article is left to the export, which renders it and names it if it fails again.
      console.warn(`Dossier could not render the body of article ${source.articleId} ahead of an export.`, error);
      return null;
    }
  };

  const changed = (change: Change) => {
    if (change.table === 'articles') {
      if (change.kind === 'delete') void deleteRenderedBodies(change.ids).catch(() => undefined);
      else enqueue(change.ids);
    } else if (change.table === 'quotes' && change.kind === 'put') {
      // A deleted quote also announces its article (quoteCount changes), so only puts are looked up.
      lookup(articlesOfQuotes(change.ids).then(enqueue, () => undefined));
    }
  };
  const unsubscribe = onChange(changed);
  // At start, the articles with nothing kept are rendered; a while later every kept render is
  // checked against its article (a change made while no keeper was listening, a crash before a
  // render was stored), and only those whose key no longer matches are rendered again.
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  lookup(
    articlesToCheck(ARTICLE_FORMAT).then(
      ({ missing, kept }) => {
        enqueue(missing);
        if (!kept.length || stopped) return;
        if (checkAfterMs <= 0) enqueue(kept);
        else checkTimer = setTimeout(() => enqueue(kept), checkAfterMs);
      },
      (error: unknown) => console.warn('Dossier could not list article bodies to render.', error),
    ),
  );

  return {
    idle: async () => {
      // Lookups first: what they find is queued before the queue is waited for.
      while (lookups.size) await Promise.all([...lookups]);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        settle();
      });
    },
    stop: () => {
      clearTimeout(checkTimer);
      stopped = true;
      queue.clear();
      loaded = [];
      unsubscribe();
    },
  };
}
