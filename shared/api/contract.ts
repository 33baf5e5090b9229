import type { z } from 'zod';
import type { ApiResult } from './errors';
import { appCalls } from './calls/app';
import { clipboardCalls } from './calls/clipboard';
import { clipCalls } from './calls/clip';
import { exportCalls } from './calls/export';
import type { DossierEvents } from './events';

/**
 * The one contract between renderer and main. Each entry is a named call with zod schemas
 * for its input and output; main validates both, the preload exposes exactly these names.
 * Add a feature's calls in shared/api/calls/<feature>.ts and spread them here.
 */
export const contract = {
  ...appCalls,
  ...clipboardCalls,
  ...clipCalls,
  ...exportCalls,
};

export type Contract = typeof contract;
export type CallName = keyof Contract;
export const CALL_NAMES = Object.keys(contract) as CallName[];

export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Contract[K]['output']>;

/** What main implements: one async handler per call, given validated input. */
export type Handlers = { [K in CallName]: (input: z.output<Contract[K]['input']>) => Promise<CallOutput<K>> };

/** What the preload exposes as window.dossier: one named method per call. */
export type DossierApi = { [K in CallName]: (input: CallInput<K>) => Promise<ApiResult<CallOutput<K>>> };

/** What the preload really exposes: the calls plus main→renderer event subscriptions (shared/api/events.ts). */
export type DossierBridge = DossierApi & DossierEvents;

export { channelOf } from './channels';

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
