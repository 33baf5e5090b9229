import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentToasts, dismissToast } from './toasts';
import { lastDeletion, offerUndo, undoLastDeletion, withdrawUndo } from './undo';

afterEach(() => {
  for (const t of currentToasts()) dismissToast(t.id);
  while (undoLastDeletion());
});

describe('the last deletion’s undo', () => {
  it('outlives its toast, restores once, takes the toast away and is then gone', () => {
    const restore = vi.fn();
    offerUndo({ message: 'Deleted “Ferry fares”.', what: 'Ferry fares', restore });
    const [toast] = currentToasts();
    expect(toast).toMatchObject({ message: 'Deleted “Ferry fares”.', undo: true, action: { label: 'Undo' } });
    expect(lastDeletion()?.what).toBe('Ferry fares');

    expect(undoLastDeletion()).toBe(true);
    expect(restore).toHaveBeenCalledTimes(1);
    expect(currentToasts()).toEqual([]);
    expect(lastDeletion()).toBeNull();
    expect(undoLastDeletion()).toBe(false);
    expect(restore).toHaveBeenCalledTimes(1);
  });

  it('is used up by the toast’s own Undo, so Ctrl+Z does not restore twice', () => {
    const restore = vi.fn();
    offerUndo({ message: 'Deleted “Ferry fares”.', what: 'Ferry fares', restore });
    currentToasts()[0]!.action!.run();
    expect(restore).toHaveBeenCalledTimes(1);
    expect(undoLastDeletion()).toBe(false);
    expect(restore).toHaveBeenCalledTimes(1);
  });

  it('is replaced by a second deletion; the first one’s toast still undoes the first', () => {
    const first = vi.fn();
    const second = vi.fn();
    offerUndo({ message: 'Deleted “Ferry fares”.', what: 'Ferry fares', restore: first });
    offerUndo({ message: 'Deleted the highlight “sea wall”.', what: 'sea wall', restore: second });
    expect(lastDeletion()?.what).toBe('sea wall');
    expect(undoLastDeletion()).toBe(true);
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).not.toHaveBeenCalled();
    expect(currentToasts().map((t) => t.message)).toEqual(['Deleted “Ferry fares”.']);
    currentToasts()[0]!.action!.run();
    expect(first).toHaveBeenCalledTimes(1);
  });
});

describe('an undo withdrawn because its item was restored another way', () => {
  it('takes its toast away and is no longer the last deletion; other offers stay', () => {
    const article = vi.fn();
    const note = vi.fn();
    offerUndo({ message: 'Deleted “Ferry fares”.', what: 'Ferry fares', restore: article, key: 'article:a1' });
    offerUndo({ message: 'Deleted “Harbour notes”.', what: 'Harbour notes', restore: note, key: 'note:n1' });
    withdrawUndo('note:n1');
    expect(currentToasts().map((t) => t.message)).toEqual(['Deleted “Ferry fares”.']);
    expect(lastDeletion()).toBeNull();
    expect(undoLastDeletion()).toBe(false);
    withdrawUndo('note:n1');
    currentToasts()[0]!.action!.run();
    expect(article).toHaveBeenCalledTimes(1);
    expect(note).not.toHaveBeenCalled();
  });
});
