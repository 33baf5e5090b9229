/**
 * Putting quotes into a note: INSERT_QUOTE_COMMAND (the quote picker uses it) and dropping a
 * quote dragged from the quote panel or All quotes (data type QUOTE_DRAG_MIME, the quote id).
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertNodeToNearestRoot, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $createRangeSelection,
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_HIGH,
  createCommand,
  DRAGOVER_COMMAND,
  DROP_COMMAND,
  type LexicalCommand,
  type LexicalEditor,
} from 'lexical';
import { QUOTE_DRAG_MIME } from '../../../shared/model/quote';
import { quoteViews, type QuoteView } from '../../db/notes-lookup';
import { showError, showToast } from '../../app/toasts';
import { $createQuoteNode } from '../nodes/QuoteNode';

export const INSERT_QUOTE_COMMAND: LexicalCommand<QuoteView> = createCommand('INSERT_QUOTE_COMMAND');

function hasQuote(event: DragEvent): boolean {
  return !!event.dataTransfer && [...event.dataTransfer.types].includes(QUOTE_DRAG_MIME);
}

/**
 * Inserts a quote block at the selection (or at the end), followed by a paragraph to keep writing
 * in. In an empty paragraph the quote takes its place: splitting it would leave an empty paragraph
 * above the quote besides any the user made.
 */
export function $insertQuote(view: QuoteView): void {
  const node = $createQuoteNode(view.quoteId, view.articleId, view.snapshot);
  const selection = $getSelection();
  const block = $isRangeSelection(selection) && selection.isCollapsed() ? selection.anchor.getNode().getTopLevelElement() : null;
  if ($isParagraphNode(block) && block.getTextContentSize() === 0 && block.getChildrenSize() === 0) {
    block.replace(node);
  } else if ($isRangeSelection(selection)) {
    $insertNodeToNearestRoot(node);
  } else {
    $getRoot().append(node);
  }
  if (!node.getNextSibling()) node.insertAfter($createParagraphNode());
  node.getNextSibling()?.selectStart();
}

async function insertDropped(editor: LexicalEditor, quoteId: string): Promise<void> {
  const view = (await quoteViews([quoteId])).get(quoteId);
  if (!view) {
    showToast({ kind: 'error', message: 'That quote is no longer in the notebook, so it could not be added to the note.' });
    return;
  }
  editor.update(() => $insertQuote(view));
}

export function QuotesPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          INSERT_QUOTE_COMMAND,
          (view) => {
            $insertQuote(view);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          DRAGOVER_COMMAND,
          (event) => {
            if (!hasQuote(event)) return false;
            event.preventDefault();
            if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          DROP_COMMAND,
          (event) => {
            if (!hasQuote(event)) return false;
            event.preventDefault();
            const quoteId = event.dataTransfer?.getData(QUOTE_DRAG_MIME).trim() ?? '';
            if (!quoteId) return true;
            // Put the caret where the quote was dropped, so it lands there.
            const range = document.caretRangeFromPoint?.(event.clientX, event.clientY);
            if (range) {
              try {
                const selection = $createRangeSelection();
                selection.applyDOMRange(range);
                $setSelection(selection);
              } catch {
                // Dropped somewhere that is not text (on another quote): it goes at the current selection.
              }
            }
            insertDropped(editor, quoteId).catch(showError);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );
  return null;
}
