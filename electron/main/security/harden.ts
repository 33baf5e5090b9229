import { isAllowedNavigation, isSafeExternalUrl } from './navigation';
import { decidePermission } from './permissions';

/**
 * The Electron glue of the security rules, written against the small slices of Electron's
 * WebContents and Session it uses so Node tests drive it with fakes (no `electron` import).
 */

export interface PreventableEvent {
  preventDefault(): void;
}

export interface WebContentsLike {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-frame-navigate', listener: (details: PreventableEvent & { url: string }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface HardenOptions {
  appUrls: readonly string[];
  /** shell.openExternal; only ever called with a URL that passed isSafeExternalUrl, normalised. */
  openExternal: (url: string) => unknown;
}

/** Every WebContents: navigation only inside the app, no webviews, no new windows (safe links go to the browser). */
export function hardenWebContents(contents: WebContentsLike, options: HardenOptions): void {
  const guard = (event: PreventableEvent, url: string) => {
    if (!isAllowedNavigation(url, options.appUrls)) event.preventDefault();
  };
  const openOutside = (url: string) => {
    if (isSafeExternalUrl(url)) void options.openExternal(new URL(url).href);
  };
  contents.on('will-navigate', (event, url) => {
    if (isAllowedNavigation(url, options.appUrls)) return;
    event.preventDefault();
    // A clicked link to the web (an article's original, say) opens in the system browser.
    openOutside(url);
  });
  contents.on('will-redirect', guard);
  // Subframes too (the CSP already forbids frames; this is the second lock).
  contents.on('will-frame-navigate', (details) => guard(details, details.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

export interface SessionLike {
  setPermissionRequestHandler(handler: (wc: unknown, permission: string, callback: (granted: boolean) => void, details?: unknown) => void): void;
  setPermissionCheckHandler(handler: (wc: unknown, permission: string, ...rest: unknown[]) => boolean): void;
  setDevicePermissionHandler?(handler: (details: unknown) => boolean): void;
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: Record<string, string[] | string> },
        callback: (response: { responseHeaders: Record<string, string[] | string> }) => void,
      ) => void,
    ): void;
  };
}

/** The session: every permission and device request refused, the CSP header on every response. */
export function hardenSession(session: SessionLike, csp: string): void {
  session.setPermissionRequestHandler((_wc, permission, callback) => callback(decidePermission(permission)));
  session.setPermissionCheckHandler((_wc, permission) => decidePermission(permission));
  session.setDevicePermissionHandler?.(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    // Drop any CSP a response brought with it (any letter case) so ours is the only one.
    for (const name of Object.keys(headers)) if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [csp] } });
  });
}
