import { describe, expect, it } from 'vitest';
import { createEditor } from 'lexical';
import { $convertFromMarkdownString, $convertToMarkdownString } from '@lexical/markdown';
import { NOTE_NODES } from './editor-nodes';
import { NOTE_TRANSFORMERS } from './markdown-shortcuts';

function roundTrip(markdown: string): { md: string; types: string[] } {
  const editor = createEditor({ namespace: 't', nodes: NOTE_NODES, onError: (e) => { throw e; } });
  editor.update(() => $convertFromMarkdownString(markdown, NOTE_TRANSFORMERS), { discrete: true });
  const md = editor.getEditorState().read(() => $convertToMarkdownString(NOTE_TRANSFORMERS));
  const types = (editor.getEditorState().toJSON().root.children as { type: string }[]).map((c) => c.type);
  return { md, types };
}

describe('note Markdown transformers', () => {
  it.each([
    ['heading', '# Ferry vote', ['heading']],
    ['horizontal rule between paragraphs', 'Before\n\n---\n\nAfter', ['paragraph', 'horizontalrule', 'paragraph']],
    ['checklist', '- [ ] Call the port\n- [x] Read the minutes', ['list']],
    ['bullet list', '- one\n- two', ['list']],
    ['numbered list', '1. one\n2. two', ['list']],
    ['bold, italic and inline code', '**bold** and *italic* and `code`', ['paragraph']],
    ['link', '[Harbour Post](https://harbour.test/ferry)', ['paragraph']],
    ['block quote', '> Said on Friday', ['quote']],
    ['code block', '```\nconst x = 1;\n```', ['code']],
  ])('%s reads into the right nodes and writes back the same Markdown', (_label, markdown, types) => {
    const out = roundTrip(markdown);
    expect(out.types).toEqual(types);
    expect(out.md).toBe(markdown);
  });

  it('a checklist item is not taken for a plain bullet', () => {
    const editor = createEditor({ namespace: 't', nodes: NOTE_NODES, onError: (e) => { throw e; } });
    editor.update(() => $convertFromMarkdownString('- [x] done', NOTE_TRANSFORMERS), { discrete: true });
    const list = editor.getEditorState().toJSON().root.children[0] as unknown as { listType: string; children: { checked?: boolean }[] };
    expect(list.listType).toBe('check');
    expect(list.children[0]!.checked).toBe(true);
  });
});
