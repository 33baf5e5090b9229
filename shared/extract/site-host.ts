/**
 * The host a page's address names, without "www." ("www.example.com" and "example.com" are one
 * site): what a clip shows as its site when the page names none, and what tells a link to the
 * site's own pages from a link out. Null when there is no address, it does not parse, or it names
 * no host (mailto:, data:).
 */
export function siteHost(url: string | null | undefined, base?: string): string | null {
  if (!url) return null;
  try {
    return new URL(url, base).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
