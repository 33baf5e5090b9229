import type { ApiErrorInfo, ApiResult, CallInput, CallName, CallOutput, DossierBridge } from '../shared/api';

declare global {
  interface Window {
    /** The preload's API (electron/preload), or the test harness's routed copy of it: calls and event subscriptions. */
    dossier?: DossierBridge;
  }
}

/** A failed main-process call, with the code the UI uses to say what to try. */
export class MainCallError extends Error {
  constructor(readonly info: ApiErrorInfo) {
    super(info.message);
    this.name = 'MainCallError';
  }
}

export function hasMainApi(): boolean {
  return typeof window !== 'undefined' && !!window.dossier;
}

/** Calls main and returns the value, or throws MainCallError carrying the typed error. */
export async function callMain<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const api = window.dossier;
  if (!api) throw new MainCallError({ code: 'internal', message: 'Dossier’s main process is not available in this window.' });
  const method = api[name] as (input: CallInput<K>) => Promise<ApiResult<CallOutput<K>>>;
  const result = await method(input);
  if (!result.ok) throw new MainCallError(result.error);
  return result.value;
}
