/** The note's formatting toolbar: block type, inline formats, lists, link, rule, undo/redo. */
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $createQuoteNode as $createBlockquoteNode, $isHeadingNode, type HeadingTagType } from '@lexical/rich-text';
import { $isListNode, INSERT_CHECK_LIST_COMMAND, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListNode, REMOVE_LIST_COMMAND } from '@lexical/list';
import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { $createCodeNode } from '@lexical/code';
import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/react/LexicalHorizontalRuleNode';
import { $setBlocksType } from '@lexical/selection';
import { $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type TextFormatType,
} from 'lexical';

type BlockType = 'paragraph' | HeadingTagType | 'quote' | 'code' | 'bullet' | 'number' | 'check';

const BLOCK_LABELS: [BlockType, string][] = [
  ['paragraph', 'Text'],
  ['h1', 'Heading 1'],
  ['h2', 'Heading 2'],
  ['h3', 'Heading 3'],
  ['bullet', 'Bulleted list'],
  ['number', 'Numbered list'],
  ['check', 'Checklist'],
  ['quote', 'Block quote'],
  ['code', 'Code block'],
];

interface Formats {
  block: BlockType;
  bold: boolean;
  italic: boolean;
  code: boolean;
  link: boolean;
}

const NONE: Formats = { block: 'paragraph', bold: false, italic: false, code: false, link: false };

function same(a: Formats, b: Formats): boolean {
  return a.block === b.block && a.bold === b.bold && a.italic === b.italic && a.code === b.code && a.link === b.link;
}

function $readFormats(): Formats {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return NONE;
  const anchor = selection.anchor.getNode();
  const top = anchor.getKey() === 'root' ? anchor : anchor.getTopLevelElementOrThrow();
  let block: BlockType = 'paragraph';
  if ($isListNode(top)) {
    const list = $getNearestNodeOfType(anchor, ListNode) ?? top;
    block = list.getListType();
  } else if ($isHeadingNode(top)) block = top.getTag();
  else if (top.getType() === 'quote') block = 'quote';
  else if (top.getType() === 'code') block = 'code';
  const parent = anchor.getParent();
  return {
    block,
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    code: selection.hasFormat('code'),
    link: $isLinkNode(parent) || $isLinkNode(anchor),
  };
}

function ToolButton({ label, shortcut, active, disabled, onClick, children }: { label: string; shortcut?: string; active?: boolean; disabled?: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      className={active ? 'tool active' : 'tool'}
      aria-label={label}
      aria-pressed={active === undefined ? undefined : active}
      title={shortcut ? `${label} (${shortcut})` : label}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

export function Toolbar({ onInsertQuote, end }: { onInsertQuote: () => void; end?: ReactNode }) {
  const [editor] = useLexicalComposerContext();
  const [formats, setFormats] = useState<Formats>(NONE);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [linking, setLinking] = useState(false);
  const [url, setUrl] = useState('https://');
  const urlRef = useRef<HTMLInputElement>(null);

  useEffect(
    () =>
      mergeRegister(
        // Cheap per keystroke: reads the selection only, and React skips equal states.
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read($readFormats);
          setFormats((prev) => (same(prev, next) ? prev : next));
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (v) => {
          setCanUndo(v);
          return false;
        }, COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (v) => {
          setCanRedo(v);
          return false;
        }, COMMAND_PRIORITY_LOW),
      ),
    [editor],
  );

  useEffect(() => {
    if (linking) urlRef.current?.select();
  }, [linking]);

  const setBlock = (type: BlockType) => {
    if (type === 'bullet') editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
    else if (type === 'number') editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
    else if (type === 'check') editor.dispatchCommand(INSERT_CHECK_LIST_COMMAND, undefined);
    else {
      if (formats.block === 'bullet' || formats.block === 'number' || formats.block === 'check') editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
      editor.update(() => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return;
        $setBlocksType(selection, () =>
          type === 'paragraph' ? $createParagraphNode() : type === 'quote' ? $createBlockquoteNode() : type === 'code' ? $createCodeNode() : $createHeadingNode(type),
        );
      });
    }
    editor.focus();
  };

  const format = (f: TextFormatType) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, f);

  const toggleLink = () => {
    if (formats.link) editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
    else setLinking(true);
  };

  const applyLink = (e: FormEvent) => {
    e.preventDefault();
    const clean = url.trim();
    setLinking(false);
    if (/^(https?:|mailto:|#\/)/i.test(clean)) editor.dispatchCommand(TOGGLE_LINK_COMMAND, clean);
    editor.focus();
  };

  return (
    <div className="note-toolbar" role="toolbar" aria-label="Formatting">
      <select aria-label="Block type" value={formats.block} onChange={(e) => setBlock(e.target.value as BlockType)}>
        {BLOCK_LABELS.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <ToolButton label="Bold" shortcut="Ctrl+B" active={formats.bold} onClick={() => format('bold')}>
        <b>B</b>
      </ToolButton>
      <ToolButton label="Italic" shortcut="Ctrl+I" active={formats.italic} onClick={() => format('italic')}>
        <i>I</i>
      </ToolButton>
      <ToolButton label="Inline code" active={formats.code} onClick={() => format('code')}>
        <code>{'<>'}</code>
      </ToolButton>
      <ToolButton label="Link" active={formats.link} onClick={toggleLink}>
        Link
      </ToolButton>
      <ToolButton label="Checklist" onClick={() => setBlock('check')}>
        ☑
      </ToolButton>
      <ToolButton label="Horizontal rule" onClick={() => editor.dispatchCommand(INSERT_HORIZONTAL_RULE_COMMAND, undefined)}>
        ―
      </ToolButton>
      <ToolButton label="Insert quote" shortcut="Ctrl+Shift+Q" onClick={onInsertQuote}>
        ❝ Quote
      </ToolButton>
      <span className="tool-sep" />
      <ToolButton label="Undo" shortcut="Ctrl+Z" disabled={!canUndo} onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}>
        ↶
      </ToolButton>
      <ToolButton label="Redo" shortcut="Ctrl+Shift+Z" disabled={!canRedo} onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}>
        ↷
      </ToolButton>
      {linking ? (
        <form className="link-form" onSubmit={applyLink}>
          <input ref={urlRef} type="url" aria-label="Link address" value={url} onChange={(e) => setUrl(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && setLinking(false)} />
          <button type="submit">Add link</button>
        </form>
      ) : null}
      <span className="toolbar-end">{end}</span>
    </div>
  );
}
