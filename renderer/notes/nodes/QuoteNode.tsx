/**
 * A quote embedded in a note, by id, with a snapshot of how it looked (text, speaker, source)
 * so the note keeps it when the quote is deleted. It renders the quote live from the notebook
 * (QuoteBlock); the snapshot is refreshed when the quote changes (QuoteRefreshPlugin).
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
import { QUOTE_NODE_TYPE, type QuoteSnapshot, type SerializedQuoteNodeV1 } from '../../../shared/model/note-nodes';
import { parseQuoteNodeJSON, parseSnapshot, QUOTE_NODE_VERSION } from '../../../shared/notes/node-json';
import { QuoteBlock } from './QuoteBlock';

function quoteTextContent(snapshot: QuoteSnapshot): string {
  return `“${snapshot.text}”\n`;
}

export type SerializedQuoteNode = Spread<SerializedQuoteNodeV1, SerializedLexicalNode>;

export class QuoteNode extends DecoratorNode<JSX.Element> {
  __quoteId: string;
  __articleId: string;
  __snapshot: QuoteSnapshot;
  /** The text Lexical reads for this node. Made once per snapshot: Lexical asks for it on every
   * update, for every quote in the note, and building it anew each time fed the garbage collector. */
  __textContent: string;

  static override getType(): string {
    return QUOTE_NODE_TYPE;
  }

  static override clone(node: QuoteNode): QuoteNode {
    return new QuoteNode(node.__quoteId, node.__articleId, node.__snapshot, node.__key);
  }

  /** Reads any version this or an older Dossier wrote (see shared/notes/node-json). */
  static override importJSON(json: LexicalUpdateJSON<SerializedQuoteNode> | Record<string, unknown>): QuoteNode {
    const v = parseQuoteNodeJSON(json);
    return $createQuoteNode(v.quoteId, v.articleId, v.snapshot);
  }

  constructor(quoteId: string, articleId: string, snapshot: QuoteSnapshot, key?: NodeKey) {
    super(key);
    this.__quoteId = quoteId;
    this.__articleId = articleId;
    this.__snapshot = parseSnapshot(snapshot);
    this.__textContent = quoteTextContent(this.__snapshot);
  }

  override exportJSON(): SerializedQuoteNode {
    const self = this.getLatest();
    return { type: QUOTE_NODE_TYPE, version: QUOTE_NODE_VERSION, quoteId: self.__quoteId, articleId: self.__articleId, snapshot: { ...self.__snapshot } };
  }

  override createDOM(): HTMLElement {
    const el = document.createElement('div');
    el.className = 'note-quote-host';
    el.contentEditable = 'false';
    return el;
  }

  override updateDOM(): false {
    return false;
  }

  /** Copying a quote out of Dossier gives a blockquote with its text and source. */
  override exportDOM(): DOMExportOutput {
    const s = this.__snapshot;
    const el = document.createElement('blockquote');
    el.textContent = s.text;
    const source = [s.speakerName, s.articleTitle, s.siteName].filter(Boolean).join(', ');
    if (source) {
      const cite = document.createElement('cite');
      cite.textContent = ` — ${source}`;
      el.append(cite);
    }
    return { element: el };
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    return this.getLatest().__textContent;
  }

  getQuoteId(): string {
    return this.getLatest().__quoteId;
  }

  getArticleId(): string {
    return this.getLatest().__articleId;
  }

  getSnapshot(): QuoteSnapshot {
    return this.getLatest().__snapshot;
  }

  setSnapshot(snapshot: QuoteSnapshot): this {
    const writable = this.getWritable();
    writable.__snapshot = parseSnapshot(snapshot);
    writable.__textContent = quoteTextContent(writable.__snapshot);
    return writable;
  }

  override decorate(): JSX.Element {
    return <QuoteBlock nodeKey={this.__key} quoteId={this.__quoteId} articleId={this.__articleId} snapshot={this.__snapshot} />;
  }
}

export function $createQuoteNode(quoteId: string, articleId: string, snapshot: QuoteSnapshot): QuoteNode {
  return $applyNodeReplacement(new QuoteNode(quoteId, articleId, snapshot));
}

export function $isQuoteNode(node: LexicalNode | null | undefined): node is QuoteNode {
  return node instanceof QuoteNode;
}
