/**
 * Which quote blocks are selected (clicked, or inside a selected range), tracked by one update
 * listener for the whole editor. Lexical's per-node hook registers a listener per node; with
 * hundreds of quotes in a note that is hundreds of callbacks on every keystroke.
 */
import { createContext, useCallback, useContext, useEffect, useSyncExternalStore } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createNodeSelection, $getSelection, $isNodeSelection, $isRangeSelection, $setSelection, type NodeKey } from 'lexical';
import { $isQuoteNode } from './nodes/QuoteNode';

export class SelectedNodes {
  private keys = new Set<NodeKey>();
  private listeners = new Set<() => void>();

  has = (key: NodeKey): boolean => this.keys.has(key);

  set(next: Set<NodeKey>): void {
    if (next.size === this.keys.size && [...next].every((k) => this.keys.has(k))) return;
    this.keys = next;
    for (const l of this.listeners) l();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export const SelectedNodesContext = createContext<SelectedNodes | null>(null);

/** Keeps the store in step with the editor's selection; cheap for a caret in text (the usual case). */
export function SelectedNodesPlugin({ store }: { store: SelectedNodes }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        const keys = editorState.read(() => {
          const selection = $getSelection();
          const found = new Set<NodeKey>();
          if ($isNodeSelection(selection) || ($isRangeSelection(selection) && !selection.isCollapsed())) {
            for (const node of selection.getNodes()) if ($isQuoteNode(node)) found.add(node.getKey());
          }
          return found;
        });
        store.set(keys);
      }),
    [editor, store],
  );
  return null;
}

const never = () => () => undefined;

/** Whether a node is selected, and a function that selects just it (what a click on a quote does). */
export function useNodeSelected(key: NodeKey): [boolean, (additive: boolean) => void] {
  const [editor] = useLexicalComposerContext();
  const store = useContext(SelectedNodesContext);
  const selected = useSyncExternalStore(store?.subscribe ?? never, () => store?.has(key) ?? false);
  const select = useCallback(
    (additive: boolean) =>
      editor.update(() => {
        const current = $getSelection();
        const selection = additive && $isNodeSelection(current) ? current.clone() : $createNodeSelection();
        selection.add(key);
        $setSelection(selection);
      }),
    [editor, key],
  );
  return [selected, select];
}
