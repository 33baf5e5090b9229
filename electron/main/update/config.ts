/**
 * Whether Dossier checks for updates, decided from plain data so a Node test can check it
 * without Electron or the network. Off unless a release feed is configured, the app is the
 * packaged one (never `electron .`), and the feed is https (an update is code we will run).
 */
export interface UpdateInputs {
  /** RELEASE_FEED_URL from shared/app/release.ts (null = no feed configured). */
  feedUrl: string | null;
  /** app.isPackaged. */
  isPackaged: boolean;
  /** DOSSIER_DISABLE_UPDATES=1 turns checks off for managed installs. */
  env: Record<string, string | undefined>;
}

export type UpdateDecision = { enabled: true; feedUrl: string } | { enabled: false; reason: string };

export function decideUpdates(inputs: UpdateInputs): UpdateDecision {
  if (!inputs.feedUrl) return { enabled: false, reason: 'No release feed is configured.' };
  if (!inputs.isPackaged) return { enabled: false, reason: 'Development build: updates come from git.' };
  if (inputs.env['DOSSIER_DISABLE_UPDATES'] === '1') return { enabled: false, reason: 'Turned off by DOSSIER_DISABLE_UPDATES.' };
  let url: URL;
  try {
    url = new URL(inputs.feedUrl);
  } catch {
    return { enabled: false, reason: 'The release feed is not a valid address.' };
  }
  if (url.protocol !== 'https:' || url.username || url.password) return { enabled: false, reason: 'The release feed must be an https address without credentials.' };
  return { enabled: true, feedUrl: url.href };
}

/** The slice of electron-updater's autoUpdater that main uses. */
export interface UpdaterLike {
  autoDownload: boolean;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdatesAndNotify(): Promise<unknown>;
}

/**
 * Starts update checks when the decision says so. electron-updater is loaded only then (a
 * dynamic import), so with no feed configured nothing about updates runs and nothing goes on
 * the network. The first check waits `delayMs` so it never competes with start-up.
 */
export async function startUpdates(decision: UpdateDecision, load: () => Promise<UpdaterLike>, schedule: (run: () => void, delayMs: number) => void, log: (message: string) => void, delayMs = 60_000): Promise<boolean> {
  if (!decision.enabled) {
    log(`[update] off: ${decision.reason}`);
    return false;
  }
  const updater = await load();
  updater.autoDownload = true;
  updater.setFeedURL({ provider: 'generic', url: decision.feedUrl });
  schedule(() => {
    updater.checkForUpdatesAndNotify().catch((error: unknown) => log(`[update] check failed: ${String(error)}`));
  }, delayMs);
  return true;
}
