/** The in-app shortcut that clips the address on the clipboard: Ctrl+Shift+V (⌘⇧V on a Mac). */
export const CLIP_CLIPBOARD_SHORTCUT = 'Ctrl+Shift+V';

/**
 * True for the clip-the-copied-link shortcut. In a text field Ctrl+Shift+V keeps its usual
 * meaning (paste as plain text), so it fires only outside editable elements.
 */
export function isClipClipboardShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, targetEditable: boolean): boolean {
  return !targetEditable && (e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'v';
}
