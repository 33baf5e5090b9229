/**
 * Pure URL rules for the main process. Every decision parses the URL with the WHATWG parser
 * and compares parsed parts, never prefixes of strings ("app.example.attacker.com").
 */

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True when `url` is one of the app's own pages: same origin as an app URL (for file:, the same path). */
export function isAppUrl(url: string, appUrls: readonly string[]): boolean {
  const target = parse(url);
  if (!target) return false;
  return appUrls.some((app) => {
    const own = parse(app);
    if (!own) return false;
    if (own.protocol === 'file:') return target.protocol === 'file:' && target.host === own.host && target.pathname === own.pathname;
    return target.origin === own.origin && target.origin !== 'null';
  });
}

/** In-app navigation is allowed only to the app's own pages; everything else is blocked. */
export function isAllowedNavigation(url: string, appUrls: readonly string[]): boolean {
  return isAppUrl(url, appUrls);
}

const EXTERNAL_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** Links the system browser may open: http, https and mailto only, with no credentials in them. */
export function isSafeExternalUrl(url: string): boolean {
  if (url.length > 8192) return false;
  const parsed = parse(url);
  if (!parsed || !EXTERNAL_SCHEMES.has(parsed.protocol)) return false;
  if (parsed.protocol !== 'mailto:' && (!parsed.hostname || parsed.username || parsed.password)) return false;
  return true;
}
