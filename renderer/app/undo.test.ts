import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentToasts, dismissToast } from './toasts';
import { lastDeletion, offerUndo, undoLastDeletion } from './undo';

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
