import { describe, expect, it, vi } from 'vitest';
import { createStore } from './store';

describe('a store outside React', () => {
  it('gives its value, tells each subscriber of every set until it unsubscribes, and counts them', () => {
    const store = createStore<string[]>([]);
    const first = vi.fn();
    const second = vi.fn();
    const offFirst = store.subscribe(first);
    store.subscribe(second);
    expect(store.subscribers()).toBe(2);
    const next = ['a'];
    store.set(next);
    expect(store.get()).toBe(next);
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([1, 1]);
    offFirst();
    store.set(['b']);
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([1, 2]);
    expect(store.subscribers()).toBe(1);
  });
});
