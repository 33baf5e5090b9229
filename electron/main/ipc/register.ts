import { CALL_NAMES, channelOf } from '../../../shared/api/contract';
import type { Dispatch, SenderInfo } from './dispatch';

/** The slice of Electron's ipcMain this module needs; passed in so it can be tested without Electron. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, input: unknown) => Promise<unknown>): void;
}
export interface IpcEventLike {
  senderFrame: { url: string; parent: unknown } | null;
}

function senderOf(event: IpcEventLike): SenderInfo {
  const frame = event.senderFrame;
  return { url: frame?.url ?? '', isMainFrame: !!frame && frame.parent === null };
}

/** Registers one ipcMain handler per contract call, each going through the dispatch gate. */
export function registerIpc(ipcMain: IpcMainLike, dispatch: Dispatch): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(channelOf(name), (event, input) => dispatch(name, input, senderOf(event)));
  }
}
