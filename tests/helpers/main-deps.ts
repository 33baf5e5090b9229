import type { MainDeps } from '../../electron/main/ipc/handlers';

/** What a routed test recorded of main's side effects (links opened, dialogs shown...). */
export interface MainRecorder {
  openedExternal: string[];
  /** What the system clipboard holds for readClipboardUrl (set it in a test; empty by default). */
  clipboardText?: string;
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
    clip: {},
    export: {},
    ...overrides,
  };
}
