import { useEffect, useState } from 'react';
import { callMain } from '../api';
import { useTheme, type ThemeChoice } from '../app/theme';
import { requestPersistentStorage, type StorageStatus } from '../db/storage';
import { showError } from '../app/toasts';
import { RELEASE_FEED_URL, releaseNotesUrl } from '../../shared/app/release';
import { storageUsage } from './storage-size';

export function SettingsView() {
  const [theme, setTheme] = useTheme();
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    void requestPersistentStorage().then(setStorage);
    void callMain('appInfo', {}).then((i) => setVersion(i.version), () => setVersion(null));
  }, []);
  return (
    <>
      <header className="view-header">
        <h1>Settings</h1>
      </header>
      <div className="view-body">
        <div className="settings">
        <section aria-label="Appearance">
          <h2>Appearance</h2>
          {(['system', 'light', 'dark'] as ThemeChoice[]).map((c) => (
            <label key={c}>
              <input type="radio" name="theme" value={c} checked={theme === c} onChange={() => setTheme(c)} />
              {c === 'system' ? 'Follow the system' : c === 'light' ? 'Light' : 'Dark'}
            </label>
          ))}
        </section>
        <section aria-label="Storage">
          <h2>Storage</h2>
          {storage ? (
            <>
              <p>
                {storageUsage(storage.usage, storage.quota)}.{' '}
                {storage.persisted ? 'Stored persistently: the system will not clear it to free space.' : 'Not marked persistent: the system may clear it when the disk is nearly full. Back up regularly.'}
              </p>
              <div className="meter" aria-label="Storage used">
                <div style={{ width: `${Math.min(100, Math.round((storage.ratio ?? 0) * 100))}%` }} />
              </div>
            </>
          ) : (
            <p>Checking…</p>
          )}
        </section>
        <section aria-label="About">
          <h2>About</h2>
          <p>Dossier {version ?? ''}</p>
          {version ? (
            <p>
              <a
                href={releaseNotesUrl(version)}
                onClick={(e) => {
                  // Opened by main in the system browser (http/https only), never inside Dossier.
                  e.preventDefault();
                  void callMain('openExternal', { url: releaseNotesUrl(version) }).catch(showError);
                }}
              >
                Release notes for {version}
              </a>
            </p>
          ) : null}
          <p>
            {RELEASE_FEED_URL
              ? 'Dossier checks for updates a minute after it starts and installs them when you quit.'
              : 'Automatic updates are off: this build has no release feed. Install new versions from the release page.'}
          </p>
        </section>
        </div>
      </div>
    </>
  );
}
