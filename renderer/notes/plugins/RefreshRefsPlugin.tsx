/**
 * Keeps what a note stores in step with the notebook: when a quote's text, speaker or source
 * changes, its node's snapshot is refreshed, and a renamed actor's mention stores the new name, so
 * the saved note (and its Markdown export) matches what the user sees. A deleted quote keeps
 * its last snapshot. Merged into the last undo step: it is not something the user did.
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, HISTORY_MERGE_TAG, type NodeKey } from 'lexical';
import type { LiveRefs } from '../live-refs';
import { $isQuoteNode, QuoteNode } from '../nodes/QuoteNode';
import { $isActorMentionNode, ActorMentionNode } from '../nodes/ActorMentionNode';

function sameSnapshot(a: object, b: object): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function RefreshRefsPlugin({ refs }: { refs: LiveRefs }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const quoteKeys = new Set<NodeKey>();
    const mentionKeys = new Set<NodeKey>();
    const track = (keys: Set<NodeKey>) => (mutations: Map<NodeKey, 'created' | 'updated' | 'destroyed'>) => {
      for (const [key, kind] of mutations) {
        if (kind === 'destroyed') keys.delete(key);
        else keys.add(key);
      }
    };
    const refresh = () => {
      editor.update(
        () => {
          for (const key of quoteKeys) {
            const node = $getNodeByKey(key);
            if (!$isQuoteNode(node)) continue;
            const live = refs.quote(node.getQuoteId());
            if (live.status === 'live' && !sameSnapshot(live.view.snapshot, node.getSnapshot())) node.setSnapshot(live.view.snapshot);
          }
          for (const key of mentionKeys) {
            const node = $getNodeByKey(key);
            if (!$isActorMentionNode(node)) continue;
            const live = refs.actor(node.getActorId());
            if (live.status === 'live' && live.name !== node.getName()) node.setName(live.name);
          }
        },
        { tag: HISTORY_MERGE_TAG },
      );
    };
    return mergeRegister(
      editor.registerMutationListener(QuoteNode, track(quoteKeys), { skipInitialization: false }),
      editor.registerMutationListener(ActorMentionNode, track(mentionKeys), { skipInitialization: false }),
      refs.subscribe(refresh),
    );
  }, [editor, refs]);
  return null;
}
