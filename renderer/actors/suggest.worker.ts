/**
 * The suggestions worker: reads an article for actors and speakers off the window's thread, so a
 * long read (a second or more for a 30,000-word report) never freezes the reader.
 */
import { suggest } from '../../shared/suggest';
import type { SuggestReply, SuggestRequest } from './suggest-protocol';

const scope = globalThis as unknown as {
  postMessage(message: SuggestReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SuggestRequest>) => void): void;
};

scope.addEventListener('message', (event) => {
  const { id, text, known } = event.data;
  try {
    scope.postMessage({ id, suggestions: suggest(text, { known }) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
