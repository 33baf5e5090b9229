import type { PreparedExport } from '../../shared/export/prepared';
import { whenIdle } from '../app/idle';
import { getMentionStyle, onMentionStyleChange } from './mention-style';
import { startBodyKeeper } from './body-keeper';
import { startExportPreparer, type ExportPreparer } from './preparer';

let started = false;
let preparer: ExportPreparer | null = null;

/**
 * Starts keeping article bodies rendered for export (./body-keeper.ts), and the export prepared
 * while the notebook is left alone (./preparer.ts), once the window is idle after its first
 * render, so neither competes with opening the app. Called once by the shell.
 */
export function startExportFeature(): void {
  if (started) return;
  started = true;
  // A document of its own, never shown: bodies parsed in its templates run nothing and load nothing.
  const start = () => {
    startBodyKeeper({ document: document.implementation.createHTMLDocument('') });
    preparer = startExportPreparer({ mentionStyle: getMentionStyle, onMentionStyleChange });
  };
  whenIdle(start, 3000, 1000);
}

/** The export prepared from the notebook as it is now, if there is one. */
export function preparedExport(): PreparedExport | null {
  return preparer?.current() ?? null;
}
