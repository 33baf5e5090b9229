import type { CallSpec } from '../define';

/** Calls that write Markdown exports and backups to disk, and read backups back. */
export const exportCalls = {} satisfies Record<string, CallSpec>;
