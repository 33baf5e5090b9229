import { bumpNotebookRevision } from './notebook-revision';
import { openDossierDb, type DossierDb } from './schema';

let current: DossierDb | null = null;

/** The notebook database. Opened lazily so tests can install their own first. */
export function getDb(): DossierDb {
  current ??= openDossierDb();
  return current;
}

/** Replaces the database (tests open one on fake-indexeddb; restore may reopen). */
export function useDatabase(db: DossierDb): void {
  current = db;
  bumpNotebookRevision();
}
