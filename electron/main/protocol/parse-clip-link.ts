import { CLIP_LIMITS, clipRequestSchema, type ClipRejected, type ClipRejectionReason, type ClipRequest } from '../../../shared/api/events';

/**
 * Parses a `dossier://clip?url=…&title=…&selection=…` link, which any web page can make the
 * browser open: every part is hostile input. Either a validated request or a typed rejection
 * with a message saying what to try; never a partial guess.
 *
 * Rules: scheme dossier (any case), action `clip` (any case, optional trailing slash); the query
 * is split by hand so malformed percent-encoding is refused (URLSearchParams would silently keep
 * it); `+` stays a literal plus (the bookmarklet encodes with encodeURIComponent, and a literal
 * `+` inside a clipped URL must survive); each of url/title/selection at most once, no other
 * parameter, no fragment; url must be http(s) with a host and no credentials; length caps from
 * CLIP_LIMITS; control and bidirectional-override characters are removed from title and selection.
 */

export type ClipLinkResult = { ok: true; request: ClipRequest } | ({ ok: false } & ClipRejected);

const TRY = 'Use the Dossier bookmarklet from Help, or copy the page address and press the clip shortcut in Dossier.';

function reject(reason: ClipRejectionReason, message: string): ClipLinkResult {
  return { ok: false, reason, message };
}

const KNOWN = new Set(['url', 'title', 'selection']);
const MAX_PARAMS = 16;

// C0 and C1 controls, DEL, and bidi embeddings/overrides/isolates (used to disguise text).
// eslint-disable-next-line no-control-regex
const CONTROLS_EXCEPT_TAB_LF = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

function cleanTitle(value: string): string | undefined {
  const text = value.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROLS_EXCEPT_TAB_LF, ' ').replace(/\s+/g, ' ').trim().normalize('NFC');
  return text || undefined;
}

function cleanSelection(value: string): string | undefined {
  const text = value
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROLS_EXCEPT_TAB_LF, '')
    .trim()
    .normalize('NFC');
  return text || undefined;
}

function checkUrl(value: string): { ok: true; href: string } | { ok: false; result: ClipLinkResult } {
  // The URL parser would silently drop these ("java\tscript:"), so refuse rather than guess.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001F\u007F-\u009F]/.test(value) || value !== value.trim()) {
    return { ok: false, result: reject('bad-url', 'The page address in the clip link starts or ends with spaces or contains control characters. ' + TRY) };
  }
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return { ok: false, result: reject('bad-url', 'The clip link’s page address is not a valid web address. ' + TRY) };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { ok: false, result: reject('not-http', `Dossier clips only http and https pages, not “${parsed.protocol.slice(0, 20)}” addresses.`) };
  }
  if (!parsed.hostname) return { ok: false, result: reject('bad-url', 'The clip link’s page address has no host name. ' + TRY) };
  if (parsed.username || parsed.password) {
    return { ok: false, result: reject('bad-url', 'The clip link’s page address contains a user name or password; Dossier refuses to fetch those.') };
  }
  if (parsed.href.length > CLIP_LIMITS.url) {
    return { ok: false, result: reject('too-long', `The page address is longer than ${CLIP_LIMITS.url} characters.`) };
  }
  return { ok: true, href: parsed.href };
}

export function parseClipLink(raw: unknown): ClipLinkResult {
  if (typeof raw !== 'string') return reject('not-dossier', 'This is not a Dossier link.');
  if (raw.length > CLIP_LIMITS.link) {
    return reject('too-long', `The clip link is longer than ${CLIP_LIMITS.link.toLocaleString('en')} characters; select a shorter passage and try again.`);
  }
  const link = raw.trim();
  const m = /^dossier:(?:\/\/)?([^/?#]*)\/?(?:\?([^#]*))?(#[\s\S]*)?$/i.exec(link);
  if (!/^dossier:/i.test(link) || !m) return reject('not-dossier', 'This is not a Dossier link (it should start with dossier://clip?url=).');
  const action = (m[1] ?? '').toLowerCase();
  if (action !== 'clip') return reject('unknown-action', `Dossier links can only clip pages (dossier://clip?url=…), not “${action.slice(0, 40)}”.`);
  if (m[3] !== undefined) return reject('bad-encoding', 'The clip link contains an unencoded “#”. ' + TRY);

  const values = new Map<string, string>();
  const parts = (m[2] ?? '').split('&').filter((p) => p !== '');
  if (parts.length > MAX_PARAMS) return reject('unknown-param', 'The clip link has too many parameters (url, title and selection only).');
  for (const part of parts) {
    const eq = part.indexOf('=');
    const key = decode(eq < 0 ? part : part.slice(0, eq));
    const value = decode(eq < 0 ? '' : part.slice(eq + 1));
    if (key === null || value === null) return reject('bad-encoding', 'The clip link has broken %-encoding (a “%” not followed by valid UTF-8 bytes). ' + TRY);
    if (!KNOWN.has(key)) return reject('unknown-param', `The clip link has an unknown parameter “${key.slice(0, 40)}” (only url, title and selection).`);
    if (values.has(key)) return reject('repeated-param', `The clip link gives “${key}” more than once, so Dossier cannot tell which one you meant.`);
    values.set(key, value);
  }

  const url = values.get('url');
  if (url === undefined || url === '') return reject('missing-url', 'The clip link has no page address (url=…). ' + TRY);
  if (url.length > CLIP_LIMITS.url) return reject('too-long', `The page address is longer than ${CLIP_LIMITS.url} characters.`);
  const checked = checkUrl(url);
  if (!checked.ok) return checked.result;

  const rawTitle = values.get('title');
  if (rawTitle !== undefined && rawTitle.length > CLIP_LIMITS.title) return reject('too-long', `The title is longer than ${CLIP_LIMITS.title} characters.`);
  const rawSelection = values.get('selection');
  if (rawSelection !== undefined && rawSelection.length > CLIP_LIMITS.selection) {
    return reject('too-long', `The selected text is longer than ${CLIP_LIMITS.selection.toLocaleString('en')} characters; select a shorter passage and try again.`);
  }

  const title = rawTitle === undefined ? undefined : cleanTitle(rawTitle);
  const selection = rawSelection === undefined ? undefined : cleanSelection(rawSelection);
  const request: ClipRequest = { url: checked.href, ...(title ? { title } : {}), ...(selection ? { selection } : {}) };
  // The same schema the renderer checks on arrival: the parser can never hand over more than it allows.
  const final = clipRequestSchema.safeParse(request);
  if (!final.success) return reject('bad-url', 'The clip link could not be read. ' + TRY);
  return { ok: true, request: final.data };
}

/** The dossier:// link among a process's arguments (Windows/Linux pass it on the command line), if any. */
export function findClipLinkArg(argv: readonly string[]): string | null {
  for (const arg of argv) if (typeof arg === 'string' && /^dossier:/i.test(arg.trim())) return arg.trim();
  return null;
}
