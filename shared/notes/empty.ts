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
