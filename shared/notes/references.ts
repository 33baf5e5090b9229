/**
 * What a note refers to and says, read from its serialized Lexical state without Lexical:
 * the quote and actor ids (stored on the note for backlinks) and its plain text (search, export).
 */
import { MENTION_NODE_TYPE, QUOTE_NODE_TYPE, type SerializedLexicalNode } from '../model/note-nodes';
import { parseMentionNodeJSON, parseQuoteNodeJSON } from './node-json';

export interface NoteReferences {
  quoteIds: string[];
  actorIds: string[];
}

/** The root node of a serialized editor state given as a JSON string or object; null when unreadable. */
export function rootOf(state: string | unknown): SerializedLexicalNode | null {
  let parsed: unknown = state;
  if (typeof state === 'string') {
    try {
      parsed = JSON.parse(state);
    } catch {
      return null;
    }
  }
  const root = (parsed as { root?: unknown } | null)?.root;
  return root && typeof root === 'object' ? (root as SerializedLexicalNode) : null;
}

function children(node: SerializedLexicalNode): SerializedLexicalNode[] {
  return Array.isArray(node.children) ? node.children.filter((c): c is SerializedLexicalNode => !!c && typeof c === 'object') : [];
}

/** Calls `visit` for every node, depth first, in document order. Iterative: deep lists do not overflow the stack. */
export function walkNodes(root: SerializedLexicalNode, visit: (node: SerializedLexicalNode) => void): void {
  const stack: SerializedLexicalNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    visit(node);
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

/** The distinct quote and actor ids a note embeds or mentions, in order of first appearance. */
export function noteReferences(state: string | unknown): NoteReferences {
  const root = rootOf(state);
  const quoteIds = new Set<string>();
  const actorIds = new Set<string>();
  if (root) {
    walkNodes(root, (node) => {
      if (node.type === QUOTE_NODE_TYPE) {
        const { quoteId } = parseQuoteNodeJSON(node);
        if (quoteId) quoteIds.add(quoteId);
      } else if (node.type === MENTION_NODE_TYPE) {
        const { actorId } = parseMentionNodeJSON(node);
        if (actorId) actorIds.add(actorId);
      }
    });
  }
  return { quoteIds: [...quoteIds], actorIds: [...actorIds] };
}

/** Block-level node types: each starts on its own line in the plain text. */
const INLINE_TYPES = new Set(['text', 'linebreak', 'tab', 'link', 'autolink', 'code-highlight', 'hashtag', MENTION_NODE_TYPE]);

function inlineText(node: SerializedLexicalNode): string {
  switch (node.type) {
    case 'text':
    case 'code-highlight':
    case 'hashtag':
      return typeof node['text'] === 'string' ? node['text'] : '';
    case 'linebreak':
      return '\n';
    case 'tab':
      return '\t';
    case MENTION_NODE_TYPE:
      return parseMentionNodeJSON(node).name;
    default:
      return children(node).map(inlineText).join('');
  }
}

function blockLines(node: SerializedLexicalNode, out: string[]): void {
  if (node.type === QUOTE_NODE_TYPE) {
    const { snapshot } = parseQuoteNodeJSON(node);
    const who = snapshot.speakerName ? ` (${snapshot.speakerName})` : '';
    if (snapshot.text) out.push(`“${snapshot.text}”${who}`);
    return;
  }
  if (node.type === 'horizontalrule') return;
  const kids = children(node);
  if (node.type === 'root' || node.type === 'list' || kids.some((k) => !INLINE_TYPES.has(k.type))) {
    // A container of blocks (root, list, a list item holding a nested list): one line per block,
    // with any inline run between blocks kept as its own line.
    let run = '';
    for (const kid of kids) {
      if (INLINE_TYPES.has(kid.type)) run += inlineText(kid);
      else {
        if (run.trim()) out.push(run);
        run = '';
        blockLines(kid, out);
      }
    }
    if (run.trim()) out.push(run);
    return;
  }
  const line = kids.map(inlineText).join('');
  if (line.trim()) out.push(line);
}

/** The note's plain text: one line per block; quotes as “text” (speaker); mentions as the name. */
export function noteText(state: string | unknown): string {
  const root = rootOf(state);
  if (!root) return '';
  const lines: string[] = [];
  blockLines(root, lines);
  return lines.join('\n');
}
