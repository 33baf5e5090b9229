/** The serialized state of a note with nothing in it yet: one empty paragraph, as Lexical starts. */
export const EMPTY_NOTE_STATE = JSON.stringify({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [] }],
  },
});

export const UNTITLED_NOTE = 'Untitled note';

/**
 * A usable editor state for whatever was stored: the state itself when it has content, else one
 * paragraph per line of the note's plain text (a damaged state must not lose the note's words).
 */
export function openableState(editorState: string, text: string): { state: string; repaired: boolean } {
  try {
    const root = (JSON.parse(editorState) as { root?: { children?: unknown } }).root;
    if (root && Array.isArray(root.children) && root.children.length > 0) return { state: editorState, repaired: false };
  } catch {
    // fall through to the rebuilt state
  }
  const lines = text.split('\n');
  const paragraph = (line: string) => ({
    type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '',
    children: line ? [{ type: 'text', version: 1, text: line, format: 0, detail: 0, mode: 'normal', style: '' }] : [],
  });
  const state = JSON.stringify({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: lines.map(paragraph) } });
  return { state, repaired: editorState !== '' && editorState !== EMPTY_NOTE_STATE };
}
