/**
 * The form of a URL used to tell whether an article is already in the library: no fragment,
 * no tracking parameters, lower-case host, no default port, no trailing "index.html"-style noise.
 * Two clips of the same page from a newsletter link and from the site compare equal.
 */

const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref_src|_hsenc|_hsmi|cmpid|ocid)$/i;

/** The canonical form of an http(s) URL, or null when `raw` is not one. */
export function canonicalUrl(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  url.searchParams.sort();
  let href = url.href;
  if (url.search === '' && href.endsWith('?')) href = href.slice(0, -1);
  return href;
}

/** True when `raw` reads as an http(s) address a user meant to clip (what the Clip box accepts). */
export function looksLikeUrl(raw: string): boolean {
  const t = raw.trim();
  if (!t || /\s/.test(t)) return false;
  return /^https?:\/\//i.test(t) || /^[\w-]+(\.[\w-]+)+(:\d+)?(\/\S*)?$/.test(t);
}

/** The scheme the user typed ("ftp" in "ftp://…", "mailto"), or null; "host:8080/…" has none. */
export function schemeOf(typed: string): string | null {
  const m = /^([a-z][a-z0-9+.-]*):(?!\d)/i.exec(typed.trim());
  return m ? m[1]!.toLowerCase() : null;
}

/** What the user typed, as a full URL: "example.org/a" becomes "https://example.org/a". */
export function normaliseTypedUrl(raw: string): string | null {
  const t = raw.trim();
  const withScheme = schemeOf(t) ? t : `https://${t}`;
  try {
    const u = new URL(withScheme);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    if (!u.hostname) return null;
    return u.href;
  } catch {
    return null;
  }
}
