import { findClipLinkArg } from './parse-clip-link';

/** The URL scheme Dossier registers with the system (electron-builder.yml `protocols` says the same). */
export const CLIP_SCHEME = 'dossier';

export interface ProcessInfo {
  /** process.defaultApp: true when started as `electron .` (development), not as the packaged app. */
  defaultApp: boolean;
  execPath: string;
  argv: readonly string[];
}

/**
 * Arguments for app.setAsDefaultProtocolClient. The packaged app registers itself plainly; in
 * development the system must start `electron <app folder>`, so the folder goes along.
 */
export function protocolClientArgs(info: ProcessInfo): [scheme: string] | [scheme: string, path: string, args: string[]] {
  if (!info.defaultApp) return [CLIP_SCHEME];
  const appPath = info.argv[1];
  return appPath && !appPath.startsWith('-') ? [CLIP_SCHEME, info.execPath, [appPath]] : [CLIP_SCHEME];
}

/**
 * The dossier:// link in a launch's command line, if any. On Windows and Linux the system starts
 * Dossier with the link as an argument (first launch: process.argv; already running: the
 * second instance's argv, handed over by 'second-instance'). In development argv[1] is the app
 * folder, never a link, so it is skipped along with the executable.
 */
export function clipLinkFromArgv(argv: readonly unknown[], defaultApp: boolean): string | null {
  const args = argv.slice(defaultApp ? 2 : 1).filter((a): a is string => typeof a === 'string');
  return findClipLinkArg(args);
}

/** The slice of WebContents whose events tell whether the renderer can receive events. */
export interface ContentsEventsLike {
  on(event: 'did-finish-load', listener: () => void): unknown;
  on(event: 'did-start-navigation', listener: (details: { isSameDocument: boolean; isMainFrame: boolean }) => void): unknown;
  on(event: 'render-process-gone' | 'destroyed', listener: () => void): unknown;
}

export interface DeliveryHooks {
  windowReady(): void;
  windowGone(): void;
}

/**
 * Links may only be sent once the page (and its preload listener) has loaded: ready on
 * did-finish-load; gone when the page starts a new document (reload), crashes or is destroyed.
 * Hash changes inside the app (the router) are same-document navigations and change nothing.
 */
export function connectDeliveryToContents(contents: ContentsEventsLike, delivery: DeliveryHooks): void {
  contents.on('did-finish-load', () => delivery.windowReady());
  contents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) delivery.windowGone();
  });
  contents.on('render-process-gone', () => delivery.windowGone());
  contents.on('destroyed', () => delivery.windowGone());
}
