/** A storage failure explained for people: what happened, and that nothing saved was lost. */
export class StorageError extends Error {
  constructor(
    readonly kind: 'quota' | 'failed' | 'version' | 'unavailable',
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

function errorName(error: unknown): string {
  if (!error || typeof error !== 'object') return '';
  const e = error as { name?: string; inner?: { name?: string } };
  return e.inner?.name ?? e.name ?? '';
}

/** Turns whatever Dexie or IndexedDB threw into a StorageError with a message a user can act on. */
export function toStorageError(error: unknown, action: string): StorageError {
  if (error instanceof StorageError) return error;
  const name = errorName(error);
  if (name === 'QuotaExceededError' || /quota/i.test(String((error as Error)?.message ?? ''))) {
    return new StorageError('quota', `Could not ${action}: this computer has no room left for Dossier’s data. Free some disk space or export and delete old articles. Nothing already saved was lost.`, error);
  }
  if (name === 'VersionError' || name === 'UpgradeError') {
    return new StorageError('version', `Could not ${action}: the notebook was written by a newer Dossier. Update Dossier to open it.`, error);
  }
  if (name === 'MissingAPIError' || name === 'InvalidStateError') {
    return new StorageError('unavailable', `Could not ${action}: storage is not available in this window.`, error);
  }
  return new StorageError('failed', `Could not ${action}. Nothing already saved was lost; try again.`, error);
}

type Listener = (error: StorageError) => void;
const listeners = new Set<Listener>();

/** The UI subscribes once to show every failed write to the user. */
export function onStorageError(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Runs a write; on failure reports it to the UI and rethrows the explained error. A write stopped
 * through its caller's `signal` did not fail: it rejects with the signal's reason (an AbortError),
 * unreported.
 */
export async function guardedWrite<T>(action: string, write: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    const explained = toStorageError(error, action);
    for (const listener of listeners) listener(explained);
    throw explained;
  }
}
