/** Persistent storage and quota: asked once at start, watched so the user is warned before it is full. */
export interface StorageStatus {
  persisted: boolean;
  usage: number | null;
  quota: number | null;
  /** usage / quota, 0..1, when known. */
  ratio: number | null;
  nearlyFull: boolean;
}

export const NEARLY_FULL_RATIO = 0.8;

export function describeStorage(persisted: boolean, usage: number | null, quota: number | null): StorageStatus {
  const ratio = usage !== null && quota ? usage / quota : null;
  return { persisted, usage, quota, ratio, nearlyFull: ratio !== null && ratio >= NEARLY_FULL_RATIO };
}

export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<StorageStatus> {
  if (!storage) return describeStorage(false, null, null);
  let persisted = false;
  try {
    persisted = (await storage.persisted?.()) || (await storage.persist?.()) || false;
  } catch {
    persisted = false;
  }
  try {
    const { usage, quota } = await storage.estimate();
    return describeStorage(persisted, usage ?? null, quota ?? null);
  } catch {
    return describeStorage(persisted, null, null);
  }
}
