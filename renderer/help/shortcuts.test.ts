import { describe, expect, it } from 'vitest';
import { isClipClipboardShortcut } from '../library/clip-shortcut';
import { forPlatform, GLOBAL_SHORTCUTS } from './shortcuts';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>>) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('clip-the-copied-link shortcut', () => {
  it.each([
    [key('V', { ctrlKey: true, shiftKey: true }), false, true],
    [key('v', { metaKey: true, shiftKey: true }), false, true],
    [key('V', { ctrlKey: true, shiftKey: true }), true, false], // in a text field it stays “paste as plain text”
    [key('v', { ctrlKey: true }), false, false],
    [key('V', { ctrlKey: true, shiftKey: true, altKey: true }), false, false],
    [key('V', { shiftKey: true }), false, false],
  ])('%j in a text field: %s → %s', (event, editable, fires) => {
    expect(isClipClipboardShortcut(event, editable)).toBe(fires);
  });
});

describe('shortcut labels', () => {
  it('read as ⌘ ⇧ ⌥ on a Mac and unchanged elsewhere', () => {
    expect(forPlatform('Ctrl+Shift+V', true)).toBe('⌘⇧V');
    expect(forPlatform('Ctrl+Alt+K', true)).toBe('⌘⌥K');
    expect(forPlatform('Ctrl+Shift+V', false)).toBe('Ctrl+Shift+V');
  });

  it('Help lists the palette and the clip shortcut', () => {
    expect(GLOBAL_SHORTCUTS.map((s) => s.keys)).toEqual(expect.arrayContaining(['Ctrl+K', 'Ctrl+Shift+V']));
  });

  it('Help lists Ctrl+Z as the undo of the last deletion', () => {
    expect(GLOBAL_SHORTCUTS.find((s) => s.keys === 'Ctrl+Z')?.what).toMatch(/undo the last deletion/i);
  });
});
