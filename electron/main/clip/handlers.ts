import type { Handlers } from '../../../shared/api';
import type { clipCalls } from '../../../shared/api/calls/clip';

/** What clip handlers need from the outside world (network, dialogs), injected for Node tests. */
export type ClipDeps = Record<string, never>;

export function createClipHandlers(_deps: ClipDeps): Pick<Handlers, keyof typeof clipCalls> {
  return {};
}
