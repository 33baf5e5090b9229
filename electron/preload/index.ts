import { contextBridge, ipcRenderer } from 'electron';
import { channelOf } from '../../shared/api/channels';
import type { CallInput, CallName, CallOutput, DossierBridge } from '../../shared/api/contract';
import { eventChannelOf, type EventName } from '../../shared/api/event-channels';
import type { ApiResult } from '../../shared/api/errors';

function send<K extends CallName>(name: K) {
  return (input: CallInput<K>) => ipcRenderer.invoke(channelOf(name), input) as Promise<ApiResult<CallOutput<K>>>;
}

/**
 * Subscription to a main→renderer event. Events that arrive before anyone subscribes (a
 * dossier:// link that launched the app) are kept (at most 20) and handed to the first
 * subscriber. Only the payload crosses, never the IPC event object. Main validated it; the
 * renderer validates it again (shared/api/events.ts).
 */
function listen(name: EventName) {
  const listeners = new Set<(payload: never) => void>();
  const early: unknown[] = [];
  ipcRenderer.on(eventChannelOf(name), (_event, payload: unknown) => {
    if (listeners.size === 0) {
      if (early.length < 20) early.push(payload);
    } else for (const listener of listeners) listener(payload as never);
  });
  return (callback: (payload: never) => void) => {
    listeners.add(callback);
    for (const payload of early.splice(0)) callback(payload as never);
    return () => void listeners.delete(callback);
  };
}

/** Exactly the contract in shared/api, one named method per call, plus the event subscriptions. */
const api = {
  appInfo: send('appInfo'),
  openExternal: send('openExternal'),
  readClipboardUrl: send('readClipboardUrl'),
  fetchPage: send('fetchPage'),
  fetchImages: send('fetchImages'),
  cancelFetch: send('cancelFetch'),
  chooseClipFiles: send('chooseClipFiles'),
  readClipFile: send('readClipFile'),
  exportChooseFolder: send('exportChooseFolder'),
  exportReadManifest: send('exportReadManifest'),
  exportWriteFiles: send('exportWriteFiles'),
  exportCheckFiles: send('exportCheckFiles'),
  exportRenderArticles: send('exportRenderArticles'),
  exportFinish: send('exportFinish'),
  saveTextFile: send('saveTextFile'),
  backupSaveBegin: send('backupSaveBegin'),
  backupSaveChunk: send('backupSaveChunk'),
  backupSaveEnd: send('backupSaveEnd'),
  backupOpenBegin: send('backupOpenBegin'),
  backupOpenChunk: send('backupOpenChunk'),
  backupOpenEnd: send('backupOpenEnd'),
  onClipRequest: listen('clipRequest'),
  onClipRejected: listen('clipRejected'),
} satisfies DossierBridge;

contextBridge.exposeInMainWorld('dossier', api);
