import { z } from 'zod';
import { call } from '../define';
import { CLIP_LIMITS } from '../events';

export const clipboardCalls = {
  /**
   * The http(s) URL on the system clipboard, for the "clip the copied address" shortcut; null
   * when the clipboard holds anything else. Main reads the clipboard (the renderer's
   * clipboard-read permission is denied) and hands back only a validated URL, never the text.
   */
  readClipboardUrl: call(z.object({}).strict(), z.object({ url: z.string().max(CLIP_LIMITS.url).nullable() }).strict()),
};
