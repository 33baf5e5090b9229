import { CLIP_CLIPBOARD_SHORTCUT } from '../library/clip-shortcut';

/** Shortcuts that work everywhere in Dossier (features list theirs as palette commands too). */
export const GLOBAL_SHORTCUTS: { keys: string; what: string }[] = [
  { keys: 'Ctrl+K', what: 'Open the command palette: every action, and search' },
  { keys: CLIP_CLIPBOARD_SHORTCUT, what: 'Clip the web address on the clipboard (outside text fields)' },
  { keys: 'Ctrl+Z', what: 'Undo the last deletion: an article, highlight, note or actor (outside text fields; in a note it undoes typing)' },
  { keys: 'Esc', what: 'Close the palette or a dialog; in the Clip box, cancel a running clip' },
];

/**
 * The reader's keys (renderer/reader/ReaderView.tsx, onReaderKey), for Help: the reader registers
 * them as palette commands only while an article is open, so Help could not list them otherwise.
 * Keep in step with the handler there.
 */
export const READER_SHORTCUTS: { keys: string[]; what: string }[] = [
  { keys: ['H'], what: 'Highlight the selected words' },
  { keys: ['1', '2', '3', '4', '5'], what: 'Highlight the selection in a colour; on the current highlight, change its colour' },
  { keys: ['C'], what: 'Highlight the selection and comment; on the current highlight, comment on it' },
  { keys: ['A'], what: 'Set the speaker and the actors mentioned (of the selection, highlighted, or of the current highlight)' },
  { keys: ['M'], what: 'Copy the selection or the current highlight as a Markdown quote' },
  { keys: ['E', 'Enter'], what: 'Edit the current highlight' },
  { keys: ['J', 'N'], what: 'Next highlight' },
  { keys: ['K', 'P'], what: 'Previous highlight' },
  { keys: ['Delete'], what: 'Delete the current highlight (Backspace does too)' },
  { keys: ['+', '-'], what: 'Larger or smaller text' },
  { keys: ['F7', 'V'], what: 'Select words from the keyboard: a caret at the first paragraph in view (again: stop)' },
  { keys: ['Shift+Arrows'], what: 'Extend the selection (with Ctrl: by word); Home and End go to the line\'s ends' },
  { keys: ['S'], what: 'Select the sentence at the caret (again: one more)' },
  { keys: ['Shift+P'], what: 'Select the paragraph at the caret (again: one more)' },
  { keys: ['Esc'], what: 'Let go of the selection, or leave keyboard selection' },
];

export interface ShortcutRow {
  id: string;
  keys: string;
  what: string;
  group?: string;
}

/** Orders keys as people count them: Ctrl+2 before Ctrl+10, and before Ctrl+Shift+V. */
const byKey = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/**
 * Help's table: the global shortcuts, then each command's, one row per key (a command whose key a
 * global row already explains is not listed again), commands by group and in key order within it.
 */
export function shortcutRows(commands: readonly { id: string; title: string; group: string; shortcut?: string }[]): ShortcutRow[] {
  const rows: ShortcutRow[] = GLOBAL_SHORTCUTS.map((s) => ({ id: `global:${s.keys}`, keys: s.keys, what: s.what }));
  const taken = new Set(rows.map((r) => r.keys));
  const listed = commands
    .filter((c): c is typeof c & { shortcut: string } => !!c.shortcut)
    .sort((a, b) => a.group.localeCompare(b.group) || byKey(a.shortcut, b.shortcut) || a.title.localeCompare(b.title));
  for (const c of listed) {
    if (taken.has(c.shortcut)) continue;
    taken.add(c.shortcut);
    rows.push({ id: c.id, keys: c.shortcut, what: c.title, group: c.group });
  }
  return rows;
}

/** “Ctrl+K” as a Mac user reads it (⌘K). */
export function forPlatform(keys: string, isMac: boolean): string {
  return isMac ? keys.replace(/Ctrl\+/g, '⌘').replace(/Shift\+/g, '⇧').replace(/Alt\+/g, '⌥') : keys;
}
