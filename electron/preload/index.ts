import { contextBridge, ipcRenderer } from 'electron';
import { channelOf } from '../../shared/api/channels';
import type { CallInput, CallName, CallOutput, DossierApi } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';

function send<K extends CallName>(name: K) {
  return (input: CallInput<K>) => ipcRenderer.invoke(channelOf(name), input) as Promise<ApiResult<CallOutput<K>>>;
}

/** Exactly the contract in shared/api, one named method per call. */
const api = {
  appInfo: send('appInfo'),
  openExternal: send('openExternal'),
} satisfies DossierApi;

contextBridge.exposeInMainWorld('dossier', api);
