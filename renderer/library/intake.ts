import { looksLikeUrl } from '../../shared/clip/canonical';

/** What arrived by paste or drop, read from a DataTransfer. */
export type Intake =
  | { kind: 'files'; files: File[] }
  | { kind: 'url'; url: string }
  | { kind: 'html'; html: string; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'empty' };

function firstUri(list: string): string | null {
  for (const line of list.split(/\r?\n/)) {
    const t = line.trim();
    if (t && !t.startsWith('#') && /^https?:\/\//i.test(t)) return t;
  }
  return null;
}

/**
 * Files win; then a dragged link (text/uri-list); then HTML (a selection copied or dragged from a
 * browser); then plain text, which is a URL when it is one address and nothing else.
 */
export function readDataTransfer(dt: DataTransfer | null): Intake {
  if (!dt) return { kind: 'empty' };
  const files = Array.from(dt.files ?? []);
  if (files.length) return { kind: 'files', files };
  const uri = firstUri(dt.getData('text/uri-list'));
  if (uri) return { kind: 'url', url: uri };
  const html = dt.getData('text/html');
  const text = dt.getData('text/plain');
  if (html.trim()) return { kind: 'html', html, text };
  if (looksLikeUrl(text)) return { kind: 'url', url: text.trim() };
  if (text.trim()) return { kind: 'text', text };
  return { kind: 'empty' };
}

/** True when a drag carries something Dossier can clip (files, links, text), so the window accepts it. */
export function isClipDrag(dt: DataTransfer | null): boolean {
  if (!dt) return false;
  return Array.from(dt.types).some((t) => t === 'Files' || t === 'text/uri-list' || t === 'text/html' || t === 'text/plain');
}
