import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isSafeExternalUrl } from '../../../electron/main/security/navigation';
import { runs } from './stress';
import { hostileUrl, schemeOf } from './url-arbitraries';

/** The two shapes of the app's own URL: the built index.html inside app.asar, and the dev server. */
const APP_FILE = 'file:///opt/Dossier/resources/app.asar/out/renderer/index.html';
const APP_DEV = 'http://localhost:5173/';
const APP_URLS = [APP_FILE, APP_DEV];

/**
 * Independent description of "the app's own origin", by parsed components rather than the
 * guard's origin comparison: http://localhost:5173 without credentials, or exactly the
 * built index.html on the local machine (any query or fragment).
 */
function isOwnOrigin(url: string): boolean {
  const u = new URL(url);
  if (u.username || u.password) return false;
  if (u.protocol === 'http:') return u.hostname === 'localhost' && u.port === '5173';
  if (u.protocol === 'file:') return u.host === '' && u.pathname === new URL(APP_FILE).pathname;
  return false;
}

const HOSTILE: string[] = [
  'http://app.example.attacker.com/',
  'http://localhost:5173.attacker.com/',
  'http://localhost.:5173/',
  'http://localhost:5174/',
  'https://localhost:5173/',
  'ws://localhost:5173/',
  'http://localhost:5173@evil.com/',
  'http://localhost@evil.com:5173/',
  'http://user:pw@localhost:5173/',
  'http://localhost%2eevil.com:5173/',
  'http://evil.com\\@localhost:5173/',
  'http://evil.com#@localhost:5173/',
  'http://evil.com?@localhost:5173/',
  'http://127.0.0.1:5173/',
  'http://0x7f.0.0.1:5173/',
  'http://[::1]:5173/',
  'http://lоcalhost:5173/' /* Cyrillic о: punycode xn--lcalhost-nbh */,
  'http://xn--lcalhost-nbh:5173/',
  'http://locaIhost:5173/',
  'javascript:alert(1)',
  'JavaScript:alert(document.domain)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'javascript://localhost:5173/%0aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'blob:http://localhost:5173/0b6a6e42',
  'about:blank',
  'view-source:http://localhost:5173/',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'dossier://clip?url=http://localhost:5173/',
  'file:///etc/passwd',
  'FILE:///etc/passwd',
  'file:///opt/Dossier/resources/app.asar/out/renderer/other.html',
  'file:///opt/Dossier/resources/app.asar/out/renderer/',
  'file:///opt/Dossier/resources/app.asar/out/renderer/index.html/..',
  'file:///opt/Dossier/resources/app.asar/out/renderer/index.html/../../../../etc/passwd',
  'file:///opt/Dossier/resources/app.asar/out/renderer/index.htm',
  'file://evil.com/opt/Dossier/resources/app.asar/out/renderer/index.html',
  'file://localhost/etc/passwd',
  'file:////evil.com/share/index.html',
  'file:///C:/Windows/System32/calc.exe',
  '\\\\evil.com\\share\\index.html',
  'http://localhost:5173\u0000.evil.com/',
  'http://evil.com/\u0000http://localhost:5173/',
  'https://evil.com/?next=http://localhost:5173/',
  '//evil.com/',
  '/etc/passwd',
  '',
  'not a url',
];

/** Looks hostile but IS the app's own page (the guard must not be a blanket "deny"). */
const OWN: string[] = [
  APP_FILE,
  `${APP_FILE}#/library`,
  `${APP_FILE}?x=1#/read/a1`,
  'file://localhost/opt/Dossier/resources/app.asar/out/renderer/index.html',
  'http://localhost:5173/#/notes',
  'HTTP://LOCALHOST:5173/',
  'http:\\\\localhost:5173\\',
  '  http://localhost:5173/  ',
  'http://ｌｏｃａｌｈｏｓｔ:5173/' /* full-width letters normalise to localhost */,
  'http://localhost:5173\\@evil.com/' /* a path on localhost: "\\" ends the authority */,
];

describe('navigation guard: hostile table', () => {
  it.each(HOSTILE)('refuses %j', (url) => {
    expect(isAllowedNavigation(url, APP_URLS)).toBe(false);
  });
  it.each(OWN)('allows the app’s own page %j', (url) => {
    expect(isAllowedNavigation(url, APP_URLS)).toBe(true);
    expect(isOwnOrigin(url)).toBe(true);
  });
});

const NAV_RUNS = runs(100_000, 10_000);

describe(`navigation guard: ${NAV_RUNS} generated URLs`, () => {
  it('accepts nothing outside the app’s own origin', () => {
    let accepted = 0;
    const outside: string[] = [];
    fc.assert(
      fc.property(hostileUrl, (url) => {
        if (!isAllowedNavigation(url, APP_URLS)) return;
        accepted++;
        if (!isOwnOrigin(url)) outside.push(url);
      }),
      { numRuns: NAV_RUNS, seed: 1011 },
    );
    expect(outside).toEqual([]);
    // The generator does reach the app's origin sometimes, so "0 outside" is not a vacuous result.
    expect(accepted).toBeGreaterThan(0);
  });
});

const EXTERNAL_RUNS = runs(100_000, 10_000);

describe(`external links: ${EXTERNAL_RUNS} generated URLs`, () => {
  it('opens only http, https and mailto', () => {
    const allowedSchemes = new Set(['http', 'https', 'mailto']);
    const wrong: string[] = [];
    let opened = 0;
    fc.assert(
      fc.property(hostileUrl, (url) => {
        if (!isSafeExternalUrl(url)) return;
        opened++;
        if (!allowedSchemes.has(schemeOf(url))) wrong.push(url);
        const parsed = new URL(url);
        if (parsed.username || parsed.password) wrong.push(url);
      }),
      { numRuns: EXTERNAL_RUNS, seed: 1111 },
    );
    expect(wrong).toEqual([]);
    expect(opened).toBeGreaterThan(0);
  });

  it.each([
    'javascript:alert(1)',
    ' JAVASCRIPT:alert(1)',
    'java\nscript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,x',
    'vbscript:msgbox',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
    'smb://evil.com/share',
    'dossier://clip?url=https://example.com',
    'https://user:pw@example.com/',
    'mailto://user:pw@example.com/',
    'mailto://evil.com/x',
  ])('never opens %j', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});
