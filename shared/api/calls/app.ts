import { z } from 'zod';
import { call } from '../define';

export const appCalls = {
  /** Version and platform, for Settings and the Help page. */
  appInfo: call(z.object({}).strict(), z.object({ version: z.string(), platform: z.string(), name: z.string() })),
  /** Opens an http(s) or mailto link in the system browser; anything else is refused. */
  openExternal: call(z.object({ url: z.string().max(8192) }).strict(), z.object({ opened: z.boolean() })),
};
