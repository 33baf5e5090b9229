/**
 * A number that changes whenever anything an export reads may have changed: a write to the
 * articles, bodies, images, quotes, actors or notes of any Dossier database (this window's or
 * another's: Dexie passes commits between windows), or another database put in use. Work made
 * ahead from the notebook (renderer/export/preparer.ts) is used only while it is unchanged.
 *
 * It counts from Dexie's own commit events, below every repository, so no write path can forget
 * it; it lives in memory, so anything made ahead is made again in each session, never trusted
 * across a restart.
 */
import Dexie, { type ObservabilitySet } from 'dexie';

/** The tables shared/export's NotebookSource reads. */
const EXPORTED_TABLES: ReadonlySet<string> = new Set(['articles', 'bodies', 'images', 'quotes', 'actors', 'notes']);

let revision = 0;
let watching = false;
const listeners = new Set<() => void>();

/** Part names are `idb://<database>/<table>/<index>`. */
function touchesExport(parts: ObservabilitySet): boolean {
  return Object.keys(parts).some((part) => EXPORTED_TABLES.has(part.split('/')[3] ?? ''));
}

function watch(): void {
  if (watching) return;
  watching = true;
  Dexie.on('storagemutated', (parts) => {
    if (touchesExport(parts)) bumpNotebookRevision();
  });
}

export function notebookRevision(): number {
  watch();
  return revision;
}

/** Marks the notebook changed (Dexie's commits do; so does putting another database in use). */
export function bumpNotebookRevision(): void {
  revision++;
  for (const listener of [...listeners]) listener();
}

/** Calls `listener` after each change; returns the unsubscribe. */
export function onNotebookRevision(listener: () => void): () => void {
  watch();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
