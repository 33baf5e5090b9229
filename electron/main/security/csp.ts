/**
 * The renderer's Content-Security-Policy: scripts only from the app itself, no inline or remote
 * scripts; images only from the app, blob: and data:; no network access from the page at all
 * (main fetches on its behalf). Also set as a <meta> in renderer/index.html so the test harness
 * and the built page enforce the same rules.
 */
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The dev server needs websocket access for hot reload; nothing else changes. */
export function rendererCsp(devServerUrl?: string): string {
  if (!devServerUrl) return RENDERER_CSP;
  const ws = devServerUrl.replace(/^http/, 'ws');
  return RENDERER_CSP.replace("connect-src 'self'", `connect-src 'self' ${ws}`);
}
