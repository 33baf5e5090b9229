import { CLIP_CLIPBOARD_SHORTCUT } from '../library/clip-shortcut';

/** Shortcuts that work everywhere in Dossier (features list theirs as palette commands too). */
export const GLOBAL_SHORTCUTS: { keys: string; what: string }[] = [
  { keys: 'Ctrl+K', what: 'Open the command palette: every action, and search' },
  { keys: 'Ctrl+1, Ctrl+2, …', what: 'Go to the sections in the sidebar, top to bottom' },
  { keys: CLIP_CLIPBOARD_SHORTCUT, what: 'Clip the web address on the clipboard (outside text fields)' },
  { keys: 'Ctrl+Z', what: 'Undo the last deletion: an article, highlight, note or actor (outside text fields; in a note it undoes typing)' },
  { keys: 'Esc', what: 'Close the palette or a dialog' },
];

/** “Ctrl+K” as a Mac user reads it (⌘K). */
export function forPlatform(keys: string, isMac: boolean): string {
  return isMac ? keys.replace(/Ctrl\+/g, '⌘').replace(/Shift\+/g, '⇧').replace(/Alt\+/g, '⌥') : keys;
}
