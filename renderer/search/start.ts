import { registerPaletteProvider } from '../app/palette-providers';
import { startNotebookSearch } from './client';
import { notebookSearchProvider } from './palette';

let started = false;

/** Starts notebook search for the window and puts it in the command palette. Called once by the shell. */
export function startSearchFeature(): void {
  if (started) return;
  started = true;
  startNotebookSearch();
  registerPaletteProvider(notebookSearchProvider);
}
