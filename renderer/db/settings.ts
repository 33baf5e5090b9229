import { getDb } from './db';
import { guardedWrite } from './errors';

export async function getSetting<T>(key: string, fallback: T): Promise<T> {
  const row = await getDb().settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

export function setSetting(key: string, value: unknown): Promise<void> {
  return guardedWrite('save the setting', async () => {
    await getDb().settings.put({ key, value });
  });
}
