import { ApiError } from '../../../shared/api/errors';
import { FETCH_LIMITS, type DownloadedImage } from '../../../shared/api/calls/clip';
import { sniffBinary } from '../../../shared/clip/sniff';
import { fetchResource, type FetchOptions } from './fetch';
import { mediaType } from './page';

export interface ImageLimits {
  images: number;
  imageBytes: number;
  articleImageBytes: number;
  /** Downloads at once. */
  concurrency: number;
  timeoutMs: number;
}

const DEFAULTS: ImageLimits = {
  images: FETCH_LIMITS.images,
  imageBytes: FETCH_LIMITS.imageBytes,
  articleImageBytes: FETCH_LIMITS.articleImageBytes,
  concurrency: 4,
  timeoutMs: FETCH_LIMITS.timeoutMs,
};

/** Raster formats shown in the reader. SVG is refused: it is a document that can carry scripts. */
const IMAGE_TYPES = new Set(['image/jpeg', 'image/jpg', 'image/png', 'image/gif', 'image/webp', 'image/avif', 'image/bmp']);

export interface ImagesResult {
  images: DownloadedImage[];
  skipped: { url: string; reason: string }[];
}

/**
 * Downloads an article's images for offline reading, with a cap per image and per article.
 * An image that fails (or does not fit) is skipped with its reason: images never fail a clip.
 */
export async function fetchImages(urls: readonly string[], limits: Partial<ImageLimits> = {}, options: Pick<FetchOptions, 'signal'> = {}): Promise<ImagesResult> {
  const l = { ...DEFAULTS, ...limits };
  const unique = [...new Set(urls)];
  const skipped: ImagesResult['skipped'] = unique.slice(l.images).map((url) => ({ url, reason: `more than ${l.images} images in one article` }));
  const wanted = unique.slice(0, l.images);
  const results: (DownloadedImage | null)[] = new Array<DownloadedImage | null>(wanted.length).fill(null);
  let total = 0;
  let next = 0;

  const worker = async () => {
    while (next < wanted.length) {
      const index = next++;
      const url = wanted[index]!;
      try {
        const res = await fetchResource(
          url,
          {
            accept: 'image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9',
            what: 'The image',
            checkHeaders: (contentType) => {
              const type = mediaType(contentType);
              if (!IMAGE_TYPES.has(type)) throw new ApiError('not-html', `not an image Dossier stores (${type || 'no type'})`);
            },
          },
          { maxBytes: l.imageBytes, timeoutMs: l.timeoutMs, maxRedirects: FETCH_LIMITS.redirects, signal: options.signal },
        );
        if (sniffBinary(res.body) !== 'image') throw new ApiError('not-html', 'the bytes are not an image');
        if (total + res.body.length > l.articleImageBytes) {
          skipped.push({ url, reason: `the article’s images would exceed ${Math.round(l.articleImageBytes / 1048576)} MB` });
          continue;
        }
        total += res.body.length;
        const mime = mediaType(res.contentType) === 'image/jpg' ? 'image/jpeg' : mediaType(res.contentType);
        results[index] = { url, mime, base64: Buffer.from(res.body).toString('base64') };
      } catch (error) {
        skipped.push({ url, reason: (error instanceof Error ? error.message : String(error)).slice(0, 300) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(l.concurrency, wanted.length) }, worker));
  return { images: results.filter((r): r is DownloadedImage => r !== null), skipped };
}
