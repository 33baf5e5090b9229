/**
 * Keeps a notebook export prepared (shared/export/prepared.ts) while the notebook is left alone,
 * so that exporting it only joins kept bodies to prepared heads and writes. Once the notebook has
 * had no change for `quietMs`, it prepares one in the background, a batch at a time when the
 * window is idle; any change drops it (and stops one being made), and the quiet wait starts
 * again. An export that finds none makes its files itself, as before: being slow to prepare
 * costs speed, never correctness.
 */
import { prepareExport, type PreparedExport } from '../../shared/export/prepared';
import type { NotebookSource } from '../../shared/export/notebook';
import type { MentionStyle } from '../../shared/export/note-markdown';
import { whenIdle } from '../app/idle';
import { dexieNotebookSource } from '../db/export-source';
import { notebookRevision, onNotebookRevision } from '../db/notebook-revision';

export interface ExportPreparer {
  /** The prepared export, when it was made from the notebook as it is now. */
  current(): PreparedExport | null;
  /** Resolves once no preparation is waiting or running (tests). */
  idle(): Promise<void>;
  stop(): void;
}

export interface ExportPreparerOptions {
  /** How long the notebook must be left alone before an export is prepared (default 20 s): no work is thrown away while someone types. */
  quietMs?: number;
  mentionStyle: () => Promise<MentionStyle>;
  /** Subscribes to changes of the mention style (an export in another style makes its own notes); returns the unsubscribe. */
  onMentionStyleChange?: (listener: () => void) => () => void;
  source?: () => NotebookSource;
  /** Awaited between batches (default: until the window is idle, at the latest after 1 s). */
  pause?: () => Promise<void>;
  /** Items read and prepared in one batch (default 25, a few milliseconds of work). */
  batchSize?: number;
}

const untilIdle = () => new Promise<void>((resolve) => whenIdle(resolve, 1000, 0));

export function startExportPreparer({ quietMs = 20_000, mentionStyle, onMentionStyleChange, source = () => dexieNotebookSource(), pause = untilIdle, batchSize = 25 }: ExportPreparerOptions): ExportPreparer {
  let prepared: { revision: number; value: PreparedExport } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting = false;
  let running: { controller: AbortController; done: Promise<void> } | null = null;
  let stopped = false;

  const prepare = async (controller: AbortController) => {
    const revision = notebookRevision();
    try {
      const value = await prepareExport(source(), { mentionStyle: await mentionStyle(), signal: controller.signal, pause, batchSize });
      // Made from a notebook that changed meanwhile (read across many transactions): not kept.
      if (!controller.signal.aborted && notebookRevision() === revision) prepared = { revision, value };
    } catch (error) {
      if (!controller.signal.aborted) console.warn('Dossier could not prepare the export ahead; exports will make every file.', error);
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    running?.controller.abort();
    waiting = !stopped;
    if (stopped) return;
    timer = setTimeout(() => {
      waiting = false;
      const controller = new AbortController();
      const done = prepare(controller).finally(() => {
        if (running?.controller === controller) running = null;
      });
      running = { controller, done };
    }, quietMs);
  };

  const changed = () => {
    prepared = null;
    schedule();
  };
  const unsubscribers = [onNotebookRevision(changed), onMentionStyleChange?.(changed)];
  schedule();

  return {
    current: () => (prepared && prepared.revision === notebookRevision() ? prepared.value : null),
    idle: async () => {
      while (waiting || running) await (running?.done ?? new Promise((resolve) => setTimeout(resolve, 5)));
    },
    stop: () => {
      stopped = true;
      waiting = false;
      unsubscribers.forEach((unsubscribe) => unsubscribe?.());
      clearTimeout(timer);
      running?.controller.abort();
      prepared = null;
    },
  };
}
