import { sanitizeArticleHtml } from '../../shared/sanitize/sanitize';

const IMAGE_SCHEME = 'dossier-image:';

/**
 * The article body ready to show: sanitised again at display (a stored body is never trusted), and
 * every `dossier-image:<id>` source replaced by the blob: URL of the stored image. An image missing
 * from the store loses its source (its alt text stays); nothing remote ever loads.
 */
export function bodyForDisplay(html: string, imageUrls: ReadonlyMap<string, string>): string {
  const clean = sanitizeArticleHtml(html, window);
  const template = document.createElement('template');
  template.innerHTML = clean;
  for (const img of template.content.querySelectorAll('img')) {
    const src = img.getAttribute('src') ?? '';
    const url = src.startsWith(IMAGE_SCHEME) ? imageUrls.get(src.slice(IMAGE_SCHEME.length)) : undefined;
    if (url) img.setAttribute('src', url);
    else if (!src.startsWith('data:image/')) img.removeAttribute('src');
    img.setAttribute('loading', 'lazy');
  }
  return template.innerHTML;
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
