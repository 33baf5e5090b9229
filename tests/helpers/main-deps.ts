import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MainDeps } from '../../electron/main/ipc/handlers';
import { spawnTsxRenderWorker } from '../../electron/main/export/tsx-render-worker';
import { tempDir } from './temp-dirs';

/** What a routed test recorded of main's side effects (links opened, dialogs shown...). */
export interface MainRecorder {
  openedExternal: string[];
  /** What the system clipboard holds for readClipboardUrl (set it in a test; empty by default). */
  clipboardText?: string;
  /** Paths the next open-file dialogs answer with, one array per dialog (none left: the user cancels). */
  dialogAnswers?: string[][];
  /** Titles of the open-file dialogs shown. */
  dialogsShown?: string[];
  /** Temp folder standing in for the user's disk in export dialogs (created on first use). */
  exportRoot?: string;
  /** What the file dialogs were asked for ("folder", "save:<name>", "open"), in order. */
  dialogs?: string[];
  /** The file the open dialog answers with (null or unset: the user cancels). */
  openPath?: string | null;
}

/** The recorder's temp folder for export dialogs, created on first use (removed by removeTempDirs()). */
export function exportRootOf(recorder: MainRecorder): string {
  recorder.exportRoot ??= tempDir('dossier-export-');
  return recorder.exportRoot;
}

/**
 * Real main-side dependencies for end-to-end tests, with the OS-facing ones (system browser,
 * dialogs) replaced by recorders or temp folders. Features add their deps here.
 */
export function testMainDeps(recorder: MainRecorder, overrides: Partial<MainDeps> = {}): MainDeps {
  return {
    app: {
      version: '0.0.0-test',
      platform: process.platform,
      openExternal: async (url) => {
        recorder.openedExternal.push(url);
      },
    },
    clipboard: { readText: () => recorder.clipboardText ?? '' },
    clip: {
      showOpenDialog: async (options) => {
        (recorder.dialogsShown ??= []).push(options.title);
        const paths = recorder.dialogAnswers?.shift();
        return paths ? { canceled: false, filePaths: paths } : { canceled: true, filePaths: [] };
      },
      // Short enough for the time-out test to run quickly; the real app uses 20 s.
      fetchTimeoutMs: 3000,
    },
    export: {
      // The folder dialog answers <temp>/export; the save dialog <temp>/<suggested name>.
      chooseFolder: async () => {
        (recorder.dialogs ??= []).push('folder');
        const folder = join(exportRootOf(recorder), 'export');
        mkdirSync(folder, { recursive: true });
        return folder;
      },
      chooseSavePath: async ({ defaultName }) => {
        (recorder.dialogs ??= []).push(`save:${defaultName}`);
        return join(exportRootOf(recorder), defaultName);
      },
      chooseOpenPath: async () => {
        (recorder.dialogs ??= []).push('open');
        return recorder.openPath ?? null;
      },
      // The render worker's .ts file through tsx (the app spawns its bundled file); two workers.
      spawnRenderWorker: spawnTsxRenderWorker,
      renderWorkers: 2,
    },
    ...overrides,
  };
}
