import { whenIdle } from '../app/idle';
import { refreshPaletteResults, registerPaletteProvider } from '../app/palette-providers';
import { searchStatus, startNotebookSearch, subscribeSearchStatus } from './client';
import { notebookSearchProvider } from './palette';

let started = false;

/**
 * Puts notebook search in the command palette, and starts the index once the window is idle
 * after its first render, so loading the index never competes with opening the app (a search
 * before then starts it at once). Changes made before it starts are found when it reconciles
 * with the database. Called once by the shell.
 */
export function startSearchFeature(): void {
  if (started) return;
  started = true;
  registerPaletteProvider(notebookSearchProvider);
  // The palette asked the index once per keystroke; when the index moves (a clip saved while the
  // palette is open, or just before it was, whose change the worker had not applied when the
  // query reached it; the build's progress) it asks again.
  let seen = '';
  subscribeSearchStatus(() => {
    const { state, docs, changeCount } = searchStatus();
    const now = `${state} ${docs} ${changeCount}`;
    if (now === seen) return;
    seen = now;
    refreshPaletteResults();
  });
  whenIdle(() => startNotebookSearch(), 1500, 500);
}
