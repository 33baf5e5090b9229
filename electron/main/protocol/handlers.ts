import type { Handlers } from '../../../shared/api';
import { CLIP_LIMITS } from '../../../shared/api/events';

export interface ClipboardDeps {
  /** clipboard.readText() in Electron; a stub in tests. */
  readText: () => string | Promise<string>;
}

/** The copied text as a clip target: one http(s) URL with a host and no credentials, or null. */
export function clipboardUrl(text: string): string | null {
  const candidate = text.trim();
  if (!candidate || candidate.length > CLIP_LIMITS.url || /\s/.test(candidate)) return null;
  try {
    const url = new URL(candidate);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname || url.username || url.password) return null;
    return url.href.length > CLIP_LIMITS.url ? null : url.href;
  } catch {
    return null;
  }
}

export function createClipboardHandlers(deps: ClipboardDeps): Pick<Handlers, 'readClipboardUrl'> {
  return {
    readClipboardUrl: async () => ({ url: clipboardUrl(await deps.readText()) }),
  };
}
