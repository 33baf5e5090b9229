/**
 * The JSON shapes of Dossier's own Lexical nodes, shared by the editor (renderer/notes) and by
 * pure code that reads notes without Lexical (Markdown export, backlinks, search).
 */

/** What a quote looked like when it was last seen, so a note keeps it if the quote is deleted. */
export interface QuoteSnapshot {
  text: string;
  speakerName: string | null;
  articleTitle: string;
  articleUrl: string | null;
  siteName: string | null;
  publishedAt: string | null;
}

export const QUOTE_NODE_TYPE = 'dossier-quote';
export const MENTION_NODE_TYPE = 'dossier-mention';

export interface SerializedQuoteNodeV1 {
  type: typeof QUOTE_NODE_TYPE;
  version: 1;
  quoteId: string;
  articleId: string;
  snapshot: QuoteSnapshot;
}

export interface SerializedActorMentionNodeV1 {
  type: typeof MENTION_NODE_TYPE;
  version: 1;
  actorId: string;
  /** The name shown when the mention was inserted; the actor's current name wins when it exists. */
  name: string;
}

/** A Lexical serialized node, as far as pure code needs to know. */
export interface SerializedLexicalNode {
  type: string;
  version: number;
  children?: SerializedLexicalNode[];
  [key: string]: unknown;
}
