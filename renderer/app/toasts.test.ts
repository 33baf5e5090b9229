import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentToasts, dismissToast, holdToast, MAX_TOASTS, replaceToast, showToast } from './toasts';

const undo = { action: { label: 'Undo', run: () => undefined }, undo: true };
const open = { label: 'Open', run: () => undefined };
const messages = () => currentToasts().map((t) => t.message);

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  for (const t of currentToasts()) dismissToast(t.id);
  vi.useRealTimers();
});

describe('toast eviction', () => {
  it.each([
    ['plain', undefined],
    ['“Clipped … Open”', open],
  ])('keeps an Undo toast when five %s toasts arrive after it, pushing out the oldest others', (_, action) => {
    showToast({ kind: 'info', message: 'plain 0' });
    showToast({ kind: 'info', message: 'Deleted “Ferry fares”.', ...undo }, 12000);
    for (let i = 1; i <= 5; i++) showToast({ kind: 'info', message: `other ${i}`, action });
    expect(messages()).toHaveLength(MAX_TOASTS);
    expect(messages()).toEqual(['Deleted “Ferry fares”.', 'other 2', 'other 3', 'other 4', 'other 5']);
  });

  it('shows a plain toast among only Undo toasts without pushing any of them out', () => {
    for (let i = 1; i <= MAX_TOASTS; i++) showToast({ kind: 'info', message: `undo ${i}`, ...undo });
    showToast({ kind: 'error', message: 'Storage is full.' });
    expect(messages()).toEqual(['undo 1', 'undo 2', 'undo 3', 'undo 4', 'undo 5', 'Storage is full.']);
    // The next plain toast pushes out the plain one, not an Undo.
    showToast({ kind: 'info', message: 'Copied.' });
    expect(messages()).toEqual(['undo 1', 'undo 2', 'undo 3', 'undo 4', 'undo 5', 'Copied.']);
    // A new Undo toast pushes out the plain one first, then (five at most) the oldest Undo.
    showToast({ kind: 'info', message: 'undo 6', ...undo });
    expect(messages()).toEqual(['undo 2', 'undo 3', 'undo 4', 'undo 5', 'undo 6']);
  });
});

describe('a failed write reported twice', () => {
  const reason = 'Could not save the article: this computer has no room left for Dossier’s data.';
  const edit = { label: 'Edit address', run: () => undefined };

  it('by storage, then by the clip that failed with a way to retry: one toast, the clip’s', () => {
    showToast({ kind: 'error', message: reason });
    const id = showToast({ kind: 'error', message: `Dossier could not clip https://gazette.example/a. ${reason}`, action: edit });
    expect(currentToasts()).toEqual([{ id, kind: 'error', message: `Dossier could not clip https://gazette.example/a. ${reason}`, action: edit }]);
  });

  it('the other way round: the plain report is not shown beside the toast that has the action', () => {
    const id = showToast({ kind: 'error', message: reason, action: edit });
    expect(showToast({ kind: 'error', message: reason })).toBe(id);
    expect(messages()).toEqual([reason]);
  });

  it('two different errors, or an error and an info toast with the same words, both show', () => {
    showToast({ kind: 'error', message: reason });
    showToast({ kind: 'error', message: 'Could not save the note. Nothing already saved was lost; try again.' });
    showToast({ kind: 'info', message: reason });
    expect(messages()).toHaveLength(3);
  });
});

describe('toast timeout', () => {
  it('pauses while hovered and resumes with the time it had left', () => {
    const id = showToast({ kind: 'info', message: 'Deleted “Ferry fares”.', ...undo }, 12000);
    vi.advanceTimersByTime(10000);
    holdToast(id, 'hover', true);
    vi.advanceTimersByTime(60000);
    expect(messages()).toEqual(['Deleted “Ferry fares”.']);
    holdToast(id, 'hover', false);
    vi.advanceTimersByTime(1999);
    expect(messages()).toEqual(['Deleted “Ferry fares”.']);
    vi.advanceTimersByTime(1);
    expect(messages()).toEqual([]);
  });

  it('stays while focused even after the pointer leaves, and resumes when both let go', () => {
    const id = showToast({ kind: 'info', message: 'Deleted the highlight “harbour”.', ...undo }, 6000);
    holdToast(id, 'hover', true);
    holdToast(id, 'focus', true);
    holdToast(id, 'hover', false);
    vi.advanceTimersByTime(30000);
    expect(messages()).toHaveLength(1);
    holdToast(id, 'focus', false);
    vi.advanceTimersByTime(6000);
    expect(messages()).toEqual([]);
  });
});

describe('replacing a toast', () => {
  it('puts the result in the place of its progress toast, with a fresh countdown', () => {
    showToast({ kind: 'info', message: 'Copied.' });
    const progress = showToast({ kind: 'info', message: 'Clipping news.example…' }, 6000);
    showToast({ kind: 'info', message: 'Saved.' });
    vi.advanceTimersByTime(5000);
    expect(replaceToast(progress, { kind: 'info', message: 'Clipped “Tolls”.' })).toBe(progress);
    expect(messages()).toEqual(['Copied.', 'Clipped “Tolls”.', 'Saved.']);
    vi.advanceTimersByTime(1000);
    expect(messages()).toEqual(['Clipped “Tolls”.']);
    vi.advanceTimersByTime(5000);
    expect(messages()).toEqual([]);
  });

  it('shows the result as a new toast when the progress toast has gone', () => {
    const progress = showToast({ kind: 'info', message: 'Clipping news.example…' });
    dismissToast(progress);
    const id = replaceToast(progress, { kind: 'error', message: 'The page was not found.' });
    expect(id).not.toBe(progress);
    expect(currentToasts()).toMatchObject([{ id, kind: 'error', message: 'The page was not found.' }]);
  });

  it('keeps a hold on the progress toast for its result', () => {
    const progress = showToast({ kind: 'info', message: 'Clipping news.example…' });
    holdToast(progress, 'hover', true);
    replaceToast(progress, { kind: 'info', message: 'Clipped “Tolls”.' }, 6000);
    vi.advanceTimersByTime(60000);
    expect(messages()).toEqual(['Clipped “Tolls”.']);
    holdToast(progress, 'hover', false);
    vi.advanceTimersByTime(6000);
    expect(messages()).toEqual([]);
  });
});
