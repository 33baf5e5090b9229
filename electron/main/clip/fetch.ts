/**
 * Fetching pages and images for clipping, with Node's http/https (redirects followed by hand so
 * every hop is checked). Plain module: Node tests run it against servers on 127.0.0.1.
 */
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import { ApiError } from '../../../shared/api/errors';
import { FETCH_LIMITS } from '../../../shared/api/calls/clip';

export interface FetchOptions {
  /** Whole-request deadline, headers and body (20 s by default). */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Cancels the request (the caller gave up). */
  signal?: AbortSignal;
}

export interface FetchedResource {
  requestedUrl: string;
  url: string;
  status: number;
  contentType: string | null;
  body: Uint8Array;
}

const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Dossier/0.1 Safari/537.36';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Parses an address and refuses anything but http(s) with a host and without credentials. */
export function checkHttpUrl(raw: string, hop?: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ApiError('bad-url', hop ? `The site redirected to an address that is not valid (${raw.slice(0, 200)}). Open the page in your browser and copy its address.` : `“${raw.slice(0, 200)}” is not a web address. Type or paste one that starts with http:// or https://.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ApiError('bad-url', hop ? `The site redirected to a ${url.protocol} address, which Dossier does not open. Only http and https pages can be clipped.` : `Only http and https pages can be clipped, not ${url.protocol} addresses. Copy the article’s web address from your browser.`);
  }
  if (!url.hostname) throw new ApiError('bad-url', `“${raw.slice(0, 200)}” has no host name. Check the address.`);
  if (url.username || url.password) throw new ApiError('bad-url', 'Addresses with a user name or password in them are not clipped. Remove the “user:password@” part and try again.');
  return url;
}

function statusMessage(status: number, host: string): string {
  if (status === 404 || status === 410) return `The page was not found on ${host} (HTTP ${status}). Check the address; the article may have moved or been removed.`;
  if (status === 401 || status === 403) return `${host} refused to give Dossier the page (HTTP ${status}). If the article needs a login, open it in your browser, copy its text and paste it into Dossier.`;
  if (status === 429) return `${host} says too many requests were made (HTTP 429). Wait a few minutes and try again.`;
  if (status >= 500) return `${host} had an error and sent no page (HTTP ${status}). Try again later, or paste the article’s text.`;
  return `${host} answered HTTP ${status} instead of the page. Check the address, or paste the article’s text.`;
}

function networkError(error: NodeJS.ErrnoException, url: URL): ApiError {
  const code = error.code ?? '';
  const host = url.host;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME' || code === 'EAI_FAIL' || code === 'EAI_NODATA') {
    return new ApiError('dns', `Dossier could not find the site “${url.hostname}” (its name did not resolve). Check the address for typos and that this computer is online.`);
  }
  if (code === 'ECONNREFUSED') return new ApiError('network', `${host} refused the connection. Check the address, or try again later.`);
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'HPE_INVALID_CONSTANT' || code.startsWith('HPE_')) {
    return new ApiError('network', `The connection to ${host} broke off before the page arrived. Try again; if it keeps happening, open the page in your browser and paste its text.`);
  }
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'ENETDOWN') return new ApiError('network', `${host} cannot be reached from this computer. Check that you are online, then try again.`);
  if (/CERT|TLS|SSL/i.test(code) || /certificate|ssl|tls/i.test(error.message)) {
    return new ApiError('network', `The secure connection to ${host} failed (${code || 'certificate problem'}). The site’s certificate may be invalid; open it in your browser to check.`);
  }
  return new ApiError('network', `Dossier could not load the page from ${host} (${code || error.message}). Check that you are online and try again.`);
}

interface Hop {
  res: IncomingMessage;
  cancel: () => void;
}

function request(url: URL, signal: AbortSignal, accept: string): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.request(
      url,
      {
        method: 'GET',
        headers: { 'User-Agent': USER_AGENT, Accept: accept, 'Accept-Encoding': 'gzip, deflate, br', 'Accept-Language': 'en;q=0.9, *;q=0.5' },
        signal,
      },
      (res) => resolve({ res, cancel: () => req.destroy() }),
    );
    req.on('error', reject);
    req.end();
  });
}

function decompressed(res: IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return res.pipe(zlib.createGunzip());
  if (encoding === 'deflate') return res.pipe(zlib.createInflate());
  if (encoding === 'br') return res.pipe(zlib.createBrotliDecompress());
  return res;
}

function sizeLabel(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

async function readCapped(stream: Readable, maxBytes: number, tooLarge: () => ApiError): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      stream.destroy();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

export interface ResourceCheck {
  /** Called with the response headers before the body is read; throw to refuse. */
  checkHeaders?: (contentType: string | null, headers: IncomingHttpHeaders, url: URL) => void;
  accept: string;
  what: string;
}

/**
 * GETs `raw`, following at most `maxRedirects` redirects (each to http(s) only), within one
 * deadline, reading at most `maxBytes` (after decompression). Every failure is an ApiError.
 */
export async function fetchResource(raw: string, check: ResourceCheck, options: FetchOptions = {}): Promise<FetchedResource> {
  const timeoutMs = options.timeoutMs ?? FETCH_LIMITS.timeoutMs;
  const maxBytes = options.maxBytes ?? FETCH_LIMITS.pageBytes;
  const maxRedirects = options.maxRedirects ?? FETCH_LIMITS.redirects;
  const first = checkHttpUrl(raw);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onOuterAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });

  let url = first;
  const seen = new Set<string>([first.href]);
  try {
    for (let hop = 0; ; hop++) {
      let response: Hop;
      try {
        response = await request(url, controller.signal, check.accept);
      } catch (error) {
        throw translate(error, url);
      }
      const { res } = response;
      const status = res.statusCode ?? 0;
      if (REDIRECTS.has(status) && res.headers.location) {
        res.resume();
        const next = checkHttpUrl(new URL(res.headers.location, url).href, url.href);
        if (seen.has(next.href)) {
          throw new ApiError('too-many-redirects', `${url.host} sends Dossier round in a redirect loop (back to ${next.href.slice(0, 200)}). Open the page in your browser; if it loads there, copy the article’s text and paste it.`);
        }
        if (hop + 1 > maxRedirects) {
          throw new ApiError('too-many-redirects', `The address redirected more than ${maxRedirects} times without reaching a page. Open it in your browser and clip the address it ends up at.`);
        }
        seen.add(next.href);
        url = next;
        continue;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        throw new ApiError('http-status', statusMessage(status, url.host));
      }
      const contentType = typeof res.headers['content-type'] === 'string' ? res.headers['content-type'] : null;
      try {
        check.checkHeaders?.(contentType, res.headers, url);
      } catch (error) {
        response.cancel();
        throw error;
      }
      const tooLarge = () => new ApiError('too-large', `${check.what} at ${url.host} is larger than ${sizeLabel(maxBytes)}, more than Dossier clips. Save the article’s text and paste it instead.`);
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > maxBytes && !res.headers['content-encoding']) {
        response.cancel();
        throw tooLarge();
      }
      let body: Uint8Array;
      try {
        body = await readCapped(decompressed(res), maxBytes, tooLarge);
      } catch (error) {
        response.cancel();
        if (error instanceof ApiError) throw error;
        throw translate(error, url);
      }
      return { requestedUrl: first.href, url: url.href, status, contentType, body };
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onOuterAbort);
  }

  function translate(error: unknown, at: URL): ApiError {
    if (error instanceof ApiError) return error;
    if (timedOut) return new ApiError('timeout', `${at.host} did not send the page within ${Math.max(1, Math.round(timeoutMs / 1000))} seconds. The site may be slow or down: try again later, or paste the article’s text.`);
    if (options.signal?.aborted) return new ApiError('cancelled', 'Clipping was cancelled.');
    const e = error as NodeJS.ErrnoException;
    if (e && (e.code === 'Z_DATA_ERROR' || e.code === 'Z_BUF_ERROR' || e.code === 'ERR__ERROR_FORMAT_PADDING_1' || /incorrect header|unexpected end|Decompression failed/i.test(e.message ?? ''))) {
      return new ApiError('network', `${at.host} sent a compressed page Dossier could not unpack. Try again, or paste the article’s text.`);
    }
    return networkError(e ?? new Error(String(error)), at);
  }
}
