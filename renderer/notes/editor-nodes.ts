/** Every node a note may contain: Lexical's standard rich-text nodes plus Dossier's own. */
import type { Klass, LexicalNode } from 'lexical';
import { HeadingNode, QuoteNode as BlockquoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { CodeHighlightNode, CodeNode } from '@lexical/code';
import { HorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import { QuoteNode } from './nodes/QuoteNode';
import { ActorMentionNode } from './nodes/ActorMentionNode';

export const NOTE_NODES: Klass<LexicalNode>[] = [
  HeadingNode,
  BlockquoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  CodeNode,
  CodeHighlightNode,
  HorizontalRuleNode,
  QuoteNode,
  ActorMentionNode,
];
