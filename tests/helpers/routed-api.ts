import type { Page } from '@playwright/test';
import { CALL_NAMES } from '../../shared/api/contract';
import { createDispatch } from '../../electron/main/ipc/dispatch';
import { createHandlers, type MainDeps } from '../../electron/main/ipc/handlers';
import { createClipDelivery } from '../../electron/main/protocol/delivery';
import type { ClipLinkResult } from '../../electron/main/protocol/parse-clip-link';
import { EVENT_NAMES, eventChannelOf, events, type EventName, type EventPayload } from '../../shared/api/events';

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
  await page.addInitScript(
    ({ names, eventChannels }: { names: string[]; eventChannels: Record<string, string> }) => {
      const w = window as unknown as { __dossierMain: (name: string, input: unknown) => Promise<unknown>; dossier: Record<string, unknown> };
      const api: Record<string, unknown> = {};
      for (const name of names) api[name] = (input: unknown) => w.__dossierMain(name, input);
      // Main→renderer events, as the preload's listen() does it: payload only, and events sent
      // before anyone subscribes (at most 20) go to the first subscriber.
      const channels = new Map<string, { listeners: Set<(payload: unknown) => void>; early: unknown[] }>();
      for (const [event, channel] of Object.entries(eventChannels)) {
        const state = { listeners: new Set<(payload: unknown) => void>(), early: [] as unknown[] };
        channels.set(channel, state);
        api[`on${event[0]!.toUpperCase()}${event.slice(1)}`] = (callback: (payload: unknown) => void) => {
          state.listeners.add(callback);
          for (const payload of state.early.splice(0)) callback(payload);
          return () => void state.listeners.delete(callback);
        };
      }
      // The test's stand-in for webContents.send (see emitMainEvent); not part of window.dossier.
      Object.defineProperty(window, '__dossierDeliver', {
        value: (channel: string, payload: unknown) => {
          const state = channels.get(channel);
          if (!state) return;
          if (state.listeners.size === 0) {
            if (state.early.length < 20) state.early.push(payload);
          } else for (const listener of state.listeners) listener(payload);
        },
      });
      Object.defineProperty(window, 'dossier', { value: Object.freeze(api), writable: false, configurable: false });
    },
    { names: CALL_NAMES as string[], eventChannels: Object.fromEntries(EVENT_NAMES.map((n) => [n, eventChannelOf(n)])) },
  );
  return calls;
}

/** webContents.send for the routed page: hands a payload to the page's event subscriptions. */
async function sendToPage(page: Page, channel: string, payload: unknown): Promise<void> {
  await page.evaluate(([c, p]) => (window as unknown as { __dossierDeliver: (c: string, p: unknown) => void }).__dossierDeliver(c, p), [channel, payload] as const);
}

/**
 * Main sends the page an event, validated with the same schema main uses (shared/api/events.ts);
 * an invalid payload throws here, as main would never send it.
 */
export async function emitMainEvent<K extends EventName>(page: Page, name: K, payload: EventPayload<K>): Promise<void> {
  const checked = events[name].parse(payload);
  await sendToPage(page, eventChannelOf(name), checked);
}

/**
 * The system opening a dossier:// link, end to end on main's side: the real parser and delivery
 * queue (electron/main/protocol) send the page a clipRequest or a clipRejected event.
 */
export function routeClipLinks(page: Page) {
  const pending: Promise<void>[] = [];
  const delivery = createClipDelivery({ send: (channel, payload) => void pending.push(sendToPage(page, channel, payload)), reveal: () => undefined });
  delivery.windowReady();
  return {
    async open(link: string): Promise<ClipLinkResult> {
      const result = delivery.receive(link);
      await Promise.all(pending.splice(0));
      return result;
    },
  };
}
