import { whenIdle } from '../app/idle';
import { startBodyKeeper } from './body-keeper';

let started = false;

/**
 * Starts keeping article bodies rendered for export (./body-keeper.ts) once the window is idle
 * after its first render, so it never competes with opening the app. Called once by the shell.
 */
export function startExportFeature(): void {
  if (started) return;
  started = true;
  // A document of its own, never shown: bodies parsed in its templates run nothing and load nothing.
  const start = () => void startBodyKeeper({ document: document.implementation.createHTMLDocument('') });
  whenIdle(start, 3000, 1000);
}
