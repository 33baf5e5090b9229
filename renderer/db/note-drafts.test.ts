import { describe, expect, it } from 'vitest';
import { clearDraft, readDraft, writeDraft } from './note-drafts';

class MemoryStorage {
  items = new Map<string, string>();
  full = false;
  getItem(k: string) { return this.items.get(k) ?? null; }
  setItem(k: string, v: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(k, v);
  }
  removeItem(k: string) { this.items.delete(k); }
}

describe('note drafts', () => {
  it('keeps unsaved text per note until cleared, and survives bad entries and full storage', () => {
    const s = new MemoryStorage() as unknown as Storage & MemoryStorage;
    expect(readDraft('n1', s)).toBeNull();
    expect(writeDraft('n1', { title: 'T', editorState: '{"root":{}}' }, s)).toBe(true);
    expect(readDraft('n1', s)).toMatchObject({ title: 'T', editorState: '{"root":{}}' });
    expect(readDraft('n2', s)).toBeNull();
    clearDraft('n1', s);
    expect(readDraft('n1', s)).toBeNull();
    s.items.set('dossier.note-draft.bad', '{oops');
    expect(readDraft('bad', s)).toBeNull();
    s.full = true;
    expect(writeDraft('n1', { title: 'T', editorState: 'x' }, s)).toBe(false);
    expect(writeDraft('n1', { title: 'T', editorState: 'x' }, null)).toBe(false);
  });
});
