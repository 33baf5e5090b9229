/**
 * An @-mention of an actor: links to the actor's page and shows the actor's current name
 * (MentionChip), falling back to the name it had when it was inserted.
 */
import type { JSX } from 'react';
import {
  $applyNodeReplacement,
  DecoratorNode,
  type DOMExportOutput,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import { MENTION_NODE_TYPE, type SerializedActorMentionNodeV1 } from '../../../shared/model/note-nodes';
import { MENTION_NODE_VERSION, parseMentionNodeJSON } from '../../../shared/notes/node-json';
import { MentionChip } from './MentionChip';

export type SerializedActorMentionNode = Spread<SerializedActorMentionNodeV1, SerializedLexicalNode>;

export class ActorMentionNode extends DecoratorNode<JSX.Element> {
  __actorId: string;
  __name: string;

  static override getType(): string {
    return MENTION_NODE_TYPE;
  }

  static override clone(node: ActorMentionNode): ActorMentionNode {
    return new ActorMentionNode(node.__actorId, node.__name, node.__key);
  }

  /** Reads any version this or an older Dossier wrote (see shared/notes/node-json). */
  static override importJSON(json: LexicalUpdateJSON<SerializedActorMentionNode> | Record<string, unknown>): ActorMentionNode {
    const v = parseMentionNodeJSON(json);
    return $createActorMentionNode(v.actorId, v.name);
  }

  constructor(actorId: string, name: string, key?: NodeKey) {
    super(key);
    this.__actorId = actorId;
    this.__name = name;
  }

  override exportJSON(): SerializedActorMentionNode {
    const self = this.getLatest();
    return { type: MENTION_NODE_TYPE, version: MENTION_NODE_VERSION, actorId: self.__actorId, name: self.__name };
  }

  override createDOM(): HTMLElement {
    const el = document.createElement('span');
    el.className = 'note-mention-host';
    el.contentEditable = 'false';
    return el;
  }

  override updateDOM(): false {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    const el = document.createElement('span');
    el.textContent = `@${this.__name}`;
    return { element: el };
  }

  override isInline(): true {
    return true;
  }

  override getTextContent(): string {
    return this.getLatest().__name;
  }

  getActorId(): string {
    return this.getLatest().__actorId;
  }

  getName(): string {
    return this.getLatest().__name;
  }

  /** Keeps the stored fallback name in step with the actor's current name. */
  setName(name: string): this {
    const writable = this.getWritable();
    writable.__name = name;
    return writable;
  }

  override decorate(): JSX.Element {
    return <MentionChip actorId={this.__actorId} name={this.__name} />;
  }
}

export function $createActorMentionNode(actorId: string, name: string): ActorMentionNode {
  return $applyNodeReplacement(new ActorMentionNode(actorId, name));
}

export function $isActorMentionNode(node: LexicalNode | null | undefined): node is ActorMentionNode {
  return node instanceof ActorMentionNode;
}
