import { describe, expect, it } from 'vitest';
import { guardedWrite, onStorageError, StorageError, toStorageError } from './errors';

describe('storage errors', () => {
  it('explains quota errors, including Dexie-wrapped ones', () => {
    expect(toStorageError(new DOMException('full', 'QuotaExceededError'), 'save the note').kind).toBe('quota');
    expect(toStorageError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } }, 'save').kind).toBe('quota');
    expect(toStorageError(new Error('boom'), 'save the note').message).toMatch(/^Could not save the note\. Nothing already saved was lost/);
  });

  it('reports a failed write to listeners and rethrows it explained', async () => {
    const seen: StorageError[] = [];
    const off = onStorageError((e) => seen.push(e));
    await expect(guardedWrite('save the clip', async () => Promise.reject(new DOMException('x', 'QuotaExceededError')))).rejects.toBeInstanceOf(StorageError);
    off();
    expect(seen.map((e) => e.kind)).toEqual(['quota']);
    expect(await guardedWrite('save', async () => 7)).toBe(7);
  });
});
