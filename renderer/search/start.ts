import { registerPaletteProvider } from '../app/palette-providers';
import { startNotebookSearch } from './client';
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
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => startNotebookSearch(), { timeout: 1500 });
  else setTimeout(() => startNotebookSearch(), 500);
}
