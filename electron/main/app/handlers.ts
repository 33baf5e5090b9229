import { ApiError, type Handlers } from '../../../shared/api';
import { isSafeExternalUrl } from '../security/navigation';

export interface AppDeps {
  version: string;
  platform: string;
  /** shell.openExternal in Electron; a recorder in tests. */
  openExternal: (url: string) => Promise<void>;
}

export function createAppHandlers(deps: AppDeps): Pick<Handlers, 'appInfo' | 'openExternal'> {
  return {
    appInfo: async () => ({ version: deps.version, platform: deps.platform, name: 'Dossier' }),
    openExternal: async ({ url }) => {
      if (!isSafeExternalUrl(url)) throw new ApiError('bad-url', 'Only http, https and mailto links open outside Dossier.');
      await deps.openExternal(url);
      return { opened: true };
    },
  };
}
