import { describe, expect, it } from 'vitest';
import { RELEASE_FEED_URL, releaseNotesUrl } from '../../../shared/app/release';
import { electronSources } from '../../../tests/unit/security/electron-source';
import { decideUpdates, startUpdates, type UpdaterLike } from './config';

const packaged = { isPackaged: true, env: {} };

describe('auto-update decision', () => {
  it('is off as shipped: no release feed is configured', () => {
    expect(RELEASE_FEED_URL).toBeNull();
    expect(decideUpdates({ feedUrl: RELEASE_FEED_URL, ...packaged })).toEqual({ enabled: false, reason: 'No release feed is configured.' });
  });

  it.each([
    [{ feedUrl: 'https://dl.dossier.example/feed/', ...packaged }, true],
    [{ feedUrl: 'https://dl.dossier.example/feed/', isPackaged: false, env: {} }, false],
    [{ feedUrl: 'https://dl.dossier.example/feed/', isPackaged: true, env: { DOSSIER_DISABLE_UPDATES: '1' } }, false],
    [{ feedUrl: 'http://dl.dossier.example/feed/', ...packaged }, false],
    [{ feedUrl: 'https://u:p@dl.dossier.example/feed/', ...packaged }, false],
    [{ feedUrl: 'file:///tmp/feed', ...packaged }, false],
    [{ feedUrl: 'not a url', ...packaged }, false],
    [{ feedUrl: '', ...packaged }, false],
  ])('%j → enabled %s', (inputs, enabled) => {
    expect(decideUpdates(inputs).enabled).toBe(enabled);
  });
});

function fakeUpdater() {
  const log: string[] = [];
  const updater: UpdaterLike = {
    autoDownload: false,
    setFeedURL: (o) => void log.push(`feed ${o.provider} ${o.url}`),
    checkForUpdatesAndNotify: async () => void log.push('check'),
  };
  return { updater, log };
}

describe('starting updates', () => {
  it('with no feed, never loads electron-updater and schedules nothing', async () => {
    let loaded = 0;
    const scheduled: number[] = [];
    const started = await startUpdates(decideUpdates({ feedUrl: null, ...packaged }), async () => (loaded++, fakeUpdater().updater), (_r, ms) => scheduled.push(ms), () => undefined);
    expect(started).toBe(false);
    expect(loaded).toBe(0);
    expect(scheduled).toEqual([]);
  });

  it('with a feed, points the updater at it and checks once, later', async () => {
    const { updater, log } = fakeUpdater();
    const runs: (() => void)[] = [];
    const started = await startUpdates(decideUpdates({ feedUrl: 'https://dl.dossier.example/feed/', ...packaged }), async () => updater, (run, ms) => {
      expect(ms).toBeGreaterThan(0);
      runs.push(run);
    }, () => undefined);
    expect(started).toBe(true);
    expect(log).toEqual(['feed generic https://dl.dossier.example/feed/']);
    runs[0]!();
    await Promise.resolve();
    expect(log).toEqual(['feed generic https://dl.dossier.example/feed/', 'check']);
  });

  it('electron-updater is imported nowhere but dynamically in main’s glue (no updater code at start)', () => {
    const users = electronSources().filter((f) => /electron-updater/.test(f.code));
    for (const f of users) expect(f.code, f.path).not.toMatch(/^\s*import[^(]*from\s*['"]electron-updater['"]/m);
    expect(users.map((f) => f.path)).toEqual(['electron/main/index.ts']);
  });
});

describe('release notes link', () => {
  it('points at the running version’s notes, never at an injected path', () => {
    expect(releaseNotesUrl('0.1.0')).toBe('https://dossier.example.org/releases/0.1.0');
    expect(releaseNotesUrl('1.0.0-beta.2')).toBe('https://dossier.example.org/releases/1.0.0-beta.2');
    expect(releaseNotesUrl('../../evil')).toBe('https://dossier.example.org/releases/latest');
  });
});
