/**
 * Where Dossier's releases are published. Settings links to the notes of the running version;
 * main's updater (electron/main/update/config.ts) stays off while RELEASE_FEED_URL is null.
 * Set both when the project has a release site: the feed is electron-updater's "generic"
 * provider folder (latest.yml, latest-mac.yml, latest-linux.yml next to the installers).
 */
export const RELEASE_NOTES_BASE_URL = 'https://dossier.example.org/releases';

/** No release feed is configured yet, so auto-update is off. */
export const RELEASE_FEED_URL: string | null = null;

/** The release notes page of one version (“0.1.0” → …/releases/0.1.0). */
export function releaseNotesUrl(version: string): string {
  const safe = /^[0-9A-Za-z.+-]{1,64}$/.test(version) ? version : 'latest';
  return `${RELEASE_NOTES_BASE_URL}/${safe}`;
}
