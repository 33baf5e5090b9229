import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, type NoteContent } from './autosave';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(failFirst = 0) {
  let text = '';
  const written: NoteContent[] = [];
  const failed: NoteContent[] = [];
  let reads = 0;
  let saved = 0;
  let attempts = 0;
  const saver = new Autosaver({
    read: () => {
      reads++;
      return { title: 'T', editorState: text };
    },
    write: async (content) => {
      attempts++;
      if (attempts <= failFirst) throw new Error('Could not save the note: disk full');
      written.push(content);
    },
    onFailure: (content) => failed.push(content),
    onSaved: () => saved++,
    delayMs: 500,
    retryMs: [1000, 4000],
  });
  const type = (t: string) => {
    text = t;
    saver.changed();
  };
  return { saver, type, written, failed, get reads() { return reads; }, get saved() { return saved; } };
}

describe('autosave', () => {
  it('saves once, shortly after typing stops, reading the editor only then', async () => {
    const s = setup();
    s.type('a');
    await vi.advanceTimersByTimeAsync(300);
    s.type('ab');
    await vi.advanceTimersByTimeAsync(300);
    s.type('abc');
    expect(s.saver.state.kind).toBe('unsaved');
    expect(s.reads).toBe(0);
    await vi.advanceTimersByTimeAsync(499);
    expect(s.written).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(s.written.map((c) => c.editorState)).toEqual(['abc']);
    expect(s.reads).toBe(1);
    expect(s.saver.state.kind).toBe('saved');
    expect(s.saved).toBe(1);
    expect(s.saver.pending).toBe(false);
  });

  it('flush saves at once (focus lost) and does nothing when nothing changed', async () => {
    const s = setup();
    await s.saver.flush();
    expect(s.written).toEqual([]);
    s.type('x');
    await s.saver.flush();
    expect(s.written.map((c) => c.editorState)).toEqual(['x']);
    await vi.advanceTimersByTimeAsync(2000);
    expect(s.written).toHaveLength(1);
  });

  it('a failed save keeps the text, reports it, and retries with backoff until it succeeds', async () => {
    const s = setup(3);
    s.type('keep me');
    await vi.advanceTimersByTimeAsync(500);
    expect(s.saver.state).toEqual({ kind: 'failed', message: 'Could not save the note: disk full', retryInMs: 1000 });
    expect(s.failed.map((c) => c.editorState)).toEqual(['keep me']);
    expect(s.saver.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(s.saver.state).toMatchObject({ kind: 'failed', retryInMs: 4000 });
    // Typing during a failure keeps the failure shown and saves the newest text on the next try.
    s.type('keep me, and more');
    expect(s.saver.state.kind).toBe('failed');
    await vi.advanceTimersByTimeAsync(500);
    expect(s.saver.state).toMatchObject({ kind: 'failed', retryInMs: 4000 });
    await vi.advanceTimersByTimeAsync(4000);
    expect(s.written.map((c) => c.editorState)).toEqual(['keep me, and more']);
    expect(s.saver.state.kind).toBe('saved');
    expect(s.saved).toBe(1);
  });

  it('changes made while a save is in flight go into the next save', async () => {
    let release: () => void = () => undefined;
    const written: string[] = [];
    let text = 'one';
    const saver = new Autosaver({
      read: () => ({ title: '', editorState: text }),
      write: (c) => {
        written.push(c.editorState);
        return written.length === 1 ? new Promise<void>((r) => (release = r)) : Promise.resolve();
      },
      delayMs: 100,
    });
    saver.changed();
    const first = saver.flush();
    text = 'two';
    saver.changed();
    const second = saver.flush();
    release();
    await first;
    await second;
    expect(written).toEqual(['one', 'two']);
    expect(saver.pending).toBe(false);
  });

  it('stop ends retries', async () => {
    const s = setup(100);
    s.type('x');
    await vi.advanceTimersByTimeAsync(500);
    s.saver.stop();
    await vi.advanceTimersByTimeAsync(60000);
    expect(s.failed).toHaveLength(1);
  });
});
