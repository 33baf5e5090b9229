import { sanitizeArticleHtml } from '../../shared/sanitize/sanitize';

const IMAGE_SCHEME = 'dossier-image:';

/**
 * Shows an article body in `container`: sanitised again at display (a stored body is never
 * trusted), parsed once straight into the container, then every `dossier-image:<id>` source
 * replaced by the blob: URL of the stored image. An image missing from the store loses its source
 * (its alt text stays); nothing remote ever loads (the sanitiser already dropped http(s) sources).
 */
export function showBody(container: HTMLElement, html: string, imageUrls: ReadonlyMap<string, string>): void {
  container.innerHTML = sanitizeArticleHtml(html, window);
  for (const img of container.querySelectorAll('img')) {
    const src = img.getAttribute('src') ?? '';
    const url = src.startsWith(IMAGE_SCHEME) ? imageUrls.get(src.slice(IMAGE_SCHEME.length)) : undefined;
    if (url) img.setAttribute('src', url);
    else if (!src.startsWith('data:image/')) img.removeAttribute('src');
    img.setAttribute('loading', 'lazy');
  }
}

/** Copies text to the clipboard, falling back to a hidden textarea where the async API is refused. */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.style.position = 'fixed';
    ta.style.opacity = '0';
    document.body.appendChild(ta);
    ta.select();
    const ok = document.execCommand('copy');
    ta.remove();
    if (!ok) throw new Error('Could not copy to the clipboard. Select the text and press Ctrl+C instead.');
  }
}
