import { z } from 'zod';
import { call, type CallSpec } from '../define';
import { CLIP_LIMITS } from '../events';

/** Limits of what main fetches and reads for a clip; main enforces them, the UI quotes them. */
export const FETCH_LIMITS = {
  /** A page's bytes, enforced while streaming. */
  pageBytes: 15 * 1024 * 1024,
  redirects: 5,
  timeoutMs: 20_000,
  /** Images downloaded per article, bytes per image, bytes per article. */
  images: 30,
  imageBytes: 8 * 1024 * 1024,
  articleImageBytes: 40 * 1024 * 1024,
  /** A file opened for clipping (after gunzip for .html.gz). */
  fileBytes: 15 * 1024 * 1024,
  /** Files per open dialog. */
  files: 200,
} as const;

const httpUrl = z.string().min(1).max(CLIP_LIMITS.url);

/** The renderer's name for one clip's fetches, so the user can cancel them (cancelFetch). */
const requestId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

/** Pages and text files decode to at most this many UTF-16 units (the byte cap, in the worst case one unit per byte). */
const pageText = z.string().max(FETCH_LIMITS.pageBytes);

export const fetchedPageSchema = z
  .object({
    /** The URL asked for. */
    requestedUrl: httpUrl,
    /** The URL the page finally came from, after redirects. */
    url: httpUrl,
    /** 'html' for HTML and XHTML, 'text' for text/plain. */
    kind: z.enum(['html', 'text']),
    /** The page decoded with its charset. */
    text: pageText,
    /** The encoding used (e.g. "windows-1252") and where it came from. */
    charset: z.string().max(64),
    charsetFrom: z.enum(['bom', 'header', 'meta', 'default']),
    bytes: z.number().int().min(0),
  })
  .strict();
export type FetchedPage = z.infer<typeof fetchedPageSchema>;

export const downloadedImageSchema = z
  .object({
    url: httpUrl,
    mime: z.string().max(100),
    /** The image bytes, base64 (IPC routes in tests serialise as JSON). */
    base64: z.string().max(Math.ceil(FETCH_LIMITS.imageBytes / 3) * 4 + 4),
  })
  .strict();
export type DownloadedImage = z.infer<typeof downloadedImageSchema>;

export const clipFileSchema = z
  .object({
    name: z.string().max(1000),
    /** 'html' for .html/.htm(.gz), 'text' for .txt, 'markdown' for .md. */
    kind: z.enum(['html', 'text', 'markdown']),
    text: pageText,
    charset: z.string().max(64),
  })
  .strict();
export type ClipFile = z.infer<typeof clipFileSchema>;

/** Calls that bring pages and files into Dossier (fetching a URL, its images, opening files). */
export const clipCalls = {
  /**
   * Fetches a web page for clipping: only http(s) at every hop, at most 5 redirects, 20 s,
   * 15 MB, charset from the header or <meta>. Fails with dns, network, timeout, http-status,
   * too-large, not-html, too-many-redirects or bad-url, each with a message saying what to try.
   */
  fetchPage: call(z.object({ url: httpUrl, requestId: requestId.optional() }).strict(), fetchedPageSchema),
  /**
   * Downloads an article's images (image/* only, at most 30, 8 MB each, 40 MB in all). An image
   * that fails is skipped with its reason; the call itself never fails for one image.
   */
  fetchImages: call(
    z.object({ urls: z.array(httpUrl).max(200), requestId: requestId.optional() }).strict(),
    z
      .object({
        images: z.array(downloadedImageSchema).max(FETCH_LIMITS.images),
        skipped: z.array(z.object({ url: z.string().max(CLIP_LIMITS.url), reason: z.string().max(300) }).strict()).max(200),
      })
      .strict(),
  ),
  /**
   * Stops the page and image fetches started with this requestId (the user cancelled the clip):
   * they fail with 'cancelled' and their connections are closed. `cancelled` says whether any ran.
   */
  cancelFetch: call(z.object({ requestId }).strict(), z.object({ cancelled: z.boolean() }).strict()),
  /**
   * Shows the system dialog to choose .html, .htm, .html.gz, .txt or .md files. Answers a token
   * per chosen file; only files the user chose can be read back (readClipFile), one at a time,
   * so many files show progress and can be cancelled between files.
   */
  chooseClipFiles: call(
    z.object({}).strict(),
    z
      .object({
        cancelled: z.boolean(),
        files: z.array(z.object({ token: z.string().max(100), name: z.string().max(1000), size: z.number().int().min(0) }).strict()).max(FETCH_LIMITS.files),
      })
      .strict(),
  ),
  /** Reads one chosen file (15 MB after unpacking .gz), decoded with its charset; binary files are refused with not-html. */
  readClipFile: call(z.object({ token: z.string().min(1).max(100) }).strict(), clipFileSchema),
} satisfies Record<string, CallSpec>;
