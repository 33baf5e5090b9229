import type { Handlers } from '../../../shared/api';
import type { exportCalls } from '../../../shared/api/calls/export';

/** What export handlers need from the outside world (file system, dialogs), injected for Node tests. */
export type ExportDeps = Record<string, never>;

export function createExportHandlers(_deps: ExportDeps): Pick<Handlers, keyof typeof exportCalls> {
  return {};
}
