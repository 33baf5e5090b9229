/**
 * The search worker: holds the notebook index off the window's thread, so loading, building and
 * saving it never blocks typing or scrolling, and its memory is not the window's.
 */
import { SearchService } from './service';
import type { WorkerReply, WorkerRequest } from './protocol';

const scope = globalThis as unknown as {
  postMessage(message: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
};

const service = new SearchService((status) => scope.postMessage({ type: 'status', status }));

scope.addEventListener('message', (event) => {
  const message = event.data;
  if (message.type === 'search') {
    scope.postMessage({ type: 'hits', id: message.id, hits: service.search(message.query, message.options) });
  } else if (message.type === 'change') {
    void service.apply(message.change);
  } else if (message.type === 'flush') {
    void service.whenReady().then(() => service.flush()).then(() => scope.postMessage({ type: 'flushed', id: message.id }));
  }
});

void service.start();
