import { describe, expect, it } from 'vitest';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createLinkNode } from '@lexical/link';
import { MENTION_NODE_TYPE, QUOTE_NODE_TYPE } from '../../../shared/model/note-nodes';
import { noteReferences, noteText } from '../../../shared/notes/references';
import { NOTE_NODES } from '../editor-nodes';
import type { QuoteNode } from './QuoteNode';
import { $createQuoteNode, $isQuoteNode } from './QuoteNode';
import type { ActorMentionNode } from './ActorMentionNode';
import { $createActorMentionNode, $isActorMentionNode } from './ActorMentionNode';

// Lexical without a DOM (no root element): what @lexical/headless does, with createEditor itself.
function headless(): LexicalEditor {
  return createEditor({ namespace: 'test', nodes: NOTE_NODES, onError: (e) => { throw e; } });
}

const snapshot = { text: 'We will run the ferry at night.', speakerName: 'Ines Varga', articleTitle: 'Night ferry approved', articleUrl: 'https://harbour.test/ferry', siteName: 'Harbour Post', publishedAt: '2026-03-02T00:00:00.000Z' };

function build(editor: LexicalEditor): void {
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      const p = $createParagraphNode();
      p.append($createTextNode('Asked '), $createActorMentionNode('act-1', 'Ines Varga'), $createTextNode(' about the ferry.'));
      const list = $createListNode('check');
      const item = $createListItemNode(true);
      const link = $createLinkNode('https://harbour.test');
      link.append($createActorMentionNode('act-2', 'Harbour Authority'));
      item.append($createTextNode('Call '), link);
      list.append(item);
      const heading = $createHeadingNode('h2');
      heading.append($createTextNode('Quotes'));
      root.append(heading, p, $createQuoteNode('q-1', 'art-1', snapshot), list);
    },
    { discrete: true },
  );
}

describe('custom note nodes round-trip through JSON', () => {
  it('QuoteNode exports its versioned shape and imports it back unchanged', () => {
    const editor = headless();
    build(editor);
    const json = editor.getEditorState().toJSON();
    const quote = json.root.children[2] as unknown as Record<string, unknown>;
    expect(quote).toEqual({ type: QUOTE_NODE_TYPE, version: 1, quoteId: 'q-1', articleId: 'art-1', snapshot });

    const again = headless();
    again.setEditorState(again.parseEditorState(JSON.stringify(json)));
    expect(again.getEditorState().toJSON()).toEqual(json);
    again.getEditorState().read(() => {
      const node = $getRoot().getChildAtIndex(2);
      expect($isQuoteNode(node)).toBe(true);
      const q = node as QuoteNode;
      expect([q.getQuoteId(), q.getArticleId(), q.getSnapshot()]).toEqual(['q-1', 'art-1', snapshot]);
      expect(q.isInline()).toBe(false);
    });
  });

  it('ActorMentionNode exports its versioned shape, inline, and imports it back unchanged (also nested in a link)', () => {
    const editor = headless();
    build(editor);
    const json = editor.getEditorState().toJSON();
    const para = json.root.children[1] as unknown as { children: Record<string, unknown>[] };
    expect(para.children[1]).toEqual({ type: MENTION_NODE_TYPE, version: 1, actorId: 'act-1', name: 'Ines Varga' });

    const again = headless();
    again.setEditorState(again.parseEditorState(json));
    expect(again.getEditorState().toJSON()).toEqual(json);
    again.getEditorState().read(() => {
      const mention = ($getRoot().getChildAtIndex(1) as unknown as { getChildAtIndex(i: number): unknown }).getChildAtIndex(1);
      expect($isActorMentionNode(mention as ActorMentionNode)).toBe(true);
      expect((mention as ActorMentionNode).getActorId()).toBe('act-1');
      expect((mention as ActorMentionNode).isInline()).toBe(true);
    });
  });

  it('the pure readers in shared/ see the same references and text as Lexical', () => {
    const editor = headless();
    build(editor);
    const json = JSON.stringify(editor.getEditorState().toJSON());
    expect(noteReferences(json)).toEqual({ quoteIds: ['q-1'], actorIds: ['act-1', 'act-2'] });
    expect(noteText(json)).toBe('Quotes\nAsked Ines Varga about the ferry.\n“We will run the ferry at night.” (Ines Varga)\nCall Harbour Authority');
  });

  it('imports older or partial node JSON (missing version, missing snapshot fields) as version 1', () => {
    const old = {
      root: {
        type: 'root', version: 1, direction: null, format: '', indent: 0,
        children: [
          { type: QUOTE_NODE_TYPE, quoteId: 'q-9', articleId: 'art-9', snapshot: { text: 'Old text' } },
          { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children: [{ type: MENTION_NODE_TYPE, version: 0, actorId: 'act-9', name: 'Old Name' }] },
        ],
      },
    };
    const editor = headless();
    editor.setEditorState(editor.parseEditorState(JSON.stringify(old)));
    const json = editor.getEditorState().toJSON();
    expect(json.root.children[0]).toEqual({
      type: QUOTE_NODE_TYPE, version: 1, quoteId: 'q-9', articleId: 'art-9',
      snapshot: { text: 'Old text', speakerName: null, articleTitle: '', articleUrl: null, siteName: null, publishedAt: null },
    });
    expect((json.root.children[1] as unknown as { children: unknown[] }).children[0]).toEqual({ type: MENTION_NODE_TYPE, version: 1, actorId: 'act-9', name: 'Old Name' });
  });

  it('setSnapshot and setName change what is exported (refreshing a quote, renaming an actor)', () => {
    const editor = headless();
    build(editor);
    editor.update(
      () => {
        const root = $getRoot();
        (root.getChildAtIndex(2) as QuoteNode).setSnapshot({ ...snapshot, text: 'Edited text' });
        const mention = (root.getChildAtIndex(1) as unknown as { getChildAtIndex(i: number): ActorMentionNode }).getChildAtIndex(1);
        mention.setName('Ines Varga-Kos');
      },
      { discrete: true },
    );
    const json = JSON.stringify(editor.getEditorState().toJSON());
    expect(noteText(json)).toContain('Ines Varga-Kos');
    expect(noteText(json)).toContain('“Edited text”');
  });

  it('the text Lexical reads for a quote follows its snapshot (copying, import, refresh)', () => {
    const editor = headless();
    build(editor);
    const quoteText = () => editor.getEditorState().read(() => ($getRoot().getChildAtIndex(2) as QuoteNode).getTextContent());
    expect(quoteText()).toBe('“We will run the ferry at night.”\n');
    editor.update(() => ($getRoot().getChildAtIndex(2) as QuoteNode).setSnapshot({ ...snapshot, text: 'Edited text' }), { discrete: true });
    expect(quoteText()).toBe('“Edited text”\n');
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toContain('“Edited text”');
    const again = headless();
    again.setEditorState(again.parseEditorState(JSON.stringify(editor.getEditorState().toJSON())));
    expect(again.getEditorState().read(() => ($getRoot().getChildAtIndex(2) as QuoteNode).getTextContent())).toBe('“Edited text”\n');
  });
});
