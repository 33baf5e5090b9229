import type { Handlers } from '../../../shared/api';
import { createAppHandlers, type AppDeps } from '../app/handlers';
import { createClipboardHandlers, type ClipboardDeps } from '../protocol/handlers';

/** Everything main-side handlers need from the outside world, injected so Node tests can run them. */
export interface MainDeps {
  app: AppDeps;
  clipboard: ClipboardDeps;
}

/** All handlers of the contract. Each feature contributes its own factory. */
export function createHandlers(deps: MainDeps): Handlers {
  return {
    ...createAppHandlers(deps.app),
    ...createClipboardHandlers(deps.clipboard),
  };
}
