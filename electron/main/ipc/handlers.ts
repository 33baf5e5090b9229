import type { Handlers } from '../../../shared/api';
import { createAppHandlers, type AppDeps } from '../app/handlers';
import { createClipboardHandlers, type ClipboardDeps } from '../protocol/handlers';
import { createClipHandlers, type ClipDeps } from '../clip/handlers';
import { createExportHandlers, type ExportDeps } from '../export/handlers';

/** Everything main-side handlers need from the outside world, injected so Node tests can run them. */
export interface MainDeps {
  app: AppDeps;
  clipboard: ClipboardDeps;
  clip: ClipDeps;
  export: ExportDeps;
}

/** All handlers of the contract. Each feature contributes its own factory. */
export function createHandlers(deps: MainDeps): Handlers {
  return {
    ...createAppHandlers(deps.app),
    ...createClipboardHandlers(deps.clipboard),
    ...createClipHandlers(deps.clip),
    ...createExportHandlers(deps.export),
  };
}
