import { describe, expect, it } from 'vitest';
import { hardenSession, hardenWebContents, type SessionLike, type WebContentsLike } from '../../../electron/main/security/harden';
import { decidePermission } from '../../../electron/main/security/permissions';
import { RENDERER_CSP } from '../../../electron/main/security/csp';
import { isSecureWebPreferences, secureWebPreferences } from '../../../electron/main/security/web-preferences';
import { mainWindowOptions } from '../../../electron/main/security/window-options';
import { balancedArgs, electronSources } from './electron-source';

const APP_URLS = ['file:///opt/Dossier/resources/app.asar/out/renderer/index.html'];

describe('window options (Electron checklist: isolation, sandbox, no Node, web security)', () => {
  const placements = [{ width: 1280, height: 820 }, { x: -3000, y: 40, width: 400, height: 300 }];
  it.each(placements)('the main window is secure at %j', (placement) => {
    const options = mainWindowOptions(placement, '/opt/Dossier/resources/app.asar/out/preload/index.js');
    expect(isSecureWebPreferences(options.webPreferences)).toBe(true);
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
  });

  // Each protection switched off on its own must make the check fail: it is not a rubber stamp.
  const weakenings: Record<string, unknown>[] = [
    { contextIsolation: false },
    { contextIsolation: undefined },
    { sandbox: false },
    { sandbox: undefined },
    { nodeIntegration: true },
    { nodeIntegration: undefined },
    { webSecurity: false },
    { allowRunningInsecureContent: true },
    { webviewTag: true },
    { nodeIntegrationInWorker: true },
    { nodeIntegrationInSubFrames: true },
  ];
  it.each(weakenings)('refuses preferences weakened by %j', (change) => {
    expect(isSecureWebPreferences({ ...secureWebPreferences('/p.js'), ...change })).toBe(false);
  });

  const sources = electronSources();

  it('every `new BrowserWindow(` in electron/ takes mainWindowOptions or secureWebPreferences', () => {
    const offenders: string[] = [];
    let windows = 0;
    for (const file of sources) {
      for (const match of file.code.matchAll(/new\s+(BrowserWindow|BrowserView|WebContentsView)\s*\(/g)) {
        windows++;
        const args = balancedArgs(file.code, match.index + match[0].length - 1).trim();
        const ok = /^mainWindowOptions\(/.test(args) || /webPreferences\s*:\s*secureWebPreferences\(/.test(args);
        if (!ok) offenders.push(`${file.path}: new ${match[1]}(${args.slice(0, 80)})`);
      }
    }
    expect(offenders).toEqual([]);
    expect(windows).toBeGreaterThan(0);
  });

  it('no webPreferences in electron/ other than secureWebPreferences(...)', () => {
    const offenders: string[] = [];
    for (const file of sources) {
      if (file.path === 'electron/main/security/web-preferences.ts') continue;
      for (const match of file.code.matchAll(/\bwebPreferences\b/g)) {
        const after = file.code.slice(match.index, match.index + 80);
        if (!/^webPreferences\s*:\s*secureWebPreferences\(/.test(after)) offenders.push(`${file.path}: ${after.split('\n')[0]}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('no window-open handler in electron/ ever allows a window', () => {
    const offenders = sources.filter((f) => /action\s*:\s*['"]allow['"]/.test(f.code)).map((f) => f.path);
    expect(offenders).toEqual([]);
  });
});

function fakeContents() {
  const listeners = new Map<string, (...args: never[]) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on(event: string, listener: (...args: never[]) => void) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      openHandler = handler;
    },
  };
  const opened: string[] = [];
  hardenWebContents(contents as unknown as WebContentsLike, { appUrls: APP_URLS, openExternal: (url) => opened.push(url) });
  /** Fires a navigation event; true when the guard prevented it. */
  const navigate = (event: string, url: string): boolean => {
    let prevented = false;
    const e = { preventDefault: () => (prevented = true) };
    const listener = listeners.get(event) as unknown as (...args: unknown[]) => void;
    if (event === 'will-frame-navigate') listener({ ...e, url });
    else listener(e, url);
    return prevented;
  };
  return { listeners, opened, navigate, open: (url: string) => openHandler!({ url }) };
}

describe('web contents glue', () => {
  it('blocks navigation away from the app on every navigation event, allows the app itself', () => {
    const c = fakeContents();
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      expect(c.navigate(event, 'https://evil.example/')).toBe(true);
      expect(c.navigate(event, 'file:///etc/passwd')).toBe(true);
      expect(c.navigate(event, `${APP_URLS[0]}#/library`)).toBe(false);
    }
  });

  it('a clicked web link opens in the browser (normalised); javascript: and file: open nothing', () => {
    const c = fakeContents();
    c.navigate('will-navigate', 'HTTPS://Example.com/a b');
    c.navigate('will-navigate', 'javascript:alert(1)');
    c.navigate('will-navigate', 'file:///etc/passwd');
    expect(c.opened).toEqual(['https://example.com/a%20b']);
  });

  it('denies every new window, whatever the URL', () => {
    const c = fakeContents();
    for (const url of ['https://example.com/', 'javascript:alert(1)', APP_URLS[0]!, 'about:blank', '']) {
      expect(c.open(url)).toEqual({ action: 'deny' });
    }
    expect(c.opened).toEqual(['https://example.com/']);
  });

  it('refuses to attach webviews', () => {
    const c = fakeContents();
    let prevented = false;
    (c.listeners.get('will-attach-webview') as unknown as (e: unknown) => void)({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });
});

/**
 * Permission names Chromium/Electron pass to the request and check handlers (Electron's
 * documented list plus Chromium PermissionType names and the device-API ones), and a few
 * made-up ones: a name nobody has heard of must be denied too.
 */
const CHROMIUM_PERMISSIONS = [
  'clipboard-read', 'clipboard-sanitized-write', 'deprecated-sync-clipboard-read', 'display-capture', 'fullscreen',
  'geolocation', 'idle-detection', 'media', 'mediaKeySystem', 'midi', 'midiSysex', 'notifications', 'pointerLock',
  'keyboardLock', 'openExternal', 'speaker-selection', 'storage-access', 'top-level-storage-access', 'window-management',
  'window-placement', 'unknown', 'fileSystem', 'hid', 'serial', 'usb', 'bluetooth', 'background-sync',
  'periodic-background-sync', 'background-fetch', 'accessibility-events', 'camera', 'microphone', 'camera-pan-tilt-zoom',
  'ar', 'vr', 'handtracking', 'nfc', 'sensors', 'accelerometer', 'gyroscope', 'magnetometer', 'ambient-light-sensor',
  'payment-handler', 'persistent-storage', 'durable-storage', 'protected-media-identifier', 'push', 'screen-wake-lock',
  'system-wake-lock', 'local-fonts', 'captured-surface-control', 'web-app-installation', 'automatic-fullscreen',
  'local-network-access', 'smart-card', 'web-printing', 'keyboard-lock', 'pointer-lock', 'wake-lock', 'font-access',
  'file-handling', 'nfc-push', 'idle', 'clipboard-write', 'CLIPBOARD-READ', '', 'x-dossier-made-up',
];

describe(`permission handler: ${CHROMIUM_PERMISSIONS.length} permission names`, () => {
  const requests: boolean[] = [];
  const checks: boolean[] = [];
  let deviceAllowed: boolean | null = null;
  let headerListener: Parameters<SessionLike['webRequest']['onHeadersReceived']>[0] | null = null;
  const session: SessionLike = {
    setPermissionRequestHandler: (handler) => {
      for (const p of CHROMIUM_PERMISSIONS) handler({}, p, (granted) => requests.push(granted), { requestingUrl: APP_URLS[0] });
    },
    setPermissionCheckHandler: (handler) => {
      for (const p of CHROMIUM_PERMISSIONS) checks.push(handler({}, p, APP_URLS[0], {}));
    },
    setDevicePermissionHandler: (handler) => {
      deviceAllowed = handler({ deviceType: 'usb', origin: 'file://' });
    },
    webRequest: { onHeadersReceived: (listener) => (headerListener = listener) },
  };
  hardenSession(session, RENDERER_CSP);

  it('denies 100 % of permission requests and checks, and every device', () => {
    expect(CHROMIUM_PERMISSIONS.map(decidePermission).filter(Boolean)).toEqual([]);
    expect(requests).toHaveLength(CHROMIUM_PERMISSIONS.length);
    expect(requests.filter(Boolean)).toEqual([]);
    expect(checks).toHaveLength(CHROMIUM_PERMISSIONS.length);
    expect(checks.filter(Boolean)).toEqual([]);
    expect(deviceAllowed).toBe(false);
  });

  it('puts Dossier’s CSP on every response, replacing any CSP the response carried', () => {
    let headers: Record<string, string[] | string> = {};
    headerListener!({ responseHeaders: { 'content-security-policy': ["script-src 'unsafe-inline' *"], 'X-Other': ['1'] } }, (r) => (headers = r.responseHeaders));
    expect(headers).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': [RENDERER_CSP] });
  });
});
