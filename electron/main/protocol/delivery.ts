import { eventChannelOf, events, type EventName, type EventPayload } from '../../../shared/api/events';
import { parseClipLink, type ClipLinkResult } from './parse-clip-link';

export interface ClipDeliveryDeps {
  /** webContents.send of the main window. */
  send: (channel: string, payload: unknown) => void;
  /** Shows and focuses the window (creating it if there is none). */
  reveal: () => void;
}

/** Links that arrive before the window can listen wait here; more than this is a flood, not a user. */
export const MAX_PENDING = 10;

/**
 * Takes dossier:// links from the OS (macOS open-url, a second instance's argv, the first
 * launch's argv), parses them, and sends the renderer either a clipRequest or a clipRejected
 * event. Until the window has loaded, events wait in a short queue.
 */
export function createClipDelivery(deps: ClipDeliveryDeps) {
  let ready = false;
  const pending: { name: EventName; payload: unknown }[] = [];

  function emit<K extends EventName>(name: K, payload: EventPayload<K>): void {
    // Validated again on the way out: nothing unchecked ever crosses to the renderer.
    const checked = events[name].safeParse(payload);
    if (!checked.success) return;
    if (ready) deps.send(eventChannelOf(name), checked.data);
    else if (pending.length < MAX_PENDING) pending.push({ name, payload: checked.data });
  }

  return {
    receive(raw: unknown): ClipLinkResult {
      const result = parseClipLink(raw);
      if (result.ok) emit('clipRequest', result.request);
      else emit('clipRejected', { reason: result.reason, message: result.message });
      deps.reveal();
      return result;
    },
    /** The window finished loading (its preload listens): send what waited. */
    windowReady(): void {
      ready = true;
      for (const { name, payload } of pending.splice(0)) deps.send(eventChannelOf(name), payload);
    },
    /** The window is gone or reloading: queue again until it is back. */
    windowGone(): void {
      ready = false;
    },
  };
}
