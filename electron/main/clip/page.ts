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

const ARCHIVES = new Set(['application/zip', 'application/x-zip-compressed', 'application/gzip', 'application/x-gzip', 'application/x-tar', 'application/x-7z-compressed', 'application/vnd.rar', 'application/x-rar-compressed', 'application/x-bzip2', 'application/x-xz']);
const WORD = new Set(['application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.oasis.opendocument.text', 'application/rtf', 'text/rtf']);
const SHEETS = new Set(['application/vnd.ms-excel', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.oasis.opendocument.spreadsheet', 'text/csv', 'text/tab-separated-values']);
const SLIDES = new Set(['application/vnd.ms-powerpoint', 'application/vnd.openxmlformats-officedocument.presentationml.presentation', 'application/vnd.oasis.opendocument.presentation']);

/**
 * A media type Dossier does not clip, in words for the person clipping ("a ZIP archive", "JSON
 * data"); a type few would recognise keeps its name in brackets after a plain description.
 */
export function mediaTypeInWords(type: string): string {
  if (type === 'application/zip' || type === 'application/x-zip-compressed') return 'a ZIP archive';
  if (ARCHIVES.has(type)) return 'a compressed archive';
  if (type === 'application/pdf') return 'a PDF document';
  if (type.startsWith('image/')) return 'an image';
  if (type.startsWith('audio/')) return 'an audio file';
  if (type.startsWith('video/')) return 'a video';
  if (type === 'application/json' || type === 'text/json' || type.endsWith('+json')) return 'JSON data';
  if (type === 'application/rss+xml' || type === 'application/atom+xml') return 'a news feed (RSS or Atom)';
  if (type === 'application/xml' || type === 'text/xml' || type.endsWith('+xml')) return 'XML data';
  if (WORD.has(type)) return type === 'application/msword' || type.includes('wordprocessingml') ? 'a Word document' : 'a word-processor document';
  if (SHEETS.has(type)) return 'a spreadsheet';
  if (SLIDES.has(type)) return 'a slide presentation';
  if (type === 'text/javascript' || type === 'application/javascript' || type === 'text/css') return 'a script or style sheet';
  if (type.startsWith('text/')) return `a text format Dossier does not clip (${type})`;
  return `a binary file (${type})`;
}

/** html or text for what Dossier clips; 'sniff' when the body must decide; or a refusal message. */
function classify(type: string, host: string): PageKind | 'sniff' | { refuse: string } {
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/plain' || type === 'text/markdown') return 'text';
  if (type === '' || type === 'application/octet-stream' || type === 'binary/octet-stream') return 'sniff';
  if (type === 'application/pdf') return { refuse: binaryMessage('pdf', `The page at ${host}`, 'address') };
  if (type.startsWith('image/')) return { refuse: binaryMessage('image', `The page at ${host}`, 'address') };
  return { refuse: `The address at ${host} gives ${mediaTypeInWords(type)}, not a web page. Dossier clips HTML and plain-text pages: clip the article’s own page, or paste its text.` };
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
  if (binary) throw new ApiError('not-html', binaryMessage(binary, `The page at ${host}`, 'address'));
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
