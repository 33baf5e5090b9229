import { ApiError } from '../../../shared/api/errors';
import type { FetchedPage } from '../../../shared/api/calls/clip';
import { decodePage } from '../../../shared/clip/decode';
import { binaryMessage, sniffBinary } from '../../../shared/clip/sniff';
import { fetchResource, type FetchOptions } from './fetch';

type PageKind = FetchedPage['kind'];

/** The media type without parameters, lower case: "text/html; charset=x" → "text/html". */
export function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** html or text for what Dossier clips; 'sniff' when the body must decide; or a refusal message. */
function classify(type: string, host: string): PageKind | 'sniff' | { refuse: string } {
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/plain' || type === 'text/markdown') return 'text';
  if (type === '' || type === 'application/octet-stream' || type === 'binary/octet-stream') return 'sniff';
  if (type === 'application/pdf') return { refuse: binaryMessage('pdf', `The page at ${host}`) };
  if (type.startsWith('image/')) return { refuse: binaryMessage('image', `The page at ${host}`) };
  return { refuse: `The address at ${host} gives a ${type} file, not a web page. Dossier clips HTML and plain-text pages: clip the article’s own page, or paste its text.` };
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|p|div)\b/i.test(text.slice(0, 2048));
}

/**
 * Fetches a page to clip. HTML/XHTML and text/plain are accepted; PDF, images and other
 * binary are refused with 'not-html', whatever the Content-Type claims (the bytes are sniffed).
 */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  let kind: PageKind | 'sniff' = 'sniff';
  const resource = await fetchResource(
    url,
    {
      accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1',
      what: 'The page',
      checkHeaders: (contentType, _headers, at) => {
        const verdict = classify(mediaType(contentType), at.host);
        if (typeof verdict === 'object') throw new ApiError('not-html', verdict.refuse);
        kind = verdict;
      },
    },
    options,
  );
  const host = new URL(resource.url).host;
  const binary = sniffBinary(resource.body);
  if (binary) throw new ApiError('not-html', binaryMessage(binary, `The page at ${host}`));
  const decoded = decodePage(resource.body, resource.contentType);
  if (kind === 'sniff') kind = looksLikeHtml(decoded.text) ? 'html' : 'text';
  return {
    requestedUrl: resource.requestedUrl,
    url: resource.url,
    kind,
    text: decoded.text,
    charset: decoded.charset,
    charsetFrom: decoded.from,
    bytes: resource.body.length,
  };
}
