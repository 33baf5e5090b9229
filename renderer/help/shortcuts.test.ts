import { describe, expect, it } from 'vitest';
import { isClipClipboardShortcut } from '../library/clip-shortcut';
import { forPlatform, GLOBAL_SHORTCUTS, READER_SHORTCUTS, shortcutRows } from './shortcuts';

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

  it('Help lists the reader\'s keyboard selection keys (renderer/reader/keyboard-selection.ts)', () => {
    const keys = READER_SHORTCUTS.flatMap((s) => s.keys);
    expect(keys).toEqual(expect.arrayContaining(['F7', 'V', 'S', 'Shift+P']));
  });

  it('Help lists Ctrl+Z as the undo of the last deletion', () => {
    expect(GLOBAL_SHORTCUTS.find((s) => s.keys === 'Ctrl+Z')?.what).toMatch(/undo the last deletion/i);
  });

  it('Help lists each key once, the command rows by group and in key order, and no key left unfinished', () => {
    const go = ['Library', 'Quotes', 'Actors', 'Notes', 'Export', 'Settings', 'Help'].map((label, i) => ({ id: `go.${i}`, group: 'Go', title: `Go to ${label}`, shortcut: `Ctrl+${i + 1}` }));
    const commands = [{ id: 'clip.copied', group: 'Clip', title: 'Clip the copied link', shortcut: 'Ctrl+Shift+V' }, { id: 'help.x', group: 'Help', title: 'No key' }, ...go.reverse()];
    const rows = shortcutRows(commands);
    const keys = rows.map((r) => r.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => k === 'Ctrl+Shift+V')).toHaveLength(1);
    expect(rows.filter((r) => r.group === 'Go').map((r) => r.keys)).toEqual(['Ctrl+1', 'Ctrl+2', 'Ctrl+3', 'Ctrl+4', 'Ctrl+5', 'Ctrl+6', 'Ctrl+7']);
    expect(rows.find((r) => r.keys === 'Ctrl+1')?.what).toBe('Go to Library');
    expect(keys.some((k) => k.includes('…'))).toBe(false);
  });

  it('Help documents the reader’s keys', () => {
    const keys = READER_SHORTCUTS.flatMap((r) => r.keys);
    expect(keys).toEqual(expect.arrayContaining(['H', '1', '5', 'C', 'A', 'M', 'E', 'J', 'K', 'Delete']));
  });
});
