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
  // Credentials never belong in an app URL; refusing them also stops "origin@evil" look-alikes.
  if (!target || target.username || target.password) return false;
  return appUrls.some((app) => {
    const own = parse(app);
    if (!own) return false;
    if (own.protocol === 'file:') return target.protocol === 'file:' && target.host === own.host && target.pathname === own.pathname;
    // Same scheme and host:port, not just the same origin: blob:http://app/… shares the origin but is not the app.
    return target.protocol === own.protocol && target.host === own.host && target.origin === own.origin && target.origin !== 'null';
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
  if (parsed.username || parsed.password) return false;
  // mailto: takes an address, never an authority ("mailto://host/…" is not a mail link).
  if (parsed.protocol === 'mailto:' ? parsed.host !== '' : !parsed.hostname) return false;
  return true;
}
