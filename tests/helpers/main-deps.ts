import type { MainDeps } from '../../electron/main/ipc/handlers';

/** What a routed test recorded of main's side effects (links opened, dialogs shown...). */
export interface MainRecorder {
  openedExternal: string[];
  /** What the system clipboard holds for readClipboardUrl (set it in a test; empty by default). */
  clipboardText?: string;
  /** Paths the next open-file dialogs answer with, one array per dialog (none left: the user cancels). */
  dialogAnswers?: string[][];
  /** Titles of the open-file dialogs shown. */
  dialogsShown?: string[];
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
    export: {},
    ...overrides,
  };
}
