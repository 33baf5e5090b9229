import type { Page } from '@playwright/test';
import { CALL_NAMES } from '../../shared/api/contract';
import { createDispatch } from '../../electron/main/ipc/dispatch';
import { createHandlers, type MainDeps } from '../../electron/main/ipc/handlers';

export interface RoutedCall {
  name: string;
  input: unknown;
  ok: boolean;
}

/**
 * Gives the page the same `window.dossier` the preload gives it in Electron: one named method
 * per contract call, each routed to the real main-side handlers in Node through the same
 * dispatch gate (sender check, zod validation) that Electron uses.
 */
export async function routeMainApi(page: Page, appOrigin: string, deps: MainDeps, calls: RoutedCall[] = []): Promise<RoutedCall[]> {
  const dispatch = createDispatch(createHandlers(deps), {
    appUrls: [`${appOrigin}/`],
    onInternalError: (name, error) => console.error(`[routed ${name}]`, error),
  });
  await page.exposeBinding('__dossierMain', async (source, name: unknown, input: unknown) => {
    const result = await dispatch(name, input, { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() });
    calls.push({ name: String(name), input, ok: result.ok });
    return result;
  });
  await page.addInitScript((names: string[]) => {
    const w = window as unknown as { __dossierMain: (name: string, input: unknown) => Promise<unknown>; dossier: Record<string, unknown> };
    const api: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const name of names) api[name] = (input: unknown) => w.__dossierMain(name, input);
    Object.defineProperty(window, 'dossier', { value: Object.freeze(api), writable: false, configurable: false });
  }, CALL_NAMES as string[]);
  return calls;
}
