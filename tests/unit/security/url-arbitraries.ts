import fc from 'fast-check';

/**
 * Generators of hostile-looking URLs for the navigation and external-link property tests: built from
 * pieces that attackers combine (scheme case and whitespace tricks, userinfo, look-alike hosts,
 * backslashes, control characters, percent-encoding) around the app's own origin, plus fast-check's
 * own web URLs and raw strings. Test-only; lives here so both tests share one definition.
 */

const schemes = fc.constantFrom(
  'http', 'https', 'HTTP', 'hTtP', 'file', 'FILE', 'javascript', 'JavaScript', 'data', 'blob', 'about', 'vbscript',
  'mailto', 'ftp', 'ws', 'wss', 'chrome', 'devtools', 'view-source', 'dossier', 'smb', 'ms-msdt', 'jar', 'filesystem',
  'java\tscript', ' javascript', 'jav&#x09;ascript', 'x-unknown', '',
);

const hosts = fc.constantFrom(
  'localhost', 'LOCALHOST', 'localhost.', 'localhost:5173', 'localhost:5174', 'localhost:5173.attacker.com',
  'app.example.attacker.com', '127.0.0.1', '127.0.0.1:5173', '[::1]:5173', '0x7f.0.0.1', '2130706433', 'locaIhost',
  'xn--lcalhost-9za', 'lоcalhost' /* Cyrillic о */, 'ｌｏｃａｌｈｏｓｔ' /* full-width */, 'localhost%2eattacker.com',
  'evil.com', 'evil.com%00localhost', '', 'opt', 'server', 'localhost\\@evil.com', 'ex ample.com',
);

const userinfo = fc.constantFrom('', 'user@', 'user:pass@', 'localhost:5173@', 'localhost@', '%40@', ':@');

const separators = fc.constantFrom('//', '/', '///', '////', '\\\\', '/\\', '\\/', '', ' //', '//\t', '/%2f');

const paths = fc.constantFrom(
  '/', '', '/index.html', '/opt/Dossier/resources/app.asar/out/renderer/index.html',
  '/opt/Dossier/resources/app.asar/out/renderer/index.html/..', '/opt/Dossier/resources/app.asar/out/renderer/../../../etc/passwd',
  '/etc/passwd', '/C:/Windows/System32', '/%2e%2e/%2e%2e/etc', '/#/library', '/index.html?x=1', '\\..\\..\\',
);

const tails = fc.constantFrom('', '#/library', '?q=1', '#x', '?javascript:alert(1)', '%00', '\u0000', '\n', '\t', ' ');

const controlChar = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));

/** A URL-ish string assembled from attacker pieces; most parse, some do not. */
export const assembledUrl = fc
  .tuple(fc.option(controlChar, { nil: '' }), schemes, fc.constantFrom(':', '：', ' :', ''), separators, userinfo, hosts, paths, tails)
  .map(([lead, scheme, colon, sep, user, host, path, tail]) => `${lead}${scheme}${colon}${sep}${user}${host}${path}${tail}`);

/** Hostile URLs of every kind: assembled ones, fast-check web URLs, and raw unicode strings. */
export const hostileUrl = fc.oneof(
  { weight: 6, arbitrary: assembledUrl },
  { weight: 2, arbitrary: fc.webUrl({ withFragments: true, withQueryParameters: true, authoritySettings: { withUserInfo: true, withPort: true, withIPv4: true, withIPv6: true } }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.tuple(schemes, fc.string({ unit: 'binary', maxLength: 60 })).map(([s, rest]) => `${s}:${rest}`) },
);

/**
 * The scheme a URL parser would see, computed independently of `new URL`: leading C0 controls and
 * spaces are stripped and tabs/newlines removed anywhere (WHATWG rules), then everything before
 * the first ':' lowercased. Used as the oracle for "only http, https, mailto leave the app".
 */
export function schemeOf(url: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  const colon = cleaned.indexOf(':');
  return colon < 0 ? '' : cleaned.slice(0, colon).toLowerCase();
}
